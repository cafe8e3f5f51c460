import { analyze } from "#app/analysis/analyze";
import { assessDemands, CARD_THRESHOLDS } from "#app/analysis/assess";
import type { CompiledTaxonomy } from "#app/analysis/compile";
import { WEEK_HOURS } from "#app/analysis/index";
import type { Demand, Verdict } from "#app/analysis/types";
import type { Lang, RoleProfile, Taxonomy } from "#app/analysis/taxonomy";
import { entryIndex, label } from "./card";

// The role card's scope guard: the analyzer's verdict on the card's duties and required
// skills, the duties that belong to another job, and the same labelled for the page and
// the builder's live check. Pure: the compiled taxonomy in, plain data out.

export interface DriftGroup {
  /** The standard profile these duties belong to. */
  roleId: string;
  entryIds: string[];
  /** Their summed weekly share, in percent. */
  share: number;
  /** True when every one of them has a light counterpart the base profile could absorb. */
  canDowngrade: boolean;
  /** Required skills and tools (free text) of the same job: no share of the week, but a demand. */
  requirements: string[];
}

export interface ScopeGuard {
  verdict: Verdict;
  roles: string[];
  roleCount: number;
  baseProfileId: string | null;
  /** Duties outside the base profile, grouped by the job they really belong to. */
  drift: DriftGroup[];
  /** Light duties of neighbouring families that the base profile absorbs. */
  edges: string[];
}

export interface GuardDuty {
  entryId: string;
  share: number;
}

/** A required skill or tool weighs like a duty of a twentieth of the week: enough to count, not to lead. */
const REQUIREMENT_WEIGHT = 0.05;

/** Every duty is a deliberate demand; its weight (and its hours) is its share of the week. */
function dutyWeight(share: number): number {
  return Number.isFinite(share) && share > 0 ? share / 100 : 0;
}

function cardDemands(duties: GuardDuty[], taxonomy: Taxonomy, requirements: string[] = []): Demand[] {
  const entries = entryIndex(taxonomy);
  const fromDuties = duties.flatMap((d) => {
    const entry = entries.get(d.entryId);
    const weight = dutyWeight(d.share);
    return entry ? [{ familyId: entry.familyId, depth: entry.depth, weight, entryId: entry.id, hours: weight * WEEK_HOURS }] : [];
  });
  const fromRequirements = requirements.flatMap((id) => {
    const entry = entries.get(id);
    return entry ? [{ familyId: entry.familyId, depth: entry.depth, weight: REQUIREMENT_WEIGHT, entryId: entry.id, craft: entry.depth === "core", hours: 0 }] : [];
  });
  return [...fromDuties, ...fromRequirements];
}

function owns(profile: RoleProfile | null, familyId: string, depth: "core" | "light"): boolean {
  if (!profile) return false;
  return profile.core.includes(familyId) || (depth === "light" && profile.light.includes(familyId));
}

/** The free-text lists are capped by the card schema; this bounds the read of a half-typed form too. */
const REQUIREMENTS_MAX_CHARS = 4000;

/**
 * The skills and tools a card requires in free text ("PHP", "Illustrator"), as taxonomy
 * entries, read by the analyzer's own matcher so synonyms and spellings count alike.
 */
export function requirementEntries(card: { skillsRequired?: string | string[]; toolsRequired?: string | string[] }, compiled: CompiledTaxonomy): string[] {
  const lines = [card.skillsRequired, card.toolsRequired]
    .flatMap((v) => (Array.isArray(v) ? v : (v ?? "").split("\n")))
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [];
  // Read as the requirements list of an offer: a lone first line ("Illustrator") would otherwise be taken for its title.
  const text = `Profil :\n${lines.map((l) => `- ${l}`).join("\n")}`.slice(0, REQUIREMENTS_MAX_CHARS);
  const entries = entryIndex(compiled.taxonomy);
  const found = analyze(text, compiled, { format: "text" })
    .matches.filter((m) => m.modifier !== "negated" && entries.has(m.entryId))
    .map((m) => m.entryId);
  return [...new Set(found)];
}

