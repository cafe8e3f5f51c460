import { describe, expect, it } from "vitest";
import { assessDemands, CARD_THRESHOLDS, type Demand } from "#app/analysis/index";
import { seedTaxonomy } from "./support";

const compiled = seedTaxonomy();
/** `n` plainly required core passages of a family, each on its own line. */
const core = (familyId: string, n = 3): Demand[] =>
  Array.from({ length: n }, (_, i) => ({ familyId, depth: "core", weight: 1, entryId: `${familyId}.e${i}`, group: `${familyId}${i}` }));
const light = (familyId: string): Demand[] => [{ familyId, depth: "light", weight: 1, entryId: `${familyId}.light`, group: familyId }];

describe("assessDemands", () => {
  it("is focused when one profile owns everything", () => {
    const a = assessDemands([...core("seo"), ...light("content_writing")], compiled);
    expect(a.verdict).toBe("focused");
    expect(a.roles).toEqual(["seo_specialist"]);
  });

  it("is stretched for two adjacent profiles (community + social media)", () => {
    const a = assessDemands([...core("community_management"), ...core("social_media_marketing")], compiled);
    expect(a.verdict).toBe("stretched");
    expect(a.roleCount).toBe(2);
  });

  it("is overloaded for substantial core work in two jobs no profile joins", () => {
    const a = assessDemands([...core("community_management"), ...core("web_development")], compiled);
    expect(a.verdict).toBe("overloaded");
    expect(a.roles.sort()).toEqual(["community_manager", "web_developer"]);
  });

  it("is overloaded when the core work needs three profiles", () => {
    const a = assessDemands([...core("community_management"), ...core("graphic_design"), ...core("photo_video"), ...core("web_development")], compiled, {
      titleProfile: "community_manager",
    });
    expect(a.verdict).toBe("overloaded");
    expect(a.roles[0]).toBe("community_manager");
    // Design and video are one hybrid job (a content creator), web development another.
    expect(a.roles.slice(1).sort()).toEqual(["content_creator", "web_developer"]);
  });

  it("prefers one real hybrid profile over two specialists", () => {
    const a = assessDemands([...core("web_design_ux"), ...core("web_development")], compiled);
    expect(a.roles).toEqual(["ui_ux_developer"]);
    expect(a.verdict).toBe("focused");
  });

  it("keeps a web designer who draws in Photoshop and codes in HTML one job stretched: design beside web is no design beside video", () => {
    const tasks = (familyId: string, n: number): Demand[] =>
      Array.from({ length: n }, (_, i) => ({ familyId, depth: "core", weight: 1, entryId: `${familyId}.t${i}`, group: `${familyId}${i}`, task: true }));
    const tools = (familyId: string, names: string[]): Demand[] =>
      names.map((name) => ({ familyId, depth: "core", weight: 1, entryId: `${familyId}.${name}`, group: `${familyId}-tools`, craft: true }));
    const demands = [
      ...tasks("web_design_ux", 3),
      ...tools("web_design_ux", ["figma", "sketch"]),
      ...tasks("web_development", 2),
      ...tools("web_development", ["html", "css", "javascript"]),
      ...tasks("graphic_design", 2),
      ...tools("graphic_design", ["photoshop", "illustrator", "indesign"]),
    ];
    const a = assessDemands(demands, compiled, { titleProfile: "ui_ux_designer", titleField: "marketing" });
    expect(a.verdict).toBe("stretched");
  });

  it("does not make a core demand of a single stray mention", () => {
    const a = assessDemands([...core("community_management"), ...core("web_development", 1)], compiled);
    expect(a.families.find((f) => f.id === "web_development")?.depth).toBe("light");
    expect(a.verdict).not.toBe("overloaded");
  });

  it("ignores pluses on their own and cancels negated demands", () => {
    const a = assessDemands([...core("seo"), { familyId: "graphic_design", depth: "core", weight: 0.3 }, { familyId: "web_development", depth: "core", weight: 0 }], compiled);
    expect(a.families.map((f) => f.id)).toEqual(["seo"]);
    expect(a.verdict).toBe("focused");
  });

  it("is out of scope with no demand, or only a couple of light ones", () => {
    expect(assessDemands([], compiled)).toMatchObject({ verdict: "out_of_scope", roles: [], roleCount: 0 });
    expect(assessDemands(light("analytics"), compiled).verdict).toBe("out_of_scope");
  });

  it("prefers the title's profile among equally small covers", () => {
    const a = assessDemands([...core("content_writing"), ...core("pr_events")], compiled, { titleProfile: "communication_officer" });
    expect(a.roles).toEqual(["communication_officer"]);
  });

  it("shares sum to 1 and families come strongest first", () => {
    const a = assessDemands([...core("seo", 4), ...core("content_writing", 2), ...light("analytics")], compiled);
    expect(a.families.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 9);
    expect(a.families[0].id).toBe("seo");
  });

  it("with card thresholds, counts every deliberate duty at its depth (the role-card scope guard)", () => {
    const duty = (familyId: string, depth: "core" | "light"): Demand => ({ familyId, depth, weight: 1, entryId: `${familyId}.x` });
    const ok = assessDemands([duty("community_management", "core"), duty("social_media_marketing", "light")], compiled, { thresholds: CARD_THRESHOLDS });
    expect(ok.verdict).toBe("focused");
    const drift = assessDemands([duty("community_management", "core"), duty("web_development", "core"), duty("photo_video", "core")], compiled, {
      thresholds: CARD_THRESHOLDS,
    });
    expect(drift.verdict).toBe("overloaded");
  });

  it("never throws on malformed demands", () => {
    const junk = [null, { familyId: 3 }, { familyId: "seo", weight: Number.NaN }, { familyId: "nope", depth: "core", weight: 5 }] as unknown as Demand[];
    expect(() => assessDemands(junk, compiled)).not.toThrow();
    expect(() => assessDemands(undefined as unknown as Demand[], compiled)).not.toThrow();
  });
});

