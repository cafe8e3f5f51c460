import type { AppLoadContext } from "@remix-run/node";
import type { DatabaseUnavailable, DB } from "#db/client";

// The server (app/cli/serve.ts) opens one database per process and hands it to every
// loader and action through the load context; nothing else opens connections.
declare module "@remix-run/node" {
  interface AppLoadContext {
    db: DB;
  }
}

export type { DatabaseUnavailable, DB };
export { notifyChanged, COMPLIANCE_CHANNEL, TAXONOMY_CHANNEL } from "#db/changes";
// Whoever holds something in the database by pid (a PGlite folder, a market import) asks the same way whether it still runs.
export { isRunning } from "#db/pglite-lock";

export function dbFrom(context: AppLoadContext): DB {
  return context.db;
}
