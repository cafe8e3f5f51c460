import { expect, it } from "vitest";
import { getTaxonomy } from "#app/models/taxonomy.server";
import { addEntry, addSynonym, retireEntry, TaxonomyEditError, updateEntry } from "#app/models/taxonomy-edit.server";
import { listRevisions } from "#app/models/taxonomy-history.server";
import { normalizeTerm } from "#app/taxonomy/normalize";
import { action as entryAction } from "#app/routes/taxonomy.entries.$entryId";
import { action as familyAction } from "#app/routes/taxonomy.$familyId";
import { loader as historyLoader } from "#app/routes/taxonomy.history";
import type { DB } from "#db/client";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";

const ENTRY = "photo_video.photo_retouching";
const url = (path: string) => `http://localhost${path}`;

async function snapshot(db: DB) {
  const [revisions, synonyms, entries] = await Promise.all([
    db.selectFrom("taxonomy_revisions").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("entry_synonyms").selectAll().orderBy("id").execute(),
    db.selectFrom("taxonomy_entries").selectAll().orderBy("id").execute(),
  ]);
  return { revisions: Number(revisions.n), synonyms, entries };
}

function entryOf(taxonomy: Awaited<ReturnType<typeof getTaxonomy>>, id: string) {
  return taxonomy.families.flatMap((f) => f.entries).find((e) => e.id === id);
}

