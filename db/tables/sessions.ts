import type { ColumnType } from "kysely";

export interface SessionTable {
  /** Random, unguessable: the only thing the cookie carries. */
  id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  user_id: number | null;
  expires_at: ColumnType<Date, Date, Date>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** Counters of rate-limiter-flexible (RateLimiterPostgres layout); `expire` is epoch milliseconds. */
export interface RateLimitTable {
  key: string;
  points: number;
  expire: number | null;
}

export interface SessionsTables {
  sessions: SessionTable;
  rate_limits: RateLimitTable;
}
