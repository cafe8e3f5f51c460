import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/analyze";
import { prefillFromProfile } from "#app/cards/card";
import { RoleCardSchema } from "#app/cards/card-schema";
import { cardToOffer, offerBlocks, offerFileName } from "#app/cards/offer";
import { compiled, taxonomy, validCard } from "./support";

const card = RoleCardSchema.parse(validCard());

describe("export to a job offer", () => {
  it("writes the French offer from the card, with its duties and time shares", () => {
    const offer = cardToOffer(card, taxonomy, "fr");
    expect(offer.title).toBe("Community manager");
    const md = offer.markdown;
    expect(md).toMatch(/^# Community manager\n/);
    expect(md).toContain("## Vos missions");
    expect(md).toContain("- Modérer les échanges (environ 40 % du temps)");
    expect(md).toContain("Outils : Meta Business Suite, Agorapulse");
    expect(md).toContain("Langues : Français, Anglais");
    expect(md).toContain("Rattachement : Responsable marketing.");
    expect(md).toContain("Rémunération : 32 000 – 38 000 EUR brut par an");
    expect(md).toContain("Lieu : Dakar");
    expect(md).not.toMatch(/[\u202f]/);
  });

  it("writes the English offer in English", () => {
    const md = cardToOffer(card, taxonomy, "en").markdown;
    expect(md).toContain("## What you will do");
    expect(md).toContain("(about 40% of the time)");
    expect(md).toContain("Salary: 32,000 – 38,000 EUR gross per year");
    expect(md).toContain("Tools: Meta Business Suite, Agorapulse");
    expect(md).not.toContain("Vos missions");
  });

  it("leaves out what the card does not say", () => {
    const bare = RoleCardSchema.parse(validCard({ salaryMin: "", salaryMax: "", team: "", reportsTo: "", skillsRequired: "", toolsRequired: "" }));
    const md = cardToOffer(bare, taxonomy, "fr").markdown;
    expect(md).not.toContain("Rémunération");
    expect(md).not.toContain("## Équipe");
    expect(md).not.toContain("Outils :");
  });

  it.each(["fr", "en"] as const)("reads back as focused through the overload check (%s)", (lang) => {
    const analysis = analyze(cardToOffer(card, taxonomy, lang).markdown, compiled, { language: lang });
    expect(analysis.verdict).toBe("focused");
    expect(analysis.roles[0]).toBe("community_manager");
  });

  it.each(taxonomy.profiles.map((p) => p.id))("exports the default %s card as an offer that passes the check", (profileId) => {
    const values = RoleCardSchema.parse(prefillFromProfile(taxonomy, { profileId }));
    for (const lang of ["fr", "en"] as const) {
      const analysis = analyze(cardToOffer(values, taxonomy, lang).markdown, compiled, { language: lang });
      expect(analysis.verdict, `${profileId} ${lang}`).toBe("focused");
    }
  });

  it("renders its own Markdown back as blocks", () => {
    const blocks = offerBlocks(cardToOffer(card, taxonomy, "fr").markdown);
    expect(blocks[0]).toEqual({ kind: "h1", text: "Community manager" });
    expect(blocks.find((b) => b.kind === "ul")).toMatchObject({ items: expect.arrayContaining(["Modérer les échanges (environ 40 % du temps)"]) });
  });

  it("names the file in ASCII", () => {
    expect(offerFileName("Chargé·e de communauté & réseaux", "fr")).toBe("charge-e-de-communaute-reseaux-fr.md");
    expect(offerFileName("   ", "en")).toBe("offer-en.md");
  });
});