describeEachBackend("taxonomy editing", (db) => {
  const forms: Record<string, { path: string; run: typeof entryAction; fields: Record<string, string> }> = {
    "add a synonym": { path: `/taxonomy/entries/${ENTRY}`, run: entryAction, fields: { intent: "add-synonym", lang: "fr", text: "retouche interdite" } },
    "edit an entry": {
      path: `/taxonomy/entries/${ENTRY}`,
      run: entryAction,
      fields: { intent: "update", labelFr: "Piraté", labelEn: "Hacked", kind: "skill", depth: "light", escoUri: "" },
    },
    "retire an entry": { path: `/taxonomy/entries/${ENTRY}`, run: entryAction, fields: { intent: "retire", confirm: "yes" } },
    "add an entry": {
      path: "/taxonomy/photo_video",
      run: familyAction,
      fields: { intent: "add-entry", labelFr: "Piraté", labelEn: "Hacked", kind: "skill", depth: "core", synonymsFr: "", synonymsEn: "", escoUri: "" },
    },
  };

  for (const [name, form] of Object.entries(forms)) {
    it(`refuses to ${name} for anonymous and non-admin users, and changes nothing`, async () => {
      const before = await snapshot(db());
      const { cookie } = await signedIn(db());
      const params = form.path.startsWith("/taxonomy/entries/") ? { entryId: ENTRY } : { familyId: "photo_video" };
      for (const c of [undefined, cookie]) {
        const response = await settle(() => form.run({ request: formPost(url(form.path), form.fields, c), context: { db: db() }, params }));
        expect(response.status).toBe(403);
      }
      expect(await snapshot(db())).toEqual(before);
    });
  }

  it("refuses a cross-site POST even from an admin", async () => {
    const { cookie } = await signedIn(db(), { isAdmin: true });
    const request = formPost(url(`/taxonomy/entries/${ENTRY}`), forms["add a synonym"]!.fields, cookie);
    request.headers.set("Origin", "https://evil.example");
    const response = await settle(() => entryAction({ request, context: { db: db() }, params: { entryId: ENTRY } }));
    expect(response.status).toBe(403);
  });

  it("lets an admin add a synonym: a revision row, a new version, and the synonym in getTaxonomy", async () => {
    const { user, cookie } = await signedIn(db(), { isAdmin: true });
    const before = await getTaxonomy(db());
    expect(entryOf(before, ENTRY)?.synonyms.fr).not.toContain("retouche minutieuse");

    const response = await settle(() =>
      entryAction({
        request: formPost(url(`/taxonomy/entries/${ENTRY}`), { intent: "add-synonym", lang: "fr", text: "retouche minutieuse" }, cookie),
        context: { db: db() },
        params: { entryId: ENTRY },
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/taxonomy/entries/${ENTRY}?saved=1`);

    const after = await getTaxonomy(db());
    expect(after.version).not.toBe(before.version);
    expect(entryOf(after, ENTRY)?.synonyms.fr).toContain("retouche minutieuse");

    const [revision] = await listRevisions(db(), { limit: 1 });
    expect(revision).toMatchObject({ action: "synonym.add", targetType: "synonym", entryId: ENTRY, userEmail: user.email, before: null });
    expect(revision?.after).toMatchObject({ entryId: ENTRY, lang: "fr", text: "retouche minutieuse", retired: false });
  });

  it("answers 400 with localized-by-key field errors and the typed values, writing nothing", async () => {
    const { cookie } = await signedIn(db(), { isAdmin: true });
    const before = await snapshot(db());
    const response = await settle(() =>
      entryAction({
        request: formPost(url(`/taxonomy/entries/${ENTRY}`), { intent: "update", labelFr: "  ", labelEn: "Retouch", kind: "skill", depth: "deep", escoUri: "https://example.com/x" }, cookie),
        context: { db: db() },
        params: { entryId: ENTRY },
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual({ labelFr: "required", depth: "invalidChoice", escoUri: "escoUri" });
    expect(body.values).toMatchObject({ labelEn: "Retouch", escoUri: "https://example.com/x" });
    expect(await snapshot(db())).toEqual(before);
  });

  it("refuses a synonym another family already uses, and names that entry", async () => {
    const { cookie } = await signedIn(db(), { isAdmin: true });
    const taxonomy = await getTaxonomy(db());
    const ambiguous = new Set(taxonomy.ambiguous.flatMap((a) => a.forms.map(normalizeTerm)));
    const php = taxonomy.families.find((f) => f.id === "web_development")!.entries.flatMap((e) => e.synonyms.en.map((text) => ({ text, id: e.id })));
    const claimed = php.find((s) => !ambiguous.has(normalizeTerm(s.text)))!;
    const response = await settle(() =>
      entryAction({
        request: formPost(url(`/taxonomy/entries/${ENTRY}`), { intent: "add-synonym", lang: "en", text: claimed.text.toUpperCase() }, cookie),
        context: { db: db() },
        params: { entryId: ENTRY },
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual({ text: "synonymClaimed" });
    expect(body.claim.entryId.startsWith("web_development.")).toBe(true);
  });

  it("edits an entry with its before and after in the log, and skips no-op edits", async () => {
    const { user } = await signedIn(db(), { isAdmin: true });
    const id = "photo_video.video_editing";
    const current = entryOf(await getTaxonomy(db()), id)!;
    const input = { kind: current.kind, depth: "light" as const, labelFr: "Monter des vidéos", labelEn: "Edit videos", escoUri: null };
    expect(await updateEntry(db(), user.id, id, input)).toBe(true);
    const [revision] = await listRevisions(db(), { limit: 1 });
    expect(revision).toMatchObject({ action: "entry.update", targetId: id });
    expect(revision?.before).toMatchObject({ depth: current.depth, label: current.label });
    expect(revision?.after).toMatchObject({ depth: "light", label: { fr: "Monter des vidéos", en: "Edit videos" } });
    const count = (await snapshot(db())).revisions;
    expect(await updateEntry(db(), user.id, id, input)).toBe(false);
    expect((await snapshot(db())).revisions).toBe(count);
    expect(entryOf(await getTaxonomy(db()), id)).toMatchObject({ depth: "light", label: { fr: "Monter des vidéos" } });
  });

  it("retires an entry and a synonym: gone from getTaxonomy, kept in the database and the log", async () => {
    const { cookie } = await signedIn(db(), { isAdmin: true });
    const taxonomy = await getTaxonomy(db());
    const family = taxonomy.families.find((f) => f.id === "seo")!;
    const [entry, other] = family.entries;

    const synonymRow = await db()
      .selectFrom("entry_synonyms")
      .select(["id", "text"])
      .where("entry_id", "=", other!.id)
      .where("retired_at", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const retiredSynonym = await settle(() =>
      entryAction({
        request: formPost(url(`/taxonomy/entries/${other!.id}`), { intent: "retire-synonym", synonymId: String(synonymRow.id) }, cookie),
        context: { db: db() },
        params: { entryId: other!.id },
      }),
    );
    expect(retiredSynonym.status).toBe(302);

    const notConfirmed = await settle(() =>
      entryAction({ request: formPost(url(`/taxonomy/entries/${entry!.id}`), { intent: "retire" }, cookie), context: { db: db() }, params: { entryId: entry!.id } }),
    );
    expect(notConfirmed.status).toBe(400);
    const retired = await settle(() =>
      entryAction({
        request: formPost(url(`/taxonomy/entries/${entry!.id}`), { intent: "retire", confirm: "yes" }, cookie),
        context: { db: db() },
        params: { entryId: entry!.id },
      }),
    );
    expect(retired.status).toBe(302);

    const after = await getTaxonomy(db());
    expect(entryOf(after, entry!.id)).toBeUndefined();
    expect(entryOf(after, other!.id)?.synonyms.fr.concat(entryOf(after, other!.id)!.synonyms.en)).not.toContain(synonymRow.text);
    const row = await db().selectFrom("taxonomy_entries").select("retired_at").where("id", "=", entry!.id).executeTakeFirstOrThrow();
    expect(row.retired_at).not.toBeNull();
    const [last, previous] = await listRevisions(db(), { limit: 2 });
    expect(last).toMatchObject({ action: "entry.retire", targetId: entry!.id, before: { retired: false }, after: { retired: true } });
    expect(previous).toMatchObject({ action: "synonym.retire", entryId: other!.id, after: { text: synonymRow.text, retired: true } });

    await expect(retireEntry(db(), 1, entry!.id)).rejects.toThrow(TaxonomyEditError);
    await expect(addSynonym(db(), 1, entry!.id, { lang: "fr", text: "trop tard" })).rejects.toMatchObject({ code: "retired" });
  });

  it("adds an entry whose labels count as synonyms, in its family, with an id prefixed by it", async () => {
    const { user } = await signedIn(db(), { isAdmin: true });
    const id = await addEntry(db(), user.id, {
      familyId: "photo_video",
      kind: "skill",
      depth: "core",
      labelFr: "Photogrammétrie",
      labelEn: "Photogrammetry",
      synonymsFr: ["scan 3D photo"],
      synonymsEn: ["photo 3D scanning"],
      escoUri: null,
    });
    expect(id).toBe("photo_video.photogrammetry");
    const entry = entryOf(await getTaxonomy(db()), id);
    expect(entry).toMatchObject({ familyId: "photo_video", depth: "core", label: { fr: "Photogrammétrie", en: "Photogrammetry" } });
    expect(entry?.synonyms).toEqual({ fr: ["Photogrammétrie", "scan 3D photo"], en: ["Photogrammetry", "photo 3D scanning"] });
    const again = await addEntry(db(), user.id, { familyId: "photo_video", kind: "skill", depth: "core", labelFr: "Photogrammétrie aérienne", labelEn: "Photogrammetry", synonymsFr: [], synonymsEn: [], escoUri: null });
    // Two entries of one family may share a form (no cross-family clash); the id gets a suffix.
    expect(again).toBe("photo_video.photogrammetry_2");
    await expect(addEntry(db(), user.id, { familyId: "nope", kind: "skill", depth: "core", labelFr: "x", labelEn: "y", synonymsFr: [], synonymsEn: [], escoUri: null })).rejects.toMatchObject({
      code: "unknownFamily",
    });
  });

  it("shows the log newest first, with editors' emails for signed-in readers only", async () => {
    const { cookie } = await signedIn(db());
    const request = (c?: string) => new Request(url("/taxonomy/history"), { headers: c ? { Cookie: c } : {} });
    const signed = await (await historyLoader({ request: request(cookie), context: { db: db() }, params: {} })).json();
    expect(signed.rows.length).toBeGreaterThan(0);
    const ids = signed.rows.map((r: { id: number }) => r.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    expect(signed.rows[0].userEmail).toMatch(/@example\.com$/);
    const anonymous = await (await historyLoader({ request: request(), context: { db: db() }, params: {} })).json();
    expect(anonymous.rows[0].userEmail).toBeNull();
  });
});
