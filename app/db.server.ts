import type { AppLoadContext } from "@remix-run/node";
import type { DatabaseUnavailable, DB } from "../db/client";

// The server (app/cli/serve.ts) opens one database per process and hands it to every
// loader and action through the load context; nothing else opens connections.
declare module "@remix-run/node" {
  interface AppLoadContext {
    db: DB;
  }
}

export type { DatabaseUnavailable, DB };
export { notifyChanged, COMPLIANCE_CHANNEL, TAXONOMY_CHANNEL } from "../db/changes";

export function dbFrom(context: AppLoadContext): DB {
  return context.db;
}
