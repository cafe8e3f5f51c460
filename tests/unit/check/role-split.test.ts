import { describe, expect, it } from "vitest";
import type { Analysis, Match } from "#app/analysis/types";
import { assignmentOf, explanationFor } from "#app/check/explanation";
import { cardBuilderHref, splitByRole } from "#app/check/role-split";

const profiles = [
  { id: "community_manager", core: ["community_management"], light: ["social_media_marketing", "graphic_design"] },
  { id: "web_developer", core: ["web_development"], light: ["web_design_ux"] },
  { id: "graphic_designer", core: ["graphic_design"], light: [] },
];

function match(familyId: string, entryId: string, modifier: Match["modifier"] = "required"): Match {
  return { text: "x", start: 0, end: 1, entryId, familyId, depth: "core", weight: 1, modifier, sectionKind: "duties", line: 0 };
}

const analysis = {
  roles: ["community_manager", "web_developer", "graphic_designer"],
  title: { text: "Community manager", profile: "community_manager" },
  families: ["community_management", "web_development", "graphic_design", "seo"].map((id) => ({ id, depth: "core" as const, share: 0.25, evidence: [], score: 1, coreScore: 1 })),
  matches: [
    match("community_management", "community_management.moderation"),
    match("community_management", "community_management.moderation"),
    match("web_development", "web_development.php"),
    match("web_development", "web_development.wordpress", "negated"),
    match("graphic_design", "graphic_design.illustrator"),
    match("graphic_design", "graphic_design.indesign", "not_a_demand"),
    match("seo", "seo.keywords"),
    match("community_management", "title:community_manager"),
  ],
} satisfies Pick<Analysis, "roles" | "title" | "families" | "matches">;

describe("splitByRole", () => {
  it("gives each family to the role owning it at core, edges to the title's role, and skips non-demands", () => {
    const split = splitByRole(analysis, profiles, {}, (id) => !id.startsWith("title:"));
    expect(split).toEqual([
      { roleId: "community_manager", families: ["community_management", "seo"], entryIds: ["community_management.moderation", "seo.keywords"] },
      { roleId: "web_developer", families: ["web_development"], entryIds: ["web_development.php"] },
      { roleId: "graphic_designer", families: ["graphic_design"], entryIds: ["graphic_design.illustrator"] },
    ]);
  });

  it("follows the analyzer's own assignment first", () => {
    const split = splitByRole(analysis, profiles, { community_manager: ["graphic_design"] });
    expect(split.find((s) => s.roleId === "community_manager")!.families).toContain("graphic_design");
    expect(split.find((s) => s.roleId === "graphic_designer")!.families).toEqual([]);
  });

  it("ignores roles the taxonomy does not know", () => {
    expect(splitByRole({ ...analysis, roles: ["ghost"] }, profiles)).toEqual([]);
  });
});

describe("cardBuilderHref", () => {
  it("pre-fills the profile and the duties", () => {
    expect(cardBuilderHref({ roleId: "web_developer", entryIds: ["web_development.php", "web_development.css"] })).toBe(
      "/cards/new?profile=web_developer&duties=web_development.php,web_development.css",
    );
    expect(cardBuilderHref({ roleId: "web_developer", entryIds: [] })).toBe("/cards/new?profile=web_developer");
  });
});

describe("explanationFor and assignmentFrom", () => {
  const explanation = {
    parts: [
      { kind: "summary" as const },
      { kind: "role" as const, profile: "web_developer", families: ["web_development", 3] },
      { kind: "fix" as const, fix: "split" },
    ],
    sentences: { fr: ["Résumé.", "Développeur web.", "Séparez."], en: ["Summary.", "Web developer.", "Split."] },
  };

  it("puts the fixes apart, in the reader's language", () => {
    expect(explanationFor({ explanation }, "en")).toEqual({ sentences: ["Summary.", "Web developer."], fixes: ["Split."] });
    expect(explanationFor({ explanation }, "fr").fixes).toEqual(["Séparez."]);
  });

  it("shows every sentence as a reason when parts and sentences do not pair up", () => {
    const skewed = { ...explanation, sentences: { fr: ["a", "b"], en: ["a", "b"] } };
    expect(explanationFor({ explanation: skewed }, "en")).toEqual({ sentences: ["a", "b"], fixes: [] });
  });

  it("reads an old saved analysis's role split from its role parts", () => {
    expect(assignmentOf({ explanation })).toEqual({ web_developer: ["web_development"] });
    expect(assignmentOf({})).toEqual({});
  });

  it("reads the typed assignment first", () => {
    const assignment = [{ profile: "graphic_designer", families: [{ id: "graphic_design", depth: "core" as const, hours: 10 }], hours: 10, weekShare: 0.29 }];
    expect(assignmentOf({ assignment, explanation })).toEqual({ graphic_designer: ["graphic_design"] });
  });

  it("takes each part's own sentence when the parts carry one", () => {
    const typed = {
      parts: [
        { kind: "summary" as const, verdict: "focused" as const, roleCount: 1, roles: ["web_developer"], text: { fr: "Un métier.", en: "One job." } },
        { kind: "fix" as const, fix: "retitle" as const, profile: "web_developer", from: null, text: { fr: "Renommez.", en: "Retitle." } },
      ],
      // Older readers' list, deliberately out of step: the parts' own sentences win.
      sentences: { fr: ["x"], en: ["x"] },
    };
    expect(explanationFor({ explanation: typed }, "en")).toEqual({ sentences: ["One job."], fixes: ["Retitle."] });
  });
});
