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
  /** Follows an ampersand standing alone ("Communications & Development"): joined as by "and". */
  amp: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** Offsets where a glued sentence was split ("communautésCréer"): extra line breaks. */
  glueBreaks: number[];
}

/**
 * Index of the first token that ends after `offset` (tokens.length when none): a binary
 * search, for passages such as the title that may sit anywhere in a long offer.
 */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TRANSPARENT = new Set(Array.from("*_~^\"«»“”„‹›`#+&|/\\").map((c) => c.codePointAt(0)!));
const CLAUSE_END = new Set(Array.from(";!?…¿¡").map((c) => c.codePointAt(0)!));
const APOSTROPHES = new Set(Array.from("'’ʼ‘").map((c) => c.codePointAt(0)!));
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const MIDDLE_DOTS = new Set([0xb7, 0x2027, 0x22c5]);
/** Marks that open a list item, wherever an offer was copied from; none needs escaping in a character class. */
export const BULLET_MARKS = "•●▪◦‣➢➤►▶▸✓✔❖■□◆◇○→⇒⮚☐☑✗✘";
const BULLETS = new Set(Array.from(BULLET_MARKS).map((c) => c.codePointAt(0)!));

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

/** An ASCII digit's UTF-16 unit. */
export function isDigitUnit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDigitStr(s: string): boolean {
  return isDigitUnit(s.charCodeAt(0));
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

type Folded = ReturnType<typeof foldChar>;

/**
 * The word being read, as folded UTF-16 units plus, per unit, its source range and case
 * (1 upper, 2 lower, 0 neither), and where it may be cut. Typed arrays: no string is built
 * per character.
 */
class WordBuffer {
  codes = new Uint16Array(64);
  srcStart = new Int32Array(64);
  srcEnd = new Int32Array(64);
  caseOf = new Uint8Array(64);
  length = 0;
  /** Cuts between letters and digits, and before an inner capital ("communautésCréer": strong). */
  readonly splits: Split[] = [];
  private lowerRun = 0;
  private prevDigit = false;

  /** Notes the cut a character of this kind makes before it joins the word. */
  private mark(digit: boolean, upper: boolean, lower: boolean): void {
    if (this.length) {
      if (digit !== this.prevDigit) this.splits.push({ at: this.length, strong: false });
      else if (upper && this.caseOf[this.length - 1] === 2) this.splits.push({ at: this.length, strong: this.lowerRun >= 3 });
    }
    this.prevDigit = digit;
    this.lowerRun = lower ? this.lowerRun + 1 : 0;
  }

  private grow(size: number): void {
    const grow = <T extends Int32Array | Uint8Array | Uint16Array>(a: T, b: T) => (b.set(a), b);
    this.codes = grow(this.codes, new Uint16Array(size));
    this.srcStart = grow(this.srcStart, new Int32Array(size));
    this.srcEnd = grow(this.srcEnd, new Int32Array(size));
    this.caseOf = grow(this.caseOf, new Uint8Array(size));
  }

  /** An ASCII letter or digit (`kind` from ASCII_KIND) at `at`. */
  addAscii(unit: number, kind: number, at: number): void {
    this.mark(kind === 3, kind === 1, kind === 2);
    if (this.length >= this.srcStart.length) this.grow(this.srcStart.length * 2);
    const k = this.length++;
    this.codes[k] = kind === 1 ? unit + 32 : unit;
    this.srcStart[k] = at;
    this.srcEnd[k] = at + 1;
    this.caseOf[k] = kind === 1 ? 1 : kind === 2 ? 2 : 0;
  }

  /** Any other word character, folded (a ligature gives several units). */
  add(f: Folded, from: number, to: number): void {
    this.mark(isDigitStr(f.folded), f.upper, f.lower);
    this.append(f.folded, from, to, f.upper ? 1 : f.lower ? 2 : 0);
  }

  /** Units that make no cut ("+" of "C++"). */
  append(folded: string, from: number, to: number, c: number): void {
    if (this.length + folded.length > this.srcStart.length) this.grow(Math.max(this.srcStart.length * 2, this.length + folded.length));
    for (let k = 0; k < folded.length; k++) {
      this.codes[this.length] = folded.charCodeAt(k);
      this.srcStart[this.length] = from;
      this.srcEnd[this.length] = to;
      this.caseOf[this.length] = c;
      this.length++;
    }
  }

  folded(): string {
    return textOf(this.codes, 0, this.length);
  }

  /**
   * A number of two digits or more, then a capitalised word: "21/05/2015Description de
   * l'offre", "75016Missions", a page whose lines lost their breaks. Not "4K" nor "3D".
   */
  capitalAfterNumber(from: number, at: number): boolean {
    const digits = at - from >= 2 && isDigitUnit(this.codes[at - 1]) && isDigitUnit(this.codes[from]);
    return digits && at + 2 < this.length && this.caseOf[at] === 1 && this.caseOf[at + 1] === 2 && this.caseOf[at + 2] === 2;
  }

  clear(): void {
    this.length = 0;
    if (this.splits.length) this.splits.length = 0;
    this.lowerRun = 0;
  }
}

/**
 * The stem of a word written with accents. Folding can make a French word meet an English
 * one: "désigné" (named, appointed) would read as "design"; it meets "designated" instead.
 */
function accentedStem(norm: string, text: string, at: number): string {
  const s = stem(norm);
  return s === "design" && (text.charCodeAt(at + 1) | 0x20) === 0xe9 ? "designat" : s;
}

/**
 * The word flusher: turns the word read so far into tokens (cut where it was glued, unless
 * the whole is a known word), with the gap that precedes it and the parenthesis it sits in.
 */
class TokenWriter {
  readonly tokens: Token[] = [];
  readonly glueBreaks: number[] = [];
  readonly word = new WordBuffer();
  gap: Gap = Gap.Clause;
  private parenDepth = 0;
  private parenId = 0;
  private parenCounter = 0;
  /** A lone "&" was read since the last word. */
  amp = false;

  constructor(
    readonly text: string,
    readonly isKnown: (norm: string) => boolean,
  ) {}

  raise(g: Gap): void {
    if (g > this.gap) this.gap = g;
  }

  /** Parentheses never span sentences: an unclosed "(" ends with its clause. */
  beforeWord(): void {
    if (!this.word.length && this.gap === Gap.Clause && this.parenDepth > 0) {
      this.parenDepth = 0;
      this.parenId = 0;
    }
  }

  openParen(): void {
    this.parenDepth++;
    if (this.parenDepth === 1) this.parenId = ++this.parenCounter;
  }

  closeParen(): void {
    if (this.parenDepth > 0) this.parenDepth--;
    if (this.parenDepth === 0) this.parenId = 0;
  }

  flush(): void {
    const word = this.word;
    if (!word.length) return;
    const applicable = word.splits.length && !this.isKnown(word.folded()) ? word.splits : [];
    let from = 0;
    let g = this.gap;
    for (const s of applicable) {
      if (s.at <= from || s.at >= word.length) continue;
      this.push(from, s.at, g);
      const strong = s.strong || word.capitalAfterNumber(from, s.at);
      g = strong ? Gap.Clause : Gap.Joined;
      if (strong) this.glueBreaks.push(word.srcStart[s.at]);
      from = s.at;
    }
    this.push(from, word.length, g);
    word.clear();
    this.gap = Gap.Space;
  }

  private push(from: number, to: number, g: Gap): void {
    const { codes, srcStart, srcEnd, caseOf } = this.word;
    // Plain ASCII words fold to their lower-case source text: no per-unit string building.
    const a = srcStart[from];
    const b = srcEnd[to - 1];
    const ascii = b - a === to - from && plainAscii(this.text, a, b);
    const norm = ascii ? this.text.slice(a, b).toLowerCase() : textOf(codes, from, to);
    let upper = 0;
    let lower = 0;
    for (let k = from; k < to; k++) {
      if (caseOf[k] === 1) upper++;
      else if (caseOf[k] === 2) lower++;
    }
    this.tokens.push({
      start: a,
      end: b,
      norm,
      stem: ascii ? stem(norm) : accentedStem(norm, this.text, a),
      gap: g,
      upper: upper >= 2 && lower === 0,
      cap: caseOf[from] === 1,
      paren: this.parenId,
      amp: this.amp,
    });
    this.amp = false;
  }
}

// The scanner's steps for what is not a letter or a digit: each flushes the word or
// keeps it going, and returns where reading resumes.

/** A line break: a single one followed by a lower-case word is a soft wrap (PDF, e-mail). */
function newline(w: TokenWriter, i: number, cp: number, len: number): number {
  const text = w.text;
  w.flush();
  let j = i + 1;
  if (cp === 0x0d && text.charCodeAt(j) === 0x0a) j++;
  let blank = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0xa0) j++;
    else {
      if (c === 0x0a || c === 0x0d) blank = true;
      break;
    }
  }
  w.raise(!blank && isLowerCp(cpAt(text, j)) ? Gap.Space : Gap.Clause);
  return i + len;
}

