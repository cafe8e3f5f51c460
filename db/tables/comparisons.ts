import type { ColumnType } from "kysely";

export interface ComparisonTable {
  /** Random, unguessable: the permalink is the only key to a saved comparison. */
  id: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  /** The workspace of whoever saved it while signed in; null for anonymous, open links. */
  workspace_id: number | null;
  lang: "fr" | "en";
  /** The role the candidate picked; null when each offer's title decided. */
  profile_id: string | null;
  taxonomy_version: string;
  /** The pasted offers, as typed: [{ text }]. Read whole, never queried into. */
  offers: ColumnType<unknown, string, never>;
  /** The comparison as shown when saved, so a permalink does not drift with taxonomy edits. */
  result: ColumnType<unknown, string, never>;
}

export interface ComparisonTables {
  comparisons: ComparisonTable;
}
