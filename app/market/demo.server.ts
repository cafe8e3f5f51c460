import { resolve } from "node:path";
import type { DB } from "#app/db.server";
import { importOffers, type ImportSummary } from "./import.server";
import type { MarketQueue } from "./queue.server";

/** The sample offers written for the demo (seeds/market/), read from the app's folder like the other seeds. */
export const DEMO_OFFERS = resolve("seeds/market/demo-offers.jsonl");

export function importDemoOffers(db: DB, queue: MarketQueue, who: { workspaceId: number; createdBy: number }, name: string): Promise<ImportSummary> {
  return importOffers(db, queue, { path: DEMO_OFFERS, format: "jsonl", name, source: "demo-offers.jsonl", ...who });
}
