import type { EntryKind, RoleProfile, TaxonomyEntry } from "#app/analysis/taxonomy";

export interface Neighbour {
  profile: RoleProfile;
  /** Families both roles touch, core or light. */
  shared: string[];
}

/**
 * The closest other profiles: those that own a family this one owns or absorbs, or
 * absorb one it owns. Two roles that merely absorb the same family are not neighbours.
 */
export function neighbouringProfiles(profile: RoleProfile, profiles: RoleProfile[], limit = 6): Neighbour[] {
  const weightOf = (other: RoleProfile, family: string): number => {
    const mineCore = profile.core.includes(family);
    const theirsCore = other.core.includes(family);
    if (mineCore && theirsCore) return 4;
    return (mineCore && other.light.includes(family)) || (theirsCore && profile.light.includes(family)) ? 1 : 0;
  };
  return profiles
    .filter((p) => p.id !== profile.id)
    .map((p) => {
      const weighted = [...p.core, ...p.light].map((f) => ({ f, w: weightOf(p, f) })).filter((x) => x.w > 0);
      return { profile: p, shared: weighted.map((x) => x.f), weight: weighted.reduce((n, x) => n + x.w, 0) };
    })
    .filter((n) => n.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit)
    .map(({ profile: p, shared }) => ({ profile: p, shared }));
}

export const ENTRY_KINDS: readonly EntryKind[] = ["duty", "skill", "tool"];

export function groupByKind(entries: TaxonomyEntry[]): { kind: EntryKind; entries: TaxonomyEntry[] }[] {
  return ENTRY_KINDS.map((kind) => ({ kind, entries: entries.filter((e) => e.kind === kind) })).filter((g) => g.entries.length);
}
