import type { ColumnType, Generated, Insertable } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export interface MarketRunTable {
  id: Generated<number>;
  /** Runs are private to their workspace. */
  workspace_id: number;
  created_by: number;
  name: string;
  /** The uploaded file's name, or "demo". */
  source: string;
  status: ColumnType<"importing" | "analysing" | "done", "importing" | "analysing" | "done" | undefined, "importing" | "analysing" | "done">;
  total: ColumnType<number, number | undefined, number>;
  /** The first rejected rows, `{ line, reason }`, capped: the count says how many in all. */
  bad_rows: ColumnType<unknown, string | undefined, string>;
  bad_row_count: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface MarketOfferTable {
  run_id: number;
  /** 1..total within the run: batch jobs name their offers by a range of seq. */
  seq: number;
  /** The line (CSV, JSON Lines) or entry number (zip) in the uploaded file. */
  line: number;
  external_id: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  posted_on: ColumnType<string | null, string | null | undefined, string | null>;
  url: string | null;
  text: string;
}

export interface MarketResultTable {
  run_id: number;
  seq: number;
  verdict: string;
  role_count: number;
  language: string;
  title_profile: string | null;
  families: string[];
  roles: string[];
  /** The contract part of the Analysis (no display text, lines or matches), read whole. */
  analysis: Json;
  analysed_at: CreatedAt;
}

export interface MarketWorkerTable {
  id: string;
  pid: number;
  host: string;
  started_at: CreatedAt;
  beat_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MarketTables {
  market_runs: MarketRunTable;
  market_offers: MarketOfferTable;
  market_results: MarketResultTable;
  market_workers: MarketWorkerTable;
}

export type NewMarketOfferRow = Insertable<MarketOfferTable>;
export type NewMarketResultRow = Insertable<MarketResultTable>;
