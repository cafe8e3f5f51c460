/** Where an imported run goes to be analysed: graphile-worker on PostgreSQL, the in-process loop on PGlite. */
export interface MarketQueue {
  enqueueRun(runId: number, total: number): Promise<void>;
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Set by the server (app/cli/serve.ts); market routes refuse to import without it. */
    marketQueue?: MarketQueue;
  }
}
