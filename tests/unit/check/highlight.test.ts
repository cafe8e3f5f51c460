import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksOf, markedLines, segmentFamilies, segmentText, type HighlightMark } from "#app/check/highlight";

const mark = (start: number, end: number, familyId = "seo", entryId?: string): HighlightMark => ({ start, end, familyId, entryId });

function shape(text: string, marks: HighlightMark[]) {
  return segmentText(text, marks).map((s) => [s.text, s.marks.map((m) => m.familyId).join("+")]);
}

describe("segmentText", () => {
  it("leaves a text without evidence as one plain run", () => {
    expect(shape("Bonjour", [])).toEqual([["Bonjour", ""]]);
    expect(segmentText("", [mark(0, 3)])).toEqual([]);
  });

  it("cuts around separate passages", () => {
    expect(shape("faire du SEO et du PHP", [mark(9, 12, "seo"), mark(19, 22, "web_development")])).toEqual([
      ["faire du ", ""],
      ["SEO", "seo"],
      [" et du ", ""],
      ["PHP", "web_development"],
    ]);
  });

  it("keeps adjacent passages apart", () => {
    const segments = segmentText("abcdef", [mark(0, 3, "seo"), mark(3, 6, "seo")]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ["abc", 1],
      ["def", 1],
    ]);
  });

  it("splits overlapping passages into runs that list every family, innermost first", () => {
    const text = "retouche photo et vidéo";
    expect(shape(text, [mark(0, 14, "photo_video"), mark(9, 23, "graphic_design")])).toEqual([
      ["retouche ", "photo_video"],
      ["photo", "photo_video+graphic_design"],
      [" et vidéo", "graphic_design"],
    ]);
  });

  it("handles nested passages and puts the inner one first", () => {
    const segments = segmentText("gestion des réseaux sociaux", [mark(0, 27, "community_management"), mark(12, 27, "social_media_marketing")]);
    expect(segments.map((s) => [s.text, segmentFamilies(s)])).toEqual([
      ["gestion des ", ["community_management"]],
      ["réseaux sociaux", ["social_media_marketing", "community_management"]],
    ]);
  });

  it("drops duplicates, empty, reversed, NaN and out-of-range offsets", () => {
    const text = "Canva";
    expect(shape(text, [mark(0, 5), mark(0, 5), mark(3, 3), mark(4, 2), mark(Number.NaN, 2), mark(-4, -1), mark(9, 12)])).toEqual([["Canva", "seo"]]);
  });

  it("clamps a passage that runs past the end of the text", () => {
    expect(shape("SEO", [mark(1, 40)])).toEqual([
      ["S", ""],
      ["EO", "seo"],
    ]);
  });

  it("never splits an emoji in two", () => {
    const text = "a🎬b";
    // 🎬 is two UTF-16 units at 1..3; offsets inside it widen the run to the whole character.
    expect(shape(text, [mark(2, 3)])).toEqual([
      ["a", ""],
      ["🎬", "seo"],
      ["b", ""],
    ]);
    expect(shape(text, [mark(0, 2)])).toEqual([
      ["a🎬", "seo"],
      ["b", ""],
    ]);
  });

  it("covers the text exactly once, in order, whatever the marks", () => {
    const families = ["seo", "photo_video", "web_development"];
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }), fc.constantFrom(...families)), { maxLength: 12 }),
        (text, raw) => {
          const marks = raw.map(([a, b, f]) => mark(a, b, f));
          const segments = segmentText(text, marks);
          expect(segments.map((s) => s.text).join("")).toBe(text);
          let at = 0;
          for (const s of segments) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            for (const m of s.marks) expect(m.start <= s.start && m.end >= s.end).toBe(true);
            at = s.end;
          }
          expect(at).toBe(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("markedLines", () => {
  const text = "Titre\nLigne une avec jeune\nLigne deux\nLigne trois H/F\nLigne quatre\nFin";
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, familyId: "risky" });

  it("keeps only the lines that hold a mark, whole", () => {
    expect(markedLines(text, [at("jeune")]).map((l) => text.slice(l.start, l.end))).toEqual(["Ligne une avec jeune"]);
  });

  it("merges lines that meet and keeps apart those that do not", () => {
    const lines = markedLines(text, [at("H/F"), at("jeune"), at("deux"), at("Fin")]).map((l) => text.slice(l.start, l.end));
    expect(lines).toEqual(["Ligne une avec jeune\nLigne deux\nLigne trois H/F", "Fin"]);
  });

  it("ignores marks past the text or empty, as from an older saved result", () => {
    expect(markedLines(text, [{ start: 500, end: 510, familyId: "x" }, { start: 3, end: 3, familyId: "x" }])).toEqual([]);
  });
});

describe("blocksOf", () => {
  const lines = Array.from({ length: 400 }, (_, i) => `Ligne ${i} : animer la communauté, rédiger, publier.`).join("\n");
  const marks = [mark(30, 80), mark(4_020, 4_100, "web_development"), mark(9_000, 9_050)];

  it("gives back every run, in order, cut only after a newline outside the marks", () => {
    const segments = segmentText(lines, marks);
    const blocks = blocksOf(segments, 4_000);
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.flat().map((s) => s.text).join("")).toBe(lines);
    for (const block of blocks.slice(0, -1)) {
      const last = block.at(-1)!;
      expect(last.text.endsWith("\n")).toBe(true);
      expect(last.marks).toEqual([]);
      expect(block.reduce((n, s) => n + s.text.length, 0)).toBeGreaterThanOrEqual(4_000);
    }
    // Each mark stays whole, in one block.
    expect(blocks.flat().filter((s) => s.marks.length).map((s) => [s.start, s.end])).toEqual(segments.filter((s) => s.marks.length).map((s) => [s.start, s.end]));
  });

  it("keeps a short offer in one block", () => {
    expect(blocksOf(segmentText("Community manager\nAnimer", [mark(0, 9)]), 4_000)).toHaveLength(1);
  });

  it("holds any text together whatever the marks (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), fc.array(fc.tuple(fc.nat(3_000), fc.nat(60))), fc.integer({ min: 1, max: 500 }), (text, spans, size) => {
        const segments = segmentText(text, spans.map(([start, length]) => mark(start, start + length)));
        expect(blocksOf(segments, size).flat().map((s) => s.text).join("")).toBe(text);
      }),
    );
  });
});
