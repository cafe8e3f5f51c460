import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { openDatabase, type DB } from "../../db/client";
import { migrateOrThrow } from "../../db/migrate";
import { seedAll } from "../../seeds/seed-all";
import pg from "pg";

export type Backend = "pglite" | "postgres";

export interface TestDatabase {
  db: DB;
  backend: Backend;
  close(): Promise<void>;
}

/** An in-memory PGlite copied from the migrated and seeded template of this run. */
export async function pgliteTestDatabase(): Promise<TestDatabase> {
  const template = readFileSync(inject("pgliteTemplate"));
  const handle = await openDatabase({ loadDataDir: new Blob([template]) });
  return { db: handle.db, backend: "pglite", close: handle.close };
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

/**
 * Runs the same tests against PGlite and, when TEST_DATABASE_URL is set, real PostgreSQL.
 * Without the URL the PostgreSQL half is skipped with one line of reason — except under
 * CI=true, where that skip is a failure.
 */
export function describeEachBackend(name: string, body: (db: () => DB, backend: Backend) => void) {
  const url = process.env.TEST_DATABASE_URL;
  for (const backend of ["pglite", "postgres"] as const) {
    if (backend === "postgres" && !url) {
      if (process.env.CI === "true") {
        describe(`${name} [postgres]`, () => {
          it("needs TEST_DATABASE_URL under CI", () => {
            throw new Error("TEST_DATABASE_URL is not set: real-PostgreSQL tests cannot be skipped under CI");
          });
        });
      } else {
        describe.skip(`${name} [postgres] — skipped: set TEST_DATABASE_URL to run against real PostgreSQL`, () => {
          it("skipped", () => {});
        });
      }
      continue;
    }
    describe(`${name} [${backend}]`, () => {
      let test: TestDatabase | undefined;
      beforeAll(async () => {
        test = backend === "pglite" ? await pgliteTestDatabase() : await postgresTestDatabase(url!);
      });
      afterAll(async () => {
        await test?.close();
      });
      body(() => {
        if (!test) throw new Error("test database not ready");
        return test.db;
      }, backend);
    });
  }
}

/**
 * A PGlite folder holding this run's migrated and seeded template, for a server to start
 * from without seeding (seconds instead of tens of seconds); `prepare` may add rows first.
 */
export async function pgliteFolderFromTemplate(dir: string, prepare?: (db: DB) => Promise<void>): Promise<void> {
  const handle = await openDatabase({ dataDir: dir, loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) });
  try {
    await prepare?.(handle.db);
  } finally {
    await handle.close();
  }
}
