import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";
import { DatabaseUnavailable, guardPool } from "./guarded-pool";
import { lockDataDir } from "./pglite-lock";
import { PGlitePool } from "./pglite-pool";

export type DB = Kysely<Database>;
export { DatabaseUnavailable };

export interface DatabaseHandle {
  db: DB;
  kind: "pglite" | "postgres";
  /** Flushes PGlite to disk or ends the pg pool. */
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball, to start other instances from. */
  dump(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** A postgres:// URL: use a real server through `pg`. */
  url?: string;
  /** A folder for file-backed PGlite; omitted means in memory. */
  dataDir?: string;
  /** A PGlite data dump (from `dumpDataDir`) to start from, for fast test databases. */
  loadDataDir?: Blob | File;
  /** What to throw when PostgreSQL is unreachable or silent (default: the DatabaseUnavailable itself). */
  unavailable?: (error: DatabaseUnavailable) => unknown;
}

// A silent server (network blackholed) must not hang requests: a client waits 2 s for a
// connection, 5 s for an answer, and the server itself gives up on a statement after 5 s.
const POOL_TIMEOUTS = {
  connectionTimeoutMillis: 2_000,
  query_timeout: 5_000,
  statement_timeout: 5_000,
  idle_in_transaction_session_timeout: 10_000,
  keepAlive: true,
};

// pg returns int8 and numeric as strings by default; counts and ids here fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10, ...POOL_TIMEOUTS });
    // An idle client dropped by the server (restart, failover) must not take the process
    // down: the pool replaces it, and the next query reports the outage to its caller.
    pool.on("error", (error) => console.warn(`database: idle connection lost (${error.message})`));
    const guarded = guardPool(pool, options.unavailable ?? ((error) => error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guarded as never }) });
    const dump = () => Promise.reject(new Error("dump() is for PGlite databases"));
    return { db, kind: "postgres", close: () => db.destroy(), dump };
  }
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new PGlitePool(pglite) as never }),
  });
  const close = async () => {
    await db.destroy();
    unlock();
  };
  return { db, kind: "pglite", close, dump: () => pglite.dumpDataDir("gzip") };
}

/** The database the app uses: DATABASE_URL if set, else PGlite in PGLITE_DIR (default `.data`). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: env.PGLITE_DIR || ".data" };
}
