import type { BatchPayload } from "./analyse-batch.server";

/** Offers per queue job: large enough that queue overhead is small, small enough that a crash loses little work. */
export const BATCH_SIZE = 100;

/** The run's offers 1..total cut into consecutive seq ranges. */
export function batchesOf(runId: number, total: number, size = BATCH_SIZE): BatchPayload[] {
  const batches: BatchPayload[] = [];
  for (let from = 1; from <= total; from += size) batches.push({ runId, from, to: Math.min(total, from + size - 1) });
  return batches;
}
