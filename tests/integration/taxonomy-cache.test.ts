import { sql } from "kysely";
import { expect, it } from "vitest";
import { getTaxonomy } from "#app/models/taxonomy.server";
import { getRuleSet } from "#app/models/compliance-rules.server";
import { COMPLIANCE_CHANNEL, notifyChanged, TAXONOMY_CHANNEL } from "#db/changes";
import type { DB } from "#db/client";
import { describeEachBackend } from "#tests/support/test-db";

// What another process's edit looks like from here: a revision row and a notification,
// written through the database without this process's own invalidation.
async function foreignEdit(db: DB, notify: boolean) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("taxonomy_revisions")
      .values({ user_id: null, action: "entry.update", target_type: "entry", target_id: "x", before: null, after: null })
      .execute();
    if (notify) await notifyChanged(trx, TAXONOMY_CHANNEL);
  });
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await read();
    if (done(value) || tries >= 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describeEachBackend("the taxonomy cache", (db) => {
  it("serves its copy without asking the database again until a change is notified", async () => {
    const first = await getTaxonomy(db());
    expect(await getTaxonomy(db())).toBe(first);

    await foreignEdit(db(), false);
    expect(await getTaxonomy(db())).toBe(first);

    await foreignEdit(db(), true);
    const next = await until(() => getTaxonomy(db()), (t) => t !== first);
    expect(next.version).not.toBe(first.version);
    const { rows } = await sql<{ m: number }>`select max(id) as m from taxonomy_revisions`.execute(db());
    expect(next.version.endsWith(`.r${rows[0]!.m}`)).toBe(true);
  });
});

// Same for the compliance rules, which every analysis on /check and the API reads.
async function foreignRuleEdit(db: DB, notify: boolean) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("compliance_revisions").values({ user_id: null, target_id: "x", before: "{}", after: "{}" }).execute();
    if (notify) await notifyChanged(trx, COMPLIANCE_CHANNEL);
  });
}

describeEachBackend("the compliance rules cache", (db) => {
  it("serves its copy without asking the database again until a change is notified", async () => {
    const first = await getRuleSet(db());
    expect(await getRuleSet(db())).toBe(first);

    await foreignRuleEdit(db(), false);
    expect(await getRuleSet(db())).toBe(first);

    await foreignRuleEdit(db(), true);
    const next = await until(() => getRuleSet(db()), (r) => r !== first);
    const { rows } = await sql<{ m: number }>`select max(id) as m from compliance_revisions`.execute(db());
    expect(next.version.endsWith(`.r${rows[0]!.m}`)).toBe(true);
  });
});
