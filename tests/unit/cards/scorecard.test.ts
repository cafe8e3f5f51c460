import { describe, expect, it } from "vitest";
import { compareScorecards, othersVisible, type SubmittedScorecardView } from "#app/cards/scorecard";
import { validateScorecard } from "#app/cards/scorecard-schema";

const ids = ["cm.moderation", "cm.listening", "cm.engagement", "cm.care"];

const view = (name: string, ratings: number[], recommendation: SubmittedScorecardView["recommendation"]): SubmittedScorecardView => ({
  interviewerId: name.length,
  interviewerName: name,
  ratings: ratings.map((rating, i) => ({ competencyId: ids[i]!, rating, notes: "" })),
  recommendation,
  notes: "",
});

const form = (overrides: Record<string, unknown> = {}) => ({
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
  });

  it("saves a draft with gaps, but still refuses a rating out of range or a foreign competency", () => {
    const draft = validateScorecard(form({ ratings: [{ competencyId: ids[2], rating: "3", notes: "bon exemple" }], recommendation: "" }), ids, "draft");
    expect(draft.ok).toBe(true);
    if (draft.ok) {
      expect(draft.scorecard.ratings.map((r) => r.rating)).toEqual([null, null, 3, null]);
      expect(draft.scorecard.ratings[2]!.notes).toBe("bon exemple");
      expect(draft.scorecard.recommendation).toBeNull();
    }
    const bad = validateScorecard(form({ ratings: [{ competencyId: ids[0], rating: "7", notes: "" }, { competencyId: "x.y", rating: "", notes: "" }] }), ids, "draft");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toMatchObject({ "ratings.0.rating": "rating", "ratings.1.competencyId": "unknownCompetency" });
  });

  it("hides the others' ratings from whoever scores until they submit", () => {
    for (const role of ["owner", "recruiter", "interviewer"] as const) {
      expect(othersVisible(role, { submitted: false })).toBe(false);
      expect(othersVisible(role, { submitted: true })).toBe(true);
    }
    expect(othersVisible("interviewer", null)).toBe(false);
    expect(othersVisible("recruiter", null)).toBe(true);
    expect(othersVisible("owner", null)).toBe(true);
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
    const partial: SubmittedScorecardView = { ...view("Marc", [2], "no"), ratings: [{ competencyId: ids[0]!, rating: 2, notes: "" }] };
    const c = compareScorecards(ids, [view("Léa", [3, 3, 3, 3], "no"), partial]);
    expect(c.rows[1]!.ratings).toEqual([3, null]);
    expect(c.rows[1]!.spread).toBe(0);
  });
});
