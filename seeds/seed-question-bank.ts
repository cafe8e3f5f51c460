import { sql } from "kysely";
import type { DB } from "#db/client";
import type { SeedQuestionBank } from "./interview-files";
import { seedOnce } from "./seed-once";

/**
 * Upserts the shipped competencies keyed by id; competencies an administrator added are
 * left alone. The seed version is recorded, so a second run with the same files is a no-op.
 */
export function seedQuestionBank(db: DB, bank: SeedQuestionBank): Promise<"seeded" | "unchanged"> {
  return seedOnce(db, "question_bank", bank.version, async (trx) => {
    const rows = bank.competencies.map((c, position) => ({
      id: c.id,
      family_id: c.familyId,
      position,
      content: JSON.stringify(c),
    }));
    if (rows.length) {
      await trx
        .insertInto("interview_competencies")
        .values(rows)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            family_id: eb.ref("excluded.family_id"),
            position: eb.ref("excluded.position"),
            content: eb.ref("excluded.content"),
            updated_at: sql`now()`,
          })),
        )
        .execute();
    }
  });
}
