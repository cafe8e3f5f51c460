import { fill, market } from "#app/i18n/market";
import { useMessages } from "#app/i18n/locale";
import { formatDuration, type Progress } from "#app/market/progress";

/** Counts, rate and time left; without JavaScript the page refreshes itself until the run is done. */
export function RunProgress({ progress, waitingWorker }: { progress: Progress; waitingWorker: boolean }) {
  const t = useMessages(market).run;
  return (
    <section className="panel run-progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{t.progress}</h2>
      {progress.done ? null : (
        <noscript>
          <meta httpEquiv="refresh" content="3" />
        </noscript>
      )}
      <progress id="run-progress-bar" max={progress.total || 1} value={progress.analysed} aria-describedby="run-progress-text">
        {progress.percent} %
      </progress>
      <p id="run-progress-text" aria-live="polite" data-testid="progress-text">
        <strong>{fill(t.counts, { analysed: progress.analysed, total: progress.total })}</strong> ({progress.percent} %)
        {progress.rate !== null && !progress.done ? <> · {fill(t.rate, { rate: progress.rate })}</> : null}
        {progress.secondsLeft && !progress.done ? <> · {fill(t.left, { time: formatDuration(progress.secondsLeft) })}</> : null}
        {progress.done ? <> · {t.done}</> : null}
      </p>
      {waitingWorker && !progress.done ? <p className="warning">{t.waitingWorker}</p> : null}
      {progress.done ? null : (
        <p className="no-js-only">
          <a href="">{t.refresh}</a>
        </p>
      )}
    </section>
  );
}
