import type { Selectable, Transaction } from "kysely";
import type { Database } from "#db/schema";
import type { Depth, EntryKind, Lang, Localized } from "#app/analysis/taxonomy";
import { notifyChanged, TAXONOMY_CHANNEL, type DB } from "#app/db.server";
import type { AddEntryInput, AddSynonymInput, EditErrorKey, UpdateEntryInput } from "#app/taxonomy/entry-edit-schema";
import { normalizeTerm } from "#app/taxonomy/normalize";
import { readJson } from "./json.server";
import { AmbiguousTermJson, forgetTaxonomy } from "./taxonomy.server";

type Trx = Transaction<Database>;

/** A refused edit, with the form field it concerns; nothing was written. */
export class TaxonomyEditError extends Error {
  constructor(
    readonly code: EditErrorKey,
    readonly field: string = "_form",
    readonly claim?: { entryId: string; familyId: string },
  ) {
    super(code);
    this.name = "TaxonomyEditError";
  }
}

export interface EntrySnapshot {
  id: string;
  familyId: string;
  kind: EntryKind;
  depth: Depth;
  label: Localized;
  escoUri: string | null;
  retired: boolean;
}

export interface SynonymSnapshot {
  id: number;
  entryId: string;
  lang: Lang;
  text: string;
  retired: boolean;
}

type EntryRow = Pick<Selectable<Database["taxonomy_entries"]>, "id" | "family_id" | "kind" | "depth" | "label_fr" | "label_en" | "esco_uri" | "retired_at">;

function toSnapshot(row: EntryRow): EntrySnapshot {
  return {
    id: row.id,
    familyId: row.family_id,
    kind: row.kind,
    depth: row.depth,
    label: { fr: row.label_fr, en: row.label_en },
    escoUri: row.esco_uri,
    retired: row.retired_at !== null,
  };
}

async function lockEntry(trx: Trx, entryId: string): Promise<EntrySnapshot> {
  const row = await trx.selectFrom("taxonomy_entries").selectAll().where("id", "=", entryId).forUpdate().executeTakeFirst();
  if (!row) throw new TaxonomyEditError("notFound");
  return toSnapshot(row);
}

/** One edit, one transaction; this process drops its taxonomy at once, the others on the notification. */
async function edit<T>(db: DB, change: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(change);
  } finally {
    forgetTaxonomy(db);
  }
}

// Each edit writes one revision row in its own transaction; the new row id changes the
// taxonomy version, and the notification tells every process to reload the taxonomy.
async function record(
  trx: Trx,
  userId: number,
  action: string,
  target: { type: "entry" | "synonym"; id: string | number },
  before: unknown,
  after: unknown,
) {
  await trx
    .insertInto("taxonomy_revisions")
    .values({
      user_id: userId,
      action,
      target_type: target.type,
      target_id: String(target.id),
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })
    .execute();
  await notifyChanged(trx, TAXONOMY_CHANNEL);
}

/**
 * The entry of another family that already uses this form, if any. One form in two
 * families makes the analyzer guess, so that takes an ambiguous-term definition instead.
 */
async function findClaim(trx: Trx, familyId: string, normalized: string) {
  const ambiguous = await trx.selectFrom("ambiguous_terms").select("definition").execute();
  const listed = ambiguous.some((a) => readJson(AmbiguousTermJson, a.definition).forms.some((f) => normalizeTerm(f) === normalized));
  if (listed) return null;
  const rows = await trx
    .selectFrom("entry_synonyms as s")
    .innerJoin("taxonomy_entries as e", "e.id", "s.entry_id")
    .select(["s.text", "e.id as entryId", "e.family_id as familyId"])
    .where("s.retired_at", "is", null)
    .where("e.retired_at", "is", null)
    .where("e.family_id", "<>", familyId)
    .execute();
  const hit = rows.find((r) => normalizeTerm(r.text) === normalized);
  return hit ? { entryId: hit.entryId, familyId: hit.familyId } : null;
}

async function assertUnclaimed(trx: Trx, familyId: string, text: string, field: string) {
  const claim = await findClaim(trx, familyId, normalizeTerm(text));
  if (claim) throw new TaxonomyEditError("synonymClaimed", field, claim);
}

