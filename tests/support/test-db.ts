import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { openDatabase, type DB } from "#db/client";
import { postgresTestDatabase, type Backend, type TestDatabase } from "./postgres-db";

export { postgresTestDatabase, type Backend, type TestDatabase };

/** An in-memory PGlite copied from the migrated and seeded template of this run. */
export async function pgliteTestDatabase(): Promise<TestDatabase> {
  const template = readFileSync(inject("pgliteTemplate"));
  const handle = await openDatabase({ loadDataDir: new Blob([template]) });
  return { db: handle.db, backend: "pglite", close: handle.close };
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
