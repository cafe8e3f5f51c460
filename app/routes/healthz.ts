import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { dbFrom } from "#app/db.server";
import { databaseAnswers } from "#app/models/health.server";

export async function loader({ context }: LoaderFunctionArgs) {
  const ok = await databaseAnswers(dbFrom(context));
  return json({ db: ok ? "ok" : "down" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
