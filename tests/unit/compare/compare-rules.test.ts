import { describe, expect, it } from "vitest";
import { COVERAGE_TARGET, compareWithProfile, quoteLine, UnknownProfileError } from "#app/compare/compare-with-profile";
import { localize } from "#app/compare/localize";
import { analysisOf, CM_TITLE, TAXONOMY } from "./fixture";

describe("coverage of the role's core duties", () => {
  it("counts a core family as covered once the offer names the target number of its duties", () => {
    const one = analysisOf({ title: CM_TITLE, roles: ["community_manager"], verdict: "focused", demands: [{ entry: "community_management.moderation", line: "Moderate comments" }] });
    const three = analysisOf({
      title: CM_TITLE,
      roles: ["community_manager"],
      verdict: "focused",
      demands: [
        { entry: "community_management.moderation", line: "Moderate comments" },
        { entry: "community_management.engagement", line: "Engage members" },
        { entry: "community_management.replies", line: "Reply to messages", depth: "light" },
      ],
    });
    expect(COVERAGE_TARGET).toBe(3);
    expect(compareWithProfile(one, null, TAXONOMY).coverage.score).toBeCloseTo(1 / 3);
    const full = compareWithProfile(three, null, TAXONOMY);
    expect(full.coverage.score).toBe(1);
    // Missing lists the core duties only; a light duty that was named does not reappear.
    expect(full.coverage.families[0]!.missing.map((d) => d.id)).toEqual(["community_management.listening", "community_management.ambassadors"]);
    expect(full.coverage.families[0]!.covered.map((d) => d.lines[0]!.text)).toEqual(["Moderate comments", "Engage members", "Reply to messages"]);
  });

  it("ignores negated lines", () => {
    const analysis = analysisOf({
      title: CM_TITLE,
      roles: ["community_manager"],
      verdict: "focused",
      demands: [
        { entry: "community_management.moderation", line: "Moderate comments" },
        { entry: "community_management.listening", line: "No social listening needed", modifier: "negated" },
      ],
    });
    const c = compareWithProfile(analysis, null, TAXONOMY);
    expect(c.coverage.families[0]!.covered.map((d) => d.id)).toEqual(["community_management.moderation"]);
  });

  it("marks a core family the offer never mentions as absent", () => {
    const analysis = analysisOf({ title: null, roles: ["web_developer"], verdict: "focused", demands: [{ entry: "web_development.php", line: "PHP" }] });
    const c = compareWithProfile(analysis, "community_manager", TAXONOMY);
    expect(c.coverage.score).toBe(0);
    expect(c.missing).toEqual([expect.objectContaining({ id: "community_management", absent: true })]);
  });
});

