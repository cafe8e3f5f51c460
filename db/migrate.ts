import { Migrator, sql, type MigrationResultSet } from "kysely";
import type { DB } from "./client";
import { migrations } from "./migrations/index";

export async function migrateToLatest(db: DB): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Features land in parallel with their own date-prefixed migrations; a database that
    // already ran a later one must still accept an earlier one that arrives afterwards.
    allowUnorderedMigrations: true,
  });
  return migrator.migrateToLatest();
}

/** True when every migration already ran: one query, where the migrator's checks and lock take about ten. */
async function upToDate(db: DB): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return Object.keys(migrations).every((name) => applied.has(name));
  } catch {
    return false;
  }
}

/** Migrates or throws with the failing migration's name: callers exit non-zero. */
export async function migrateOrThrow(db: DB): Promise<string[]> {
  if (await upToDate(db)) return [];
  const { error, results = [] } = await migrateToLatest(db);
  const failed = results.find((r) => r.status === "Error");
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? "unknown error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${reason}`);
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
