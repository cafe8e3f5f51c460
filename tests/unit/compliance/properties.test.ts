import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCompliance } from "#app/compliance/index";
import { check, seedRules } from "./support";

/** Pieces that reach every rule, and the debris pasted offers carry. */
const PIECES = [
  "Chargé de communication", "Vendeuse", "H/F", "(F/H)", "chargé·e", "Rédacteur / Rédactrice", "jeune", "jeunes diplômés",
  "moins de 30 ans", "25-35 ans", "âgé(e) de", "bonne présentation", "de nationalité française", "langue maternelle",
  "habitant à proximité", "non-fumeur", "sans enfant", "votre salaire actuel", "current salary", "Paris, France", "CDI",
  "Salaire : 38 000 €", "45k€", "£35,000 per year", "Publiée le 12 mars 2026", "2026-03-12", "regardless of age",
  "\n", "\n\n", "\r\n", "\u00a0", "\u00ad", "ﬁ", "œ", "😀", "€", "$", "£", "·", "(", ")", "/", "-", "<p>", "</p>", "<li>",
];
const offerLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), offerLike);

describe("checkCompliance: properties", () => {
  it("never throws, and every passage is the text at its offsets", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text, findings } = check(input);
        for (const f of findings) {
          expect(["illegal", "risky", "recommended"]).toContain(f.severity);
          if (f.start === undefined) {
            expect(f.end).toBeUndefined();
            continue;
          }
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end!).toBeGreaterThan(f.start);
          expect(f.end!).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.passage);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives a title range that no longer fits the text (an old saved analysis)", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }), (text, start, end) => {
        expect(() => checkCompliance({ text, language: "fr", title: { start, end } }, seedRules())).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
