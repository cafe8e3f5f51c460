import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { Lang } from "#app/analysis/taxonomy";
import { ErrorSummary } from "#app/components/error-summary";
import { FormField, SelectField, useFocusFirstError } from "#app/components/form-field";
import { DepthBadge, EntryFields, EscoLink, FamilyChip } from "#app/components/taxonomy-bits";
import { dbFrom } from "#app/db.server";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { taxonomyText } from "#app/i18n/taxonomy";
import { getEntryDetail } from "#app/models/taxonomy-edit.server";
import { getUser } from "#app/session.server";
import styles from "#app/styles/taxonomy.css";
import { entryAction, type EditFailure } from "#app/taxonomy/edit-actions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const [detail, user, lang] = await Promise.all([getEntryDetail(db, params.entryId ?? ""), getUser(request, db), langFromRequest(request)]);
  if (!detail) throw new Response("Not found", { status: 404 });
  const isAdmin = user?.isAdmin ?? false;
  return json({
    ...detail,
    // Retired synonyms only matter to whoever might bring them back.
    synonyms: isAdmin ? detail.synonyms : detail.synonyms.filter((s) => !s.retired),
    isAdmin,
    saved: new URL(request.url).searchParams.has("saved"),
    title: taxonomyText[lang].entry.pageTitle(detail.entry.label[lang]),
  });
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  return entryAction(request, dbFrom(context), params.entryId ?? "");
}

export default function Entry() {
  const { entry, family, synonyms, isAdmin, saved } = useLoaderData<typeof loader>();
  const failed = useActionData<EditFailure>();
  const lang = useLang();
  const t = useMessages(taxonomyText);
  const other: Lang = lang === "fr" ? "en" : "fr";
  return (
    <article className="stack">
      <p>
        <Link to={`/taxonomy/${family.id}#${entry.id}`}>← {family.label[lang]}</Link>
      </p>
      <header>
        <h1>{entry.label[lang]}</h1>
        <p className="muted" lang={other}>
          {entry.label[other]}
        </p>
      </header>
      {saved && !failed ? (
        <p className="notice success" role="status">
          {t.entry.saved}
        </p>
      ) : null}
      {entry.retired ? <p className="notice error">{t.entry.retiredNotice}</p> : null}
      <dl className="panel entry-facts">
        <dt>{t.entry.family}</dt>
        <dd>
          <FamilyChip id={family.id} label={family.label} />
        </dd>
        <dt>{t.entry.kind}</dt>
        <dd>{t.kind[entry.kind]}</dd>
        <dt>{t.entry.depth}</dt>
        <dd>
          <DepthBadge depth={entry.depth} /> <span className="muted">{t.depthHint[entry.depth]}</span>
        </dd>
        <dt>{t.entry.id}</dt>
        <dd>
          <code>{entry.id}</code>
        </dd>
        {entry.escoUri ? (
          <>
            <dt>ESCO</dt>
            <dd>
              <EscoLink uri={entry.escoUri} /> <span className="muted">{t.esco.acknowledgement}</span>
            </dd>
          </>
        ) : null}
      </dl>
      {(["fr", "en"] as const).map((l) => {
        const list = synonyms.filter((s) => s.lang === l);
        return (
          <section key={l} aria-labelledby={`synonyms-${l}`}>
            <h2 id={`synonyms-${l}`}>{l === "fr" ? t.entry.synonymsFr : t.entry.synonymsEn}</h2>
            {list.length ? (
              <ul className="synonym-list" lang={l}>
                {list.map((s) => (
                  <li key={s.id} className={s.retired ? "retired" : undefined}>
                    {s.text}
                    {s.retired ? <span className="visually-hidden"> ({t.entry.retiredSynonym})</span> : null}
                    {isAdmin && !s.retired && !entry.retired ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="retire-synonym" />
                        <input type="hidden" name="synonymId" value={s.id} />
                        <button type="submit" className="secondary" aria-label={t.admin.retireSynonym(s.text)} title={t.admin.retireSynonym(s.text)}>
                          ×
                        </button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t.entry.noSynonyms}</p>
            )}
          </section>
        );
      })}
      {isAdmin && !entry.retired ? <AdminForms failed={failed} /> : null}
    </article>
  );
}

function AdminForms({ failed }: { failed: EditFailure | undefined }) {
  const { entry } = useLoaderData<typeof loader>();
  const t = useMessages(taxonomyText);
  const mine = (intent: string) => (failed?.intent === intent ? failed : undefined);
  const update = mine("update");
  const synonym = mine("add-synonym");
  const retire = mine("retire");
  const err = (f: EditFailure | undefined, name: string) => (f?.errors[name] ? t.errors[f.errors[name]!] : undefined);
  const formRef = useFocusFirstError<HTMLElement>(failed);
  const otherFailure = failed && !update && !synonym && !retire ? failed : undefined;
  return (
    <section className="panel admin-panel stack" aria-labelledby="admin" ref={formRef}>
      <h2 id="admin">{t.admin.heading}</h2>
      {otherFailure ? <ErrorSummary failure={otherFailure} /> : null}

      <section aria-labelledby="add-synonym">
        <h3 id="add-synonym">{t.admin.addSynonym}</h3>
        {synonym ? <ErrorSummary failure={synonym} /> : null}
        <Form method="post" className="form-row" noValidate>
          <input type="hidden" name="intent" value="add-synonym" />
          <SelectField
            idPrefix="syn-"
            name="lang"
            label={t.admin.language}
            defaultValue={synonym?.values.lang ?? "fr"}
            error={err(synonym, "lang")}
            options={(["fr", "en"] as const).map((l) => ({ value: l, label: t.langName[l] }))}
          />
          <FormField idPrefix="syn-" name="text" label={t.admin.synonym} defaultValue={synonym?.values.text} error={err(synonym, "text")} required />
          <div className="field">
            <button type="submit">{t.admin.add}</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="edit-entry">
        <h3 id="edit-entry">{t.admin.editEntry}</h3>
        {update ? <ErrorSummary failure={update} /> : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="update" />
          <EntryFields
            idPrefix="edit-"
            values={{
              labelFr: update?.values.labelFr ?? entry.label.fr,
              labelEn: update?.values.labelEn ?? entry.label.en,
              kind: update?.values.kind ?? entry.kind,
              depth: update?.values.depth ?? entry.depth,
            }}
            error={(name) => err(update, name)}
          />
          <FormField
            idPrefix="edit-"
            name="escoUri"
            inputMode="url"
            label={t.admin.escoUri}
            hint={t.admin.escoUriHint}
            defaultValue={update?.values.escoUri ?? entry.escoUri ?? ""}
            error={err(update, "escoUri")}
          />
          <button type="submit">{t.admin.save}</button>
        </Form>
      </section>

      <section aria-labelledby="retire-entry">
        <h3 id="retire-entry">{t.admin.retireEntry}</h3>
        <p className="muted">{t.admin.retireEntryHint}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="retire" />
          <div className="field">
            <label>
              <input type="checkbox" name="confirm" value="yes" aria-invalid={retire ? true : undefined} aria-describedby={retire ? "retire-error" : undefined} />{" "}
              {t.admin.retireConfirm}
            </label>
            {retire ? (
              <p className="field-error" id="retire-error">
                {t.errors.required}
              </p>
            ) : null}
          </div>
          <button type="submit" className="secondary danger">
            {t.admin.retireEntry}
          </button>
        </Form>
      </section>
    </section>
  );
}
