import type { DB } from "#app/db.server";
import type { MarketWorker } from "./graphile.server";
import { startInProcessRunner } from "./in-process.server";
import type { MarketQueue } from "./queue.server";
import { startImportRecovery } from "./recover-imports.server";

export interface MarketProcessing {
  queue: MarketQueue;
  stop(): Promise<void>;
}

/**
 * PGlite: the in-process runner does the work. PostgreSQL: runs go to graphile-worker,
 * and unless `inAppWorker` is false this process works the queue too, so a single
 * `npm start` finishes its runs; `npm run worker` processes add capacity. Unless
 * `recoverImports` is false, imports cut off by a dead process are resumed or reported.
 */
export async function startMarketProcessing(
  db: DB,
  database: { kind: "pglite" | "postgres"; url?: string },
  options: { inAppWorker?: boolean; recoverImports?: boolean } = {},
): Promise<MarketProcessing> {
  if (database.kind === "pglite" || !database.url) {
    const runner = startInProcessRunner(db);
    const recovery = options.recoverImports === false ? null : startImportRecovery(db, runner);
    return {
      queue: runner,
      async stop() {
        recovery?.stop();
        await runner.stop();
      },
    };
  }
  // Loaded only here: graphile-worker and its dependencies cost a PGlite start-up time for nothing.
  const { graphileQueue, releaseWorkerUtils, startMarketWorker } = await import("./graphile.server");
  const queue = graphileQueue(database.url);
  const worker: MarketWorker | null = options.inAppWorker === false ? null : await startMarketWorker(db, database.url);
  const recovery = options.recoverImports === false ? null : startImportRecovery(db, queue);
  return {
    queue,
    async stop() {
      recovery?.stop();
      await worker?.stop();
      await releaseWorkerUtils();
    },
  };
}