describe("in-role and extra demands", () => {
  const overloaded = analysisOf({
    title: CM_TITLE,
    roles: ["community_manager", "web_developer", "graphic_designer"],
    verdict: "overloaded",
    demands: [
      { entry: "community_management.moderation", line: "Moderate comments" },
      { entry: "community_management.engagement", line: "Engage members" },
      { entry: "web_development.php", line: "Develop the website in PHP" },
      { entry: "web_development.html", line: "HTML/CSS integration" },
      { entry: "web_development.php", line: "Maintain PHP plugins" },
      { entry: "graphic_design.identity", line: "Design our visual identity" },
      { entry: "social_media_marketing.posting", line: "Post on Instagram", depth: "light" },
    ],
  });

  it("keeps light neighbouring work in-role and groups the rest by the job that owns it, quoting lines", () => {
    const c = compareWithProfile(overloaded, null, TAXONOMY);
    expect(c.inRole.map((f) => [f.id, f.edge])).toEqual([
      ["community_management", false],
      ["social_media_marketing", true],
    ]);
    expect(c.extras.map((g) => g.profile?.id)).toEqual(["web_developer", "graphic_designer"]);
    const web = c.extras[0]!.families[0]!;
    expect(web.reason).toBe("outside");
    expect(web.lines.map((l) => l.text)).toEqual(["Develop the website in PHP", "HTML/CSS integration", "Maintain PHP plugins"]);
    // Graphic design is light for a CM: asked at core depth, it is beyond what the role absorbs.
    expect(c.extras[1]!.families[0]!.reason).toBe("beyond_light");
    expect(c.inRoleShare + c.extraShare).toBeCloseTo(1);
    expect(c.extraShare).toBeCloseTo(4 / 7);
  });

  it("says in plain words how much of the offer is outside the role, in both languages", () => {
    const c = compareWithProfile(overloaded, null, TAXONOMY);
    expect(c.summary.en).toContain("About 55% of this offer is web development and graphic design: work outside the Community Manager role.");
    expect(c.summary.fr).toContain("Environ 55\u00a0% de cette offre relève du développement web et du design graphique, hors du métier de Community Manager.");
    expect(c.summary.en).toContain("the offer describes 3 jobs: it is overloaded");
  });

  const mostlyWeb = analysisOf({
    title: CM_TITLE,
    roles: ["community_manager", "web_developer"],
    verdict: "overloaded",
    demands: [
      { entry: "community_management.moderation", line: "Moderate comments" },
      { entry: "social_media_marketing.posting", line: "Post on Instagram", depth: "light" },
      { entry: "web_development.php", line: "Develop the website in PHP" },
      { entry: "web_development.html", line: "HTML/CSS integration" },
      { entry: "web_development.js", line: "Write JavaScript" },
      { entry: "web_development.php", line: "Maintain PHP plugins" },
    ],
  });

  it("weighs roles against roles: the title's role with what it absorbs is not 'mostly' beaten by one family", () => {
    // CM 2 lines + light social media 1 line against web development 3 lines: no mismatch.
    const c = compareWithProfile(overloaded, null, TAXONOMY);
    expect(c.title.profileShare).toBeGreaterThanOrEqual(c.title.bodyShare - 1e-9);
    expect(c.title.mismatch).toBe(false);
  });

  it("compares the title with the body", () => {
    const c = compareWithProfile(mostlyWeb, null, TAXONOMY);
    expect(c.title.profile?.id).toBe("community_manager");
    expect(c.title.body?.id).toBe("web_developer");
    expect(c.title.mismatch).toBe(true);
    expect(c.summary.en).toContain("The title says Community Manager, but the body mostly asks for Web Developer work");
    expect(c.redFlags.map((f) => f.kind)).toContain("title_mismatch");
  });

  it("uses the role the candidate picked over the title", () => {
    const c = compareWithProfile(overloaded, "web_developer", TAXONOMY);
    expect(c.profileSource).toBe("chosen");
    expect(c.inRole.map((f) => f.id)).toEqual(["web_development"]);
    expect(c.extras.map((g) => g.profile?.id)).toContain("community_manager");
  });

  it("falls back on the body's main role when the title names none", () => {
    const c = compareWithProfile({ ...mostlyWeb, title: { text: "Super hero", profile: null } }, null, TAXONOMY);
    expect(c.profileSource).toBe("body");
    expect(c.profile?.id).toBe("web_developer");
  });

  it("refuses a profile that does not exist", () => {
    expect(() => compareWithProfile(overloaded, "astronaut", TAXONOMY)).toThrow(UnknownProfileError);
  });

  it("says so when the offer is not digital marketing work", () => {
    const c = compareWithProfile(analysisOf({ title: { text: "Accountant", profile: null }, roles: [], verdict: "out_of_scope", demands: [] }), null, TAXONOMY);
    expect(c.profile).toBeNull();
    expect(c.profileSource).toBe("none");
    expect(c.summary.en).toMatch(/almost no digital marketing work/);
    expect(c.redFlags.map((f) => f.kind)).toEqual(["out_of_scope"]);
  });
});

describe("quoting lines", () => {
  it("quotes the whole line without its bullet, with offsets into the text", () => {
    const text = "Intro\n  • Develop the website in PHP  \nEnd";
    const at = text.indexOf("PHP");
    const line = quoteLine(text, at, at + 3);
    expect(line.text).toBe("Develop the website in PHP");
    expect(text.slice(line.start, line.end)).toBe(line.text);
  });
});

describe("localize", () => {
  it("turns every { fr, en } pair into one language and leaves the rest alone", () => {
    const c = compareWithProfile(
      analysisOf({ title: CM_TITLE, roles: ["community_manager"], verdict: "focused", demands: [{ entry: "community_management.moderation", line: "Moderate" }] }),
      null,
      TAXONOMY,
    );
    const fr = localize(c, "fr");
    expect(typeof fr.summary).toBe("string");
    expect(fr.profile?.label).toBe("Community Manager");
    expect(fr.coverage.families[0]!.label).toBe("Community management");
    expect(fr.questions.every((q) => typeof q.text === "string")).toBe(true);
    expect(JSON.stringify(fr)).not.toMatch(/"en":/);
  });
});
