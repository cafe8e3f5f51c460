import { hostname } from "node:os";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { DB } from "#app/db.server";
import { firstUnanalysedSeq } from "#app/models/market-result.server";
import { completeRunIfAnalysed, runsToAnalyse } from "#app/models/market-run.server";
import { beatMarketWorker, forgetMarketWorkers } from "#app/models/market-worker.server";
import { analyseBatch } from "./analyse-batch.server";
import type { MarketQueue } from "./queue.server";

/** Small batches on the server's own thread, so pages keep answering between them. */
const IN_PROCESS_BATCH = 20;
const IDLE_MS = 5000;

export interface InProcessRunner extends MarketQueue {
  stop(): Promise<void>;
}

/**
 * PGlite is one connection in this process, so graphile-worker cannot run on it; this
 * loop calls the same task, taking the next unanalysed offers of each open run in turn.
 * The state lives in the tables, so after a restart it resumes where it stopped.
 */
export function startInProcessRunner(db: DB, batchSize = IN_PROCESS_BATCH): InProcessRunner {
  let stopped = false;
  let wake: (() => void) | null = null;
  // It beats like a queue worker, so pages can tell "analysing" from "no one is working".
  const me = { id: `in-process-${hostname()}-${process.pid}`, pid: process.pid, host: hostname() };

  async function step(): Promise<boolean> {
    let worked = false;
    for (const runId of await runsToAnalyse(db)) {
      if (stopped) break;
      const from = await firstUnanalysedSeq(db, runId);
      if (from === null) {
        await completeRunIfAnalysed(db, runId);
        continue;
      }
      await analyseBatch(db, { runId, from, to: from + batchSize - 1 });
      worked = true;
      await yieldToEventLoop();
    }
    return worked;
  }

  async function loop() {
    while (!stopped) {
      let worked = false;
      try {
        await beatMarketWorker(db, me);
        worked = await step();
      } catch (error) {
        if (!stopped) console.warn(`market: in-process analysis failed, retrying (${(error as Error).message})`);
      }
      if (!worked && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  }
  const running = loop();

  return {
    async enqueueRun() {
      wake?.();
    },
    async stop() {
      stopped = true;
      wake?.();
      await running;
      await forgetMarketWorkers(db, [me.id]).catch(() => undefined);
    },
  };
}
