import type pg from "pg";

/** PostgreSQL cannot be reached, or did not answer in time. */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super(`database unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "DatabaseUnavailable";
  }
}

// Connection-level failures (server gone, refused, reset) and the timeouts of the pool,
// of the client (query_timeout) and of the server (statement_timeout, 57014).
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE", "57014", "57P01", "57P02", "57P03"]);
const UNAVAILABLE_MESSAGE = /timeout|connection terminated|not queryable|connection is closed/i;

export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
  return UNAVAILABLE_MESSAGE.test(error.message);
}

/**
 * A pg pool for Kysely whose outage errors become `unavailable(new DatabaseUnavailable(…))`,
 * and whose clients that timed out are thrown away rather than handed to the next query
 * (their late answer would arrive in the wrong query).
 */
export function guardPool(pool: pg.Pool, unavailable: (error: DatabaseUnavailable) => unknown) {
  const translate = (error: unknown) => (isUnavailableError(error) ? unavailable(new DatabaseUnavailable(error)) : error);
  return {
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw translate(error);
      }
      let broken = false;
      return {
        async query(text: string, values: unknown[]) {
          try {
            return await client.query(text, values);
          } catch (error) {
            broken ||= isUnavailableError(error);
            throw translate(error);
          }
        },
        release: (destroy?: boolean) => client.release(broken || destroy),
      };
    },
    end: () => pool.end(),
  };
}
