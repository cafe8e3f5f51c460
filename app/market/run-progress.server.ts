import type { DB } from "#app/db.server";
import { RATE_WINDOW_SECONDS, runCounts, storedOfferCount, type MarketRun } from "#app/models/market-run.server";
import { computeProgress, type Progress } from "./progress";

export type RunProgressState = Progress & {
  status: MarketRun["status"];
  /** While the file is read (or after it was cut off): the offers stored so far. */
  stored: number;
};

export async function getRunProgress(db: DB, run: Pick<MarketRun, "id" | "total" | "status">): Promise<RunProgressState> {
  const reading = run.status === "importing" || run.status === "interrupted";
  const [counts, stored] = await Promise.all([runCounts(db, run.id), reading ? storedOfferCount(db, run.id) : run.total]);
  return { ...computeProgress({ ...counts, total: run.total, windowSeconds: RATE_WINDOW_SECONDS, done: run.status === "done" }), status: run.status, stored };
}
