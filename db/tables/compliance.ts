import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface ComplianceRuleTable {
  id: string;
  kind: "rule" | "list";
  position: number;
  definition: Json;
  /** Set once an administrator edits the row: the seed no longer overwrites it. */
  edited_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface ComplianceRevisionTable {
  id: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  user_id: number | null;
  target_id: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export interface ComplianceTables {
  compliance_rules: ComplianceRuleTable;
  compliance_revisions: ComplianceRevisionTable;
}
