import { sql } from "kysely";
import type { DB } from "#db/client";
import { findMarketRun, type MarketRun } from "#app/models/market-run.server";
import { startMarketProcessing, type MarketProcessing } from "#app/market/processing.server";
import type { Backend } from "./test-db";

/** The URL of the throwaway database a PostgreSQL test runs on, for worker processes to join it. */
export async function databaseUrl(db: DB): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  const url = new URL(base);
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}

/**
 * What the server runs: the in-process loop on PGlite, graphile-worker (queue and one
 * worker) on PostgreSQL, and the recovery of cut-off imports (off for tests that drive it).
 */
export async function startProcessing(
  db: DB,
  backend: Backend,
  options: { inAppWorker?: boolean; recoverImports?: boolean } = {},
): Promise<MarketProcessing> {
  return startMarketProcessing(db, backend === "pglite" ? { kind: "pglite" } : { kind: "postgres", url: await databaseUrl(db) }, options);
}

/** Waits (bounded) until the run has every result written. */
export async function waitForRun(db: DB, workspaceId: number, runId: number, timeoutMs = 60_000): Promise<MarketRun> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await findMarketRun(db, workspaceId, runId);
    if (run?.status === "done") return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} not done after ${timeoutMs} ms (status ${run?.status})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The bytes Excel writes for its plain "CSV" on a French or English Windows: one byte a character. */
export function windows1252(text: string): Buffer {
  const special: Record<string, number> = { "€": 0x80, "…": 0x85, "Œ": 0x8c, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "œ": 0x9c };
  return Buffer.from(
    [...text].map((c) => {
      const byte = special[c] ?? c.charCodeAt(0);
      if (byte > 0xff) throw new Error(`${c} is not in Windows-1252`);
      return byte;
    }),
  );
}
