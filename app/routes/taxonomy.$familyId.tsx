import { json, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "#app/root";
import { FormField, TextAreaField, useFocusFirstError } from "#app/components/form-field";
import { DepthBadge, EntryFields, EscoLink, familyStyle } from "#app/components/taxonomy-bits";
import { dbFrom } from "#app/db.server";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { taxonomyText } from "#app/i18n/taxonomy";
import { getTaxonomy } from "#app/models/taxonomy.server";
import styles from "#app/styles/taxonomy.css";
import { addEntryAction, type EditFailure } from "#app/taxonomy/edit-actions.server";
import { groupByKind } from "#app/taxonomy/profiles";
import { familyDetail } from "#app/taxonomy/views";
import { ErrorSummary } from "#app/components/error-summary";
import { Panel } from "#app/components/panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const [taxonomy, lang] = await Promise.all([getTaxonomy(dbFrom(context)), langFromRequest(request)]);
  const detail = familyDetail(taxonomy, params.familyId ?? "");
  if (!detail) throw new Response("Not found", { status: 404 });
  return json({ ...detail, title: taxonomyText[lang].family.pageTitle(detail.family.label[lang]) });
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  return addEntryAction(request, dbFrom(context), params.familyId ?? "");
}

export default function Family() {
  const { family, ownedBy, absorbedBy } = useLoaderData<typeof loader>();
  const isAdmin = useRouteLoaderData<typeof rootLoader>("root")?.user?.isAdmin ?? false;
  const lang = useLang();
  const t = useMessages(taxonomyText);
  const list = (refs: { id: string; label: { fr: string; en: string } }[]) =>
    refs.length
      ? refs.map((p, i) => (
          <span key={p.id}>
            {i ? ", " : ""}
            <Link to={`/roles/${p.id}`}>{p.label[lang]}</Link>
          </span>
        ))
      : t.family.none;
  return (
    <article className="stack" style={familyStyle(family.id)}>
      <p>
        <Link to="/taxonomy">← {t.family.back}</Link>
      </p>
      <header className="family-head">
        <h1>{family.label[lang]}</h1>
        <p>
          {t.family.ownedBy} {list(ownedBy)}
        </p>
        <p>
          {t.family.absorbedBy} {list(absorbedBy)}
        </p>
      </header>
      <div className="row">
        <Panel id="definition" title={t.family.definition}>
          <p>{family.definition[lang]}</p>
        </Panel>
        <Panel id="boundaries" title={t.family.boundaries}>
          <p>{family.boundaries[lang]}</p>
        </Panel>
      </div>
      <section aria-labelledby="entries">
        <h2 id="entries">{t.family.entries}</h2>
        {groupByKind(family.entries).map((group) => (
          <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="panel">
            <h3 id={`kind-${group.kind}`}>
              {t.kindPlural[group.kind]} ({group.entries.length})
            </h3>
            <ul className="entry-list">
              {group.entries.map((entry) => (
                <li key={entry.id} id={entry.id}>
                  <div className="entry-line">
                    <Link to={`/taxonomy/entries/${entry.id}`} aria-label={t.family.entryLink(entry.label[lang])}>
                      {entry.label[lang]}
                    </Link>
                    <DepthBadge depth={entry.depth} />
                    {entry.escoUri ? <EscoLink uri={entry.escoUri} /> : null}
                  </div>
                  {entry.synonyms[lang].length ? (
                    <p className="synonyms">
                      <span className="visually-hidden">{t.family.synonyms} </span>
                      {entry.synonyms[lang].join(" · ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      {isAdmin ? <AddEntryForm /> : null}
    </article>
  );
}

function AddEntryForm() {
  const t = useMessages(taxonomyText);
  const failed = useActionData<EditFailure>();
  const values = failed?.values ?? {};
  const errors = failed?.errors ?? {};
  const err = (name: string) => (errors[name] ? t.errors[errors[name]!] : undefined);
  const formRef = useFocusFirstError(failed);
  return (
    <section className="panel admin-panel" aria-labelledby="add-entry">
      <h2 id="add-entry">{t.admin.addEntry}</h2>
      <p className="muted">{t.admin.addEntryIntro}</p>
      {failed ? <ErrorSummary failure={failed} /> : null}
      <Form method="post" ref={formRef} noValidate>
        <input type="hidden" name="intent" value="add-entry" />
        <EntryFields idPrefix="new-" values={{ labelFr: values.labelFr, labelEn: values.labelEn, kind: values.kind ?? "skill", depth: values.depth ?? "core" }} error={err} />
        <div className="form-row">
          <TextAreaField idPrefix="new-" name="synonymsFr" label={t.admin.synonymsFr} hint={t.admin.synonymsHint} defaultValue={values.synonymsFr} error={err("synonymsFr")} />
          <TextAreaField idPrefix="new-" name="synonymsEn" label={t.admin.synonymsEn} hint={t.admin.synonymsHint} defaultValue={values.synonymsEn} error={err("synonymsEn")} />
        </div>
        <FormField idPrefix="new-" name="escoUri" label={t.admin.escoUri} hint={t.admin.escoUriHint} inputMode="url" defaultValue={values.escoUri} error={err("escoUri")} />
        <button type="submit">{t.admin.create}</button>
      </Form>
    </section>
  );
}
