import { z } from "zod";
import { foldString } from "~/analysis/fold";

// A scorecard: one interviewer's ratings of one candidate against the kit's competencies.
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
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v === "" ? undefined : v),
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "rating" }),
);

export const ScorecardSchema = z.object({
  candidate: textField(120, true),
  interviewerName: textField(120, true),
  ratings: z.array(
    z.object({
      competencyId: textField(120, true),
      rating,
      notes: textField(2000),
    }),
    { error: "invalid" },
  ),
  recommendation: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(RECOMMENDATIONS, { error: "recommendation" }),
  ),
  notes: textField(4000),
});

export type ScorecardInput = z.output<typeof ScorecardSchema>;

/** The same person typed twice ("Awa Diop", "awa  diop ") is one candidate. */
export function candidateKey(candidate: string): string {
  return foldString(candidate).split(/\s+/).filter(Boolean).join(" ");
}

export function isPositive(r: Recommendation): boolean {
  return r === "yes" || r === "strong_yes";
}

export interface ScorecardView {
  interviewerId: number;
  interviewerName: string;
  ratings: { competencyId: string; rating: number; notes: string }[];
  recommendation: Recommendation;
  notes: string;
}

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

export function compareScorecards(competencyIds: string[], cards: ScorecardView[]): Comparison {
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

/** Issues keyed by dotted path ("ratings.1.rating"), first issue per path. */
export function scorecardErrors(error: z.ZodError): Record<string, ScorecardErrorKey> {
  const out: Record<string, ScorecardErrorKey> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!(key in out)) out[key] = issue.message as ScorecardErrorKey;
  }
  return out;
}

/**
 * The schema, plus the kit: every competency of the kit rated, none from elsewhere.
 * Ratings come back in the kit's order.
 */
export function validateScorecard(
  raw: unknown,
  competencyIds: string[],
): { ok: true; scorecard: ScorecardInput } | { ok: false; errors: Record<string, ScorecardErrorKey> } {
  const parsed = ScorecardSchema.safeParse(raw);
  const errors = parsed.success ? {} : scorecardErrors(parsed.error);
  const given = Array.isArray((raw as { ratings?: unknown })?.ratings) ? ((raw as { ratings: unknown[] }).ratings as { competencyId?: unknown }[]) : [];
  given.forEach((r, i) => {
    if (typeof r?.competencyId === "string" && !competencyIds.includes(r.competencyId)) errors[`ratings.${i}.competencyId`] ??= "unknownCompetency";
  });
  competencyIds.forEach((id, i) => {
    if (!given.some((r) => r?.competencyId === id)) errors[`ratings.${i}.rating`] ??= "rating";
  });
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  const ratings = competencyIds.map((id) => parsed.data.ratings.find((r) => r.competencyId === id)!);
  return { ok: true, scorecard: { ...parsed.data, ratings } };
}
