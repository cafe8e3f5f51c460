import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { entryLabels } from "#app/cards/catalog";
import { cardTitle, loadCardContext } from "#app/cards/pages.server";
import { cards } from "#app/i18n/cards";
import { useLang, useMessages } from "#app/i18n/locale";
import { canEditCards, listRevisions, restoreRevision } from "#app/models/role-card.server";
import { RECRUITERS } from "#app/workspaces/roles";
import styles from "#app/styles/cards.css";
import { readForm } from "#app/http/read-form.server";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";
import { RowAction } from "#app/components/row-action";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? "RoleScope" }];

export async function loader(args: LoaderFunctionArgs) {
  const { db, scope, card, lang, compiled } = await loadCardContext(args);
  const revisions = await listRevisions(db, scope, card.id);
  const asked = Number(new URL(args.request.url).searchParams.get("rev"));
  const shown = revisions.find((r) => r.revision === asked) ?? null;
  const labels = entryLabels(compiled.taxonomy, lang);
  return json({
    id: card.id,
    title: cardTitle(card, lang),
    current: card.revision,
    canEdit: canEditCards(scope),
    revisions: revisions.map((r) => ({
      revision: r.revision,
      action: r.action,
      source: r.source,
      authorEmail: r.authorEmail,
      createdAt: r.createdAt.toISOString(),
      title: lang === "fr" ? r.content.titleFr : r.content.titleEn,
    })),
    shown: shown
      ? {
          revision: shown.revision,
          content: shown.content,
          duties: shown.content.duties.map((d) => ({ ...d, label: labels[d.entryId]?.label ?? d.entryId })),
        }
      : null,
    metaTitle: cards[lang].meta.history,
  });
}

export async function action(args: ActionFunctionArgs) {
  assertSameOrigin(args.request);
  const { db, scope, card } = await loadCardContext(args, RECRUITERS);
  const form = await readForm(args.request);
  const revision = Number(form.get("revision"));
  if (form.get("intent") !== "restore" || !Number.isInteger(revision)) throw new Response("Bad request", { status: 400 });
  const restored = await restoreRevision(db, scope, { id: card.id, revision });
  if (!restored) throw new Response("Not found", { status: 404 });
  return redirect(`/cards/${card.id}?restored=${revision}`);
}

export default function CardHistory() {
  const { id, title, current, canEdit, revisions, shown } = useLoaderData<typeof loader>();
  const t = useMessages(cards);
  const lang = useLang();
  return (
    <div className="history-page">
      <p>
        <Link to={`/cards/${id}`}>← {t.history.back}</Link>
      </p>
      <h1>{t.history.title(title)}</h1>
      <p className="lead">{t.history.intro}</p>
      <DataTable className="revisions" head={["#", t.list.columns.title, t.list.columns.updated, t.list.columns.owner, <span className="visually-hidden">{t.history.view}</span>]}>
        {revisions.map((r) => (
          <tr key={r.revision} aria-current={r.revision === current ? "true" : undefined}>
            <td>
              {r.revision}
              {r.revision === current ? <span className="badge current-badge">{t.history.current}</span> : null}
            </td>
            <td>
              {r.title}
              <br />
              <span className="muted small">
                {t.history.action[r.action] ?? r.action}
                {r.action === "restored" && r.source ? ` (${t.view.revision(r.source)})` : ""}
              </span>
            </td>
            <td>{formatDate(r.createdAt, lang, { timeStyle: "short" })}</td>
            <td>{r.authorEmail ?? "—"}</td>
            <td className="history-actions">
              <Link to={`?rev=${r.revision}`}>{t.history.view}</Link>
              {canEdit && r.revision !== current ? (
                <RowAction intent="restore" name="revision" value={r.revision}>
                  {t.history.restore} ({r.revision})
                </RowAction>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {shown ? (
        <section className="panel revision-preview" aria-labelledby="revision-preview">
          <h2 id="revision-preview">{t.history.viewing(shown.revision)}</h2>
          <p>
            <strong>{shown.content.titleFr}</strong> / <strong>{shown.content.titleEn}</strong> · {t.seniority[shown.content.seniority]} ·{" "}
            {t.contract[shown.content.contract]} · {t.view.perWeek(shown.content.hours)}
          </p>
          <ul>
            {shown.duties.map((d) => (
              <li key={d.entryId}>
                {d.label} — {d.share} %
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
