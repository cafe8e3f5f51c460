import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { dbFrom } from "#app/db.server";
import { getRunProgress } from "#app/market/run-progress.server";
import { requireRun } from "#app/market/run-page.server";

/** The run page polls this while the run is analysed. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const db = dbFrom(context);
  const run = await requireRun(request, db, params.runId);
  return json(await getRunProgress(db, run), { headers: { "Cache-Control": "no-store" } });
}
