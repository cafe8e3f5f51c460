import { sql } from "kysely";
import { z } from "zod";
import type { DB } from "#app/db.server";
import { BAD_ROW_REASONS, type BadRow, type OfferRow } from "#app/market/offer-schema";
import { textKey } from "#app/market/text-key";
import type { RunStatus } from "#db/tables/market";
import { readJson } from "./json.server";

const BadRowsJson: z.ZodType<BadRow[]> = z.array(
  z.object({ line: z.number(), reason: z.enum(BAD_ROW_REASONS), field: z.string().optional(), name: z.string().optional() }),
);

export type { RunStatus };

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
  /** The character encoding the file was read in (CSV, JSON Lines). */
  encoding: string | null;
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
  encoding: string | null;
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
    encoding: row.encoding,
  };
}

/** The file a run is read from, kept on the run while it is read so that another process can resume. */
export interface RunFile {
  path: string;
  host: string;
  format: string;
  /** An upload's temporary copy: deleted once read. */
  temporary: boolean;
}

export async function createMarketRun(
  db: DB,
  run: { workspaceId: number; createdBy: number; name: string; source: string; importer: string; file: RunFile },
): Promise<number> {
  const row = await db
    .insertInto("market_runs")
    .values({
      workspace_id: run.workspaceId,
      created_by: run.createdBy,
      name: run.name,
      source: run.source,
      importer: run.importer,
      import_beat_at: sql<Date>`now()`,
      file_path: run.file.path,
      file_host: run.file.host,
      file_format: run.file.format,
      file_temporary: run.file.temporary,
    })
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
    text_key: textKey(offer.text),
  }));
  await db.insertInto("market_offers").values(rows).execute();
}

/** How many offers of the run are stored: seq 1..n, since offers go in by consecutive chunks. */
export async function storedOfferCount(db: DB, runId: number): Promise<number> {
  const row = await db.selectFrom("market_offers").select((eb) => eb.fn.max<number | null>("seq").as("n")).where("run_id", "=", runId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The text keys of the stored offers from seq `from`, in seq order: a resumed import checks it reads the same file. */
export async function storedOfferKeys(db: DB, runId: number, from: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("market_offers")
    .select("text_key")
    .where("run_id", "=", runId)
    .where("seq", ">=", from)
    .orderBy("seq")
    .limit(limit)
    .execute();
  return rows.map((r) => r.text_key);
}

/** The reading process is alive; false when the run is no longer its own (taken over, deleted). */
export async function beatMarketImport(db: DB, runId: number, importer: string): Promise<boolean> {
  const result = await db
    .updateTable("market_runs")
    .set({ import_beat_at: sql<Date>`now()` })
    .where("id", "=", runId)
    .where("importer", "=", importer)
    .where("status", "=", "importing")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The file is read: the run waits for its analyses (or is done at once when nothing was importable). */
export async function finishMarketImport(
  db: DB,
  runId: number,
  result: { total: number; badRows: BadRow[]; badRowCount: number; encoding: string | null },
) {
  await db
    .updateTable("market_runs")
    .set({
      total: result.total,
      bad_rows: JSON.stringify(result.badRows.slice(0, KEPT_BAD_ROWS)),
      bad_row_count: result.badRowCount,
      encoding: result.encoding,
      status: result.total ? "analysing" : "done",
      started_at: sql<Date>`now()`,
      finished_at: result.total ? null : sql<Date>`now()`,
      importer: null,
      import_beat_at: null,
      file_path: null,
      file_host: null,
      file_format: null,
      file_temporary: false,
    })
    .where("id", "=", runId)
    .execute();
}

export interface ImportingRun {
  id: number;
  importer: string | null;
  /** Seconds since the reading process last showed life; null when it never did. */
  silentFor: number | null;
  file: RunFile | null;
}

/** Runs whose file is being read (or was, by a process that died). */
export async function importingRuns(db: DB): Promise<ImportingRun[]> {
  const rows = await db
    .selectFrom("market_runs")
    .select([
      "id",
      "importer",
      "file_path",
      "file_host",
      "file_format",
      "file_temporary",
      sql<number | null>`extract(epoch from now() - import_beat_at)::float8`.as("silent_for"),
    ])
    .where("status", "=", "importing")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    importer: r.importer,
    silentFor: r.silent_for === null ? null : Number(r.silent_for),
    file: r.file_path && r.file_host && r.file_format ? { path: r.file_path, host: r.file_host, format: r.file_format, temporary: r.file_temporary } : null,
  }));
}

/**
 * Takes a run over from the importer it names (compare-and-set, so two processes never
 * both take it); `from` lists the statuses it may be taken in.
 */
export async function claimMarketImport(
  db: DB,
  runId: number,
  claim: { from: RunStatus; previous: string | null; importer: string; file?: RunFile },
): Promise<boolean> {
  const result = await db
    .updateTable("market_runs")
    .set({
      status: "importing",
      importer: claim.importer,
      import_beat_at: sql<Date>`now()`,
      ...(claim.file
        ? { file_path: claim.file.path, file_host: claim.file.host, file_format: claim.file.format, file_temporary: claim.file.temporary }
        : {}),
    })
    .where("id", "=", runId)
    .where("status", "=", claim.from)
    .where((eb) => (claim.previous === null ? eb("importer", "is", null) : eb("importer", "=", claim.previous)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Its file cannot be read any more: the run waits for the user to upload the file again or delete it. */
export async function interruptMarketImport(db: DB, runId: number, importer: string): Promise<void> {
  await db
    .updateTable("market_runs")
    .set({ status: "interrupted", importer: null, import_beat_at: null, file_path: null, file_host: null, file_format: null, file_temporary: false })
    .where("id", "=", runId)
    .where("importer", "=", importer)
    .execute();
}

/**
 * Deletes a finished or interrupted run of this workspace with its offers and results;
 * false when there is no such run (one being read or analysed is left alone).
 */
export async function deleteMarketRun(db: DB, workspaceId: number, runId: number): Promise<boolean> {
  const result = await db
    .deleteFrom("market_runs")
    .where("id", "=", runId)
    .where("workspace_id", "=", workspaceId)
    .where("status", "in", ["done", "interrupted"])
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
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
