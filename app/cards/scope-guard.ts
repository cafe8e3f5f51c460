import { WEEK_HOURS } from "~/analysis/index";
import type { Assessment, Demand, Verdict } from "~/analysis/types";
import type { RoleProfile, Taxonomy } from "~/analysis/taxonomy";
import { entryIndex } from "./card";

/** The analyzer's scope step, handed in so that this module stays a pure function of its input. */
export type AssessDemands = (demands: Demand[]) => Assessment;

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
export const REQUIREMENT_WEIGHT = 0.05;

/** Every duty is a deliberate demand; its weight (and its hours) is its share of the week. */
export function dutyWeight(share: number): number {
  return Number.isFinite(share) && share > 0 ? share / 100 : 0;
}

export function cardDemands(duties: GuardDuty[], taxonomy: Taxonomy, requirements: string[] = []): Demand[] {
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

/**
 * The live check of the builder: the analyzer's verdict on the card's duties, and for
 * each duty the base profile does not own, the job it belongs to, so the builder can say
 * "these 3 duties belong to a Graphic Designer".
 */
export function guardCard(
  card: { profileId: string; duties: GuardDuty[]; requirements?: string[] },
  taxonomy: Taxonomy,
  assess: AssessDemands,
): ScopeGuard {
  const entries = entryIndex(taxonomy);
  const demands = cardDemands(card.duties, taxonomy, card.requirements);
  const assessment = assess(demands);
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

  for (const id of card.requirements ?? []) {
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

/** The light duty that stands in for a family's craft ("simple visuals" for design). */
export function lightDutyOf(taxonomy: Taxonomy, familyId: string): string | null {
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
