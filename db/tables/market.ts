import type { ColumnType, Generated, Insertable } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

/** `interrupted`: the process reading the file died and the file is not at hand to resume from. */
export type RunStatus = "importing" | "analysing" | "done" | "interrupted";

export interface MarketRunTable {
  id: Generated<number>;
  /** Runs are private to their workspace. */
  workspace_id: number;
  created_by: number;
  name: string;
  /** The uploaded file's name, or "demo". */
  source: string;
  status: ColumnType<RunStatus, RunStatus | undefined, RunStatus>;
  total: ColumnType<number, number | undefined, number>;
  /** The first rejected rows, `{ line, reason }`, capped: the count says how many in all. */
  bad_rows: ColumnType<unknown, string | undefined, string>;
  bad_row_count: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** While importing: "host/pid/token" of the process reading the file. */
  importer: string | null;
  /** While importing: when the reading process last showed life. */
  import_beat_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** While importing: the file being read and the machine it is on, to resume from after a crash. */
  file_path: string | null;
  file_host: string | null;
  file_format: string | null;
  /** The file is an upload's temporary copy, deleted once read. */
  file_temporary: ColumnType<boolean, boolean | undefined, boolean>;
  /** The character encoding a CSV or JSON Lines file was read in. */
  encoding: string | null;
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
  /** md5 of the text with white space runs made one space: the same offer in two runs has one key. */
  text_key: string;
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
