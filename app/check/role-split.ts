// Splits what an offer asks for between the roles that cover it, so that each role can
// start its own role card with the duties the offer gave it.

import type { Analysis } from "#app/analysis/types";

export interface ProfileFamilies {
  id: string;
  core: readonly string[];
  light: readonly string[];
}

export interface RoleShare {
  roleId: string;
  families: string[];
  entryIds: string[];
}

type SplitInput = Pick<Analysis, "roles" | "families" | "matches" | "title">;

/**
 * Each demanded family goes to one role: the one the analyzer gave it to, else the first
 * that owns it at core, else the first that can absorb it, else (an edge nobody lists)
 * the role the title names, or the first.
 */
export function splitByRole(
  analysis: SplitInput,
  profiles: readonly ProfileFamilies[],
  assignment: Record<string, readonly string[]> = {},
  isEntry: (id: string) => boolean = () => true,
): RoleShare[] {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const roles = analysis.roles.filter((id) => byId.has(id));
  if (!roles.length) return [];
  const fallback = analysis.title?.profile && roles.includes(analysis.title.profile) ? analysis.title.profile : roles[0]!;
  const families = new Map<string, string[]>(roles.map((id) => [id, []]));
  for (const family of analysis.families) {
    const owner =
      roles.find((id) => assignment[id]?.includes(family.id)) ??
      roles.find((id) => byId.get(id)!.core.includes(family.id)) ??
      roles.find((id) => byId.get(id)!.light.includes(family.id)) ??
      fallback;
    families.get(owner)!.push(family.id);
  }
  return roles.map((roleId) => {
    const own = new Set(families.get(roleId));
    const entryIds = [
      ...new Set(
        (analysis.matches ?? [])
          // Only real taxonomy entries: the analyzer also records synthetic demands (the title's).
          .filter((m) => own.has(m.familyId) && m.modifier !== "negated" && m.modifier !== "not_a_demand" && isEntry(m.entryId))
          .map((m) => m.entryId),
      ),
    ];
    return { roleId, families: [...own], entryIds };
  });
}

/** The role card builder, pre-filled: `/cards/new?profile=<id>&duties=<entryId,…>`. */
export function cardBuilderHref(share: Pick<RoleShare, "roleId" | "entryIds">): string {
  const profile = `profile=${encodeURIComponent(share.roleId)}`;
  if (!share.entryIds.length) return `/cards/new?${profile}`;
  return `/cards/new?${profile}&duties=${share.entryIds.map(encodeURIComponent).join(",")}`;
}
