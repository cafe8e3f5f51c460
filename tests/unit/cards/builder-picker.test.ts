import { describe, expect, it } from "vitest";
import { checkCardScope, requirementEntries, toGuardView } from "#app/cards/scope-guard";
import { applyIntent, parseIntent } from "#app/cards/builder-intents";
import { prefillFromProfile } from "#app/cards/card";
import { catalogOfKind, entryCatalog, searchCatalog } from "#app/cards/catalog";
import { searchTaxonomy } from "#app/taxonomy/search";
import { CM_DUTIES, compiled, taxonomy } from "./support";

const catalog = entryCatalog(taxonomy, "fr");
const found = (query: string) => searchCatalog(catalog, query).flatMap((g) => g.entries);
const cmDuties = CM_DUTIES.map((entryId, i) => ({ entryId, share: [40, 35, 25][i]! }));

describe("the builder's picker", () => {
  it.each([
    ["PHP", "web_development.php"],
    ["Illustrator", "graphic_design.illustrator"],
    ["illustrator", "graphic_design.illustrator"],
  ])("finds %s among the skills and tools, first", (query, entryId) => {
    const hits = catalogOfKind(searchCatalog(catalog, query), ["skill", "tool"]).flatMap((g) => g.entries);
    expect(hits[0]!.id).toBe(entryId);
  });

  it("still lists duties, closest first, and matches words rather than letters inside words", () => {
    expect(found("modération")[0]!.id).toBe("community_management.moderation");
    // "SEA" is an acronym: not the start of "search" nor "saison".
    const sea = found("SEA");
    expect(sea.length).toBeGreaterThan(0);
    expect(sea.every((e) => e.id.startsWith("paid_media."))).toBe(true);
  });

  it("adds a picked skill or tool to the card's required lists, once, without JavaScript", () => {
    const values = prefillFromProfile(taxonomy, { profileId: "community_manager", lang: "fr" });
    const intent = parseIntent("add-requirement:graphic_design.illustrator");
    const once = applyIntent(values, intent, taxonomy, "fr");
    expect(once.toolsRequired.split("\n")).toContain("Adobe Illustrator");
    expect(applyIntent(once, intent, taxonomy, "fr").toolsRequired).toBe(once.toolsRequired);
    expect(once.duties).toEqual(values.duties);
  });

  it("puts the skills and tools a link names into the lists, not among the duties", () => {
    const values = prefillFromProfile(taxonomy, {
      profileId: "community_manager",
      dutyIds: [CM_DUTIES[0]!, "web_development.php", "web_development.mysql"],
      lang: "en",
    });
    expect(values.duties.map((d) => d.entryId)).toEqual([CM_DUTIES[0]]);
    expect(values.duties[0]!.share).toBe("100");
    const required = `${values.skillsRequired}\n${values.toolsRequired}`;
    expect(required).toMatch(/PHP/);
    expect(required).toMatch(/MySQL/);
  });
});

describe("the scope guard reads the required skills and tools", () => {
  it("finds taxonomy entries in free text, whatever the spelling", () => {
    const ids = requirementEntries({ skillsRequired: "Rédaction", toolsRequired: "php\nMySQL\nillustrator" }, compiled);
    expect(ids).toEqual(expect.arrayContaining(["web_development.php", "web_development.mysql", "graphic_design.illustrator"]));
  });

  it("turns a focused community manager card into another job when it requires PHP", () => {
    const plain = checkCardScope({ profileId: "community_manager", duties: cmDuties, toolsRequired: "Meta Business Suite" }, compiled);
    expect(plain.verdict).toBe("focused");
    const php = checkCardScope({ profileId: "community_manager", duties: cmDuties, toolsRequired: "Meta Business Suite\nPHP\nMySQL" }, compiled);
    expect(php.verdict).not.toBe("focused");
    const group = php.drift.find((g) => g.roleId === "web_developer")!;
    expect(group.entryIds).toEqual([]);
    expect(group.requirements.length).toBeGreaterThan(0);
    const view = toGuardView(php, taxonomy, "en", cmDuties.length).drift.find((g) => g.roleId === "web_developer")!;
    expect(view.canDowngrade).toBe(false);
    expect(view.requirements.map((r) => r.label).join(" ")).toMatch(/PHP/);
    expect(view.moveHref).toContain("profile=web_developer");
  });
});

describe("the taxonomy search", () => {
  it("ranks whole words and word starts, and does not find SEA inside other words", () => {
    const hits = searchTaxonomy(taxonomy, "SEA");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(15);
    expect(hits.every((h) => h.family.id === "paid_media")).toBe(true);
    expect(searchTaxonomy(taxonomy, "retouch")[0]!.entry.id).toMatch(/retouch/);
  });
});
