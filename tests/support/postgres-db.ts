import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type DB } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { seedAll } from "#seeds/seed-all";

// Free of vitest, so that the benchmark can make its throwaway databases the same way.

export type Backend = "pglite" | "postgres";

export interface TestDatabase {
  db: DB;
  backend: Backend;
  /** PostgreSQL only: the throwaway database's URL, for processes (workers, bench) that join it. */
  url?: string;
  close(): Promise<void>;
}

/** A throwaway database on the real server of TEST_DATABASE_URL, migrated and seeded, dropped on close. */
export async function postgresTestDatabase(url: string): Promise<TestDatabase> {
  const name = `rs_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ url: target.toString() });
  await migrateOrThrow(handle.db);
  await seedAll(handle.db);
  return {
    db: handle.db,
    backend: "postgres",
    url: target.toString(),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      // pool.end() resolves before the server has seen every connection go; a forced drop
      // in that window kills a closing client, which then throws outside any test.
      for (let tries = 0; tries < 50; tries++) {
        const { rows } = await cleanup.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
