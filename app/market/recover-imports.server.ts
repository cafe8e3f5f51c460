import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { hostname } from "node:os";
import type { DB } from "#app/db.server";
import { claimMarketImport, importingRuns, interruptMarketImport, type RunFile } from "#app/models/market-run.server";
import { readIntoRun, type ReadResult } from "./import.server";
import { importerIsGone, THIS_IMPORTER } from "./importer.server";
import type { MarketQueue } from "./queue.server";

/** A reading process silent this long is taken for dead (it shows life every 5 s). */
export const IMPORT_STALE_SECONDS = 60;
const SWEEP_MS = 15_000;

export interface Recovered {
  /** Runs read to the end from the file the dead process left. */
  resumed: number[];
  /** Runs whose file is gone (or elsewhere): they wait for the user to upload it again. */
  interrupted: number[];
}

/** Reads the rest of a run this process holds from `file`; an upload's temporary copy is deleted once read. */
export async function finishReading(db: DB, queue: MarketQueue, runId: number, file: RunFile): Promise<ReadResult> {
  const result = await readIntoRun(db, queue, runId, file);
  if (file.temporary) await rm(file.path, { force: true });
  return result;
}

export type ResumeResult = ReadResult | { ok: false; reason: "not_interrupted" };

/** The user uploads an interrupted run's file again: the import continues after the offers already stored. */
export async function resumeInterruptedImport(db: DB, queue: MarketQueue, runId: number, upload: Omit<RunFile, "host">): Promise<ResumeResult> {
  const file = { ...upload, host: hostname() };
  if (!(await claimMarketImport(db, runId, { from: "interrupted", previous: null, importer: THIS_IMPORTER, file }))) {
    return { ok: false, reason: "not_interrupted" };
  }
  return finishReading(db, queue, runId, file);
}

/**
 * One pass over the runs still importing: a run whose reading process is dead (gone from
 * this machine, or silent for `staleSeconds`) is taken over; if its file is still on this
 * machine, the import resumes where it stopped, otherwise the run is marked interrupted.
 */
export async function recoverImports(db: DB, queue: MarketQueue, options: { staleSeconds?: number } = {}): Promise<Recovered> {
  const stale = options.staleSeconds ?? IMPORT_STALE_SECONDS;
  const recovered: Recovered = { resumed: [], interrupted: [] };
  for (const run of await importingRuns(db)) {
    const dead = run.importer === null || run.silentFor === null || run.silentFor > stale || importerIsGone(run.importer);
    if (!dead) continue;
    if (!(await claimMarketImport(db, run.id, { from: "importing", previous: run.importer, importer: THIS_IMPORTER }))) continue;
    const file = run.file && run.file.host === hostname() && existsSync(run.file.path) ? run.file : null;
    if (!file) {
      await interruptMarketImport(db, run.id, THIS_IMPORTER);
      recovered.interrupted.push(run.id);
      continue;
    }
    try {
      const result = await finishReading(db, queue, run.id, file);
      (result.ok ? recovered.resumed : recovered.interrupted).push(run.id);
    } catch (error) {
      // Failing again on the same file would fail at every sweep: the user decides instead.
      console.warn(`market: run ${run.id} import could not be resumed (${(error as Error).message})`);
      await interruptMarketImport(db, run.id, THIS_IMPORTER);
      if (file.temporary) await rm(file.path, { force: true });
      recovered.interrupted.push(run.id);
    }
  }
  return recovered;
}

/** Sweeps now (a restart finds its previous life's imports at once), then every 15 s. */
export function startImportRecovery(db: DB, queue: MarketQueue, options: { staleSeconds?: number } = {}): { stop(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  async function sweep() {
    try {
      const { resumed, interrupted } = await recoverImports(db, queue, options);
      for (const id of resumed) console.log(`market: run ${id} import resumed and finished`);
      for (const id of interrupted) console.warn(`market: run ${id} import was cut off and its file is gone; it waits for the file again`);
    } catch (error) {
      if (!stopped) console.warn(`market: import recovery failed, retrying (${(error as Error).message})`);
    }
    if (!stopped) timer = setTimeout(sweep, SWEEP_MS);
  }
  void sweep();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
