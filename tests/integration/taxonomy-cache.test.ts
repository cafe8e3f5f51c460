import { sql } from "kysely";
import { expect, it } from "vitest";
import { getTaxonomy } from "#app/models/taxonomy.server";
import { getRuleSet } from "#app/models/compliance-rules.server";
import { COMPLIANCE_CHANNEL, notifyChanged, TAXONOMY_CHANNEL, type ChangeChannel } from "#db/changes";
import type { DB } from "#db/client";
import { describeEachBackend } from "#tests/support/test-db";

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await read();
    if (done(value) || tries >= 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// What another process's edit looks like from here: a revision row and a notification,
// written through the database without this process's own invalidation. The compliance
// rules are cached the same way: every analysis on /check and the API reads them.
interface Cache {
  name: string;
  get(db: DB): Promise<{ version: string }>;
  revisions: "taxonomy_revisions" | "compliance_revisions";
  insertRevision(trx: DB): Promise<unknown>;
  channel: ChangeChannel;
}

const caches: Cache[] = [
  {
    name: "the taxonomy cache",
    get: getTaxonomy,
    revisions: "taxonomy_revisions",
    insertRevision: (trx: DB) =>
      trx
        .insertInto("taxonomy_revisions")
        .values({ user_id: null, action: "entry.update", target_type: "entry", target_id: "x", before: null, after: null })
        .execute(),
    channel: TAXONOMY_CHANNEL,
  },
  {
    name: "the compliance rules cache",
    get: getRuleSet,
    revisions: "compliance_revisions",
    insertRevision: (trx: DB) => trx.insertInto("compliance_revisions").values({ user_id: null, target_id: "x", before: "{}", after: "{}" }).execute(),
    channel: COMPLIANCE_CHANNEL,
  },
];

for (const cache of caches) {
  async function foreignEdit(db: DB, notify: boolean) {
    await db.transaction().execute(async (trx) => {
      await cache.insertRevision(trx);
      if (notify) await notifyChanged(trx, cache.channel);
    });
  }

  describeEachBackend(cache.name, (db) => {
    it("serves its copy without asking the database again until a change is notified", async () => {
      const first = await cache.get(db());
      expect(await cache.get(db())).toBe(first);

      await foreignEdit(db(), false);
      expect(await cache.get(db())).toBe(first);

      await foreignEdit(db(), true);
      const next = await until(() => cache.get(db()), (value) => value !== first);
      const { rows } = await sql<{ m: number }>`select max(id) as m from ${sql.table(cache.revisions)}`.execute(db());
      expect(next.version).not.toBe(first.version);
      expect(next.version.endsWith(`.r${rows[0]!.m}`)).toBe(true);
    });
  });
}
