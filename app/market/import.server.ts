import type { DB } from "~/db.server";
import { createMarketRun, finishMarketImport, insertMarketOffers, KEPT_BAD_ROWS, type NewMarketOffer } from "~/models/market-run.server";
import type { BadRow } from "./offer-schema";
import type { MarketQueue } from "./queue.server";
import { readOffers, type ImportFormat } from "./read-offers.server";

const INSERT_CHUNK = 500;

export interface ImportRequest {
  path: string;
  format: ImportFormat;
  name: string;
  source: string;
  workspaceId: number;
  createdBy: number;
}

export interface ImportSummary {
  runId: number;
  total: number;
  badRowCount: number;
  badRows: BadRow[];
}

/** Reads the file row by row into a new run, then hands the run to the queue. */
export async function importOffers(db: DB, queue: MarketQueue, request: ImportRequest): Promise<ImportSummary> {
  const runId = await createMarketRun(db, { workspaceId: request.workspaceId, createdBy: request.createdBy, name: request.name, source: request.source });
  const badRows: BadRow[] = [];
  let badRowCount = 0;
  let total = 0;
  let pending: NewMarketOffer[] = [];
  for await (const item of readOffers(request.path, request.format)) {
    if (!item.ok) {
      badRowCount += 1;
      if (badRows.length < KEPT_BAD_ROWS) badRows.push(item.bad);
      continue;
    }
    total += 1;
    pending.push({ seq: total, line: item.line, offer: item.row });
    if (pending.length === INSERT_CHUNK) {
      await insertMarketOffers(db, runId, pending);
      pending = [];
    }
  }
  await insertMarketOffers(db, runId, pending);
  await finishMarketImport(db, runId, { total, badRows, badRowCount });
  if (total) await queue.enqueueRun(runId, total);
  return { runId, total, badRowCount, badRows };
}
