import type { WorkspaceRole } from "#app/workspaces/roles";
import type { Recommendation } from "./scorecard-schema";

// Scorecards once saved: who may see the panel's, and how the submitted ones compare.

/**
 * Independent scoring: someone scoring a candidate sees the others' ratings only once they
 * have submitted their own. Owners and recruiters who do not score (no scorecard of their
 * own) follow the panel; interviewers always score first.
 */
export function othersVisible(role: WorkspaceRole, own: { submitted: boolean } | null): boolean {
  if (own) return own.submitted;
  return role !== "interviewer";
}

export function isPositive(r: Recommendation): boolean {
  return r === "yes" || r === "strong_yes";
}

export interface ScorecardView {
  interviewerId: number;
  interviewerName: string;
  ratings: { competencyId: string; rating: number | null; notes: string }[];
  recommendation: Recommendation | null;
  notes: string;
}

/** A submitted scorecard: complete, what the comparison is made of. */
export type SubmittedScorecardView = ScorecardView & { recommendation: Recommendation };

export interface ComparisonRow {
  competencyId: string;
  /** One per scorecard, in scorecard order; null when that interviewer did not rate it. */
  ratings: (number | null)[];
  notes: string[];
  spread: number;
  mean: number | null;
  /** Ratings two or more points apart: the panel should talk before deciding. */
  disagreement: boolean;
}

export interface Comparison {
  rows: ComparisonRow[];
  recommendations: Recommendation[];
  /** Some interviewers say yes and others no: there is no neutral option to hide behind. */
  recommendationSplit: boolean;
  disagreements: number;
}

export const DISAGREEMENT_SPREAD = 2;

export function compareScorecards(competencyIds: string[], cards: SubmittedScorecardView[]): Comparison {
  const ids = [...competencyIds];
  for (const card of cards) for (const r of card.ratings) if (!ids.includes(r.competencyId)) ids.push(r.competencyId);
  const rows = ids.map((competencyId) => {
    const entries = cards.map((c) => c.ratings.find((r) => r.competencyId === competencyId) ?? null);
    const ratings = entries.map((e) => e?.rating ?? null);
    const given = ratings.filter((r): r is number => r !== null);
    const spread = given.length ? Math.max(...given) - Math.min(...given) : 0;
    return {
      competencyId,
      ratings,
      notes: entries.map((e) => e?.notes ?? ""),
      spread,
      mean: given.length ? Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10 : null,
      disagreement: spread >= DISAGREEMENT_SPREAD,
    };
  });
  const recommendations = cards.map((c) => c.recommendation);
  const recommendationSplit = recommendations.some(isPositive) && recommendations.some((r) => !isPositive(r));
  return {
    rows,
    recommendations,
    recommendationSplit,
    disagreements: rows.filter((r) => r.disagreement).length + (recommendationSplit ? 1 : 0),
  };
}
