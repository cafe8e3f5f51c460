import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { guardView } from "#app/cards/scope-guard";
import { toFormValues } from "#app/cards/card";
import { entryLabels } from "#app/cards/catalog";
import { cardTitle, loadCardContext } from "#app/cards/pages.server";
import { ScopeGuardPanel, VerdictBadge } from "#app/components/scope-guard-panel";
import { cards } from "#app/i18n/cards";
import { kit } from "#app/i18n/kit";
import { useLang, useMessages } from "#app/i18n/locale";
import { canEditCards, duplicateRoleCard, setCardArchived } from "#app/models/role-card.server";
import { RECRUITERS } from "#app/workspaces/roles";
import styles from "#app/styles/cards.css";
import { readForm } from "#app/http/read-form.server";
import { formatDate, formatNumber } from "#app/i18n/format";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} — RoleScope` : "RoleScope" }];

export async function loader(args: LoaderFunctionArgs) {
  const { scope, card, lang, compiled } = await loadCardContext(args);
  const profile = compiled.taxonomy.profiles.find((p) => p.id === card.content.profileId);
  const labels = entryLabels(compiled.taxonomy, lang);
  return json({
    card: {
      id: card.id,
      status: card.status,
      revision: card.revision,
      ownerEmail: card.ownerEmail,
      updatedAt: card.updatedAt.toISOString(),
      content: card.content,
    },
    title: cardTitle(card, lang),
    profileLabel: profile ? profile.label[lang] : card.content.profileId,
    duties: [...card.content.duties]
      .sort((a, b) => b.share - a.share)
      .map((d) => ({ ...d, label: labels[d.entryId]?.label ?? d.entryId, familyId: labels[d.entryId]?.familyId ?? "" })),
    guard: guardView(toFormValues(card.content, lang), compiled, lang),
    canEdit: canEditCards(scope),
  });
}

const SUFFIX = { fr: " (copie)", en: " (copy)" };

export async function action(args: ActionFunctionArgs) {
  assertSameOrigin(args.request);
  const { db, scope, card } = await loadCardContext(args, RECRUITERS);
  const intent = (await readForm(args.request)).get("intent");
  if (intent === "duplicate") {
    const copy = await duplicateRoleCard(db, scope, { id: card.id, suffix: SUFFIX });
    return redirect(`/cards/${copy!.id}?duplicated=1`);
  }
  if (intent === "archive" || intent === "unarchive") {
    await setCardArchived(db, scope, card.id, intent === "archive");
    return redirect(`/cards/${card.id}`);
  }
  throw new Response("Unknown intent", { status: 400 });
}

export default function CardPage() {
  const { card, title, profileLabel, duties, guard, canEdit } = useLoaderData<typeof loader>();
  const t = useMessages(cards);
  const tk = useMessages(kit);
  const lang = useLang();
  const [search] = useSearchParams();
  const c = card.content;
  const date = formatDate(card.updatedAt, lang, { timeStyle: "short" });
  const salary =
    c.salaryMin !== undefined && c.salaryMax !== undefined
      ? `${formatNumber(c.salaryMin, lang)} – ${formatNumber(c.salaryMax, lang)} ${c.salaryCurrency} ${t.period[c.salaryPeriod]}`
      : null;
  return (
    <article className="card-page">
      {search.get("saved") ? (
        <p className="notice success" role="status">
          {t.view.saved}
        </p>
      ) : null}
      {search.get("duplicated") ? (
        <p className="notice success" role="status">
          {t.view.duplicated}
        </p>
      ) : null}
      {search.get("restored") ? (
        <p className="notice success" role="status">
          {t.view.restored(Number(search.get("restored")))}
        </p>
      ) : null}
      {card.status === "archived" ? <p className="notice">{t.view.archivedNotice}</p> : null}
      <header className="card-head">
        <h1>{title}</h1>
        <p className="muted">
          {lang === "fr" ? c.titleEn : c.titleFr} · {profileLabel} · {t.seniority[c.seniority]} ·{" "}
          <VerdictBadge verdict={guard.verdict} /> {card.status === "archived" ? <span className="badge">{t.list.archived}</span> : null}
        </p>
        <p className="muted small">
          {t.view.revision(card.revision)} · {t.view.updated} {date}
          {card.ownerEmail ? ` · ${t.view.owner} : ${card.ownerEmail}` : ""}
        </p>
      </header>

      <nav className="card-actions no-print" aria-label={title}>
        {canEdit ? (
          <Link className="button primary" to={`/cards/${card.id}/edit`}>
            {t.view.edit}
          </Link>
        ) : null}
        <Link className="button" to={`/cards/${card.id}/kit?lang=${lang}`}>
          {t.view.kit}
        </Link>
        <Link className="button" to={`/cards/${card.id}/candidates`}>
          {t.view.candidates}
        </Link>
        <Link className="button" to={`/cards/${card.id}/history`}>
          {t.view.history}
        </Link>
        {canEdit ? (
          <Form method="post" className="inline-form">
            <button type="submit" name="intent" value="duplicate" className="secondary">
              {t.view.duplicate}
            </button>
          </Form>
        ) : null}
        {canEdit ? (
          <Form method="post" className="inline-form">
            <button type="submit" name="intent" value={card.status === "archived" ? "unarchive" : "archive"} className="secondary">
              {card.status === "archived" ? t.view.unarchive : t.view.archive}
            </button>
          </Form>
        ) : null}
      </nav>
      {!canEdit ? <p className="muted">{t.view.readOnly}</p> : null}

      <div className="builder-layout">
        <div className="builder-main">
          <section className="panel">
            <h2>{t.view.duties}</h2>
            <ul className="duty-bars">
              {duties.map((d) => (
                <li key={d.entryId}>
                  <span className="duty-label">
                    <span className="family-swatch" style={{ background: `var(--fam-${d.familyId}, #999)` }} aria-hidden="true" />
                    {d.label}
                  </span>
                  <span className="duty-share">{d.share} %</span>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar" style={{ width: `${d.share}%`, background: `var(--fam-${d.familyId}, var(--accent))` }} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel">
            <h2>{t.view.requirements}</h2>
            <dl className="facts">
              <dt>{t.builder.skillsRequired}</dt>
              <dd>{c.skillsRequired.join(", ") || t.view.notSet}</dd>
              <dt>{t.builder.skillsNice}</dt>
              <dd>{c.skillsNice.join(", ") || t.view.notSet}</dd>
              <dt>{t.builder.toolsRequired}</dt>
              <dd>{c.toolsRequired.join(", ") || t.view.notSet}</dd>
              <dt>{t.builder.toolsNice}</dt>
              <dd>{c.toolsNice.join(", ") || t.view.notSet}</dd>
              <dt>{t.builder.languages}</dt>
              <dd>{c.languages.join(", ") || t.view.notSet}</dd>
            </dl>
          </section>
          <section className="panel">
            <h2>{t.view.conditions}</h2>
            <dl className="facts">
              <dt>{t.builder.contract}</dt>
              <dd>
                {t.contract[c.contract]} · {t.view.perWeek(c.hours)}
              </dd>
              <dt>{t.builder.location}</dt>
              <dd>
                {c.location || t.view.notSet} · {t.remote[c.remote]}
              </dd>
              <dt>{t.builder.team}</dt>
              <dd>{c.team || t.view.notSet}</dd>
              <dt>{t.builder.reportsTo}</dt>
              <dd>{c.reportsTo || t.view.notSet}</dd>
              <dt>{t.builder.salary}</dt>
              <dd>{salary ?? t.view.notSet}</dd>
            </dl>
          </section>
        </div>
        <aside className="builder-side">
          <ScopeGuardPanel guard={guard} actions={false} />
          {c.scopeAccepted && guard.verdict !== "focused" ? <p className="muted">{t.guard.acceptedNote}</p> : null}
          <section className="panel export">
            <h2>{t.view.exportTitle}</h2>
            <ul>
              {(["fr", "en"] as const).map((l) => (
                <li key={l}>
                  <a href={`/cards/${card.id}/offer.md?lang=${l}`} download>
                    {t.view.exportMd(t.langName[l])}
                  </a>{" "}
                  ·{" "}
                  <Link to={`/cards/${card.id}/offer?lang=${l}`}>{t.view.printOffer(t.langName[l])}</Link>
                </li>
              ))}
            </ul>
            <h2>{tk.page.title}</h2>
            <ul>
              {(["fr", "en"] as const).map((l) => (
                <li key={l}>
                  <Link to={`/cards/${card.id}/kit?lang=${l}`}>{tk.page.openIn(t.langName[l])}</Link> ·{" "}
                  <a href={`/cards/${card.id}/kit.pdf?lang=${l}`}>PDF</a>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}
