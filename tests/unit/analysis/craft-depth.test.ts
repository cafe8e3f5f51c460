import { describe, expect, it } from "vitest";
import { analyze, assessDemands, type Demand } from "#app/analysis/index";
import { seedTaxonomy } from "./support";

const compiled = seedTaxonomy();
const depthOf = (text: string, family: string) => analyze(text, compiled).families.find((f) => f.id === family)?.depth;

describe("craft depth", () => {
  it("reads an ambiguous verb by its object, not by the channels named after it", () => {
    const a = analyze("Chargé de communication\n\n- Animer chaque jour nos communautés de clients sur Facebook, Instagram et TikTok\n", compiled);
    const animer = a.matches.find((m) => m.ambiguousId === "animer");
    expect(animer?.familyId).toBe("community_management");
  });

  it("lets a making verb reach every object of its list, and no other word", () => {
    const made = analyze("SEO Expert\n\nResponsibilities\n- Create and edit posts, videos and other content\n", compiled);
    expect(made.matches.find((m) => m.familyId === "photo_video")?.text).toBe("edit posts, videos");
    const listed = analyze("Chargé de relations presse\n\nMissions\n- Entretenir les relations avec les médias, agences et partenaires\n", compiled);
    expect(listed.families.map((f) => f.id)).not.toContain("digital_strategy");
  });

  it("counts one required tool of a making craft as core when the titled profile cannot absorb that craft", () => {
    const offer = "Community Manager\n\nMissions :\n- Modérer les échanges de la communauté\n- Répondre aux membres\n\nProfil :\n- Maîtrise de PHP\n";
    expect(depthOf(offer, "web_development")).toBe("core");
    // A craft the profile absorbs at light depth (a CM with Illustrator) stays a light extra.
    const illustrator = offer.replace("Maîtrise de PHP", "Maîtrise d'Illustrator");
    expect(depthOf(illustrator, "graphic_design")).toBe("light");
    expect(analyze(illustrator, compiled).verdict).not.toBe("overloaded");
  });

  it("keeps a single marketing-channel tool light", () => {
    const demands: Demand[] = [
      { familyId: "community_management", depth: "core", weight: 1, entryId: "cm.a", group: 1 },
      { familyId: "community_management", depth: "core", weight: 1, entryId: "cm.b", group: 2 },
      { familyId: "paid_media", depth: "core", weight: 1, entryId: "pm.tool", group: 3, craft: true },
    ];
    const a = assessDemands(demands, compiled, { titleProfile: "community_manager" });
    expect(a.families.find((f) => f.id === "paid_media")?.depth).toBe("light");
  });

  it("needs a named profile before one tool mention counts as core", () => {
    const demands: Demand[] = [
      { familyId: "content_writing", depth: "core", weight: 1, entryId: "cw.a", group: 1 },
      { familyId: "content_writing", depth: "core", weight: 1, entryId: "cw.b", group: 2 },
      { familyId: "web_development", depth: "core", weight: 1, entryId: "wd.tool", group: 3, craft: true },
    ];
    expect(assessDemands(demands, compiled).families.find((f) => f.id === "web_development")?.depth).toBe("light");
    expect(assessDemands(demands, compiled, { titleProfile: "community_manager" }).families.find((f) => f.id === "web_development")?.depth).toBe("core");
  });

  it("reads a making craft's plain words on a line of its core work as that core work", () => {
    const demands: Demand[] = [
      { familyId: "photo_video", depth: "light", weight: 1, entryId: "pv.general", group: 4 },
      { familyId: "photo_video", depth: "core", weight: 1, entryId: "pv.retouch", group: 4 },
    ];
    expect(assessDemands(demands, compiled).families.find((f) => f.id === "photo_video")?.depth).toBe("core");
    // Not for a marketing family: there the same line stays one light-plus-core demand.
    const seo: Demand[] = demands.map((d) => ({ ...d, familyId: "seo", entryId: d.entryId?.replace("pv", "seo") }));
    // (A titled post, so that one light demand is in scope at all.)
    expect(assessDemands(seo, compiled, { titleProfile: "content_writer" }).families.find((f) => f.id === "seo")?.depth).toBe("light");
  });
});
