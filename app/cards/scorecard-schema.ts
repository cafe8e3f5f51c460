import { z } from "zod";
import { fieldErrors } from "#app/forms/field-errors";

// A scorecard as an interviewer posts it: one interviewer's ratings of one candidate against
// the kit's competencies, saved as a draft (anything may be missing) until submitted
// (complete, then final). Issue messages are keys of `kit.errors` (app/i18n/kit.ts).

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
