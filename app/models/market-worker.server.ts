import { sql } from "kysely";
import type { DB } from "#app/db.server";

/** A worker process says it is alive; its first beat registers it. */
export async function beatMarketWorker(db: DB, worker: { id: string; pid: number; host: string }): Promise<void> {
  await db
    .insertInto("market_workers")
    .values(worker)
    .onConflict((oc) => oc.column("id").doUpdateSet({ beat_at: sql<Date>`now()` }))
    .execute();
}

/** Workers silent for longer than `seconds`: crashed, killed or cut off. */
export async function silentMarketWorkers(db: DB, seconds: number): Promise<string[]> {
  const rows = await db
    .selectFrom("market_workers")
    .select("id")
    .where("beat_at", "<", sql<Date>`now() - make_interval(secs => ${seconds})`)
    .execute();
  return rows.map((r) => r.id);
}

export async function forgetMarketWorkers(db: DB, ids: string[]): Promise<void> {
  if (ids.length) await db.deleteFrom("market_workers").where("id", "in", ids).execute();
}

/** How many worker processes beat within the last `seconds`. */
export async function liveMarketWorkers(db: DB, seconds: number): Promise<number> {
  const row = await db
    .selectFrom("market_workers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("beat_at", ">=", sql<Date>`now() - make_interval(secs => ${seconds})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
