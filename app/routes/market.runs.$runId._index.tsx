import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { MarketFigures } from "#app/components/market/market-figures";
import { RunProgress } from "#app/components/market/run-progress";
import { dbFrom } from "#app/db.server";
import { fill, market } from "#app/i18n/market";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { drillHref } from "#app/market/drill";
import { computeFigures } from "#app/market/figures";
import { resumeInterruptedImport } from "#app/market/recover-imports.server";
import { getRunProgress, type RunProgressState } from "#app/market/run-progress.server";
import { requireRun, taxonomyLabels } from "#app/market/run-page.server";
import { readMarketUpload, type UploadError } from "#app/market/upload.server";
import { figureRows } from "#app/models/market-result.server";
import { deleteMarketRun } from "#app/models/market-run.server";
import { liveMarketWorkers } from "#app/models/market-worker.server";
import { requireMember } from "#app/workspaces/require-member.server";
import { hasRole, RECRUITERS } from "#app/workspaces/roles";
import styles from "#app/styles/market.css";
import { DataTable } from "#app/components/data-table";
import { Panel } from "#app/components/panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.run.name} — RoleScope` : "RoleScope" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  const { role } = await requireMember(request, db);
  const lang = await langFromRequest(request);
  const [progress, labels, rows] = await Promise.all([getRunProgress(db, run), taxonomyLabels(db, lang), figureRows(db, { runId: run.id })]);
  // On PostgreSQL a run waits for `npm run worker` processes; say so when none is beating.
  const waitingWorker = run.status === "analysing" && context.marketQueue !== undefined && (await liveMarketWorkers(db, 60)) === 0 && !progress.analysed;
  return json({
    run: { id: run.id, name: run.name, source: run.source, total: run.total, badRowCount: run.badRowCount, status: run.status, encoding: run.encoding },
    canEdit: hasRole(role, RECRUITERS),
    badRows: run.badRows,
    progress,
    waitingWorker,
    figures: rows.length ? computeFigures(rows, labels.familyOrder) : null,
    labels: { profiles: labels.profiles, families: labels.families },
  });
}

type ActionError = { error: UploadError | "different_file" | "not_interrupted"; line?: number };

