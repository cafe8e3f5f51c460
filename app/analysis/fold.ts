// Character folding shared by the tokenizer and the taxonomy compiler, so that an
// offer and a synonym written with different accents, case or ligatures meet.

export const CharClass = {
  /** Letter or digit: part of a word. */
  Word: 0,
  /** Combining mark, soft hyphen, zero-width joiner…: invisible inside a word. */
  Invisible: 1,
  Space: 2,
  Newline: 3,
  Other: 4,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

interface FoldedChar {
  cls: CharClass;
  /** Lower-case, accent-free form; several letters for ligatures (œ → oe, ﬁ → fi). */
  folded: string;
  upper: boolean;
  lower: boolean;
}

const SPECIAL: Record<string, string> = {
  œ: "oe",
  Œ: "oe",
  æ: "ae",
  Æ: "ae",
  ß: "ss",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  ı: "i",
  ð: "d",
  þ: "th",
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const NEWLINES = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

function computeFold(cp: number): FoldedChar {
  if (INVISIBLE.has(cp)) return { cls: CharClass.Invisible, folded: "", upper: false, lower: false };
  if (NEWLINES.has(cp)) return { cls: CharClass.Newline, folded: "", upper: false, lower: false };
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch)) return { cls: CharClass.Invisible, folded: "", upper: false, lower: false };
  if (SPACE.test(ch)) return { cls: CharClass.Space, folded: "", upper: false, lower: false };
  if (!LETTER_OR_DIGIT.test(ch)) return { cls: CharClass.Other, folded: "", upper: false, lower: false };
  const lowerCh = ch.toLowerCase();
  const upper = lowerCh !== ch;
  const lower = !upper && ch.toUpperCase() !== ch;
  const special = SPECIAL[ch];
  let folded = special ?? lowerCh.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  // NFKD can produce punctuation (e.g. "½" → "1⁄2"); keep letters and digits only.
  folded = Array.from(folded)
    .filter((c) => LETTER_OR_DIGIT.test(c))
    .join("");
  if (!folded) folded = lowerCh;
  return { cls: CharClass.Word, folded, upper, lower };
}

const BMP: (FoldedChar | undefined)[] = new Array(0x10000);
for (let cp = 0; cp < 128; cp++) BMP[cp] = computeFold(cp);
const ASTRAL = new Map<number, FoldedChar>();

/** Folding of one code point, cached (the Basic Multilingual Plane in an array). */
export function foldChar(cp: number): FoldedChar {
  if (cp < 0x10000) {
    let hit = BMP[cp];
    if (!hit) BMP[cp] = hit = computeFold(cp);
    return hit;
  }
  let hit = ASTRAL.get(cp);
  if (!hit) {
    hit = computeFold(cp);
    // Bounded so that a hostile input cannot grow it without limit.
    if (ASTRAL.size < 20_000) ASTRAL.set(cp, hit);
  }
  return hit;
}

/** Fold a whole string to the matching alphabet (used on taxonomy strings, not on offers). */
export function foldString(input: string): string {
  let out = "";
  for (const ch of input) {
    const f = foldChar(ch.codePointAt(0)!);
    out += f.cls === CharClass.Word ? f.folded : f.cls === CharClass.Invisible ? "" : " ";
  }
  return out;
}