/**
 * The builder's scope check: the analyzer's scope step on the card's duties, with the card
 * thresholds (every picked duty counts) and the base profile in the place an offer's title
 * takes, so ties go to the job the manager meant. Required skills and tools count too: a
 * community manager card that requires PHP asks for a web developer. For each duty the
 * base profile does not own, the job it belongs to, so the builder can say "these 3
 * duties belong to a Graphic Designer".
 */
export function checkCardScope(
  card: { profileId: string; duties: GuardDuty[]; skillsRequired?: string | string[]; toolsRequired?: string | string[] },
  compiled: CompiledTaxonomy,
): ScopeGuard {
  const taxonomy = compiled.taxonomy;
  const entries = entryIndex(taxonomy);
  const requirements = requirementEntries(card, compiled);
  const demands = cardDemands(card.duties, taxonomy, requirements);
  const assessment = assessDemands(demands, compiled, { titleProfile: card.profileId || null, thresholds: CARD_THRESHOLDS });
  const base = taxonomy.profiles.find((p) => p.id === card.profileId) ?? null;
  const baseId = base?.id ?? assessment.coreRoles[0] ?? assessment.roles[0] ?? null;
  const baseProfile = base ?? taxonomy.profiles.find((p) => p.id === baseId) ?? null;

  const roleOf = (familyId: string): string | null => {
    const assigned = assessment.assignment.find((r) => r.profile !== baseId && r.families.some((f) => f.id === familyId));
    if (assigned) return assigned.profile;
    return taxonomy.profiles.find((p) => p.id !== baseId && p.core[0] === familyId)?.id
      ?? taxonomy.profiles.find((p) => p.id !== baseId && p.core.includes(familyId))?.id
      ?? null;
  };

  const groups = new Map<string, DriftGroup>();
  const edges: string[] = [];
  for (const duty of card.duties) {
    const entry = entries.get(duty.entryId);
    if (!entry) continue;
    if (owns(baseProfile, entry.familyId, entry.depth)) {
      if (baseProfile && !baseProfile.core.includes(entry.familyId)) edges.push(entry.id);
      continue;
    }
    const roleId = roleOf(entry.familyId);
    if (!roleId) continue;
    const group = groups.get(roleId) ?? { roleId, entryIds: [], share: 0, canDowngrade: true, requirements: [] };
    group.entryIds.push(entry.id);
    group.share += duty.share;
    const lightTwin = entry.depth === "core" && baseProfile?.light.includes(entry.familyId) && lightDutyOf(taxonomy, entry.familyId);
    if (!lightTwin) group.canDowngrade = false;
    groups.set(roleId, group);
  }

  for (const id of requirements) {
    const entry = entries.get(id);
    if (!entry || owns(baseProfile, entry.familyId, entry.depth)) continue;
    const roleId = roleOf(entry.familyId);
    if (!roleId) continue;
    const group = groups.get(roleId) ?? { roleId, entryIds: [], share: 0, canDowngrade: false, requirements: [] };
    group.requirements.push(entry.id);
    groups.set(roleId, group);
  }

  return {
    verdict: assessment.verdict,
    roles: assessment.roles,
    roleCount: assessment.roleCount,
    baseProfileId: baseId,
    drift: [...groups.values()].sort((a, b) => b.share - a.share),
    edges,
  };
}

/** Duties as the form holds them (strings, maybe half-typed) as guard input. */
function guardDuties(duties: { entryId: string; share: string | number }[]): GuardDuty[] {
  return duties
    .map((d) => ({ entryId: d.entryId, share: Number(String(d.share).replace(",", ".")) }))
    .filter((d) => d.entryId && Number.isFinite(d.share) && d.share > 0);
}

