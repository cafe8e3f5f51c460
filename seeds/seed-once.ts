import { sql, type Transaction } from "kysely";
import type { DB } from "#db/client";
import type { Database } from "#db/schema";

/**
 * Runs `write` unless the seed `name` is already at `version`, and records the version in
 * the same transaction: a second run with the same files changes nothing, and a run that
 * fails halfway records no version, so the next run starts over.
 */
export async function seedOnce(
  db: DB,
  name: string,
  version: string,
  write: (trx: Transaction<Database>) => Promise<void>,
): Promise<"seeded" | "unchanged"> {
  const current = await db.selectFrom("seed_state").select("version").where("name", "=", name).executeTakeFirst();
  if (current?.version === version) return "unchanged";

  await db.transaction().execute(async (trx) => {
    await write(trx);
    await trx
      .insertInto("seed_state")
      .values({ name, version })
      .onConflict((oc) => oc.column("name").doUpdateSet({ version, seeded_at: sql`now()` }))
      .execute();
  });
  return "seeded";
}
