import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/analyze";
import { buildCheckView } from "#app/check/check-view";
import { explanationFor } from "#app/check/explanation";
import { segmentNotCounted, segmentText } from "#app/check/highlight";
import { OVERLOADED_EN, OVERLOADED_FR } from "#tests/support/check-offers";
import { compiled, taxonomy } from "#tests/unit/cards/support";

const view = (text: string, lang: "fr" | "en" = "fr") => {
  const analysis = analyze(text, compiled);
  return buildCheckView(analysis, taxonomy, lang, explanationFor(analysis, lang));
};
const NICE = readFileSync("tests/fixtures/offers/nice-to-have.fr.txt", "utf8");

describe("the result page's read-outs", () => {
  it.each([OVERLOADED_FR, OVERLOADED_EN, NICE])("never lists a family both as covered by the announced job and beyond it", (text) => {
    const { titleVsBody } = view(text);
    const beyond = new Set(titleVsBody.beyond.map((f) => f.id));
    expect(titleVsBody.covers.some((f) => beyond.has(f.id))).toBe(false);
  });

  it("shows where the week goes job by job, the announced job first, adding up to the total", () => {
    const { week } = view(OVERLOADED_FR);
    expect(week).not.toBeNull();
    expect(week!.roles[0]!.id).toBe("community_manager");
    expect(week!.roles[0]!.announced).toBe(true);
    expect(week!.roles.filter((r) => r.announced)).toHaveLength(1);
    expect(week!.roles.length).toBeGreaterThanOrEqual(3);
    const sum = week!.roles.reduce((s, r) => s + r.hours, 0);
    expect(Math.abs(sum - week!.hours)).toBeLessThan(1);
    // "dont N h hors du métier annoncé" says what the bars beside the announced job add up to.
    expect(week!.outsideHours).toBeCloseTo(sum - week!.roles[0]!.hours, 5);
    expect(week!.outsideHours).toBeGreaterThan(0);
  });

  it("tells a post whose title names no marketing job that its marketing hours come beside that job", () => {
    const { week } = view("Chargé·e de développement\n\nMissions\n- Prospecter de nouveaux partenaires\n- Suivre les conventions signées\n- Animer nos réseaux sociaux\n- Rédiger les articles du blog\n");
    expect(week?.aside).toBe(true);
    expect(week?.announced).toBeNull();
    expect(week?.roles.some((r) => r.announced)).toBe(false);
  });

  it("gives another trade's work a bar of its own, so the week still adds up", () => {
    const text = readFileSync("tests/fixtures/offers/kinds/other-trade.en.txt", "utf8");
    const { week } = view(text, "en");
    const support = week!.roles.find((r) => r.id === "customer_support");
    expect(support).toMatchObject({ label: "Customer support", announced: false });
    expect(support!.hours).toBeGreaterThan(0);
    const sum = week!.roles.reduce((s, r) => s + r.hours, 0);
    expect(Math.abs(sum - week!.hours)).toBeLessThan(1);
  });

  it("counts another trade's work among the jobs of an overloaded offer", () => {
    const v = view(readFileSync("tests/fixtures/offers/kinds/other-trade.en.txt", "utf8"), "en");
    expect(v.verdict).toBe("overloaded");
    // Customer support, and training customers on the platform: two trades beside the marketing job.
    expect(v.jobCount).toBe(v.roleCount + 2);
    expect(view(OVERLOADED_FR).jobCount).toBe(view(OVERLOADED_FR).roleCount);
  });

  it("highlights the passages that did not count, lighter, with why", () => {
    const v = view(NICE);
    const notCounted = v.marks.filter((m) => m.notCounted);
    expect(notCounted.map((m) => m.notCounted)).toContain("nice");
    const quoted = notCounted.map((m) => NICE.slice(m.start, m.end).toLowerCase()).join(" | ");
    expect(quoted).toMatch(/photoshop|illustrator|montage/);
    // Every highlighted family has a label for the key, counted or not.
    const labelled = new Set([...v.families, ...v.otherFamilies].map((f) => f.id));
    for (const m of v.marks) expect(labelled.has(m.familyId)).toBe(true);
    const weak = segmentText(v.text, v.marks).filter((s) => segmentNotCounted(s));
    expect(weak.length).toBeGreaterThan(0);
  });

  it("keeps counted passages as they were: a run that counts for one family is not greyed out", () => {
    const v = view(OVERLOADED_FR);
    for (const segment of segmentText(v.text, v.marks)) {
      if (segment.marks.some((m) => !m.notCounted)) expect(segmentNotCounted(segment)).toBeNull();
    }
  });
});
