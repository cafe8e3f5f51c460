import { sql, type Kysely } from "kysely";
import type { Database } from "./schema";

// Processes cache what rarely changes (the taxonomy, the compliance rules) and drop it when
// told: a write that changes it notifies its channel in the same transaction, so every
// listener hears of it on commit.
export const TAXONOMY_CHANNEL = "taxonomy_changed";
export const COMPLIANCE_CHANNEL = "compliance_changed";
export type ChangeChannel = typeof TAXONOMY_CHANNEL | typeof COMPLIANCE_CHANNEL;

/** Called with the notification's channel; `onLost` when the listening connection dropped (nothing is heard after it). */
export type Listen = (channel: string, onNotify: () => void, onLost: () => void) => Promise<void>;

export async function notifyChanged(db: Kysely<Database>, channel: ChangeChannel): Promise<void> {
  await sql`select pg_notify(${channel}, '')`.execute(db);
}
