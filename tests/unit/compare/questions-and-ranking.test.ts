import { describe, expect, it } from "vitest";
import { compareWithProfile } from "#app/compare/compare-with-profile";
import { MAX_QUESTIONS, pickQuestions } from "#app/compare/pick-questions";
import { QUESTION_TEMPLATES } from "#app/compare/questions";
import { rankGroup, rankOffers } from "#app/compare/rank-offers";
import type { Comparison } from "#app/compare/types";
import { analysisOf, CM_TITLE, TAXONOMY } from "./fixture";

const focused = analysisOf({
  title: CM_TITLE,
  roles: ["community_manager"],
  verdict: "focused",
  demands: [
    { entry: "community_management.moderation", line: "Moderate comments" },
    { entry: "community_management.engagement", line: "Engage members" },
    { entry: "community_management.listening", line: "Social listening" },
  ],
});

const stretched = analysisOf({
  title: CM_TITLE,
  roles: ["community_manager", "social_media_manager"],
  verdict: "stretched",
  demands: [
    { entry: "community_management.moderation", line: "Moderate comments" },
    { entry: "community_management.engagement", line: "Engage members" },
    { entry: "social_media_marketing.calendar", line: "Editorial calendar" },
    { entry: "graphic_design.canva", line: "Simple Canva visuals", depth: "light" },
  ],
});

const overloaded = analysisOf({
  title: CM_TITLE,
  roles: ["community_manager", "web_developer", "graphic_designer"],
  verdict: "overloaded",
  demands: [
    { entry: "community_management.moderation", line: "Moderate comments" },
    { entry: "web_development.php", line: "Develop the website in PHP" },
    { entry: "web_development.html", line: "HTML/CSS integration" },
    { entry: "graphic_design.identity", line: "Design our visual identity" },
  ],
});

const ids = (c: Comparison) => c.questions.map((q) => q.id);

describe("questions for the employer", () => {
  it("asks who does each extra job today, how the hours split, and whether the thin core is part of the job", () => {
    const c = compareWithProfile(overloaded, null, TAXONOMY);
    expect(ids(c)).toEqual([
      "title.mismatch",
      "extra.web_development.who",
      "extra.web_development.stack",
      "extra.graphic_design.who",
      "verdict.overloaded.split",
      "verdict.overloaded.support",
      "missing.community_management.who",
      "always.goals",
    ]);
    const split = c.questions.find((q) => q.id === "verdict.overloaded.split")!;
    expect(split.text.en).toBe("How are the hours split between these jobs: Community Manager, Web Developer and Graphic Designer? Which come first in the first three months?");
    expect(split.text.fr).toContain("Community Manager, Web Developer et Graphic Designer");
    expect(c.questions.find((q) => q.id === "extra.graphic_design.who")!.text.fr).toMatch(/^Qui réalise le graphisme aujourd'hui/);
  });

  it("asks how deep the edge work goes on a stretched offer, and nothing about a full core", () => {
    const c = compareWithProfile(stretched, null, TAXONOMY);
    expect(ids(c)).toContain("edge.graphic_design.depth");
    expect(ids(c)).toContain("verdict.stretched.split");
    expect(ids(c)).not.toContain("verdict.overloaded.split");
    expect(c.questions.find((q) => q.id === "verdict.stretched.split")!.text.en).toContain("(graphic design and social media marketing)");
  });

  it("keeps a focused offer's list short", () => {
    expect(ids(compareWithProfile(focused, null, TAXONOMY))).toEqual(["always.goals"]);
  });

  it("falls back on the generic template, filled with the family, when a family has no question of its own", () => {
    const facts = compareWithProfile(overloaded, null, TAXONOMY);
    const onlyGeneric = QUESTION_TEMPLATES.filter((t) => !("family" in t.when) || t.when.family === "*");
    const questions = pickQuestions(facts, onlyGeneric);
    const web = questions.find((q) => q.familyId === "web_development" && q.id === "extra.any.who")!;
    expect(web.text.fr).toBe("Qui s'occupe du développement web aujourd'hui, et quelle part du temps ce poste devrait-il y consacrer ?");
    expect(web.text.en).toBe("Who handles web development today, and how much of this job's time should go to it?");
  });

  it("never asks more than the cap, nor the same question twice", () => {
    for (const analysis of [focused, stretched, overloaded]) {
      const qs = compareWithProfile(analysis, null, TAXONOMY).questions;
      expect(qs.length).toBeLessThanOrEqual(MAX_QUESTIONS);
      expect(new Set(qs.map((q) => q.text.en)).size).toBe(qs.length);
      for (const q of qs) expect(`${q.text.fr} ${q.text.en}`).not.toMatch(/\{\w+\}/);
    }
  });

  it("has every template in French and English with the same placeholders", () => {
    for (const t of QUESTION_TEMPLATES) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((h) => h !== "ofFamily" && h !== "family").sort();
      expect(t.text.fr.trim()).not.toBe("");
      expect(t.text.en.trim()).not.toBe("");
      expect(holes(t.text.fr), t.id).toEqual(holes(t.text.en));
    }
  });
});

describe("ranking several offers", () => {
  const compare = (a: typeof focused, profile: string | null = null) => compareWithProfile(a, profile, TAXONOMY);

  it("puts focused before stretched before overloaded, whatever the input order", () => {
    const ranked = rankOffers([compare(overloaded), compare(focused), compare(stretched)]);
    expect(ranked.map((r) => [r.index, r.rank, r.group])).toEqual([
      [1, 1, "focused"],
      [2, 2, "stretched"],
      [0, 3, "overloaded"],
    ]);
  });

  it("sends offers that are mostly another job after overloaded ones", () => {
    const webJob = analysisOf({ title: { text: "Web developer", profile: "web_developer" }, roles: ["web_developer"], verdict: "focused", demands: [{ entry: "web_development.php", line: "PHP" }] });
    const offJob = compare(webJob, "community_manager");
    expect(rankGroup(offJob)).toBe("off_role");
    const ranked = rankOffers([offJob, compare(overloaded, "community_manager")]);
    expect(ranked.map((r) => r.index)).toEqual([1, 0]);
  });

  it("breaks ties by the share in-role, then coverage, then red flags, then input order", () => {
    const a = compare(focused);
    const better = { ...a, inRoleShare: 1 };
    const worse = { ...a, inRoleShare: 0.8 };
    expect(rankOffers([worse, better]).map((r) => r.index)).toEqual([1, 0]);
    const lowCoverage = { ...better, coverage: { ...better.coverage, score: 0.4 } };
    expect(rankOffers([lowCoverage, better]).map((r) => r.index)).toEqual([1, 0]);
    const flagged = { ...better, redFlags: [{ kind: "low_coverage" as const, text: { fr: "x", en: "x" } }] };
    expect(rankOffers([flagged, better]).map((r) => r.index)).toEqual([1, 0]);
    expect(rankOffers([better, { ...better }]).map((r) => r.index)).toEqual([0, 1]);
  });
});
