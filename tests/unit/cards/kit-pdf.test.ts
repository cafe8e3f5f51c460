import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { generateKit } from "#app/cards/kit";
import { renderKitPdf, toWinAnsi } from "#app/cards/kit-pdf.server";
import { bank, CM_DUTIES, taxonomy } from "./support";

const card = {
  titleFr: "Chargé·e de communauté « réseaux » – œuvres",
  titleEn: "Community manager",
  profileId: "community_manager",
  seniority: "Confirmé",
  duties: CM_DUTIES.map((entryId, i) => ({ entryId, share: [40, 35, 25][i]! })),
};

async function pdfText(buffer: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}

describe("the kit as PDF", () => {
  it("keeps what the standard fonts can show and replaces the rest", () => {
    expect(toWinAnsi("Élève à l'œuvre : « ça » – 5 € … ’")).toBe("Élève à l'œuvre : « ça » – 5 € … ’");
    expect(toWinAnsi("a\u202fb ≥ 2 → ☐ ă")).toBe("a b >= 2 -> [ ] a");
    expect(toWinAnsi("漢")).toBe("?");
  });

  it("renders a French kit with its accents, one page per competency plus cover and decision", async () => {
    const kit = generateKit(card, taxonomy, bank, "fr");
    const buffer = await renderKitPdf(kit);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, text } = await pdfText(buffer);
    expect(pages).toBeGreaterThanOrEqual(kit.competencies.length + 2);
    expect(text).toContain("Guide d'entretien structuré".toUpperCase());
    expect(text).toContain("Chargé·e de communauté « réseaux » – œuvres");
    expect(text).toContain("Questions comportementales");
    expect(text).toContain("Échelle de notation");
    expect(text).toContain(kit.competencies[0]!.label);
    expect(text).toContain("Oui, sans réserve");
  });

  it("renders the English kit in English", async () => {
    const { text } = await pdfText(await renderKitPdf(generateKit(card, taxonomy, bank, "en")));
    expect(text).toContain("Behavioural questions");
    expect(text).toContain("Strong yes");
    expect(text).not.toContain("Questions comportementales");
  });
});
