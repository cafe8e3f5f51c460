// The comparison on top of the real analyzer and the shipped taxonomy, with offers
// written for these tests. Assertions stay on what a candidate must see, not on the
// analyzer's exact figures, which are tuned elsewhere.

import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/analyze";
import { compileTaxonomy, type CompiledTaxonomy } from "#app/analysis/compile";
import { compareWithProfile } from "#app/compare/compare-with-profile";
import { rankOffers } from "#app/compare/rank-offers";
import type { Comparison } from "#app/compare/types";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { EN_FOCUSED_CM, EN_FOCUSED_WEB_DEV, EN_OVERLOADED_CM, FR_FOCUSED_CM, FR_OVERLOADED_CM, FR_STRETCHED_CM } from "./offers";

let compiled: CompiledTaxonomy;
beforeAll(() => {
  compiled = compileTaxonomy(loadSeedTaxonomy());
});

const compare = (text: string, profile: string | null = null): Comparison => compareWithProfile(analyze(text, compiled), profile, compiled.taxonomy);
const extraRoles = (c: Comparison) => c.extras.map((g) => g.profile?.id);
const quoted = (c: Comparison) => c.extras.flatMap((g) => g.families.flatMap((f) => f.lines.map((l) => l.text)));

describe.each([
  ["fr", FR_FOCUSED_CM],
  ["en", EN_FOCUSED_CM],
])("a focused community manager offer (%s)", (lang, text) => {
  it("is compared with the CM role from its title, almost all in-role, its core well covered", () => {
    const c = compare(text);
    expect(c.language).toBe(lang);
    expect(c.profile?.id).toBe("community_manager");
    expect(c.profileSource).toBe("title");
    expect(c.verdict).toBe("focused");
    expect(c.inRoleShare).toBeGreaterThanOrEqual(0.85);
    expect(extraRoles(c)).not.toContain("web_developer");
    expect(c.coverage.score).toBeGreaterThanOrEqual(2 / 3);
    expect(c.title.mismatch).toBe(false);
    expect(c.redFlags).toEqual([]);
  });
});

describe.each([
  ["fr", FR_OVERLOADED_CM, /^Environ \d+\s% de cette offre relève .*du développement web.*, hors du métier de Community manager\./i],
  ["en", EN_OVERLOADED_CM, /^About \d+% of this offer is .*web development.*: work outside the Community Manager role\./],
])("an overloaded community manager offer (%s)", (lang, text, summary) => {
  it("puts web development, video and design outside the role, with the offer's lines", () => {
    const c = compare(text);
    expect(c.verdict).toBe("overloaded");
    expect(extraRoles(c)).toEqual(expect.arrayContaining(["web_developer", "content_creator"]));
    expect(c.extraShare).toBeGreaterThan(0.5);
    expect(quoted(c).some((line) => /PHP/.test(line))).toBe(true);
    expect(c.coverage.families.map((f) => f.id)).toEqual(["community_management"]);
    expect(c.coverage.families[0]!.covered.length).toBeGreaterThan(0);
    expect(c.summary[lang as "fr" | "en"]).toMatch(summary);
  });

  it("asks who does the web, video and design work today and how the hours split", () => {
    const ids = compare(text).questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(["extra.web_development.who", "extra.photo_video.who", "verdict.overloaded.split"]));
  });
});

describe("a stretched community manager offer", () => {
  it("reaches into social media management and asks about the edges", () => {
    const c = compare(FR_STRETCHED_CM);
    expect(c.verdict).toBe("stretched");
    expect(extraRoles(c)).toContain("social_media_manager");
    expect(extraRoles(c)).not.toContain("web_developer");
    expect(c.questions.map((q) => q.id)).toContain("verdict.stretched.split");
  });
});

describe("a role the candidate picks", () => {
  it("shows a web developer offer as mostly outside the CM role and the CM core as missing", () => {
    const c = compare(EN_FOCUSED_WEB_DEV, "community_manager");
    expect(c.profileSource).toBe("chosen");
    expect(c.inRoleShare).toBeLessThan(0.2);
    expect(extraRoles(c)).toEqual(["web_developer"]);
    expect(c.missing).toEqual([expect.objectContaining({ id: "community_management", absent: true })]);
    expect(c.summary.en).toContain("It says nothing about community management");
  });
});

describe("ranking real offers", () => {
  it("ranks focused CM offers above overloaded ones for a CM candidate", () => {
    const offers = [FR_OVERLOADED_CM, EN_FOCUSED_CM, FR_FOCUSED_CM, EN_OVERLOADED_CM, EN_FOCUSED_WEB_DEV];
    const ranked = rankOffers(offers.map((text) => compare(text, "community_manager")));
    expect(ranked.map((r) => r.index).slice(0, 2).sort()).toEqual([1, 2]);
    expect(ranked.map((r) => r.index).slice(2, 4).sort()).toEqual([0, 3]);
    expect(ranked[4]!.index).toBe(4);
  });
});

describe("read-outs that agree with each other", () => {
  it.each([FR_FOCUSED_CM, EN_FOCUSED_CM, FR_OVERLOADED_CM, EN_OVERLOADED_CM, FR_STRETCHED_CM, EN_FOCUSED_WEB_DEV])(
    "never lists missing duties for a family it calls fully covered, nor a family both in-role and extra",
    (text) => {
      const c = compare(text);
      const missing = new Set(c.missing.map((m) => m.id));
      for (const family of c.coverage.families) if (family.score >= 1) expect(missing.has(family.id)).toBe(false);
      if (c.coverage.score >= 1) expect(c.missing).toEqual([]);
      const extra = new Set(c.extras.flatMap((g) => g.families.map((f) => f.id)));
      for (const f of c.inRole) expect(extra.has(f.id)).toBe(false);
    },
  );
});

describe("a web designer's offer that asks for HTML and CSS", () => {
  const offer = (extra: string) =>
    `Graphiste webdesigner (H/F)\n\nMissions\n- Concevoir les maquettes du site et des landing pages sur Figma\n- Créer les visuels et l'identité graphique sur Illustrator\n${extra}`;

  it("keeps the pages it builds in HTML and CSS in-role, and JavaScript apps outside it", () => {
    const pages = compare(offer("- Intégrer les pages en HTML et CSS\n\nProfil\n- Maîtrise de HTML5 et CSS3\n"));
    expect(pages.profile?.id).toBe("graphic_web_designer");
    expect(pages.inRole.map((f) => f.id)).toContain("web_development");
    expect(extraRoles(pages)).toEqual([]);
    // A plus asked beside it does not take the pages away from the role: the verdict gives them to it.
    const plus = compare(offer("- Intégrer les pages en HTML et CSS\n\nProfil\n- Maîtrise de HTML5 et CSS3\n- JavaScript serait un plus\n"));
    expect(plus.verdict).toBe("focused");
    expect(plus.inRole.map((f) => f.id)).toContain("web_development");
    expect(plus.title.mismatch).toBe(false);
    const apps = compare(offer("- Intégrer les pages en HTML et CSS\n- Développer le front de l'application en React et TypeScript\n"));
    expect(apps.extras.flatMap((g) => g.families.map((f) => f.id))).toContain("web_development");
  });
});
