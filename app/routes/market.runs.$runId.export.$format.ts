import type { LoaderFunctionArgs } from "@remix-run/node";
import { dbFrom } from "#app/db.server";
import { exportRun } from "#app/market/export.server";
import { requireRun } from "#app/market/run-page.server";

/** /market/runs/:id/export/csv or /export/jsonl: the run's analyses as a download. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  if (params.format !== "csv" && params.format !== "jsonl") throw new Response("Not found", { status: 404, statusText: "Not found" });
  return exportRun(db, run.id, params.format);
}
