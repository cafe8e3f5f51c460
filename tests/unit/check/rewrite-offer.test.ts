import { describe, expect, it } from "vitest";
import { analyze } from "#app/analysis/analyze";
import { rewriteOffer } from "#app/check/rewrite-offer";
import { OVERLOADED_EN, OVERLOADED_FR } from "#tests/support/check-offers";
import { compiled } from "#tests/unit/cards/support";

const MIXED_LINE = "- Bac+3 minimum, 2 ans d'expérience, maîtrise de la suite Adobe, de PHP et de MySQL, excellente orthographe";
const MIXED = OVERLOADED_FR.replace("- Excellente orthographe", MIXED_LINE);

describe("the offer rewritten as one job", () => {
  it("moves the exact phrases of other jobs, not the whole line they share with plain requirements", () => {
    const rewrite = rewriteOffer(analyze(MIXED, compiled), "fr")!;
    expect(rewrite.moved).toContain("de PHP et de MySQL");
    expect(rewrite.moved).not.toContain(MIXED_LINE.slice(2));
    expect(rewrite.text).toContain("- Bac+3 minimum, 2 ans d'expérience, excellente orthographe\n");
    expect(rewrite.text).toMatch(/\nUn plus :\n(- .+\n)+$/);
    // The title and the announced job's own duties stay.
    expect(rewrite.text.startsWith("Community Manager H/F\n")).toBe(true);
    expect(rewrite.text).toContain("Animer et modérer nos communautés");
  });

  it.each([
    ["fr", MIXED],
    ["en", OVERLOADED_EN],
  ] as const)("reads back as fewer jobs when checked again (%s)", (lang, text) => {
    const before = analyze(text, compiled);
    const rewrite = rewriteOffer(before, lang)!;
    expect(rewrite.text).toContain(lang === "fr" ? "Un plus :" : "Nice to have:");
    const after = analyze(rewrite.text, compiled);
    expect(after.roleCount).toBeLessThan(before.roleCount);
    expect(after.verdict).not.toBe("overloaded");
  });

  it("moves the items of an offer copied as one paragraph, not the paragraph", () => {
    const flat = OVERLOADED_FR.split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
    const rewrite = rewriteOffer(analyze(flat, compiled), "fr")!;
    expect(rewrite.moved.length).toBeGreaterThan(1);
    // One item each: no phrase runs over the next item's bullet.
    for (const phrase of rewrite.moved) expect(phrase).not.toMatch(/ - \p{Lu}/u);
    expect(rewrite.moved).toContain("Créer les visuels et les supports print sur Photoshop, Illustrator et InDesign");
    expect(rewrite.text).toContain("Animer et modérer nos communautés");
  });

  it("leaves a one-job offer alone", () => {
    const text = "Community Manager\n\nMissions :\n- Animer et modérer la communauté\n- Répondre aux messages des abonnés\n- Organiser des rencontres avec nos ambassadeurs\n";
    expect(rewriteOffer(analyze(text, compiled), "fr")).toBeNull();
  });
});
