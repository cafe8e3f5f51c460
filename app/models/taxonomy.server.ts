import { z } from "zod";
import { TAXONOMY_CHANNEL, type DB } from "#app/db.server";
import { cachedUntilChanged, seededVersion } from "./cached-until-changed.server";
import type { AmbiguousTerm, RoleFamily, RoleProfile, Taxonomy } from "#app/analysis/taxonomy";
import { DepthJson, localized, LocalizedText, readJson } from "./json.server";

type ProfileDetails = Pick<RoleProfile, "titles" | "summary" | "timeSplit" | "seniority" | "tools" | "doesNot" | "excludes" | "alsoOwns" | "absorbs" | "nearTrades">;

const ProfileDetailsJson: z.ZodType<ProfileDetails> = z.object({
  titles: localized(z.array(z.string())),
  summary: LocalizedText,
  timeSplit: z.array(z.object({ label: LocalizedText, share: z.number() })),
  seniority: z.object({ junior: LocalizedText, mid: LocalizedText, senior: LocalizedText }),
  tools: z.array(z.string()),
  doesNot: localized(z.array(z.string())),
  excludes: z.array(z.string()).optional(),
  alsoOwns: z.array(z.string()).optional(),
  absorbs: z.array(z.string()).optional(),
  nearTrades: z.array(z.string()).optional(),
});

export const AmbiguousTermJson: z.ZodType<AmbiguousTerm> = z.object({
  id: z.string(),
  forms: z.array(z.string()),
  senses: z.array(z.object({ familyId: z.string(), entryId: z.string(), depth: DepthJson, context: z.array(z.string()) })),
  fallback: z.string().nullable(),
});

/** Reads the whole taxonomy (retired entries and synonyms left out) into the domain types. */
export async function readTaxonomy(db: DB, version: string): Promise<Taxonomy> {
  const [familyRows, entryRows, synonymRows, profileRows, linkRows, ambiguousRows] = await Promise.all([
    db.selectFrom("role_families").selectAll().orderBy("position").execute(),
    db.selectFrom("taxonomy_entries").selectAll().where("retired_at", "is", null).orderBy("family_id").orderBy("position").orderBy("id").execute(),
    db.selectFrom("entry_synonyms").select(["entry_id", "lang", "text"]).where("retired_at", "is", null).orderBy("id").execute(),
    db.selectFrom("role_profiles").selectAll().orderBy("position").execute(),
    db.selectFrom("profile_families").selectAll().orderBy("profile_id").orderBy("family_id").execute(),
    db.selectFrom("ambiguous_terms").selectAll().orderBy("id").execute(),
  ]);

  const synonyms = new Map<string, { fr: string[]; en: string[] }>();
  for (const s of synonymRows) {
    const list = synonyms.get(s.entry_id) ?? { fr: [], en: [] };
    list[s.lang].push(s.text);
    synonyms.set(s.entry_id, list);
  }
  const families: RoleFamily[] = familyRows.map((f) => ({
    id: f.id,
    label: { fr: f.label_fr, en: f.label_en },
    definition: { fr: f.definition_fr, en: f.definition_en },
    boundaries: { fr: f.boundaries_fr, en: f.boundaries_en },
    entries: entryRows
      .filter((e) => e.family_id === f.id)
      .map((e) => ({
        id: e.id,
        familyId: e.family_id,
        kind: e.kind,
        depth: e.depth,
        label: { fr: e.label_fr, en: e.label_en },
        synonyms: synonyms.get(e.id) ?? { fr: [], en: [] },
        escoUri: e.esco_uri,
      })),
  }));
  const profiles: RoleProfile[] = profileRows.map((p) => {
    const details = readJson(ProfileDetailsJson, p.details);
    const links = linkRows.filter((l) => l.profile_id === p.id);
    return {
      id: p.id,
      label: { fr: p.label_fr, en: p.label_en },
      escoUri: p.esco_uri,
      core: links.filter((l) => l.depth === "core").map((l) => l.family_id),
      light: links.filter((l) => l.depth === "light").map((l) => l.family_id),
      ...details,
    };
  });
  const ambiguous = ambiguousRows.map((a) => readJson(AmbiguousTermJson, a.definition));
  return { version, families, profiles, ambiguous };
}

/** The version names what the taxonomy holds: the seed it came from and the last edit. */
export const currentTaxonomyVersion = (db: DB): Promise<string> => seededVersion(db, "taxonomy", "taxonomy_revisions");

const taxonomyCache = cachedUntilChanged(TAXONOMY_CHANNEL, currentTaxonomyVersion, readTaxonomy);

/** Drops this process's copy of the taxonomy now (others hear of the edit through the notification). */
export const forgetTaxonomy = (db: DB): void => taxonomyCache.forget(db);

/** The taxonomy, read once per change and per database: a request asks the database nothing. */
export const getTaxonomy = (db: DB): Promise<Taxonomy> => taxonomyCache.get(db);
