import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OTHER_TRADES } from "#app/analysis/other-trades";
import { normalizeTerm } from "#app/taxonomy/normalize";

// The seed files are hand-written data: these checks are their type system.
const DIR = fileURLToPath(new URL("../../seeds/taxonomy/", import.meta.url));
const read = (path: string): unknown => JSON.parse(readFileSync(join(DIR, path), "utf8"));

const Text = z.string().trim().min(1);
const Localized = z.object({ fr: Text, en: Text });
const EscoUri = z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/(occupation|skill|isco)\/[\w-]+$/).nullable();
const Slug = z.string().regex(/^[a-z][a-z0-9_]*$/);

const Entry = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_]*$/),
  familyId: Slug,
  kind: z.enum(["duty", "skill", "tool"]),
  depth: z.enum(["core", "light"]),
  label: Localized,
  synonyms: z.object({ fr: z.array(Text).min(1), en: z.array(Text).min(1) }),
  escoUri: EscoUri,
});

const Family = z.strictObject({
  id: Slug,
  label: Localized,
  definition: Localized,
  boundaries: Localized,
  entries: z.array(Entry).min(20),
});

const Profile = z.strictObject({
  id: Slug,
  label: Localized,
  titles: z.object({ fr: z.array(Text).min(1), en: z.array(Text).min(1) }),
  summary: Localized,
  core: z.array(Slug).min(1),
  light: z.array(Slug),
  timeSplit: z.array(z.object({ label: Localized, share: z.number().int().positive() })).min(2),
  seniority: z.object({ junior: Localized, mid: Localized, senior: Localized }),
  tools: z.array(Text).min(1),
  doesNot: z.object({ fr: z.array(Text).min(1), en: z.array(Text).min(1) }),
  excludes: z.array(Text).min(1).optional(),
  alsoOwns: z.array(Text).min(1).optional(),
  absorbs: z.array(z.enum(OTHER_TRADES.map((t) => t.id) as [string, ...string[]])).min(1).optional(),
  nearTrades: z.array(z.enum(OTHER_TRADES.map((t) => t.id) as [string, ...string[]])).min(1).optional(),
  escoUri: EscoUri,
});

const Ambiguous = z.strictObject({
  id: Slug,
  forms: z.array(Text).min(1),
  senses: z
    .array(z.object({ familyId: Slug, entryId: Text, depth: z.enum(["core", "light"]), context: z.array(Text) }))
    .min(1),
  fallback: Text.nullable(),
});

const familyFiles = readdirSync(join(DIR, "families")).filter((f) => f.endsWith(".json"));
const families = familyFiles.map((file) => ({ file, data: read(join("families", file)) }));

function parsed<T>(schema: z.ZodType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  return result.data;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe("seed taxonomy data", () => {
  it.each(families.map((f) => [f.file, f.data] as const))("%s matches the family schema", (file, data) => {
    const family = parsed(Family, data, file);
    expect(file).toBe(`${family.id}.json`);
    for (const entry of family.entries) {
      expect(entry.familyId, entry.id).toBe(family.id);
      expect(entry.id.startsWith(`${family.id}.`), `${entry.id} is prefixed by its family`).toBe(true);
    }
  });

  // Parsed lazily, so that one broken file fails its own tests rather than the whole collection.
  let cache: ReturnType<typeof load> | undefined;
  function load() {
    const all = families.map((f) => parsed(Family, f.data, f.file));
    const entries = all.flatMap((f) => f.entries);
    return {
      all,
      entries,
      entryIds: new Set(entries.map((e) => e.id)),
      coreEntryIds: new Set(entries.filter((e) => e.depth === "core").map((e) => e.id)),
      familyIds: new Set(all.map((f) => f.id)),
      profiles: parsed(z.array(Profile), read("profiles.json"), "profiles.json"),
      ambiguous: parsed(z.array(Ambiguous), read("ambiguous.json"), "ambiguous.json"),
    };
  }
  const data = () => (cache ??= load());

  it("has at least 13 families and 400 entries, with unique ids", () => {
    const { all, entries } = data();
    expect(all.length).toBeGreaterThanOrEqual(13);
    expect(entries.length).toBeGreaterThanOrEqual(400);
    expect(duplicates(all.map((f) => f.id))).toEqual([]);
    expect(duplicates(entries.map((e) => e.id))).toEqual([]);
  });

  it("has at least 14 profiles with unique ids, known families and a time split of 100 %", () => {
    const { profiles, familyIds, entryIds, coreEntryIds } = data();
    expect(profiles.length).toBeGreaterThanOrEqual(14);
    expect(duplicates(profiles.map((p) => p.id))).toEqual([]);
    for (const p of profiles) {
      const unknown = [...p.core, ...p.light].filter((f) => !familyIds.has(f));
      expect(unknown, `${p.id} names unknown families`).toEqual([]);
      expect(p.core.filter((f) => p.light.includes(f)), `${p.id} lists a family both core and light`).toEqual([]);
      expect(p.timeSplit.reduce((n, s) => n + s.share, 0), `${p.id} time split`).toBe(100);
      // A job can only leave out work of the families it owns.
      const stray = (p.excludes ?? []).filter((e) => !entryIds.has(e) || !p.core.some((f) => e.startsWith(`${f}.`)));
      expect(stray, `${p.id} excludes entries outside its core families`).toEqual([]);
      // What a job also owns is core work of a family it only lists.
      const borrowed = (p.alsoOwns ?? []).filter((e) => !coreEntryIds.has(e) || !p.light.some((f) => e.startsWith(`${f}.`)));
      expect(borrowed, `${p.id} also owns entries outside the core work of its light families`).toEqual([]);
    }
  });

  it("gives every ambiguous term senses that point at existing entries of the right family", () => {
    const { ambiguous, entryIds } = data();
    expect(duplicates(ambiguous.map((a) => a.id))).toEqual([]);
    for (const term of ambiguous) {
      for (const sense of term.senses) {
        expect(entryIds.has(sense.entryId), `${term.id} → ${sense.entryId}`).toBe(true);
        expect(sense.entryId.startsWith(`${sense.familyId}.`), `${term.id} → ${sense.entryId} in ${sense.familyId}`).toBe(true);
      }
      if (term.fallback !== null) {
        expect(term.senses.map((s) => s.entryId), `${term.id} fallback`).toContain(term.fallback);
      }
    }
  });

  it("lets no normalized synonym belong to two families unless ambiguous.json decides it by context", () => {
    const { entries, ambiguous } = data();
    const owners = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const text of [...e.synonyms.fr, ...e.synonyms.en]) {
        const key = normalizeTerm(text);
        const set = owners.get(key) ?? new Set<string>();
        set.add(e.familyId);
        owners.set(key, set);
      }
    }
    const decided = new Map<string, { families: Set<string>; withContext: boolean }>();
    for (const term of ambiguous) {
      const info = {
        families: new Set(term.senses.map((s) => s.familyId)),
        // Every sense but the fallback needs words that pick it; otherwise nothing decides.
        withContext: term.senses.every((s) => s.entryId === term.fallback || s.context.length > 0),
      };
      for (const form of term.forms) decided.set(normalizeTerm(form), info);
    }
    const clashes = [...owners]
      .filter(([, fams]) => fams.size > 1)
      .filter(([form, fams]) => {
        const d = decided.get(form);
        return !d || !d.withContext || [...fams].some((f) => !d.families.has(f));
      })
      .map(([form, fams]) => `${form} (${[...fams].join(", ")})`);
    expect(clashes).toEqual([]);
  });
});
