// Golden offers for each failure kind of issue #10, written for these tests in French
// and English: a hybrid job the market hires as one, generic words that name no craft,
// many light demands that add up to more than one person, jobs of other trades, and a
// marketing job that names a channel in its title.

import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/index";
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

describe("a manager steers the crafts it coordinates", () => {
  it.each(["steering.fr.txt", "steering.en.txt"])("%s: coordinating, supervising and briefing are not the craft itself", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).not.toBe("overloaded");
    expect(a.roleCount).toBe(1);
    const steered = a.matches.filter((m) => m.steered && m.weight > 0);
    expect(steered.length).toBeGreaterThan(0);
    for (const m of steered) expect(m.depth).toBe("light");
    // The steered work is still named, with its evidence, and the explanation says why.
    const reason = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "steering");
    expect(reason?.kind === "reason" && reason.reason === "steering" ? reason.families.length : 0).toBeGreaterThan(0);
    expect(reason?.text?.fr).toMatch(/pilote ce travail sans le faire lui-même/);
    expect(reason?.text?.en).toMatch(/steers this work without doing it itself/);
  });
});

describe("another trade's work is outside any marketing job", () => {
  it.each(["other-trade.fr.txt", "other-trade.en.txt", "mixed-title.fr.txt", "mixed-title.en.txt"])("%s: support, sales or office work beside real marketing work is overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    const other = a.otherWork ?? [];
    expect(other.some((w) => w.depth === "core")).toBe(true);
    for (const w of other) for (const ev of w.evidence) expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(a.workload.otherTradeHours).toBeGreaterThan(0);
    expect(a.workload.outsideMainHours).toBeGreaterThanOrEqual(a.workload.otherTradeHours!);
    // Its own reason, and the summary counts it as a job beside the marketing roles.
    expect(a.explanation.parts.some((p) => p.kind === "reason" && p.reason === "other_trade")).toBe(true);
    expect(a.explanation.sentences.en[0]).toMatch(new RegExp(`^This offer combines ${a.roleCount + other.length} jobs: `));
  });

  it("leaves a marketing job that mentions customers alone", () => {
    const a = analyze("Chargé de communication\n\nMissions\n- Rédiger les communiqués de presse\n- Animer les réseaux sociaux\n- Travailler avec le service client sur la FAQ", compiled);
    expect(a.otherWork).toEqual([]);
    expect(a.verdict).not.toBe("overloaded");
  });
});

describe("a making craft asked at core is a maker's job, even where the main job touches it lightly", () => {
  it.each(["maker-crafts.fr.txt", "maker-crafts.en.txt"])("%s: a communication officer who also designs, films and codes is overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.title?.profile).toBe("communication_officer");
    expect(a.verdict).toBe("overloaded");
    expect(a.roles[0]).toBe("communication_officer");
    expect(a.roles).toEqual(expect.arrayContaining(["content_creator", "web_developer"]));
    expect(a.workload.mainRole).toBe("communication_officer");
    expect(a.workload.outsideMainHours).toBeGreaterThanOrEqual(17.5);
  });
});

describe("the week is measured against the one job that fits best", () => {
  it.each(["best-fit.fr.txt", "best-fit.en.txt"])("%s: an 'SEO specialist' who keeps and codes the site is a webmaster", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.title?.profile).toBe("seo_specialist");
    expect(a.verdict).not.toBe("overloaded");
    expect(a.roles).toEqual(["webmaster"]);
    expect(a.workload.mainRole).toBe("webmaster");
    expect(a.explanation.parts).toContainEqual(expect.objectContaining({ kind: "fix", fix: "retitle", profile: "webmaster", from: "seo_specialist" }));
  });
});

describe("simple making is light work", () => {
  it.each(["simple-making.fr.txt", "simple-making.en.txt"])("%s: simple visuals and short phone videos stay within a social job", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("focused");
    for (const id of ["graphic_design", "photo_video"]) expect(a.families.find((f) => f.id === id)?.depth).toBe("light");
  });
});

describe("a title in another trade's words can still be a marketing job", () => {
  it.each(["other-title.fr.txt", "other-title.en.txt"])("%s: a CRM job titled by its customers is in scope", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("focused");
    expect(a.roles).toEqual(["email_crm_marketer"]);
  });
});

describe("three making crafts describe an agency", () => {
  it.each(["agency.fr.txt", "agency.en.txt"])("%s: design, video and web development asked as plain duties, without tools, are overloaded", (file) => {
    const a = analyze(fixture(`kinds/${file}`), compiled);
    expect(a.verdict).toBe("overloaded");
    for (const id of ["graphic_design", "photo_video", "web_development"]) expect(a.families.find((f) => f.id === id)?.depth).toBe("core");
    expect(a.roles).toEqual(["communication_officer", "content_creator", "web_developer"]);
    const reason = a.explanation.parts.find((p) => p.kind === "reason" && p.reason === "agency");
    expect(reason?.text?.fr).toMatch(/décrire une agence, pas un poste/);
    expect(reason?.text?.en).toMatch(/describes an agency, not one job/);
  });

  it("keeps two making crafts of one hybrid job apart from that rule", () => {
    const a = analyze(fixture("focused/graphic_web_designer.fr.txt"), compiled);
    expect(a.verdict).toBe("focused");
    expect(a.explanation.parts.some((p) => p.kind === "reason" && p.reason === "agency")).toBe(false);
  });
});
