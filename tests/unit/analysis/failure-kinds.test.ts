// Golden offers for each failure kind of issue #10, written for these tests in French
// and English: a hybrid job the market hires as one, generic words that name no craft,
// many light demands that add up to more than one person, jobs of other trades, and a
// marketing job that names a channel in its title.

import { describe, expect, it } from "vitest";
import { analyze } from "../../../app/analysis/index";
import { fixture, focusedFixtures, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();
const HYBRIDS = ["ui_ux_developer", "social_media_content_manager", "content_creator", "digital_marketing_specialist", "webmaster", "b2b_marketing_specialist", "graphic_web_designer"];

describe("a real hybrid job is one job", () => {
  const hybrids = focusedFixtures().filter((f) => HYBRIDS.includes(f.profile));

  it("has an offer of each hybrid profile in both languages", () => {
    expect(hybrids.map((f) => `${f.profile}.${f.lang}`).sort()).toEqual(HYBRIDS.flatMap((p) => [`${p}.en`, `${p}.fr`]).sort());
  });

  it.each(hybrids.map((f) => [f.file, f] as const))("%s: one profile owns two crafts, and the explanation says why", (_file, f) => {
    const a = analyze(f.text, compiled);
    expect(a.verdict).toBe("focused");
    expect(a.roles).toEqual([f.profile]);
    expect(a.assignment[0]!.families.filter((x) => x.depth === "core").length).toBeGreaterThanOrEqual(2);
    const hybrid = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "hybrid");
    expect(hybrid?.text?.fr).toMatch(/est un seul métier/);
    expect(hybrid?.text?.en).toMatch(/is one job/);
  });
});

describe("generic words do not switch a craft on", () => {
  it.each(["generic-words.en.txt", "generic-words.fr.txt"])("%s: develop, API, design, strategy, reporting in an engineering job", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("out_of_scope");
    const ids = a.families.map((f) => f.id);
    expect(ids).not.toContain("web_development");
    expect(ids).not.toContain("web_design_ux");
    expect(a.families.filter((f) => f.depth === "core")).toEqual([]);
  });
});

describe("death by a thousand light demands", () => {
  it.each(["light-demands.fr.txt", "light-demands.en.txt"])("%s: a content post that adds up to more than one person is overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    expect(a.workload.weeks).toBeGreaterThan(1);
    expect(a.workload.hours).toBeCloseTo(a.workload.weeks * 35, -1);
    const week = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "workload");
    expect(week?.text?.fr).toMatch(/^Environ \d+,\d semaine de travail sur 35 h/);
    expect(week?.text?.en).toMatch(/^About \d+\.\d weeks of work in a 35-hour week/);
  });
});

describe("jobs of other trades are out of scope", () => {
  it.each(["ingenieur.fr.txt", "sales.en.txt", "generic-words.en.txt"])("%s", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("out_of_scope");
    expect(a.roles).toEqual([]);
    expect(a.families.filter((f) => f.depth === "core")).toEqual([]);
  });
});

describe("a marketing job naming a channel in its title stays in scope", () => {
  it.each(["channel-title.en.txt", "channel-title.fr.txt"])("%s", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.title?.profile).toBe("content_creator");
    expect(a.roles[0]).toBe("content_creator");
    // Ads and social are this creator's neighbours: a stretch, never another trade nor overload.
    expect(a.verdict).toBe("stretched");
  });
});
