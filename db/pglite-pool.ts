import type { PGlite } from "@electric-sql/pglite";

// Kysely's PostgresDialect wants a pg-style pool. PGlite is a single connection, so the
// adapter hands out one client at a time: a transaction keeps the client until it
// releases it, and concurrent requests wait their turn instead of interleaving.

interface QueryResult {
  command: string;
  rowCount: number;
  rows: unknown[];
}

const COMMAND = /^\s*(?:--[^\n]*\n\s*)*([A-Za-z]+)/;

function commandOf(sql: string): string {
  return (COMMAND.exec(sql)?.[1] ?? "").toUpperCase();
}

export class PGlitePool {
  private queue: Array<() => void> = [];
  private busy = false;

  constructor(private readonly pglite: PGlite) {}

  async connect() {
    await this.acquire();
    let released = false;
    return {
      query: async (sql: string, params: readonly unknown[] = []): Promise<QueryResult> => {
        const result = await this.pglite.query(sql, params as unknown[]);
        return {
          command: commandOf(sql),
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      },
      release: () => {
        if (released) return;
        released = true;
        this.releaseClient();
      },
    };
  }

  /** LISTEN between transactions, never inside one that could roll it back. */
  async listen(channel: string, onNotify: () => void): Promise<void> {
    await this.acquire();
    try {
      await this.pglite.listen(channel, () => onNotify());
    } finally {
      this.releaseClient();
    }
  }

  async end() {
    await this.acquire();
    await this.pglite.close();
  }

  private acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private releaseClient() {
    const next = this.queue.shift();
    if (next) next();
    else this.busy = false;
  }
}
