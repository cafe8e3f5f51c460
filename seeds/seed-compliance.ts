import { sql } from "kysely";
import { COMPLIANCE_CHANNEL, notifyChanged } from "#db/changes";
import type { DB } from "#db/client";
import type { RuleSet } from "#app/compliance/rule-schema";
import { seedOnce } from "./seed-once";

/**
 * Upserts the shipped rules and word lists keyed by id. A row an administrator edited is
 * left alone (its edit wins over a newer seed); a second run with the same files is a no-op.
 */
export function seedComplianceRules(db: DB, set: RuleSet): Promise<"seeded" | "unchanged"> {
  return seedOnce(db, "compliance", set.version, async (trx) => {
    const rows = [
      ...set.rules.map((r, position) => ({ id: r.id, kind: "rule" as const, position, definition: JSON.stringify(r) })),
      ...set.lists.map((l, position) => ({ id: l.id, kind: "list" as const, position, definition: JSON.stringify(l) })),
    ];
    if (rows.length) {
      await trx
        .insertInto("compliance_rules")
        .values(rows)
        .onConflict((oc) =>
          oc
            .column("id")
            .doUpdateSet((eb) => ({
              kind: eb.ref("excluded.kind"),
              position: eb.ref("excluded.position"),
              definition: eb.ref("excluded.definition"),
              updated_at: sql`now()`,
            }))
            .where("compliance_rules.edited_at", "is", null),
        )
        .execute();
    }
    await notifyChanged(trx, COMPLIANCE_CHANNEL);
  });
}
