import { z } from "zod";
import { fieldErrors } from "~/forms/field-errors";
import type { WorkspaceRole } from "~/workspaces/roles";

// A scorecard: one interviewer's ratings of one candidate against the kit's competencies,
// saved as a draft (anything may be missing) until submitted (complete, then final).
// Issue messages are keys of `kit.errors` (app/i18n/kit.ts).

export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export type ScorecardErrorKey = "required" | "invalid" | "tooLong" | "rating" | "recommendation" | "unknownCompetency";

const textField = (max: number, required = false) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    required
      ? z.string({ error: "invalid" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" })
      : z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }),
  );

const rating = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v === "" || v === null ? undefined : v),
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "rating" }).optional(),
);

export const ScorecardSchema = z.object({
  ratings: z.preprocess(
    (v) => v ?? [],
    z.array(
      z.object({
        competencyId: textField(120, true),
        rating,
        notes: textField(2000),
      }),
      { error: "invalid" },
    ),
  ),
  recommendation: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(RECOMMENDATIONS, { error: "recommendation" }).optional(),
  ),
  notes: textField(4000),
});

export type ScorecardInput = {
  ratings: { competencyId: string; rating: number | null; notes: string }[];
  recommendation: Recommendation | null;
  notes: string;
};

/** A draft keeps whatever was filled; submitting wants every competency rated and a recommendation. */
export type ScorecardMode = "draft" | "submit";

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

/**
 * The schema, plus the kit: no competency from elsewhere, and to submit, every competency
 * of the kit rated and a recommendation given. Ratings come back in the kit's order.
 */
export function validateScorecard(
  raw: unknown,
  competencyIds: string[],
  mode: ScorecardMode = "submit",
): { ok: true; scorecard: ScorecardInput } | { ok: false; errors: Record<string, ScorecardErrorKey> } {
  const parsed = ScorecardSchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrors<ScorecardErrorKey>(parsed.error, { nested: true });
  const given = Array.isArray((raw as { ratings?: unknown })?.ratings) ? ((raw as { ratings: unknown[] }).ratings as { competencyId?: unknown }[]) : [];
  given.forEach((r, i) => {
    if (typeof r?.competencyId === "string" && !competencyIds.includes(r.competencyId)) errors[`ratings.${i}.competencyId`] ??= "unknownCompetency";
  });
  if (mode === "submit") {
    const rated = parsed.success ? parsed.data.ratings : [];
    competencyIds.forEach((id, i) => {
      const at = given.findIndex((r) => r?.competencyId === id);
      if (rated.find((r) => r.competencyId === id)?.rating === undefined) errors[`ratings.${at < 0 ? i : at}.rating`] ??= "rating";
    });
    if (parsed.success && parsed.data.recommendation === undefined) errors.recommendation ??= "recommendation";
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  const ratings = competencyIds.map((competencyId) => {
    const r = parsed.data.ratings.find((x) => x.competencyId === competencyId);
    return { competencyId, rating: r?.rating ?? null, notes: r?.notes ?? "" };
  });
  return { ok: true, scorecard: { ratings, recommendation: parsed.data.recommendation ?? null, notes: parsed.data.notes } };
}