/** The light duty that stands in for a family's craft ("simple visuals" for design). */
function lightDutyOf(taxonomy: Taxonomy, familyId: string): string | null {
  const family = taxonomy.families.find((f) => f.id === familyId);
  return family?.entries.find((e) => e.kind === "duty" && e.depth === "light")?.id ?? null;
}

/**
 * Downgrading replaces each core duty by its family's light duty (once per family), and
 * keeps the time share: the work stays but at a depth the base profile can absorb.
 */
export function downgradeDuties<D extends { entryId: string; share: string | number }>(
  duties: D[],
  entryIds: string[],
  taxonomy: Taxonomy,
): D[] {
  const entries = entryIndex(taxonomy);
  const merged = new Map<string, D>();
  for (const d of duties) {
    const entry = entries.get(d.entryId);
    const twin = entry && entryIds.includes(d.entryId) ? lightDutyOf(taxonomy, entry.familyId) : null;
    const id = twin ?? d.entryId;
    const existing = merged.get(id);
    if (!existing) {
      merged.set(id, { ...d, entryId: id });
      continue;
    }
    const sum = Number(existing.share) + Number(d.share);
    existing.share = (typeof existing.share === "number" ? sum : String(sum)) as D["share"];
  }
  return [...merged.values()];
}

export interface GuardView {
  verdict: Verdict;
  empty: boolean;
  baseProfileId: string | null;
  roles: { id: string; label: string }[];
  drift: {
    roleId: string;
    roleLabel: string;
    share: number;
    duties: { id: string; label: string }[];
    canDowngrade: boolean;
    /** Required skills and tools of that job, from the card's free-text lists. */
    requirements: { id: string; label: string }[];
    /** A second card with these duties: the builder's own pre-fill link. */
    moveHref: string;
  }[];
  edges: { id: string; label: string }[];
}

function newCardHref(profileId: string | null, dutyIds: string[]): string {
  const params = new URLSearchParams();
  if (profileId) params.set("profile", profileId);
  if (dutyIds.length) params.set("duties", dutyIds.join(","));
  const qs = params.toString();
  return `/cards/new${qs ? `?${qs}` : ""}`;
}

/** The guard with labels in the UI language: plain data for the page and the live fetcher. */
export function toGuardView(guard: ScopeGuard, taxonomy: Taxonomy, lang: Lang, dutyCount: number): GuardView {
  const entries = entryIndex(taxonomy);
  const profileLabel = (id: string) => {
    const p = taxonomy.profiles.find((x) => x.id === id);
    return p ? label(p.label, lang) : id;
  };
  const entryLabel = (id: string) => {
    const e = entries.get(id);
    return e ? label(e.label, lang) : id;
  };
  return {
    verdict: guard.verdict,
    empty: dutyCount === 0,
    baseProfileId: guard.baseProfileId,
    roles: guard.roles.map((id) => ({ id, label: profileLabel(id) })),
    drift: guard.drift.map((g) => ({
      roleId: g.roleId,
      roleLabel: profileLabel(g.roleId),
      share: g.share,
      duties: g.entryIds.map((id) => ({ id, label: entryLabel(id) })),
      canDowngrade: g.canDowngrade && g.entryIds.length > 0,
      requirements: g.requirements.map((id) => ({ id, label: entryLabel(id) })),
      moveHref: newCardHref(g.roleId, [...g.entryIds, ...g.requirements]),
    })),
    edges: guard.edges.map((id) => ({ id, label: entryLabel(id) })),
  };
}

/** The guard of a card as the form holds it, labelled: what the pages and the live check show. */
export function guardView(
  values: { profileId: string; duties: { entryId: string; share: string | number }[]; skillsRequired?: string | string[]; toolsRequired?: string | string[] },
  compiled: CompiledTaxonomy,
  lang: Lang,
): GuardView {
  const duties = guardDuties(values.duties);
  const guard = checkCardScope({ ...values, duties }, compiled);
  return toGuardView(guard, compiled.taxonomy, lang, duties.length);
}
