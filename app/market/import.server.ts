import { hostname } from "node:os";
import type { DB } from "#app/db.server";
import {
  beatMarketImport,
  createMarketRun,
  finishMarketImport,
  insertMarketOffers,
  interruptMarketImport,
  KEPT_BAD_ROWS,
  storedOfferCount,
  storedOfferKeys,
  type NewMarketOffer,
  type RunFile,
} from "#app/models/market-run.server";
import { THIS_IMPORTER } from "./importer.server";
import type { BadRow } from "./offer-schema";
import type { MarketQueue } from "./queue.server";
import { textKey } from "./text-key";
import { openOfferFile, type ImportFormat } from "./read-offers.server";

const INSERT_CHUNK = 500;
/** How often a reading process shows life on its run; a run silent for IMPORT_STALE_SECONDS is taken for orphaned. */
const BEAT_MS = 5_000;

export interface ImportRequest {
  path: string;
  format: ImportFormat;
  name: string;
  source: string;
  workspaceId: number;
  createdBy: number;
  /** The file is an upload's temporary copy, deleted by whoever finishes reading it. */
  temporary?: boolean;
}

export interface ImportSummary {
  runId: number;
  total: number;
  badRowCount: number;
  badRows: BadRow[];
  /** The encoding a CSV or JSON Lines file was read in. */
  encoding: string | null;
}

/**
 * `different_file`: the file does not hold the offers the run already has (not the file
 * the import started with); `line` is where it departs from them (its last line when it
 * is shorter).
 */
export type ReadResult = { ok: true; summary: ImportSummary } | { ok: false; reason: "different_file"; line: number };

/** Reads the file row by row into a new run, then hands the run to the queue. */
export async function importOffers(db: DB, queue: MarketQueue, request: ImportRequest): Promise<ImportSummary> {
  const file: RunFile = { path: request.path, host: hostname(), format: request.format, temporary: request.temporary ?? false };
  const runId = await createMarketRun(db, { ...request, importer: THIS_IMPORTER, file });
  const read = await readIntoRun(db, queue, runId, file);
  // A new run stores nothing before this read, so the file cannot disagree with it.
  if (!read.ok) throw new Error(`run ${runId}: a new import found offers already stored`);
  return read.summary;
}

/**
 * Reads `file` into a run this process holds (THIS_IMPORTER), from the start: the offers
 * already stored (an import cut off by a crash) are checked against the file's first
 * rows and skipped, the rest are stored after them, so no offer is lost or stored twice.
 * A file that departs from the stored offers leaves the run interrupted, untouched.
 */
export async function readIntoRun(db: DB, queue: MarketQueue, runId: number, file: RunFile): Promise<ReadResult> {
  let ours = true;
  const beat = setInterval(() => {
    beatMarketImport(db, runId, THIS_IMPORTER).then(
      (held) => (ours &&= held),
      (error: Error) => console.warn(`market: run ${runId} import heartbeat failed (${error.message})`),
    );
  }, BEAT_MS);
  try {
    const stored = await storedOfferCount(db, runId);
    const { encoding, offers } = await openOfferFile(file.path, file.format as ImportFormat);
    const badRows: BadRow[] = [];
    let badRowCount = 0;
    let total = 0;
    let lastLine = 0;
    let keys: string[] = [];
    let keysFrom = 1;
    let pending: NewMarketOffer[] = [];
    const mismatch = async (line: number): Promise<ReadResult> => {
      await interruptMarketImport(db, runId, THIS_IMPORTER);
      return { ok: false, reason: "different_file", line };
    };
    const flush = async () => {
      // Another process took the run over (this one was silent too long): it stores the rest.
      if (!ours) throw new Error(`run ${runId}: the import was taken over by another process`);
      await insertMarketOffers(db, runId, pending);
      pending = [];
    };
    for await (const item of offers) {
      if (!item.ok) {
        badRowCount += 1;
        if (badRows.length < KEPT_BAD_ROWS) badRows.push(item.bad);
        continue;
      }
      total += 1;
      lastLine = item.line;
      if (total <= stored) {
        if (total >= keysFrom + keys.length) {
          keysFrom = total;
          keys = await storedOfferKeys(db, runId, total, 1000);
        }
        if (keys[total - keysFrom] !== textKey(item.row.text)) return await mismatch(item.line);
        continue;
      }
      pending.push({ seq: total, line: item.line, offer: item.row });
      if (pending.length === INSERT_CHUNK) await flush();
    }
    if (total < stored) return await mismatch(lastLine);
    await flush();
    await finishMarketImport(db, runId, { total, badRows, badRowCount, encoding });
    if (total) await queue.enqueueRun(runId, total);
    return { ok: true, summary: { runId, total, badRowCount, badRows, encoding } };
  } finally {
    clearInterval(beat);
  }
}