/** A hyphen after a word: joins it to the next, or is PDF hyphenation at a line end ("dévelop-\n  pement"). */
function hyphen(w: TokenWriter, i: number, len: number, next: number): number {
  const text = w.text;
  if (isWordCp(next)) {
    w.flush();
    w.gap = Gap.Joined;
    return i + len;
  }
  let j = i + len;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
  if (text.charCodeAt(j) === 0x0a) {
    j++;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    if (isLowerCp(cpAt(text, j)) || (isWordCp(cpAt(text, j)) && w.isKnown(w.word.folded() + foldedWordAt(text, j)))) return j;
  }
  w.flush();
  w.raise(Gap.Punct);
  return i + len;
}

function apostrophe(w: TokenWriter, i: number, len: number, next: number): number {
  if (w.word.length && isWordCp(next)) {
    w.flush();
    w.gap = Gap.Joined;
  } else {
    w.flush();
    w.raise(Gap.Space);
  }
  return i + len;
}

/** A dot: inside a name ("node.js"), an inclusive-writing marker, or the end of a sentence. */
function period(w: TokenWriter, i: number, len: number, next: number): number {
  if (w.word.length && (isLowerCp(next) || (next >= 0x30 && next <= 0x39))) {
    // Inclusive writing "candidat.e", "créatif.ve": drop the marker.
    const marker = /^\.(e|es|ve|ves|se|ne|nes|trice|rice|euse|fe)(?![\p{L}\p{N}])/u.exec(w.text.slice(i, i + 8));
    if (marker) return i + marker[0].length;
    w.flush();
    w.gap = Gap.Joined;
    return i + len;
  }
  w.flush();
  w.raise(next === 0x29 || next === 0x2c ? Gap.Punct : Gap.Clause);
  return i + len;
}

