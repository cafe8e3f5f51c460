import { sql } from "kysely";
import { z } from "zod";
import type { DB } from "#app/db.server";
import type { CompactAnalysis } from "#app/market/compact-analysis";
import { NONE, type DrillFilter } from "#app/market/drill";
import type { FigureRow } from "#app/market/figures";
import type { NewMarketResultRow } from "#db/tables/market";
import { FamilyShareJson, TitleJson } from "./analysis.server";
import { LangJson, localized, readJson, VerdictJson } from "./json.server";

export interface OfferToAnalyse {
  seq: number;
  text: string;
}

/** The offers of seq `from`..`to` that have no result yet: a retried batch skips finished ones. */
export async function offersToAnalyse(db: DB, runId: number, from: number, to: number): Promise<OfferToAnalyse[]> {
  return db
    .selectFrom("market_offers as o")
    .leftJoin("market_results as r", (join) => join.onRef("r.run_id", "=", "o.run_id").onRef("r.seq", "=", "o.seq"))
    .select(["o.seq", "o.text"])
    .where("o.run_id", "=", runId)
    .where("o.seq", ">=", from)
    .where("o.seq", "<=", to)
    .where("r.seq", "is", null)
    .orderBy("o.seq")
    .execute();
}

/** The lowest seq of the run still without a result, or null when all are analysed. */
export async function firstUnanalysedSeq(db: DB, runId: number): Promise<number | null> {
  const row = await db
    .selectFrom("market_offers as o")
    .leftJoin("market_results as r", (join) => join.onRef("r.run_id", "=", "o.run_id").onRef("r.seq", "=", "o.seq"))
    .select("o.seq")
    .where("o.run_id", "=", runId)
    .where("r.seq", "is", null)
    .orderBy("o.seq")
    .limit(1)
    .executeTakeFirst();
  return row?.seq ?? null;
}

/** Idempotent by (run, seq): a batch retried after a crash never writes an offer twice. */
export async function saveMarketResults(db: DB, results: NewMarketResultRow[]): Promise<number> {
  if (!results.length) return 0;
  const inserted = await db
    .insertInto("market_results")
    .values(results)
    .onConflict((oc) => oc.columns(["run_id", "seq"]).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}

// ---- reading results back: figures, drill-down, export

/**
 * Whose analysed offers a figure or a list reads: one run's, or the workspace's across
 * its finished runs. Across runs an offer imported again (the same text) in a later run
 * counts once, as that latest import: a job board's monthly exports overlap, and the
 * latest copy carries the latest analysis.
 */
export type ResultScope = { runId: number } | { workspaceId: number };

function baseQuery(db: DB, scope: ResultScope) {
  const query = db
    .selectFrom("market_results as r")
    .innerJoin("market_offers as o", (join) => join.onRef("o.run_id", "=", "r.run_id").onRef("o.seq", "=", "r.seq"))
    .innerJoin("market_runs as m", "m.id", "r.run_id");
  if ("runId" in scope) return query.where("r.run_id", "=", scope.runId);
  return query
    .where("m.workspace_id", "=", scope.workspaceId)
    .where("m.status", "=", "done")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("market_offers as later")
            .innerJoin("market_runs as lm", "lm.id", "later.run_id")
            .select(sql`1`.as("one"))
            .whereRef("later.text_key", "=", "o.text_key")
            .whereRef("later.run_id", ">", "o.run_id")
            .where("lm.workspace_id", "=", scope.workspaceId)
            .where("lm.status", "=", "done"),
        ),
      ),
    );
}

/** The columns the figures use, for every analysed offer in scope. */
export async function figureRows(db: DB, scope: ResultScope): Promise<FigureRow[]> {
  const rows = await baseQuery(db, scope)
    .select(["r.verdict", "r.title_profile", "r.families", "r.roles", "o.location", sql<string | null>`to_char(o.posted_on, 'YYYY-MM')`.as("month")])
    .execute();
  return rows.map((r) => ({
    verdict: r.verdict,
    titleProfile: r.title_profile,
    families: r.families,
    roles: r.roles,
    location: r.location,
    month: r.month,
  }));
}

function filtered(db: DB, scope: ResultScope, filter: DrillFilter) {
  let query = baseQuery(db, scope);
  if (filter.verdict) query = query.where("r.verdict", "=", filter.verdict);
  if (filter.title) query = filter.title === NONE ? query.where("r.title_profile", "is", null) : query.where("r.title_profile", "=", filter.title);
  if (filter.location) {
    query =
      filter.location === NONE
        ? query.where((eb) => eb.or([eb("o.location", "is", null), eb(sql`btrim(o.location)`, "=", "")]))
        : query.where(sql`lower(regexp_replace(btrim(o.location), '\\s+', ' ', 'g'))`, "=", filter.location);
  }
  if (filter.month) {
    query = filter.month === NONE ? query.where("o.posted_on", "is", null) : query.where(sql`to_char(o.posted_on, 'YYYY-MM')`, "=", filter.month);
  }
  for (const family of [filter.family, filter.family2]) {
    if (family) query = query.where(sql`${family}::text`, "=", sql`any(r.families)`);
  }
  if (filter.extra) query = query.where(sql`${filter.extra}::text`, "=", sql`any(r.roles)`);
  return query;
}