function slug(text: string): string {
  return normalizeTerm(text).replaceAll(" ", "_").slice(0, 48).replace(/_+$/, "") || "entry";
}

/** Adds an entry; its labels count as synonyms too, so the analyzer finds them. Returns its id. */
export async function addEntry(db: DB, userId: number, input: AddEntryInput): Promise<string> {
  return edit(db, async (trx) => {
    const family = await trx.selectFrom("role_families").select("id").where("id", "=", input.familyId).executeTakeFirst();
    if (!family) throw new TaxonomyEditError("unknownFamily", "familyId");

    const base = `${family.id}.${slug(input.labelEn)}`;
    const taken = new Set(
      (await trx.selectFrom("taxonomy_entries").select("id").where("id", "like", `${base}%`).execute()).map((r) => r.id),
    );
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;

    const synonyms: { lang: Lang; text: string; field: string }[] = [];
    const seen = new Set<string>();
    const push = (lang: Lang, text: string, field: string) => {
      const key = `${lang}:${normalizeTerm(text)}`;
      if (seen.has(key)) return;
      seen.add(key);
      synonyms.push({ lang, text, field });
    };
    push("fr", input.labelFr, "labelFr");
    push("en", input.labelEn, "labelEn");
    input.synonymsFr.forEach((s) => push("fr", s, "synonymsFr"));
    input.synonymsEn.forEach((s) => push("en", s, "synonymsEn"));
    for (const s of synonyms) await assertUnclaimed(trx, family.id, s.text, s.field);

    const { max } = await trx
      .selectFrom("taxonomy_entries")
      .select((eb) => eb.fn.max("position").as("max"))
      .where("family_id", "=", family.id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("taxonomy_entries")
      .values({
        id,
        family_id: family.id,
        position: (max ?? -1) + 1,
        kind: input.kind,
        depth: input.depth,
        label_fr: input.labelFr,
        label_en: input.labelEn,
        esco_uri: input.escoUri,
        retired_at: null,
      })
      .execute();
    await trx
      .insertInto("entry_synonyms")
      .values(synonyms.map((s) => ({ entry_id: id, lang: s.lang, text: s.text, retired_at: null })))
      .execute();
    const after = {
      id,
      familyId: family.id,
      kind: input.kind,
      depth: input.depth,
      label: { fr: input.labelFr, en: input.labelEn },
      escoUri: input.escoUri,
      retired: false,
      synonyms: { fr: synonyms.filter((s) => s.lang === "fr").map((s) => s.text), en: synonyms.filter((s) => s.lang === "en").map((s) => s.text) },
    };
    await record(trx, userId, "entry.create", { type: "entry", id }, null, after);
    return id;
  });
}

/** Changes an entry's labels, kind, depth and ESCO URI. A no-op edit writes nothing. */
export async function updateEntry(db: DB, userId: number, entryId: string, input: UpdateEntryInput): Promise<boolean> {
  return edit(db, async (trx) => {
    const before = await lockEntry(trx, entryId);
    if (before.retired) throw new TaxonomyEditError("retired");
    const after: EntrySnapshot = {
      ...before,
      kind: input.kind,
      depth: input.depth,
      label: { fr: input.labelFr, en: input.labelEn },
      escoUri: input.escoUri,
    };
    if (JSON.stringify(after) === JSON.stringify(before)) return false;
    await trx
      .updateTable("taxonomy_entries")
      .set({
        kind: after.kind,
        depth: after.depth,
        label_fr: after.label.fr,
        label_en: after.label.en,
        esco_uri: after.escoUri,
        updated_at: new Date(),
      })
      .where("id", "=", entryId)
      .execute();
    await record(trx, userId, "entry.update", { type: "entry", id: entryId }, before, after);
    return true;
  });
}

/** Retires an entry: the analyzer and the pages stop using it; its history stays. */
export async function retireEntry(db: DB, userId: number, entryId: string): Promise<void> {
  await edit(db, async (trx) => {
    const before = await lockEntry(trx, entryId);
    if (before.retired) throw new TaxonomyEditError("retired");
    await trx.updateTable("taxonomy_entries").set({ retired_at: new Date(), updated_at: new Date() }).where("id", "=", entryId).execute();
    await record(trx, userId, "entry.retire", { type: "entry", id: entryId }, before, { ...before, retired: true });
  });
}

/** Adds (or brings back a retired) synonym to an entry. Returns the synonym id. */
export async function addSynonym(db: DB, userId: number, entryId: string, input: AddSynonymInput): Promise<number> {
  return edit(db, async (trx) => {
    const entry = await lockEntry(trx, entryId);
    if (entry.retired) throw new TaxonomyEditError("retired");
    const normalized = normalizeTerm(input.text);
    const existing = await trx.selectFrom("entry_synonyms").selectAll().where("entry_id", "=", entryId).execute();
    if (existing.some((s) => s.retired_at === null && s.lang === input.lang && normalizeTerm(s.text) === normalized)) {
      throw new TaxonomyEditError("duplicateSynonym", "text");
    }
    await assertUnclaimed(trx, entry.familyId, input.text, "text");

    const retired = existing.find((s) => s.lang === input.lang && s.text === input.text);
    let id: number;
    if (retired) {
      id = retired.id;
      await trx.updateTable("entry_synonyms").set({ retired_at: null }).where("id", "=", id).execute();
    } else {
      ({ id } = await trx
        .insertInto("entry_synonyms")
        .values({ entry_id: entryId, lang: input.lang, text: input.text, retired_at: null })
        .returning("id")
        .executeTakeFirstOrThrow());
    }
    const after: SynonymSnapshot = { id, entryId, lang: input.lang, text: input.text, retired: false };
    await record(trx, userId, "synonym.add", { type: "synonym", id }, retired ? { ...after, retired: true } : null, after);
    return id;
  });
}

/** Retires one synonym of an entry; the entry id guards against a synonym id from elsewhere. */
export async function retireSynonym(db: DB, userId: number, entryId: string, synonymId: number): Promise<void> {
  await edit(db, async (trx) => {
    await lockEntry(trx, entryId);
    const row = await trx
      .selectFrom("entry_synonyms")
      .selectAll()
      .where("id", "=", synonymId)
      .where("entry_id", "=", entryId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new TaxonomyEditError("notFound");
    if (row.retired_at !== null) throw new TaxonomyEditError("retired");
    const before: SynonymSnapshot = { id: row.id, entryId, lang: row.lang, text: row.text, retired: false };
    await trx.updateTable("entry_synonyms").set({ retired_at: new Date() }).where("id", "=", synonymId).execute();
    await record(trx, userId, "synonym.retire", { type: "synonym", id: synonymId }, before, { ...before, retired: true });
  });
}

export interface EntryDetail {
  entry: EntrySnapshot & { retiredAt: string | null };
  family: { id: string; label: Localized };
  synonyms: { id: number; lang: Lang; text: string; retired: boolean }[];
}

/** One entry as stored, retired or not, with every synonym (retired ones flagged). */
export async function getEntryDetail(db: DB, entryId: string): Promise<EntryDetail | null> {
  const row = await db
    .selectFrom("taxonomy_entries as e")
    .innerJoin("role_families as f", "f.id", "e.family_id")
    .selectAll("e")
    .select(["f.label_fr as family_label_fr", "f.label_en as family_label_en"])
    .where("e.id", "=", entryId)
    .executeTakeFirst();
  if (!row) return null;
  const synonyms = await db
    .selectFrom("entry_synonyms")
    .select(["id", "lang", "text", "retired_at"])
    .where("entry_id", "=", entryId)
    .orderBy("lang", "desc")
    .orderBy("id")
    .execute();
  return {
    entry: { ...toSnapshot(row), retiredAt: row.retired_at ? new Date(row.retired_at).toISOString() : null },
    family: { id: row.family_id, label: { fr: row.family_label_fr, en: row.family_label_en } },
    synonyms: synonyms.map((s) => ({ id: s.id, lang: s.lang, text: s.text, retired: s.retired_at !== null })),
  };
}
