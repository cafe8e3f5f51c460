import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { kitForCard, kitLangFrom, memberAndCard } from "~/cards/pages.server";
import { compareScorecards, isPositive } from "~/cards/scorecard";
import { dbFrom } from "~/db.server";
import { kit as kitMessages } from "~/i18n/kit";
import { useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { getCompiledTaxonomy } from "~/models/analyzer.server";
import { listScorecards } from "~/models/scorecard.server";
import styles from "~/styles/cards.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.candidate} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { card } = await memberAndCard(request, db, params.id);
  const kitLang = kitLangFrom(request, await langFromRequest(request));
  const kit = await kitForCard(db, await getCompiledTaxonomy(db), card, kitLang);
  const scorecards = await listScorecards(db, card.id, params.candidate ?? "");
  const comparison = compareScorecards(
    kit.competencies.map((c) => c.id),
    scorecards,
  );
  const labels = Object.fromEntries(kit.competencies.map((c) => [c.id, c.label]));
  return json({
    id: card.id,
    kitLang,
    candidate: scorecards[0]?.candidate ?? params.candidate ?? "",
    interviewers: scorecards.map((s) => ({ name: s.interviewerName, notes: s.notes, recommendation: s.recommendation })),
    rows: comparison.rows.map((r) => ({ ...r, label: labels[r.competencyId] ?? r.competencyId })),
    recommendationSplit: comparison.recommendationSplit,
    disagreements: comparison.disagreements,
  });
}

export default function CandidateComparison() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(kitMessages);
  const doc = kitMessages[data.kitLang].doc;
  const [search] = useSearchParams();
  return (
    <div className="compare-page">
      <p className="no-print">
        <Link to={`/cards/${data.id}/kit?lang=${data.kitLang}`}>← {t.page.title}</Link>
      </p>
      {search.get("saved") ? (
        <p className="notice success" role="status">
          {t.scorecard.saved(data.candidate)}
        </p>
      ) : null}
      <h1>{t.compare.title(data.candidate)}</h1>
      <p className="lead">{t.compare.intro}</p>
      {data.interviewers.length === 0 ? (
        <p className="muted">{t.compare.none}</p>
      ) : (
        <>
          <p className={data.disagreements ? "notice error" : "notice success"} id="compare-summary">
            {t.compare.summary(data.disagreements)}
          </p>
          <div className="table-scroll">
            <table className="comparison" aria-describedby="compare-summary">
              <thead>
                <tr>
                  <th scope="col">{t.compare.competency}</th>
                  {data.interviewers.map((iv, i) => (
                    <th scope="col" key={i}>
                      {iv.name}
                    </th>
                  ))}
                  <th scope="col">{t.compare.average}</th>
                  <th scope="col">{t.compare.spread}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
          <p>{data.recommendationSplit ? t.compare.split : t.compare.noSplit}</p>
          <section className="panel">
            <h2>{t.compare.notesHeading}</h2>
            {data.interviewers.map((iv, i) => (
              <div key={i} className="interviewer-notes">
                <h3>{iv.name}</h3>
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
      )}
      <p className="no-print">
        <Link className="button" to={`/cards/${data.id}/scorecard?lang=${data.kitLang}&candidate=${encodeURIComponent(data.candidate)}`}>
          {t.compare.addScorecard}
        </Link>
      </p>
    </div>
  );
}
