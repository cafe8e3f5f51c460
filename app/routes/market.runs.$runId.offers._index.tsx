import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { dbFrom } from "~/db.server";
import { fill, market } from "~/i18n/market";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { drillHref, NONE, readDrillFilter, type DrillFilter } from "~/market/drill";
import { requireRun, taxonomyLabels } from "~/market/run-page.server";
import { DRILL_PAGE_SIZE, listRunOffers } from "~/models/market-result.server";
import styles from "~/styles/market.css";
import { DataTable } from "~/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.run.name} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  const lang = await langFromRequest(request);
  const filter = readDrillFilter(new URL(request.url).searchParams);
  const [{ count, offers }, labels] = await Promise.all([listRunOffers(db, run.id, filter), taxonomyLabels(db, lang)]);
  return json({ run: { id: run.id, name: run.name }, filter, count, offers, labels: { profiles: labels.profiles, families: labels.families } });
}

export default function MarketOffers() {
  const { run, filter, count, offers, labels } = useLoaderData<typeof loader>();
  const t = useMessages(market);
  const { page = 1, ...criteria } = filter as DrillFilter;
  const pages = Math.max(1, Math.ceil(count / DRILL_PAGE_SIZE));
  const profile = (id: string | null) => (id ? labels.profiles[id] ?? id : t.figures.none.title);
  const valueOf = (name: keyof typeof criteria, value: string): string => {
    if (name === "verdict") return t.verdicts[value as keyof typeof t.verdicts] ?? value;
    if (value === NONE) return t.figures.none[name === "title" ? "title" : name === "month" ? "month" : "location"];
    if (name === "title" || name === "extra") return profile(value);
    if (name === "family" || name === "family2") return labels.families[value] ?? value;
    return value;
  };
  const described = (Object.keys(criteria) as Array<keyof typeof criteria>).filter((k) => criteria[k] !== undefined);
  return (
    <div className="market-page">
      <p>
        <Link to={`/market/runs/${run.id}`}>← {t.drill.back}</Link>
      </p>
      <h1>
        {t.drill.heading} — {run.name}
      </h1>
      <p>
        {described.length
          ? described.map((k, i) => (
              <span key={k}>
                {i ? " · " : ""}
                {t.drill.filters[k]} : <strong>{valueOf(k, String(criteria[k]))}</strong>
              </span>
            ))
          : t.drill.all}
      </p>
      <p data-testid="drill-count">{fill(t.drill.count, { count })}</p>
      <div className="table-scroll">
        <DataTable className="offer-list" head={[t.drill.columns.line, t.drill.columns.title, t.drill.columns.company, t.drill.columns.location, t.drill.columns.date, t.drill.columns.verdict, t.drill.columns.roles]}>
          {offers.map((o) => (
            <tr key={o.seq}>
              <td>{o.line}</td>
              <td>
                <Link to={`/market/runs/${run.id}/offers/${o.seq}`} aria-label={`${t.drill.open} : ${o.title ?? profile(o.titleProfile)}`}>
                  {o.title ?? profile(o.titleProfile)}
                </Link>
              </td>
              <td>{o.company ?? "–"}</td>
              <td>{o.location ?? "–"}</td>
              <td>{o.postedOn ?? "–"}</td>
              <td className={`verdict-${o.verdict}`}>{t.verdicts[o.verdict as keyof typeof t.verdicts] ?? o.verdict}</td>
              <td>{o.roles.map(profile).join(", ") || "–"}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label={fill(t.drill.page, { page, pages })}>
          {page > 1 ? <Link to={drillHref(run.id, criteria, page - 1)}>{t.drill.previous}</Link> : null}
          <span>{fill(t.drill.page, { page, pages })}</span>
          {page < pages ? <Link to={drillHref(run.id, criteria, page + 1)}>{t.drill.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
