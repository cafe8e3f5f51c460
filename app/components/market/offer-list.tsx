import { DataTable } from "#app/components/data-table";
import { Link } from "@remix-run/react";
import { fill, market } from "#app/i18n/market";
import { useMessages } from "#app/i18n/locale";
import { drillHref, NONE, type DrillFilter } from "#app/market/drill";
import type { RunOfferSummary } from "#app/models/market-result.server";
import type { Labels } from "./market-figures";

/**
 * The offers behind a figure, a page at a time: a run's, or the workspace's across runs
 * (then each row names its import). `base` is the figures' page the list belongs to.
 */
export function OfferList({
  heading,
  back,
  base,
  filter,
  count,
  pages,
  offers,
  labels,
  acrossRuns = false,
}: {
  heading: string;
  back: { href: string; label: string };
  base: string;
  filter: DrillFilter;
  count: number;
  pages: number;
  offers: RunOfferSummary[];
  labels: Labels;
  acrossRuns?: boolean;
}) {
  const t = useMessages(market);
  const { page = 1, ...criteria } = filter;
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
        <Link to={back.href}>← {back.label}</Link>
      </p>
      <h1>
        {t.drill.heading} — {heading}
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
        <DataTable
          className="offer-list"
          head={[
            ...(acrossRuns ? [t.overview.run] : []),
            t.drill.columns.line,
            t.drill.columns.title,
            t.drill.columns.company,
            t.drill.columns.location,
            t.drill.columns.date,
            t.drill.columns.verdict,
            t.drill.columns.roles,
          ]}
        >
          {offers.map((o) => (
            <tr key={`${o.runId}-${o.seq}`}>
              {acrossRuns ? (
                <td>
                  <Link to={`/market/runs/${o.runId}`}>{o.runName}</Link>
                </td>
              ) : null}
              <td>{o.line}</td>
              <td>
                <Link to={`/market/runs/${o.runId}/offers/${o.seq}`} aria-label={`${t.drill.open} : ${o.title ?? profile(o.titleProfile)}`}>
                  {o.title ?? profile(o.titleProfile)}
                </Link>
              </td>
              <td>{o.company ?? "–"}</td>
              <td>{o.location ?? "–"}</td>
              <td className="date">{o.postedOn ?? "–"}</td>
              <td className={`verdict-${o.verdict}`}>{t.verdicts[o.verdict as keyof typeof t.verdicts] ?? o.verdict}</td>
              <td>{o.roles.map(profile).join(", ") || "–"}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label={fill(t.drill.page, { page, pages })}>
          {page > 1 ? <Link to={drillHref(base, criteria, page - 1)}>{t.drill.previous}</Link> : null}
          <span>{fill(t.drill.page, { page, pages })}</span>
          {page < pages ? <Link to={drillHref(base, criteria, page + 1)}>{t.drill.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