/** "(": an inclusive-writing ending "chargé(e)", "CHARGÉ(E)" is dropped; otherwise a parenthesised group opens. */
function openParen(w: TokenWriter, i: number, len: number): number {
  if (w.word.length) {
    const marker = /^\((e|es|s|ve|ves|se|ne|nes|le|te|trice|rice|euse|fe|x)\)/i.exec(w.text.slice(i, i + 8));
    if (marker) return i + marker[0].length;
  }
  w.flush();
  w.raise(Gap.Punct);
  w.openParen();
  return i + len;
}

/** "un·e", "chargé·e·s": the marker and its ending are skipped. */
function skipMiddleDotEnding(text: string, j: number): number {
  let letters = 0;
  while (j < text.length && isLowerCp(cpAt(text, j)) && letters < 6) {
    j++;
    letters++;
  }
  return j;
}

function punctuation(w: TokenWriter, i: number, cp: number, len: number): number {
  const text = w.text;
  const inWord = w.word.length;
  const next = cpAt(text, i + len);
  if (HYPHENS.has(cp) && inWord) return hyphen(w, i, len, next);
  if (APOSTROPHES.has(cp)) return apostrophe(w, i, len, next);
  if (cp === 0x2e /* . */) return period(w, i, len, next);
  if (cp === 0x28 /* ( */) return openParen(w, i, len);
  if (cp === 0x29 /* ) */) {
    w.flush();
    w.raise(Gap.Punct);
    w.closeParen();
    return i + len;
  }
  if (MIDDLE_DOTS.has(cp) && inWord && isLowerCp(next)) return skipMiddleDotEnding(text, i + len);
  if ((cp === 0x2b || cp === 0x23) && inWord && inWord <= 2 && !isWordCp(next === 0x2b || next === 0x23 ? cpAt(text, i + 2) : next)) {
    // "C++", "C#".
    w.word.append(String.fromCharCode(cp), i, i + 1, 0);
    return i + 1;
  }
  w.flush();
  if (cp === 0x26 /* & */ && !inWord) w.amp = true;
  if (TRANSPARENT.has(cp)) w.raise(Gap.Space);
  else if (CLAUSE_END.has(cp) || isBullet(cp) || MIDDLE_DOTS.has(cp)) w.raise(Gap.Clause);
  else w.raise(Gap.Punct);
  return i + len;
}

/** "http://", "https://" or "www." starting a word. */
function isUrlAt(text: string, i: number): boolean {
  if (i > 0 && isWordCp(text.charCodeAt(i - 1))) return false;
  return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
}

/** Where a link ends: at white space or at the bracket, quote or angle that closes it. */
function urlEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c <= 0x20 || c === 0x29 || c === 0x5d || c === 0x3e || c === 0x22 || c === 0x3c || c === 0x7d) break;
    j++;
  }
  // A sentence's full stop or comma right after a link is punctuation, not the link's.
  while (j > i && /[.,;:!?]/.test(text[j - 1])) j--;
  return j;
}

/**
 * Tokenize `text`. `isKnown(norm)` tells whether a glued word is a real vocabulary
 * item ("linkedin", "wordpress") that must not be split at its inner capital.
 */
export function tokenize(text: string, isKnown: (norm: string) => boolean = () => false): Tokenized {
  const w = new TokenWriter(text, isKnown);
  const word = w.word;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    // Fast path for ASCII letters and digits, the bulk of any offer.
    const ascii = unit < 128 ? ASCII_KIND[unit] : 0;
    if (ascii !== 0) {
      if (!word.length && (unit === 0x68 || unit === 0x77) && isUrlAt(text, i)) {
        // A link's words ("mes-aides-ui/wiki") are an address, not the offer's words.
        i = urlEnd(text, i);
        w.raise(Gap.Punct);
        continue;
      }
      w.beforeWord();
      word.addAscii(unit, ascii, i);
      i++;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const len = cp > 0xffff ? 2 : 1;
    const f = foldChar(cp);
    if (f.cls === WORD) {
      w.beforeWord();
      word.add(f, i, i + len);
      i += len;
    } else if (f.cls === INVISIBLE) {
      i += len;
    } else if (f.cls === SPACE) {
      w.flush();
      w.raise(Gap.Space);
      i += len;
    } else if (f.cls === NEWLINE) {
      i = newline(w, i, cp, len);
    } else {
      i = punctuation(w, i, cp, len);
    }
  }
  w.flush();
  return { tokens: w.tokens, glueBreaks: w.glueBreaks };
}
