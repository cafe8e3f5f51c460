import { sql } from "kysely";
import { z } from "zod";
import type { DB } from "~/db.server";
import { BAD_ROW_REASONS, type BadRow, type OfferRow } from "~/market/offer-schema";
import { readJson } from "./json.server";

const BadRowsJson: z.ZodType<BadRow[]> = z.array(
  z.object({ line: z.number(), reason: z.enum(BAD_ROW_REASONS), field: z.string().optional(), name: z.string().optional() }),
);

export type RunStatus = "importing" | "analysing" | "done";

export interface MarketRun {
  id: number;
  workspaceId: number;
  name: string;
  source: string;
  status: RunStatus;
  total: number;
  badRows: BadRow[];
  badRowCount: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** Bad rows kept for display: the count says how many there were in all. */
export const KEPT_BAD_ROWS = 1000;

function toRun(row: {
  id: number;
  workspace_id: number;
  name: string;
  source: string;
  status: RunStatus;
  total: number;
  bad_rows: unknown;
  bad_row_count: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}): MarketRun {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    source: row.source,
    status: row.status,
    total: row.total,
    badRows: readJson(BadRowsJson, row.bad_rows),
    badRowCount: row.bad_row_count,
    createdAt: new Date(row.created_at),
    startedAt: row.started_at && new Date(row.started_at),
    finishedAt: row.finished_at && new Date(row.finished_at),
  };
}

export async function createMarketRun(db: DB, run: { workspaceId: number; createdBy: number; name: string; source: string }): Promise<number> {
  const row = await db
    .insertInto("market_runs")
    .values({ workspace_id: run.workspaceId, created_by: run.createdBy, name: run.name, source: run.source })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An offer of the file, numbered in its run (`seq`), with the line it was read from. */
export interface NewMarketOffer {
  seq: number;
  line: number;
  offer: OfferRow;
}

export async function insertMarketOffers(db: DB, runId: number, offers: NewMarketOffer[]): Promise<void> {
  if (!offers.length) return;
  const rows = offers.map(({ seq, line, offer }) => ({
    run_id: runId,
    seq,
    line,
    external_id: offer.id ?? null,
    title: offer.title ?? null,
    company: offer.company ?? null,
    location: offer.location ?? null,
    posted_on: offer.date ?? null,
    url: offer.url ?? null,
    text: offer.text,
  }));
  await db.insertInto("market_offers").values(rows).execute();
}

/** The file is read: the run waits for its analyses (or is done at once when nothing was importable). */
export async function finishMarketImport(db: DB, runId: number, result: { total: number; badRows: BadRow[]; badRowCount: number }) {
  await db
    .updateTable("market_runs")
    .set({
      total: result.total,
      bad_rows: JSON.stringify(result.badRows.slice(0, KEPT_BAD_ROWS)),
      bad_row_count: result.badRowCount,
      status: result.total ? "analysing" : "done",
      started_at: sql<Date>`now()`,
      finished_at: result.total ? null : sql<Date>`now()`,
    })
    .where("id", "=", runId)
    .execute();
}

/** A run of this workspace; another workspace's run is as good as absent. */
export async function findMarketRun(db: DB, workspaceId: number, runId: number): Promise<MarketRun | null> {
  const row = await db.selectFrom("market_runs").selectAll().where("id", "=", runId).where("workspace_id", "=", workspaceId).executeTakeFirst();
  return row ? toRun(row) : null;
}

export async function listMarketRuns(db: DB, workspaceId: number): Promise<MarketRun[]> {
  const rows = await db.selectFrom("market_runs").selectAll().where("workspace_id", "=", workspaceId).orderBy("id", "desc").execute();
  return rows.map(toRun);
}

/** Runs whose analyses are not all written yet, oldest first. */
export async function runsToAnalyse(db: DB): Promise<number[]> {
  const rows = await db.selectFrom("market_runs").select("id").where("status", "=", "analysing").orderBy("id").execute();
  return rows.map((r) => r.id);
}

/** Marks the run done once every offer has its result; returns whether it is done. */
export async function completeRunIfAnalysed(db: DB, runId: number): Promise<boolean> {
  const result = await db
    .updateTable("market_runs")
    .set({ status: "done", finished_at: sql<Date>`now()` })
    .where("id", "=", runId)
    .where("status", "=", "analysing")
    .where("total", "<=", (eb) => eb.selectFrom("market_results").select(eb.fn.countAll<number>().as("n")).where("run_id", "=", runId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface RunCounts {
  analysed: number;
  /** Results written in the last RATE_WINDOW_SECONDS. */
  recent: number;
  /** Seconds since the first result, for the rate while the window is not yet full. */
  sinceFirst: number;
}

export const RATE_WINDOW_SECONDS = 20;

export async function runCounts(db: DB, runId: number): Promise<RunCounts> {
  const row = await db
    .selectFrom("market_results")
    .select([
      (eb) => eb.fn.countAll<number>().as("analysed"),
      sql<number>`count(*) filter (where analysed_at > now() - make_interval(secs => ${RATE_WINDOW_SECONDS}))`.as("recent"),
      sql<number>`coalesce(extract(epoch from now() - min(analysed_at)), 0)::float8`.as("since_first"),
    ])
    .where("run_id", "=", runId)
    .executeTakeFirstOrThrow();
  return { analysed: Number(row.analysed), recent: Number(row.recent), sinceFirst: Number(row.since_first) };
}