export interface RunOfferSummary {
  runId: number;
  runName: string;
  seq: number;
  line: number;
  title: string | null;
  company: string | null;
  location: string | null;
  postedOn: string | null;
  verdict: string;
  titleProfile: string | null;
  roles: string[];
  families: string[];
}

type SummaryRow = Omit<RunOfferSummary, "runId" | "runName" | "postedOn" | "titleProfile"> & {
  run_id: number;
  run_name: string;
  posted_on: string | null;
  title_profile: string | null;
};

const OFFER_COLUMNS = ["o.seq", "o.line", "o.title", "o.company", "o.location", sql<string | null>`to_char(o.posted_on, 'YYYY-MM-DD')`.as("posted_on")] as const;
const SUMMARY_COLUMNS = ["o.run_id", "m.name as run_name", ...OFFER_COLUMNS, "r.verdict", "r.title_profile", "r.roles", "r.families"] as const;

function toSummary(r: SummaryRow): RunOfferSummary {
  return {
    runId: r.run_id,
    runName: r.run_name,
    seq: r.seq,
    line: r.line,
    title: r.title,
    company: r.company,
    location: r.location,
    postedOn: r.posted_on,
    verdict: r.verdict,
    titleProfile: r.title_profile,
    roles: r.roles,
    families: r.families,
  };
}

export const DRILL_PAGE_SIZE = 50;

/** One page of the offers in scope that the filter keeps, with how many there are and in how many pages. */
export async function listOffers(db: DB, scope: ResultScope, filter: DrillFilter): Promise<{ count: number; pages: number; offers: RunOfferSummary[] }> {
  const page = filter.page ?? 1;
  const [countRow, rows] = await Promise.all([
    filtered(db, scope, filter).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    filtered(db, scope, filter)
      .select(SUMMARY_COLUMNS)
      .orderBy("o.run_id", "desc")
      .orderBy("o.seq")
      .limit(DRILL_PAGE_SIZE)
      .offset((page - 1) * DRILL_PAGE_SIZE)
      .execute(),
  ]);
  const count = Number(countRow.n);
  return { count, pages: Math.max(1, Math.ceil(count / DRILL_PAGE_SIZE)), offers: rows.map(toSummary) };
}

const CompactAnalysisJson: z.ZodType<CompactAnalysis> = z.object({
  analyzerVersion: z.string(),
  taxonomyVersion: z.string(),
  language: LangJson,
  title: TitleJson.nullable(),
  families: z.array(FamilyShareJson),
  roles: z.array(z.string()),
  roleCount: z.number(),
  verdict: VerdictJson,
  coreRoles: z.array(z.string()),
  edgeFamilies: z.array(z.string()),
  explanation: localized(z.array(z.string())),
});

export interface RunOfferDetail extends RunOfferSummary {
  externalId: string | null;
  url: string | null;
  text: string;
  analysis: CompactAnalysis;
}

export async function findRunOffer(db: DB, runId: number, seq: number): Promise<RunOfferDetail | null> {
  const r = await baseQuery(db, { runId })
    .where("r.seq", "=", seq)
    .select([...SUMMARY_COLUMNS, "o.external_id", "o.url", "o.text", "r.analysis"])
    .executeTakeFirst();
  if (!r) return null;
  return {
    ...toSummary(r),
    externalId: r.external_id,
    url: r.url,
    text: r.text,
    analysis: readJson(CompactAnalysisJson, r.analysis),
  };
}

export interface ExportRow {
  seq: number;
  line: number;
  externalId: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  postedOn: string | null;
  url: string | null;
  analysis: CompactAnalysis;
}

const EXPORT_PAGE = 1000;

/** The run's analysed offers in seq order, read a page at a time so an export of 100,000 streams. */
export async function* exportRunResults(db: DB, runId: number): AsyncGenerator<ExportRow> {
  let after = 0;
  for (;;) {
    const rows = await baseQuery(db, { runId })
      .where("r.seq", ">", after)
      .select([...OFFER_COLUMNS, "o.external_id", "o.url", "r.analysis"])
      .orderBy("r.seq")
      .limit(EXPORT_PAGE)
      .execute();
    for (const r of rows) {
      yield {
        seq: r.seq,
        line: r.line,
        externalId: r.external_id,
        title: r.title,
        company: r.company,
        location: r.location,
        postedOn: r.posted_on,
        url: r.url,
        analysis: readJson(CompactAnalysisJson, r.analysis),
      };
    }
    if (rows.length < EXPORT_PAGE) return;
    after = rows[rows.length - 1]!.seq;
  }
}
