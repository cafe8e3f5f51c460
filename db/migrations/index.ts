import type { Migration } from "kysely";
import * as taxonomy from "./2026-11-24-0001-taxonomy";
import * as seedState from "./2026-11-24-0002-seed-state";

// Listed by hand rather than read from the folder so that the bundled server, the CLI
// and the tests all see the same migrations without file-system look-ups.
export const migrations: Record<string, Migration> = {
  "2026-11-24-0001-taxonomy": taxonomy,
  "2026-11-24-0002-seed-state": seedState,
};
