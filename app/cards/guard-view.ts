import type { Lang, Taxonomy } from "~/analysis/taxonomy";
import type { Verdict } from "~/analysis/types";
import { entryIndex, label } from "./card";
import type { ScopeGuard } from "./scope-guard";

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

export function newCardHref(profileId: string | null, dutyIds: string[]): string {
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
