import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { assertSameOrigin } from "#app/auth/same-origin.server";
import { dbFrom } from "#app/db.server";
import { market } from "#app/i18n/market";
import { useLang, useMessages } from "#app/i18n/locale";
import { langFromRequest } from "#app/i18n/locale.server";
import { importDemoOffers } from "#app/market/demo.server";
import { importOffers } from "#app/market/import.server";
import { readMarketUpload, type UploadError } from "#app/market/upload.server";
import { listMarketRuns } from "#app/models/market-run.server";
import { requireMember } from "#app/workspaces/require-member.server";
import { hasRole, RECRUITERS } from "#app/workspaces/roles";
import styles from "#app/styles/market.css";
import { formatDate } from "#app/i18n/format";
import { DataTable } from "#app/components/data-table";
import { Panel } from "#app/components/panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "RoleScope" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const { workspace, role } = await requireMember(request, db);
  const lang = await langFromRequest(request);
  const runs = await listMarketRuns(db, workspace.id);
  return json({
    title: market[lang].meta.list,
    canImport: hasRole(role, RECRUITERS),
    runs: runs.map((r) => ({ id: r.id, name: r.name, source: r.source, total: r.total, refused: r.badRowCount, status: r.status, createdAt: r.createdAt.toISOString() })),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const db = dbFrom(context);
  const { user, workspace } = await requireMember(request, db, RECRUITERS);
  const queue = context.marketQueue;
  if (!queue) throw new Response("The market queue is not running", { status: 503 });
  const lang = await langFromRequest(request);
  const who = { workspaceId: workspace.id, createdBy: user.id };

  if (new URL(request.url).searchParams.get("demo") === "1") {
    const summary = await importDemoOffers(db, queue, who, market[lang].demo.heading);
    return redirect(`/market/runs/${summary.runId}`);
  }
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    return json({ error: "file_missing" as UploadError, name: "" }, { status: 400 });
  }
  const upload = await readMarketUpload(request);
  if (!upload.ok) {
    const status = upload.code === "file_too_big" ? 413 : upload.code === "file_type" ? 415 : 400;
    return json({ error: upload.code, name: upload.name }, { status });
  }
  try {
    const summary = await importOffers(db, queue, { path: upload.path, format: upload.format, name: upload.name, source: upload.fileName, temporary: true, ...who });
    return redirect(`/market/runs/${summary.runId}`);
  } finally {
    await upload.discard();
  }
}

export default function MarketIndex() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useMessages(market);
  const lang = useLang();
  const busy = navigation.state === "submitting";
  const error = actionData?.error;
  return (
    <div className="market-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {data.canImport ? (
        <div className="row market-start">
          <Panel id="upload-title" title={t.upload.heading}>
            <Form method="post" encType="multipart/form-data" className="stack" aria-describedby={error ? "upload-error" : undefined}>
              {error ? (
                <p id="upload-error" className="notice error" role="alert">
                  {t.upload.errors[error]}
                </p>
              ) : null}
              <div className="field">
                <label htmlFor="market-file">{t.upload.file}</label>
                <input
                  id="market-file"
                  name="file"
                  type="file"
                  accept=".csv,.tsv,.jsonl,.ndjson,.json,.zip,text/csv,application/zip"
                  aria-describedby="market-file-hint"
                  aria-invalid={error && error !== "name_too_long" ? true : undefined}
                  required
                />
                <p id="market-file-hint" className="hint">
                  {t.upload.fileHint}
                </p>
              </div>
              <div className="field">
                <label htmlFor="market-name">{t.upload.name}</label>
                <input
                  id="market-name"
                  name="name"
                  maxLength={200}
                  defaultValue={actionData?.name ?? ""}
                  aria-describedby="market-name-hint"
                  aria-invalid={error === "name_too_long" ? true : undefined}
                />
                <p id="market-name-hint" className="hint">
                  {t.upload.nameHint}
                </p>
              </div>
              <button type="submit" disabled={busy}>
                {t.upload.submit}
              </button>
            </Form>
          </Panel>
          {data.runs.length === 0 ? (
            <Panel id="demo-title" title={t.demo.heading}>
              <p>{t.demo.body}</p>
              <Form method="post" action="/market?index&demo=1">
                <button type="submit" disabled={busy}>
                  {t.demo.submit}
                </button>
              </Form>
            </Panel>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">{t.runs.heading}</h2>
        {data.runs.some((r) => r.status === "done" && r.total > 0) ? (
          <p>
            <Link to="/market/overview">{t.overview.link}</Link>
          </p>
        ) : null}
        {data.runs.length ? (
          <div className="table-scroll">
            <DataTable className="run-list" head={[t.runs.name, t.runs.source, t.runs.offers, t.runs.refused, t.runs.status, t.runs.created]}>
              {data.runs.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/market/runs/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{r.source}</td>
                  <td>{r.total}</td>
                  <td>{r.refused}</td>
                  <td>{t.status[r.status]}</td>
                  <td>{formatDate(r.createdAt, lang, { timeStyle: "short" })}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        ) : (
          <p className="muted">{t.runs.empty}</p>
        )}
      </section>
    </div>
  );
}
