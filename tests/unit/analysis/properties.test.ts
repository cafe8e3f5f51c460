import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "#app/analysis/index";
import { fixture, focusedFixtures, seedTaxonomy } from "./support";

const compiled = seedTaxonomy();

/** Pieces of real offers and of the junk pasted with them, to reach the interesting paths. */
const PIECES = [
  "Community Manager H/F", "Missions :", "Profil recherché", "## Responsibilities", "**Requirements**", "À propos de nous",
  "gestion des réseaux sociaux", "création de visuels", "retouche photo", "montage vidéo", "intégration HTML",
  "développement PHP", "référencement naturel", "Google Ads", "est un plus", "nice to have", "aucune compétence requise",
  "no coding needed", "(apprécié)", "chargé(e)", "un·e", "dévelop-\npement", "•", "–", "\uf0b7", "\u00a0", "\u00ad", "ﬁ", "œ",
  "\n", "\n\n", "\r\n", "\t", "  ", ",", ".", ";", ":", "(", ")", "[email]", "<p>", "</p>", "<li>", "&amp;", "😀", "e-mail",
  "Node.js", "C++", "SEA", "PR", "Photoshop", "Figma", "WordPress", "LinkedIn", "camelCase", "ManagementSuivi",
];
const offerLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), offerLike);

function checkInvariants(input: string, a: Analysis): void {
  expect(["focused", "stretched", "overloaded", "out_of_scope"]).toContain(a.verdict);
  expect(a.roleCount).toBe(a.roles.length);
  if (a.verdict === "out_of_scope") expect(a.roles).toEqual([]);
  if (a.format === "text") expect(a.text).toBe(input);
  for (const f of a.families) {
    expect(f.share).toBeGreaterThanOrEqual(0);
    expect(f.share).toBeLessThanOrEqual(1);
    for (const ev of f.evidence) expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
  }
  for (const m of a.matches) expect(a.text.slice(m.start, m.end)).toBe(m.text);
  if (a.families.length) expect(a.families.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 6);
}

describe("analyze: properties", () => {
  it("never throws and keeps its invariants on any string", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, analyze(text, compiled));
      }),
      { numRuns: 300 },
    );
  });

  it("treats non-string input as an empty offer", () => {
    for (const input of [null, undefined, 42, {}, [], true, Symbol("x")]) {
      const a = analyze(input, compiled);
      expect(a.verdict).toBe("out_of_scope");
      expect(a.text).toBe("");
      expect(a.families).toEqual([]);
    }
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(offerLike, (text) => {
        expect(JSON.stringify(analyze(text, compiled))).toBe(JSON.stringify(analyze(text, compiled)));
      }),
      { numRuns: 100 },
    );
  });

  it("points every evidence at the matched passage of real offers, shares summing to 1", () => {
    for (const { text } of focusedFixtures()) checkInvariants(text, analyze(text, compiled));
    const classic = fixture("classic-community-manager.fr.txt");
    const a = analyze(classic, compiled);
    checkInvariants(classic, a);
    expect(a.families.length).toBeGreaterThan(2);
  });

  it("does not change its verdict when spacing, line endings or letter case change", () => {
    const offers = [...focusedFixtures().map((f) => f.text), fixture("classic-community-manager.fr.txt"), fixture("classic-community-manager.en.txt")];
    const spacing = fc.constantFrom(
      (t: string) => t.replace(/ /g, "  "),
      (t: string) => t.replace(/ /g, "\u00a0"),
      (t: string) => t.replace(/\n/g, "\r\n"),
      (t: string) => t.replace(/\n/g, "  \n\t"),
      (t: string) => `\n\n   ${t}   \n`,
    );
    const casing = fc.constantFrom(
      (t: string) => t,
      (t: string) => t.toLowerCase(),
      (t: string) => t.replace(/\b(\p{Ll})(\p{L}*)/gu, (_, a: string, b: string) => a.toUpperCase() + b),
    );
    fc.assert(
      fc.property(fc.constantFrom(...offers), spacing, casing, (offer, space, kase) => {
        const before = analyze(offer, compiled);
        const after = analyze(kase(space(offer)), compiled);
        expect(after.verdict).toBe(before.verdict);
      }),
      { numRuns: 150 },
    );
  });

  it("finishes on 200 KB adversarial inputs", () => {
    const size = 200_000;
    const inputs = [
      "(".repeat(size),
      "- \n".repeat(size / 3),
      "a".repeat(size),
      "aA".repeat(size / 2),
      "dévelop-\n".repeat(size / 9),
      "gestion des réseaux sociaux ".repeat(size / 27),
      "<p>".repeat(size / 3),
      "<li>Photoshop</li>".repeat(size / 18),
      "😀".repeat(size / 2),
      "\u0301".repeat(size),
      "un plus ".repeat(size / 8),
      "Missions:\n".repeat(size / 10),
      "C++".repeat(size / 3),
    ];
    for (const input of inputs) {
      const a = analyze(input, compiled);
      expect(a.verdict).toBeTypeOf("string");
    }
  });
});
