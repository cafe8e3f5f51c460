import { describe, expect, it } from "vitest";
import { candidateKey, compareScorecards, validateScorecard, type ScorecardView } from "~/cards/scorecard";

const ids = ["cm.moderation", "cm.listening", "cm.engagement", "cm.care"];

const view = (name: string, ratings: number[], recommendation: ScorecardView["recommendation"]): ScorecardView => ({
  interviewerId: name.length,
  interviewerName: name,
  ratings: ratings.map((rating, i) => ({ competencyId: ids[i]!, rating, notes: "" })),
  recommendation,
  notes: "",
});

const form = (overrides: Record<string, unknown> = {}) => ({
  candidate: "Awa Diop",
  interviewerName: "Léa",
  ratings: ids.map((competencyId, i) => ({ competencyId, rating: String((i % 4) + 1), notes: "" })),
  recommendation: "yes",
  notes: "",
  ...overrides,
});

describe("scorecards", () => {
  it("accepts a complete scorecard and keeps the kit's order", () => {
    const r = validateScorecard(form({ ratings: [...form().ratings].reverse() }), ids);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scorecard.ratings.map((x) => x.competencyId)).toEqual(ids);
  });

  it("has no neutral recommendation", () => {
    for (const recommendation of ["", "maybe", "neutral", undefined]) {
      const r = validateScorecard(form({ recommendation }), ids);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.recommendation).toBe("recommendation");
    }
  });

  it("wants every competency rated 1 to 4, and no other", () => {
    const missing = validateScorecard(form({ ratings: form().ratings.slice(0, 3) }), ids);
    expect(missing.ok || missing.errors["ratings.3.rating"]).toBe("rating");
    const outOfRange = validateScorecard(form({ ratings: form().ratings.map((r, i) => (i === 1 ? { ...r, rating: "5" } : r)) }), ids);
    expect(outOfRange.ok || outOfRange.errors["ratings.1.rating"]).toBe("rating");
    const stranger = validateScorecard(form({ ratings: [...form().ratings, { competencyId: "x.y", rating: "2", notes: "" }] }), ids);
    expect(stranger.ok || stranger.errors["ratings.4.competencyId"]).toBe("unknownCompetency");
    const noName = validateScorecard(form({ candidate: " " }), ids);
    expect(noName.ok || noName.errors.candidate).toBe("required");
  });

  it("meets the same candidate however it is typed", () => {
    expect(candidateKey("  Awa   DIOP ")).toBe(candidateKey("awa diop"));
    expect(candidateKey("Élodie")).toBe("elodie");
  });

  it("flags ratings two points apart and recommendations on opposite sides", () => {
    const c = compareScorecards(ids, [view("Léa", [3, 4, 2, 3], "yes"), view("Marc", [1, 3, 2, 4], "no")]);
    expect(c.rows.map((r) => r.disagreement)).toEqual([true, false, false, false]);
    expect(c.rows[0]).toMatchObject({ ratings: [3, 1], spread: 2, mean: 2 });
    expect(c.recommendationSplit).toBe(true);
    expect(c.disagreements).toBe(2);
  });

  it("sees agreement when every interviewer leans the same way", () => {
    const c = compareScorecards(ids, [view("Léa", [3, 3, 3, 3], "yes"), view("Marc", [4, 3, 2, 3], "strong_yes")]);
    expect(c.recommendationSplit).toBe(false);
    expect(c.disagreements).toBe(0);
  });

  it("keeps a column for a competency one interviewer did not rate", () => {
    const partial: ScorecardView = { ...view("Marc", [2], "no"), ratings: [{ competencyId: ids[0]!, rating: 2, notes: "" }] };
    const c = compareScorecards(ids, [view("Léa", [3, 3, 3, 3], "no"), partial]);
    expect(c.rows[1]!.ratings).toEqual([3, null]);
    expect(c.rows[1]!.spread).toBe(0);
  });
});
