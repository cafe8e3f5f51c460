// One linear pass over the display text: words with their offsets, a folded and a
// stemmed form, and how strongly each word is separated from the previous one.
// Copy-paste debris is handled here: PDF hyphenation at line ends, soft line wraps,
// inclusive-writing markers ("chargé(e)", "un·e"), ligatures, glued sentences
// ("communautésCréer") and bullets of every origin.

import { CharClass, foldChar as importedFoldChar } from "./fold";
import { stem as importedStem } from "./stem";

// Module-local copies: calls through an imported binding cost a getter each time, and
// this file runs once per character.
const foldChar = importedFoldChar;
const stem = importedStem;
const WORD: number = CharClass.Word;
const INVISIBLE: number = CharClass.Invisible;
const SPACE: number = CharClass.Space;
const NEWLINE: number = CharClass.Newline;

/** How a word is separated from the previous one. */
export const Gap = {
  /** Joined: hyphen, apostrophe, dot inside a name ("node.js"). */
  Joined: 0,
  /** Space or a transparent mark: a multi-word phrase may continue. */
  Space: 1,
  /** Punctuation (comma, colon, parenthesis): no phrase crosses it; same clause. */
  Punct: 2,
  /** End of sentence, line, bullet or glued sentence: a new clause. */
  Clause: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export interface Token {
  start: number;
  end: number;
  norm: string;
  stem: string;
  gap: Gap;
  /** Written in capitals (an acronym such as "SEA" rather than the word "sea"). */
  upper: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Id of the parenthesised group the word sits in; 0 when none. */
  paren: number;
}

export interface Tokenized {
  tokens: Token[];
  /** Offsets where a glued sentence was split ("communautésCréer"): extra line breaks. */
  glueBreaks: number[];
}

const TRANSPARENT = new Set(Array.from("*_~^\"«»“”„‹›`#+&|/\\").map((c) => c.codePointAt(0)!));
const CLAUSE_END = new Set(Array.from(";!?…¿¡").map((c) => c.codePointAt(0)!));
const APOSTROPHES = new Set(Array.from("'’ʼ‘").map((c) => c.codePointAt(0)!));
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const MIDDLE_DOTS = new Set([0xb7, 0x2027, 0x22c5]);
const BULLETS = new Set(
  Array.from("•●▪◦‣➢➤►▶▸✓✔❖■□◆◇○→⇒⮚☐☑✗✘").map((c) => c.codePointAt(0)!),
);

function isBullet(cp: number): boolean {
  return BULLETS.has(cp) || (cp >= 0xe000 && cp <= 0xf8ff);
}

function cpAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

function isWordCp(cp: number): boolean {
  return cp >= 0 && foldChar(cp).cls === WORD;
}

function isLowerCp(cp: number): boolean {
  return cp >= 0 && foldChar(cp).lower;
}

function isDigitStr(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The string of code units [from, to), built in chunks so huge words cannot overflow the call stack. */
function textOf(codes: Uint16Array, from: number, to: number): string {
  const CHUNK = 4096;
  if (to - from <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  let out = "";
  for (let k = from; k < to; k += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(to, k + CHUNK)) as unknown as number[]);
  return out;
}

/** ASCII character kinds: 1 upper-case letter, 2 lower-case letter, 3 digit, 0 anything else. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = 2;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = 3;

function plainAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** The folded word starting at `at` (at most 40 characters), to test "In-\nDesign" against the vocabulary. */
function foldedWordAt(text: string, at: number): string {
  let out = "";
  for (let k = at; k < text.length && k < at + 40; k++) {
    const f = foldChar(text.charCodeAt(k));
    if (f.cls !== WORD) break;
    out += f.folded;
  }
  return out;
}

interface Split {
  at: number;
  strong: boolean;
}

/**
 * Tokenize `text`. `isKnown(norm)` tells whether a glued word is a real vocabulary
 * item ("linkedin", "wordpress") that must not be split at its inner capital.
 */
export function tokenize(text: string, isKnown: (norm: string) => boolean = () => false): Tokenized {
  const tokens: Token[] = [];
  const glueBreaks: number[] = [];
  const n = text.length;

  // The word being read: folded characters and, per character, its source range.
  // The word being read, as folded UTF-16 units plus, per unit, its source range and
  // case (1 upper, 2 lower, 0 neither). Typed arrays: no string is built per character.
  let codes = new Uint16Array(64);
  let srcStart = new Int32Array(64);
  let srcEnd = new Int32Array(64);
  let caseOf = new Uint8Array(64);
  let blen = 0;
  const splits: Split[] = [];
  let lowerRun = 0;
  let prevDigit = false;

  let gap: Gap = Gap.Clause;
  let parenDepth = 0;
  let parenId = 0;
  let parenCounter = 0;

  const raise = (g: Gap) => {
    if (g > gap) gap = g;
  };

  const push = (from: number, to: number, g: Gap) => {
    // Plain ASCII words fold to their lower-case source text: no per-unit string building.
    const a = srcStart[from];
    const b = srcEnd[to - 1];
    const norm = b - a === to - from && plainAscii(text, a, b) ? text.slice(a, b).toLowerCase() : textOf(codes, from, to);
    let upper = 0;
    let lower = 0;
    for (let k = from; k < to; k++) {
      if (caseOf[k] === 1) upper++;
      else if (caseOf[k] === 2) lower++;
    }
    tokens.push({
      start: srcStart[from],
      end: srcEnd[to - 1],
      norm,
      stem: stem(norm),
      gap: g,
      upper: upper >= 2 && lower === 0,
      cap: caseOf[from] === 1,
      paren: parenId,
    });
  };

  const append = (folded: string, from: number, to: number, c: number) => {
    if (blen + folded.length > srcStart.length || blen >= srcStart.length) {
      const size = Math.max(srcStart.length * 2, blen + folded.length);
      const grow = <T extends Int32Array | Uint8Array | Uint16Array>(a: T, b: T) => (b.set(a), b);
      codes = grow(codes, new Uint16Array(size));
      srcStart = grow(srcStart, new Int32Array(size));
      srcEnd = grow(srcEnd, new Int32Array(size));
      caseOf = grow(caseOf, new Uint8Array(size));
    }
    for (let k = 0; k < folded.length; k++) {
      codes[blen] = folded.charCodeAt(k);
      srcStart[blen] = from;
      srcEnd[blen] = to;
      caseOf[blen] = c;
      blen++;
    }
  };

  const flush = () => {
    if (!blen) return;
    const applicable = splits.length && !isKnown(textOf(codes, 0, blen)) ? splits : [];
    let from = 0;
    let g = gap;
    for (const s of applicable) {
      if (s.at <= from || s.at >= blen) continue;
      push(from, s.at, g);
      g = s.strong ? Gap.Clause : Gap.Joined;
      if (s.strong) glueBreaks.push(srcStart[s.at]);
      from = s.at;
    }
    push(from, blen, g);
    blen = 0;
    if (splits.length) splits.length = 0;
    lowerRun = 0;
    gap = Gap.Space;
  };

  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // Fast path for ASCII letters and digits, the bulk of any offer.
    const ascii = unit < 128 ? ASCII_KIND[unit] : 0;
    if (ascii !== 0) {
      if (!blen && gap === Gap.Clause && parenDepth > 0) {
        parenDepth = 0;
        parenId = 0;
      }
      const digit = ascii === 3;
      if (blen) {
        if (digit !== prevDigit) splits.push({ at: blen, strong: false });
        else if (ascii === 1 && caseOf[blen - 1] === 2) splits.push({ at: blen, strong: lowerRun >= 3 });
      }
      prevDigit = digit;
      lowerRun = ascii === 2 ? lowerRun + 1 : 0;
      if (blen >= srcStart.length) append("", i, i, 0);
      codes[blen] = ascii === 1 ? unit + 32 : unit;
      srcStart[blen] = i;
      srcEnd[blen] = i + 1;
      caseOf[blen] = ascii === 1 ? 1 : ascii === 2 ? 2 : 0;
      blen++;
      i++;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const len = cp > 0xffff ? 2 : 1;
    const f = foldChar(cp);

    if (f.cls === WORD) {
      // Parentheses never span sentences: an unclosed "(" ends with its clause.
      if (!blen && gap === Gap.Clause && parenDepth > 0) {
        parenDepth = 0;
        parenId = 0;
      }
      if (blen) {
        const digit = isDigitStr(f.folded);
        if (digit !== prevDigit) splits.push({ at: blen, strong: false });
        else if (f.upper && caseOf[blen - 1] === 2)
          splits.push({ at: blen, strong: lowerRun >= 3 });
      }
      prevDigit = isDigitStr(f.folded);
      lowerRun = f.lower ? lowerRun + 1 : 0;
      append(f.folded, i, i + len, f.upper ? 1 : f.lower ? 2 : 0);
      i += len;
      continue;
    }

    if (f.cls === INVISIBLE) {
      i += len;
      continue;
    }

    if (f.cls === SPACE) {
      flush();
      raise(Gap.Space);
      i += len;
      continue;
    }

    if (f.cls === NEWLINE) {
      flush();
      // A single line break followed by a lower-case word is a soft wrap (PDF, e-mail).
      let j = i + 1;
      if (cp === 0x0d && text.charCodeAt(j) === 0x0a) j++;
      let blank = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 0x20 || c === 0x09 || c === 0xa0) j++;
        else {
          if (c === 0x0a || c === 0x0d) blank = true;
          break;
        }
      }
      raise(!blank && isLowerCp(cpAt(text, j)) ? Gap.Space : Gap.Clause);
      i += len;
      continue;
    }

    // Punctuation and symbols.
    const next = cpAt(text, i + len);
    if (HYPHENS.has(cp) && blen) {
      if (isWordCp(next)) {
        flush();
        gap = Gap.Joined;
        i += len;
        continue;
      }
      // Hyphenation at a line end: "dévelop-\n  pement" is one word.
      let j = i + len;
      while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
      if (text.charCodeAt(j) === 0x0a) {
        j++;
        while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
        if (isLowerCp(cpAt(text, j)) || (isWordCp(cpAt(text, j)) && isKnown(textOf(codes, 0, blen) + foldedWordAt(text, j)))) {
          i = j;
          continue;
        }
      }
      flush();
      raise(Gap.Punct);
      i += len;
      continue;
    }
    if (APOSTROPHES.has(cp)) {
      if (blen && isWordCp(next)) {
        flush();
        gap = Gap.Joined;
      } else {
        flush();
        raise(Gap.Space);
      }
      i += len;
      continue;
    }
    if (cp === 0x2e /* . */) {
      if (blen && (isLowerCp(next) || (next >= 0x30 && next <= 0x39))) {
        // Inclusive writing "candidat.e", "créatif.ve": drop the marker.
        const marker = /^\.(e|es|ve|ves|se|ne|nes|trice|rice|euse|fe)(?![\p{L}\p{N}])/u.exec(text.slice(i, i + 8));
        if (marker) {
          i += marker[0].length;
          continue;
        }
        flush();
        gap = Gap.Joined;
        i += len;
        continue;
      }
      flush();
      raise(next === 0x29 || next === 0x2c ? Gap.Punct : Gap.Clause);
      i += len;
      continue;
    }
    if (cp === 0x28 /* ( */) {
      if (blen) {
        const marker = /^\((e|es|s|ve|ves|se|ne|nes|le|te|trice|rice|euse|fe|x)\)/.exec(text.slice(i, i + 8));
        if (marker) {
          i += marker[0].length;
          continue;
        }
      }
      flush();
      raise(Gap.Punct);
      parenDepth++;
      if (parenDepth === 1) parenId = ++parenCounter;
      i += len;
      continue;
    }
    if (cp === 0x29 /* ) */) {
      flush();
      raise(Gap.Punct);
      if (parenDepth > 0) parenDepth--;
      if (parenDepth === 0) parenId = 0;
      i += len;
      continue;
    }
    if (MIDDLE_DOTS.has(cp) && blen && isLowerCp(next)) {
      // "un·e", "chargé·e·s": skip the marker and its ending.
      let j = i + len;
      let letters = 0;
      while (j < n && isLowerCp(cpAt(text, j)) && letters < 6) {
        j++;
        letters++;
      }
      i = j;
      continue;
    }
    if ((cp === 0x2b || cp === 0x23) && blen && blen <= 2 && !isWordCp(next === 0x2b || next === 0x23 ? cpAt(text, i + 2) : next)) {
      // "C++", "C#".
      append(String.fromCharCode(cp), i, i + 1, 0);
      i += 1;
      continue;
    }
    flush();
    if (TRANSPARENT.has(cp)) raise(Gap.Space);
    else if (CLAUSE_END.has(cp) || isBullet(cp) || MIDDLE_DOTS.has(cp)) raise(Gap.Clause);
    else raise(Gap.Punct);
    i += len;
  }
  flush();
  return { tokens, glueBreaks };
}
