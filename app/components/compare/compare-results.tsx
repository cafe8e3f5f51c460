import { rankOffers } from "#app/compare/rank-offers";
import type { Comparison } from "#app/compare/types";
import { compareUi } from "#app/i18n/compare";
import { useLang, useMessages } from "#app/i18n/locale";
import { ComparisonView, VerdictBadge } from "./comparison-view";
import { DataTable } from "#app/components/data-table";

const pct = (share: number) => Math.round(share * 100);

function RankingTable({ comparisons, slots }: { comparisons: Comparison[]; slots: number[] }) {
  const t = useMessages(compareUi);
  const lang = useLang();
  const ranked = rankOffers(comparisons);
  return (
    <section className="panel ranking" data-testid="ranking">
      <h2>{t.table.heading}</h2>
      <div className="ranking-rule">
        <p>{t.table.rule[0]}</p>
        <ol>
          {t.table.rule.slice(1).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </div>
      <div className="table-scroll">
        <DataTable caption={t.table.caption} head={[t.table.columns.rank, t.table.columns.offer, t.table.columns.verdict, t.table.columns.roles, t.table.columns.inRole, t.table.columns.coverage, t.table.columns.flags]}>
          {ranked.map(({ index, rank, group, comparison: c }) => {
            const slot = slots[index] ?? index + 1;
            return (
              <tr key={slot} data-slot={slot} data-rank={rank}>
                <td>
                  <strong>{rank}</strong> <span className="muted">({t.table.groups[group]})</span>
                </td>
                <th scope="row">
                  <a href={`#offer-${slot}`}>{t.table.offer(slot)}</a>
                  {c.title.text ? <span className="offer-title"> — {c.title.text}</span> : null}
                </th>
                <td>
                  <VerdictBadge verdict={c.verdict} />
                </td>
                <td>{c.roles.length ? c.roles.map((r) => r.label[lang]).join(", ") : t.table.noRoles}</td>
                <td className="num">{c.profile ? `${pct(c.inRoleShare)}\u00a0%` : "—"}</td>
                <td className="num">{c.profile ? `${pct(c.coverage.score)}\u00a0%` : "—"}</td>
                <td>
                  {c.redFlags.length ? (
                    <ul className="flags">
                      {c.redFlags.map((f, i) => (
                        <li key={i}>{f.text[lang]}</li>
                      ))}
                    </ul>
                  ) : (
                    t.table.noFlags
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </div>
    </section>
  );
}

/** One offer: its comparison in full. Several: the ranking table, then each offer's detail. */
export function CompareResults({ comparisons, slots }: { comparisons: Comparison[]; slots: number[] }) {
  const t = useMessages(compareUi);
  if (comparisons.length === 1) return <ComparisonView comparison={comparisons[0]!} />;
  return (
    <div className="compare-results">
      <RankingTable comparisons={comparisons} slots={slots} />
      {comparisons.map((c, i) => {
        const slot = slots[i] ?? i + 1;
        return (
          <details key={slot} id={`offer-${slot}`} className="offer-details">
            <summary>
              <h2>{t.table.details(slot, c.title.text ?? "")}</h2>
            </summary>
            <ComparisonView comparison={c} level={3} />
          </details>
        );
      })}
    </div>
  );
}
