// The domain types of the skills taxonomy, shared by the seed files, the database
// loader, the analyzer and every page. Plain data: no I/O here.

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export type Localized<T = string> = { fr: T; en: T };

export type Depth = "core" | "light";
export type EntryKind = "duty" | "skill" | "tool";

export const FAMILY_IDS = [
  "community_management",
  "social_media_marketing",
  "content_writing",
  "graphic_design",
  "photo_video",
  "web_design_ux",
  "web_development",
  "seo",
  "paid_media",
  "email_crm",
  "analytics",
  "pr_events",
  "digital_strategy",
] as const;
export type FamilyId = string;

/** A duty, skill or tool; belongs to exactly one family. Id: `<familyId>.<slug>`. */
export interface TaxonomyEntry {
  id: string;
  familyId: FamilyId;
  kind: EntryKind;
  depth: Depth;
  label: Localized;
  /** Every surface form real offers use, per language: nouns, verbs, inflections, anglicisms. */
  synonyms: Localized<string[]>;
  escoUri: string | null;
}

/** A body of work that is normally a job (or a specialism) of its own. */
export interface RoleFamily {
  id: FamilyId;
  label: Localized;
  definition: Localized;
  /** What this family is NOT: its boundaries with the neighbouring families. */
  boundaries: Localized;
  entries: TaxonomyEntry[];
}

/**
 * A word that belongs to several families (or to none) depending on its context,
 * e.g. "animation" (community animation vs motion animation). The senses list the
 * context words that decide; with no deciding context the `fallback` sense wins,
 * or the word is ignored when `fallback` is null.
 */
export interface AmbiguousTerm {
  id: string;
  /** Surface forms, any language. */
  forms: string[];
  senses: { familyId: FamilyId; entryId: string; depth: Depth; context: string[] }[];
  fallback: string | null; // entryId of the default sense
}

/** A realistic job: the families it owns and those it can absorb at light depth. */
export interface RoleProfile {
  id: string;
  label: Localized;
  /** Title variants found in offers ("CM", "chargé(e) de communication digitale"…). */
  titles: Localized<string[]>;
  summary: Localized;
  core: FamilyId[];
  light: FamilyId[];
  /** Typical weekly time split; shares in percent, summing to 100. */
  timeSplit: { label: Localized; share: number }[];
  seniority: { junior: Localized; mid: Localized; senior: Localized };
  tools: string[];
  doesNot: Localized<string[]>;
  /**
   * Entries of its core families this job does not do: a content creator's visuals are
   * digital, so print production asked at core calls for a graphic designer.
   */
  excludes?: string[];
  /**
   * Entries of other families this job does as part of its own craft: a web designer builds
   * its pages in HTML and CSS. Asked at core for those entries only, the family is the job's own.
   */
  alsoOwns?: string[];
  /** Other trades' work (ids of OTHER_TRADES) that comes with this job: an events officer pays the events' invoices. */
  absorbs?: string[];
  /**
   * Other trades' work that sits next to this job: it stretches the post rather than making
   * a second job (a community manager is the community's first point of contact for support).
   */
  nearTrades?: string[];
  escoUri: string | null;
}

export interface Taxonomy {
  version: string;
  families: RoleFamily[];
  profiles: RoleProfile[];
  ambiguous: AmbiguousTerm[];
}
