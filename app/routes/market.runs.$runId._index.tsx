import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { MarketFigures } from "~/components/market/market-figures";
import { RunProgress } from "~/components/market/run-progress";
import { dbFrom } from "~/db.server";
import { fill, market } from "~/i18n/market";
import { useLang, useMessages } from "~/i18n/locale";
import { langFromRequest } from "~/i18n/locale.server";
import { drillHref } from "~/market/drill";
import { computeFigures } from "~/market/figures";
import type { Progress } from "~/market/progress";
import { getRunProgress } from "~/market/run-progress.server";
import { requireRun, taxonomyLabels } from "~/market/run-page.server";
import { figureRows } from "~/models/market-result.server";
import { liveMarketWorkers } from "~/models/market-worker.server";
import styles from "~/styles/market.css";
import { DataTable } from "~/components/data-table";
import { Panel } from "~/components/panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.run.name} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  const lang = await langFromRequest(request);
  const [progress, labels, rows] = await Promise.all([getRunProgress(db, run), taxonomyLabels(db, lang), figureRows(db, run.id)]);
  // On PostgreSQL a run waits for `npm run worker` processes; say so when none is beating.
  const waitingWorker = !progress.done && context.marketQueue !== undefined && (await liveMarketWorkers(db, 60)) === 0 && !progress.analysed;
  return json({
    run: { id: run.id, name: run.name, source: run.source, total: run.total, badRowCount: run.badRowCount },
    badRows: run.badRows,
    progress,
    waitingWorker,
    figures: rows.length ? computeFigures(rows, labels.familyOrder) : null,
    labels: { profiles: labels.profiles, families: labels.families },
  });
}

/** Polls the progress while the run is analysed; reloads the figures once it is done. */
function useLiveProgress(runId: number, initial: Progress): Progress {
  const [progress, setProgress] = useState(initial);
  const revalidator = useRevalidator();
  useEffect(() => setProgress(initial), [initial]);
  useEffect(() => {
    if (progress.done) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/market/runs/${runId}/progress`, { headers: { Accept: "application/json" } }).catch(() => null);
      if (!response?.ok || cancelled) return;
      const next = (await response.json()) as Progress;
      setProgress(next);
      if (next.done) revalidator.revalidate();
    }, 1000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one poller per run while it is not done
  }, [runId, progress.done]);
  return progress;
}

export default function MarketRunPage() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(market);
  const lang = useLang();
  const progress = useLiveProgress(data.run.id, data.progress);
  return (
    <div className="market-page">
      <p>
        <Link to="/market">← {t.run.back}</Link>
      </p>
      <h1>{data.run.name}</h1>
      <p className="muted">{data.run.source}</p>
      <RunProgress progress={progress} waitingWorker={data.waitingWorker} />
      {data.run.badRowCount ? (
        <Panel id="refused-title" title={t.run.refusedHeading}>
          <p>{fill(t.run.refusedCount, { count: data.run.badRowCount })}</p>
          {data.run.badRowCount > data.badRows.length ? <p className="muted">{fill(t.run.refusedMore, { shown: data.badRows.length })}</p> : null}
          <div className="table-scroll refused">
            <DataTable head={[t.run.line, t.run.field, t.run.reason]}>
              {data.badRows.slice(0, 200).map((b, i) => (
                <tr key={i}>
                  <td>
                    {b.line}
                    {b.name ? ` — ${b.name}` : ""}
                  </td>
                  <td>{b.field ?? "–"}</td>
                  <td>{t.badRow[b.reason]}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        </Panel>
      ) : null}
      {data.run.total === 0 ? <p className="muted">{t.run.empty}</p> : null}
      {data.figures ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t.figures.heading}</h2>
          <p className="muted">
            {fill(t.figures.analysedOf, { analysed: data.figures.total })} <Link to={drillHref(data.run.id, {})}>{t.drill.all}</Link>
          </p>
          <nav className="exports" aria-label={t.run.exports}>
            <span>{t.run.exports} :</span>
            <a href={`/market/runs/${data.run.id}/export/csv`} download>
              {t.run.exportCsv}
            </a>
            <a href={`/market/runs/${data.run.id}/export/jsonl`} download>
              {t.run.exportJsonl}
            </a>
          </nav>
          <MarketFigures key={lang} runId={data.run.id} figures={data.figures} labels={data.labels} />
        </section>
      ) : null}
    </div>
  );
}
