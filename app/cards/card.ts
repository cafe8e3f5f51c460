import type { Lang, Localized, RoleProfile, Taxonomy, TaxonomyEntry } from "#app/analysis/taxonomy";
import type { RoleCardInput } from "./card-schema";

/** A saved card's fields: what the schema returns, stored whole as JSON. */
export type RoleCardContent = RoleCardInput;

/** The form's values as the inputs hold them (strings), for react-hook-form and SSR. */
export interface CardFormValues {
  titleFr: string;
  titleEn: string;
  profileId: string;
  seniority: string;
  contract: string;
  hours: string;
  duties: { entryId: string; share: string }[];
  skillsRequired: string;
  skillsNice: string;
  toolsRequired: string;
  toolsNice: string;
  languages: string;
  team: string;
  reportsTo: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: string;
  location: string;
  remote: string;
  scopeAccepted: boolean;
}

export function blankFormValues(lang: Lang = "fr"): CardFormValues {
  return {
    titleFr: "",
    titleEn: "",
    profileId: "",
    seniority: "mid",
    contract: "permanent",
    hours: "35",
    duties: [],
    skillsRequired: "",
    skillsNice: "",
    toolsRequired: "",
    toolsNice: "",
    languages: lang === "fr" ? "Français" : "English",
    team: "",
    reportsTo: "",
    salaryMin: "",
    salaryMax: "",
    salaryCurrency: "EUR",
    salaryPeriod: "year",
    location: "",
    remote: "hybrid",
    scopeAccepted: false,
  };
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const lines = (v: unknown) => (Array.isArray(v) ? v.map(str).join("\n") : str(v));

/** Any object shaped like the form (a saved card, a parsed FormData) as form values. */
export function toFormValues(input: Partial<Record<keyof CardFormValues, unknown>>, lang: Lang = "fr"): CardFormValues {
  const blank = blankFormValues(lang);
  const duties = Array.isArray(input.duties) ? (input.duties as unknown[]) : [];
  const pickString = (key: keyof CardFormValues) => (input[key] === undefined ? (blank[key] as string) : str(input[key]));
  return {
    titleFr: pickString("titleFr"),
    titleEn: pickString("titleEn"),
    profileId: pickString("profileId"),
    seniority: pickString("seniority"),
    contract: pickString("contract"),
    hours: pickString("hours"),
    duties: duties.map((d) => {
      const duty = (d ?? {}) as { entryId?: unknown; share?: unknown };
      return { entryId: str(duty.entryId), share: str(duty.share) };
    }),
    skillsRequired: lines(input.skillsRequired),
    skillsNice: lines(input.skillsNice),
    toolsRequired: lines(input.toolsRequired),
    toolsNice: lines(input.toolsNice),
    languages: input.languages === undefined ? blank.languages : lines(input.languages),
    team: str(input.team),
    reportsTo: str(input.reportsTo),
    salaryMin: str(input.salaryMin),
    salaryMax: str(input.salaryMax),
    salaryCurrency: pickString("salaryCurrency"),
    salaryPeriod: pickString("salaryPeriod"),
    location: str(input.location),
    remote: pickString("remote"),
    scopeAccepted: input.scopeAccepted === true || input.scopeAccepted === "on" || input.scopeAccepted === "true",
  };
}

/** n integer shares summing to 100, the larger ones first. */
export function evenShares(n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 100 - base * n ? 1 : 0));
}

export function sharesTotal(duties: { share: unknown }[]): number {
  return duties.reduce((sum, d) => {
    const n = typeof d.share === "number" ? d.share : Number(String(d.share ?? "").replace(",", "."));
    return sum + (Number.isFinite(n) ? n : 0);
  }, 0);
}

export function entryIndex(taxonomy: Taxonomy): Map<string, TaxonomyEntry> {
  const out = new Map<string, TaxonomyEntry>();
  for (const f of taxonomy.families) for (const e of f.entries) out.set(e.id, e);
  return out;
}

/** Duties a profile owns by default: the first core duties of each of its core families. */
export function defaultDuties(profile: RoleProfile, taxonomy: Taxonomy, perFamily = 3): string[] {
  return profile.core.flatMap((familyId) =>
    (taxonomy.families.find((f) => f.id === familyId)?.entries ?? [])
      // Work the profile leaves to another job (a motion designer does not shoot) is no default duty.
      .filter((e) => e.kind === "duty" && e.depth === "core" && !profile.excludes?.includes(e.id))
      .slice(0, perFamily)
      .map((e) => e.id),
  );
}

const MAX_PREFILLED = 12;

/**
 * A card pre-filled from a standard profile and, optionally, the duties a link names
 * (`/cards/new?profile=…&duties=…`). Unknown ids are dropped rather than refused: links
 * outlive taxonomy edits.
 */
export function prefillFromProfile(
  taxonomy: Taxonomy,
  options: { profileId?: string | null; dutyIds?: string[]; lang?: Lang },
): CardFormValues {
  const lang = options.lang ?? "fr";
  const values = blankFormValues(lang);
  const entries = entryIndex(taxonomy);
  const profile = taxonomy.profiles.find((p) => p.id === options.profileId) ?? null;
  const requested = [...new Set((options.dutyIds ?? []).filter((id) => entries.has(id)))].map((id) => entries.get(id)!);
  // A link may name skills and tools ("PHP", "Illustrator"): they are requirements, not duties with a share of the week.
  const requestedDuties = requested.filter((e) => e.kind === "duty").map((e) => e.id);
  const dutyIds = (requested.length ? requestedDuties : profile ? defaultDuties(profile, taxonomy) : []).slice(0, MAX_PREFILLED);
  const shares = evenShares(dutyIds.length);
  values.duties = dutyIds.map((entryId, i) => ({ entryId, share: String(shares[i]) }));
  if (profile) {
    values.profileId = profile.id;
    values.titleFr = profile.label.fr;
    values.titleEn = profile.label.en;
    values.toolsRequired = profile.tools.slice(0, 6).join("\n");
  }
  const named = (kind: "skill" | "tool") => requested.filter((e) => e.kind === kind).map((e) => label(e.label, lang));
  if (named("skill").length) values.skillsRequired = appendLines(values.skillsRequired, named("skill"));
  if (named("tool").length) values.toolsRequired = appendLines(values.toolsRequired, named("tool"));
  return values;
}

/** A free-text list (one item a line) with the new items added once each, case ignored. */
export function appendLines(list: string, items: string[]): string {
  const lines = list.split("\n").map((l) => l.trim()).filter(Boolean);
  const seen = new Set(lines.map((l) => l.toLocaleLowerCase()));
  for (const item of items) {
    if (!seen.has(item.toLocaleLowerCase())) {
      lines.push(item);
      seen.add(item.toLocaleLowerCase());
    }
  }
  return lines.join("\n");
}

export function label(value: Localized, lang: Lang): string {
  return value[lang] || value.fr || value.en;
}