/** ?intent=resume: the interrupted run's file uploaded again; ?intent=delete: the run goes. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId, RECRUITERS);
  const intent = new URL(request.url).searchParams.get("intent");
  if (intent === "delete") {
    if (!(await deleteMarketRun(db, run.workspaceId, run.id))) return json<ActionError>({ error: "not_interrupted" }, { status: 409 });
    return redirect("/market");
  }
  if (intent !== "resume") throw new Response("Bad request", { status: 400 });
  const queue = context.marketQueue;
  if (!queue) throw new Response("The market queue is not running", { status: 503 });
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) return json<ActionError>({ error: "file_missing" }, { status: 400 });
  const upload = await readMarketUpload(request);
  if (!upload.ok) return json<ActionError>({ error: upload.code }, { status: upload.code === "file_too_big" ? 413 : upload.code === "file_type" ? 415 : 400 });
  try {
    const result = await resumeInterruptedImport(db, queue, run.id, { path: upload.path, format: upload.format, temporary: true });
    if (!result.ok) return json<ActionError>(result.reason === "different_file" ? { error: result.reason, line: result.line } : { error: result.reason }, { status: 409 });
    return redirect(`/market/runs/${run.id}`);
  } finally {
    await upload.discard();
  }
}

/** Polls the progress while the file is read or analysed; reloads the page when the run moves on. */
function useLiveProgress(runId: number, initial: RunProgressState): RunProgressState {
  const [progress, setProgress] = useState(initial);
  const revalidator = useRevalidator();
  useEffect(() => setProgress(initial), [initial]);
  const live = !progress.done && progress.status !== "interrupted";
  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/market/runs/${runId}/progress`, { headers: { Accept: "application/json" } }).catch(() => null);
      if (!response?.ok || cancelled) return;
      const next = (await response.json()) as RunProgressState;
      setProgress(next);
      if (next.done || next.status !== initial.status) revalidator.revalidate();
    }, 1000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one poller per run while it is live
  }, [runId, live, initial.status]);
  return progress;
}

function ImportState({ status, stored, canEdit, runId }: { status: "importing" | "interrupted"; stored: number; canEdit: boolean; runId: number }) {
  const t = useMessages(market).run;
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const uploadErrors = useMessages(market).upload.errors;
  if (status === "importing") {
    return (
      <section className="panel run-progress" aria-labelledby="progress-title">
        <h2 id="progress-title">{t.progress}</h2>
        <noscript>
          <meta httpEquiv="refresh" content="3" />
        </noscript>
        <p aria-live="polite" data-testid="progress-text">
          {fill(t.importing, { count: stored })}
        </p>
        <p className="no-js-only">
          <a href="">{t.refresh}</a>
        </p>
      </section>
    );
  }
  const error = actionData?.error;
  return (
    <section className="panel interrupted" aria-labelledby="interrupted-title">
      <h2 id="interrupted-title">{t.interruptedHeading}</h2>
      <p>{fill(t.interruptedBody, { count: stored })}</p>
      {canEdit ? (
        <>
          <Form method="post" action={`/market/runs/${runId}?index&intent=resume`} encType="multipart/form-data" className="stack">
            {error ? (
              <p id="resume-error" className="notice error" role="alert">
                {error === "different_file" || error === "not_interrupted" ? fill(t.resumeErrors[error], { line: actionData?.line ?? 0 }) : uploadErrors[error]}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor="resume-file">{t.resumeFile}</label>
              <input
                id="resume-file"
                name="file"
                type="file"
                accept=".csv,.tsv,.jsonl,.ndjson,.json,.zip,text/csv,application/zip"
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "resume-error" : undefined}
              />
            </div>
            <button type="submit" disabled={busy}>
              {t.resumeSubmit}
            </button>
          </Form>
          <Form method="post" action={`/market/runs/${runId}?index&intent=delete`} className="delete-run">
            <button type="submit" className="secondary danger" disabled={busy}>
              {t.deleteSubmit}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}

export default function MarketRunPage() {
  const data = useLoaderData<typeof loader>();
  const t = useMessages(market);
  const lang = useLang();
  const progress = useLiveProgress(data.run.id, data.progress);
  const { status } = data.run;
  const base = `/market/runs/${data.run.id}`;
  return (
    <div className="market-page">
      <p>
        <Link to="/market">← {t.run.back}</Link>
      </p>
      <h1>{data.run.name}</h1>
      <p className="muted">
        {data.run.source}
        {data.run.encoding ? ` · ${fill(t.run.encoding, { encoding: t.run.encodings[data.run.encoding as keyof typeof t.run.encodings] ?? data.run.encoding })}` : ""}
      </p>
      {status === "importing" || status === "interrupted" ? (
        <ImportState status={status} stored={progress.stored} canEdit={data.canEdit} runId={data.run.id} />
      ) : (
        <RunProgress progress={progress} waitingWorker={data.waitingWorker} />
      )}
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
      {status === "done" && data.run.total === 0 ? <p className="muted">{t.run.empty}</p> : null}
      {data.figures ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t.figures.heading}</h2>
          <p className="muted">
            {fill(t.figures.analysedOf, { analysed: data.figures.total })} <Link to={drillHref(base, {})}>{t.drill.all}</Link>
          </p>
          <nav className="exports" aria-label={t.run.exports}>
            <span>{t.run.exports} :</span>
            <a href={`${base}/export/csv`} download>
              {t.run.exportCsv}
            </a>
            <a href={`${base}/export/jsonl`} download>
              {t.run.exportJsonl}
            </a>
          </nav>
          <MarketFigures key={lang} base={base} figures={data.figures} labels={data.labels} />
        </section>
      ) : null}
      {status === "done" && data.canEdit ? (
        <Form method="post" action={`${base}?index&intent=delete`} className="delete-run">
          <button type="submit" className="secondary danger">
            {t.run.deleteSubmit}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
