import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { checkCardScope } from "#app/cards/scope-guard";
import { label } from "#app/cards/card";
import { VerdictBadge } from "#app/components/scope-guard-panel";
import { dbFrom } from "#app/db.server";
import { cards } from "#app/i18n/cards";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { getCompiledTaxonomy } from "#app/analysis-service/analyze-offers.server";
import { listRoleCards } from "#app/models/role-card.server";
import { requireMember } from "#app/workspaces/require-member.server";
import { scopeOf } from "#app/workspaces/roles";
import styles from "#app/styles/cards.css";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const member = await requireMember(request, db);
  const scope = scopeOf(member);
  const lang = await langFromRequest(request);
  const archived = new URL(request.url).searchParams.get("archived") === "1";
  const compiled = await getCompiledTaxonomy(db);
  const profiles = compiled.taxonomy.profiles.map((p) => ({ id: p.id, label: label(p.label, lang) }));
  const list = await listRoleCards(db, scope, { status: archived ? "archived" : "active" });
  return json({
    title: cards[lang].meta.list,
    archived,
    profiles,
    cards: list.map((c) => ({
      id: c.id,
      title: (lang === "fr" ? c.titleFr : c.titleEn) || c.titleFr,
      profile: profiles.find((p) => p.id === c.profileId)?.label ?? c.profileId,
      verdict: checkCardScope(c.content, compiled).verdict,
      updatedAt: c.updatedAt.toISOString(),
      owner: c.ownerId === member.user.id ? null : c.ownerEmail,
    })),
  });
}

export default function CardList() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(cards);
  const lang = useLang();
  return (
    <div className="cards-page">
      <h1>{data.archived ? t.list.archivedTitle : t.list.title}</h1>
      <p className="lead">{t.list.intro}</p>
      <div className="row start-card">
        <section className="panel">
          <h2>{t.list.fromProfile}</h2>
          <Form method="get" action="/cards/new" className="inline">
            <label htmlFor="start-profile" className="visually-hidden">
              {t.list.profileLabel}
            </label>
            <select id="start-profile" name="profile">
              {data.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            <button type="submit">{t.list.start}</button>
          </Form>
        </section>
        <section className="panel">
          <h2>{t.list.newBlank}</h2>
          <Link className="button" to="/cards/new">
            {t.list.newBlank}
          </Link>
        </section>
      </div>
      {data.cards.length ? (
        <DataTable className="card-list" head={[t.list.columns.title, t.list.columns.profile, t.list.columns.verdict, t.list.columns.updated, t.list.columns.owner]}>
          {data.cards.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/cards/${c.id}`}>{c.title}</Link>
              </td>
              <td>{c.profile}</td>
              <td>
                <VerdictBadge verdict={c.verdict} />
              </td>
              <td>{formatDate(c.updatedAt, lang)}</td>
              <td>{c.owner ?? t.list.you}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="muted">{t.list.empty}</p>
      )}
      <p>
        <Link to={data.archived ? "/cards" : "/cards?archived=1"}>{data.archived ? t.list.showActive : t.list.showArchived}</Link>
      </p>
    </div>
  );
}
