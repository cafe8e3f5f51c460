import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { Logger, makeWorkerUtils, run, type Runner, type WorkerUtils } from "graphile-worker";
import type { DB } from "#app/db.server";
import { beatMarketWorker, forgetMarketWorkers, silentMarketWorkers } from "#app/models/market-worker.server";
import { ANALYSE_TASK, analyseBatch, isBatchPayload } from "./analyse-batch.server";
import { batchesOf } from "./batches";
import type { MarketQueue } from "./queue.server";

// graphile-worker tells a lot at info level; a server log wants its warnings and errors.
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`graphile-worker ${level}: ${message}`);
});

let utilsFor = new Map<string, Promise<WorkerUtils>>();

/** One WorkerUtils per database URL, its queue schema migrated on first use. */
function workerUtils(connectionString: string): Promise<WorkerUtils> {
  let utils = utilsFor.get(connectionString);
  if (!utils) {
    utils = makeWorkerUtils({ connectionString, logger: quietLogger }).then(async (u) => {
      await u.migrate();
      return u;
    });
    utils.catch(() => utilsFor.delete(connectionString));
    utilsFor.set(connectionString, utils);
  }
  return utils;
}

/** Releases the shared WorkerUtils (end of a CLI run, a test, a server shutdown). */
export async function releaseWorkerUtils(): Promise<void> {
  const all = [...utilsFor.values()];
  utilsFor = new Map();
  await Promise.all(all.map(async (u) => (await u).release()));
}

/** Enqueues a run's batches as graphile-worker jobs on the real PostgreSQL server. */
export function graphileQueue(connectionString: string): MarketQueue {
  return {
    async enqueueRun(runId, total) {
      const utils = await workerUtils(connectionString);
      for (const batch of batchesOf(runId, total)) {
        // The job key makes a repeated enqueue of the same batch a no-op.
        await utils.addJob(ANALYSE_TASK, batch, { jobKey: `market:${runId}:${batch.from}`, maxAttempts: 10 });
      }
    },
  };
}

export interface MarketWorker {
  id: string;
  stop(): Promise<void>;
  /** Settles when the worker stops. */
  promise: Promise<void>;
}

export interface MarketWorkerOptions {
  /** A worker silent this long is taken for dead and its locked jobs go back to the queue. */
  staleAfterSeconds?: number;
  pollInterval?: number;
}

/**
 * A graphile-worker runner for the market task, one job at a time (the analysis is
 * CPU-bound: run one process per core). graphile-worker only frees a crashed worker's
 * jobs after 4 hours, so every worker beats in market_workers and hands the jobs of a
 * silent one back with the library's forceUnlockWorkers.
 */
export async function startMarketWorker(db: DB, connectionString: string, options: MarketWorkerOptions = {}): Promise<MarketWorker> {
  const staleAfter = options.staleAfterSeconds ?? 30;
  const id = `market-${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`;
  const me = { id, pid: process.pid, host: hostname() };
  const utils = await workerUtils(connectionString);
  await beatMarketWorker(db, me);

  async function beatAndSweep() {
    await beatMarketWorker(db, me);
    const silent = (await silentMarketWorkers(db, staleAfter)).filter((other) => other !== id);
    if (silent.length) {
      await utils.forceUnlockWorkers(silent);
      await forgetMarketWorkers(db, silent);
    }
  }
  await beatAndSweep();
  const timer = setInterval(() => {
    beatAndSweep().catch((error: Error) => console.warn(`market worker: heartbeat failed (${error.message})`));
  }, Math.max(500, (staleAfter * 1000) / 5));

  const runner: Runner = await run({
    connectionString,
    concurrency: 1,
    workerId: id,
    noHandleSignals: true,
    pollInterval: options.pollInterval ?? 1000,
    logger: quietLogger,
    taskList: {
      [ANALYSE_TASK]: async (payload) => {
        if (!isBatchPayload(payload)) throw new Error(`bad ${ANALYSE_TASK} payload`);
        await analyseBatch(db, payload);
      },
    },
  } as Parameters<typeof run>[0]);

  return {
    id,
    promise: runner.promise,
    async stop() {
      clearInterval(timer);
      await runner.stop();
      await forgetMarketWorkers(db, [id]);
    },
  };
}
