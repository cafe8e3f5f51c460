import type { ColumnType } from "kysely";

export interface SeedStateTable {
  name: string;
  version: string;
  seeded_at: ColumnType<Date, never, unknown>;
}

export interface SeedStateTables {
  seed_state: SeedStateTable;
}
