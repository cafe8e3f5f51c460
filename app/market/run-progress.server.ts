import type { DB } from "~/db.server";
import { RATE_WINDOW_SECONDS, runCounts, type MarketRun } from "~/models/market-run.server";
import { computeProgress, type Progress } from "./progress";

export async function getRunProgress(db: DB, run: Pick<MarketRun, "id" | "total" | "status">): Promise<Progress & { status: MarketRun["status"] }> {
  const counts = await runCounts(db, run.id);
  return { ...computeProgress({ ...counts, total: run.total, windowSeconds: RATE_WINDOW_SECONDS, done: run.status === "done" }), status: run.status };
}
