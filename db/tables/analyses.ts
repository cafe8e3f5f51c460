import type { ColumnType } from "kysely";

export interface AnalysisTable {
  /** Random and unguessable: the id is the only key to a shared analysis. */
  id: string;
  text: string;
  /** The analyzer's JSON result, read whole, never queried into. */
  result: ColumnType<unknown, string, string>;
  analyzer_version: string;
  taxonomy_version: string;
  language: "fr" | "en";
  created_at: ColumnType<Date, Date | string | undefined, never>;
  /** The workspace of whoever saved it while signed in; null for anonymous, open links. */
  workspace_id: number | null;
}

export interface AnalysesTables {
  analyses: AnalysisTable;
}
