import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import type { Client } from "pg";
import type { Listen } from "./changes";
import type { Database } from "./schema";
import { DatabaseUnavailable, guardPool } from "./guarded-pool";
import { lockDataDir } from "./pglite-lock";
import { PGlitePool } from "./pglite-pool";

/**
 * `listen` travels on the instance rather than in a module, so that the server entry and
 * the Remix build (two bundles) share it; a database without it is never cached against.
 */
export type DB = Kysely<Database> & { listen?: Listen };
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

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    // Loaded only here: the embedded default starts without it.
    const { default: pg } = await import("pg");
    // pg returns int8 and numeric as strings by default; counts and ids here fit in a JS number.
    pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
    const pool = new pg.Pool({ connectionString: options.url, max: 10, ...POOL_TIMEOUTS });
    // An idle client dropped by the server (restart, failover) must not take the process
    // down: the pool replaces it, and the next query reports the outage to its caller.
    pool.on("error", (error) => console.warn(`database: idle connection lost (${error.message})`));
    const listeners = new Set<Client>();
    const listen: Listen = async (channel, onNotify, onLost) => {
      // LISTEN needs a connection of its own for as long as it listens: not one of the pool's.
      const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: POOL_TIMEOUTS.connectionTimeoutMillis, keepAlive: true });
      let lost = false;
      const drop = () => {
        if (lost) return;
        lost = true;
        listeners.delete(client);
        onLost();
      };
      client.on("error", drop);
      client.on("end", drop);
      client.on("notification", (message) => message.channel === channel && onNotify());
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.add(client);
    };
    const guarded = guardPool(pool, options.unavailable ?? ((error) => error));
    const db = Object.assign(new Kysely<Database>({ dialect: new PostgresDialect({ pool: guarded as never }) }), { listen });
    const dump = () => Promise.reject(new Error("dump() is for PGlite databases"));
    const close = async () => {
      await Promise.all([...listeners].map((client) => client.end()));
      await db.destroy();
    };
    return { db, kind: "postgres", close, dump };
  }
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  } catch (error) {
    unlock();
    throw error;
  }
  const pool = new PGlitePool(pglite);
  // One process owns a PGlite folder, so its own NOTIFYs are all there is to hear; nothing to lose.
  const listen: Listen = (channel, onNotify) => pool.listen(channel, onNotify);
  const db = Object.assign(new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as never }) }), { listen });
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