describe("assessDemands: role assignment and the week", () => {
  it("gives each role of the cover, in order, the families it takes with their depth", () => {
    const a = assessDemands([...core("community_management"), ...core("web_development"), ...light("content_writing")], compiled, {
      titleProfile: "community_manager",
    });
    expect(a.assignment.map((r) => r.profile)).toEqual(a.roles);
    const cm = a.assignment.find((r) => r.profile === "community_manager")!;
    expect(cm.families).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: "community_management", depth: "core" }), expect.objectContaining({ id: "content_writing", depth: "light" })]),
    );
    expect(a.assignment.find((r) => r.profile === "web_developer")!.families.map((f) => f.id)).toEqual(["web_development"]);
  });

  it("adds stated hours up per role and in total, in 35-hour weeks", () => {
    const duty = (familyId: string, depth: "core" | "light", share: number): Demand => ({
      familyId,
      depth,
      weight: share / 100,
      entryId: `${familyId}.${depth}`,
      hours: (share / 100) * 35,
    });
    const a = assessDemands([duty("seo", "core", 60), duty("photo_video", "core", 60), duty("content_writing", "light", 20)], compiled, {
      titleProfile: "seo_specialist",
      thresholds: CARD_THRESHOLDS,
    });
    expect(a.workload.weekHours).toBe(35);
    expect(a.workload.hours).toBe(49);
    expect(a.workload.weeks).toBe(1.4);
    expect(a.workload.mainRole).toBe("seo_specialist");
    // Video is work the SEO specialist does not even list; light writing it absorbs.
    expect(a.workload.outsideMainHours).toBe(21);
    const seo = a.assignment.find((r) => r.profile === "seo_specialist")!;
    expect(seo.hours).toBe(28);
    expect(seo.weekShare).toBe(0.8);
  });

  it("estimates the week of an out-of-scope offer without inventing roles", () => {
    const a = assessDemands([], compiled);
    expect(a.verdict).toBe("out_of_scope");
    expect(a.assignment).toEqual([]);
    expect(a.workload.hours).toBe(0);
  });
});
