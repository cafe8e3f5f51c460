import { CompiledQuery } from "kysely";
import type { DB } from "#app/db.server";

// rate-limiter-flexible's Postgres store (app/http/rate-limit.server.ts) only needs a
// pg-style `query({ text, values })`; running it through Kysely makes the same store work
// on pg and on PGlite.

type StoreQuery = { text: string; values?: unknown[] };

/** The client RateLimiterPostgres queries the rate_limits table through. */
export function rateLimitStore(db: DB) {
  return {
    async query({ text, values = [] }: StoreQuery) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      const rows = result.rows as Array<{ points: number; expire: number | string | bigint | null }>;
      // int8 comes back as a string or a bigint depending on the driver; the store does arithmetic on it.
      for (const row of rows) if (row.expire !== null && row.expire !== undefined) row.expire = Number(row.expire);
      return { rows, rowCount: result.numAffectedRows === undefined ? rows.length : Number(result.numAffectedRows) };
    },
  };
}
