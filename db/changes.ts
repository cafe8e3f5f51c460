import { sql, type Kysely } from "kysely";
import type { Database } from "./schema";

// Processes cache what rarely changes (the taxonomy) and drop it when told: a write that
// changes it notifies this channel in its transaction, so every listener hears of it on commit.
export const TAXONOMY_CHANNEL = "taxonomy_changed";

/** Called with the notification's channel; `onLost` when the listening connection dropped (nothing is heard after it). */
export type Listen = (channel: string, onNotify: () => void, onLost: () => void) => Promise<void>;

export async function notifyTaxonomyChanged(db: Kysely<Database>): Promise<void> {
  await sql`select pg_notify(${TAXONOMY_CHANNEL}, '')`.execute(db);
}
