import { isPositive } from "#app/cards/scorecard";
import type { Recommendation } from "#app/cards/scorecard-schema";
import { kit as kitMessages } from "#app/i18n/kit";
import type { Lang } from "#app/i18n/locale";
import { useMessages } from "#app/i18n/locale";
import { DataTable } from "./data-table";

export interface ComparisonData {
  kitLang: Lang;
  interviewers: { name: string; notes: string; recommendation: Recommendation }[];
  rows: { competencyId: string; label: string; ratings: (number | null)[]; notes: string[]; mean: number | null; spread: number; disagreement: boolean }[];
  recommendationSplit: boolean;
  disagreements: number;
}

/** Submitted scorecards side by side: ratings, spreads, disagreements, then each interviewer's notes. */
export function ScorecardComparison({ data }: { data: ComparisonData }) {
  const t = useMessages(kitMessages);
  const doc = kitMessages[data.kitLang].doc;
  if (data.interviewers.length === 0) return <p className="muted">{t.compare.none}</p>;
  return (
    <>
      <p className={data.disagreements ? "notice error" : "notice success"} id="compare-summary">
        {t.compare.summary(data.disagreements)}
      </p>
      <div className="table-scroll">
        <DataTable
          className="comparison"
          aria-describedby="compare-summary"
          head={[t.compare.competency, ...data.interviewers.map((iv) => iv.name), t.compare.average, t.compare.spread]}
        >
          {data.rows.map((row) => (
            <tr key={row.competencyId} className={row.disagreement ? "disagreement" : undefined} data-competency={row.competencyId}>
              <th scope="row" lang={data.kitLang}>
                {row.label}
              </th>
              {row.ratings.map((r, i) => (
                <td key={i} className="rating-cell">
                  {r ?? <span className="muted">{t.compare.notRated}</span>}
                </td>
              ))}
              <td>{row.mean ?? "—"}</td>
              <td>
                {row.spread}
                {row.disagreement ? <span className="badge verdict-overloaded">{t.compare.disagreement}</span> : null}
              </td>
            </tr>
          ))}
          <tr className={data.recommendationSplit ? "disagreement recommendation-row" : "recommendation-row"}>
            <th scope="row">{t.compare.recommendation}</th>
            {data.interviewers.map((iv, i) => (
              <td key={i} className={isPositive(iv.recommendation) ? "rec-positive" : "rec-negative"}>
                {doc.recommendations[iv.recommendation]}
              </td>
            ))}
            <td colSpan={2}>
              {data.recommendationSplit ? (
                <span className="badge verdict-overloaded">{t.compare.disagreement}</span>
              ) : (
                <span className="badge verdict-focused">{t.compare.agreement}</span>
              )}
            </td>
          </tr>
        </DataTable>
      </div>
      <p>{data.recommendationSplit ? t.compare.split : t.compare.noSplit}</p>
      <section className="panel">
        <h3>{t.compare.notesHeading}</h3>
        {data.interviewers.map((iv, i) => (
          <div key={i} className="interviewer-notes">
            <h4>{iv.name}</h4>
            {data.rows.map((row) =>
              row.notes[i] ? (
                <p key={row.competencyId}>
                  <strong lang={data.kitLang}>{row.label}</strong> — {row.notes[i]}
                </p>
              ) : null,
            )}
            {iv.notes ? <p>{iv.notes}</p> : null}
          </div>
        ))}
      </section>
    </>
  );
}
