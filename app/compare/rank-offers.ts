// Orders several compared offers so that a candidate can pick where to apply.
//
// The rule, shown in the UI as well:
//   1. by group: focused, then stretched, then overloaded, then offers that are mostly
//      another job (under half of the offer in the role, and the role is not one of the
//      jobs the offer needs), then offers with no digital marketing role at all;
//   2. within a group, the larger share in-role first;
//   3. then the higher coverage of the role's core duties;
//   4. then fewer red flags; ties keep the order the offers were given in.

import type { Comparison } from "./types";

export const RANK_GROUPS = ["focused", "stretched", "overloaded", "off_role", "no_role"] as const;
export type RankGroup = (typeof RANK_GROUPS)[number];

/** Under this share in-role, an offer is mostly another job whatever its verdict. */
export const OFF_ROLE_SHARE = 0.5;

export interface RankedOffer {
  /** Position in the input. */
  index: number;
  /** 1 = the best place to apply. */
  rank: number;
  group: RankGroup;
  comparison: Comparison;
}

export function rankGroup(c: Pick<Comparison, "verdict" | "profile" | "inRoleShare" | "roles">): RankGroup {
  if (c.verdict === "out_of_scope" || !c.profile) return "no_role";
  // An overloaded CM offer still needs a CM; a web developer offer does not.
  const needed = c.roles.some((r) => r.id === c.profile?.id);
  if (c.inRoleShare < OFF_ROLE_SHARE && !needed) return "off_role";
  return c.verdict;
}

// Whole percents: a 0.1 % difference in share should not outrank a better coverage.
const pct = (x: number) => Math.round(x * 100);

export function rankOffers(comparisons: Comparison[]): RankedOffer[] {
  return comparisons
    .map((comparison, index) => ({ index, comparison, group: rankGroup(comparison) }))
    .sort(
      (a, b) =>
        RANK_GROUPS.indexOf(a.group) - RANK_GROUPS.indexOf(b.group) ||
        pct(b.comparison.inRoleShare) - pct(a.comparison.inRoleShare) ||
        pct(b.comparison.coverage.score) - pct(a.comparison.coverage.score) ||
        a.comparison.redFlags.length - b.comparison.redFlags.length ||
        a.index - b.index,
    )
    .map((x, i) => ({ ...x, rank: i + 1 }));
}
