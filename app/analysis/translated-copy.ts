// A bilingual posting shows the same offer twice, once per language ("Version française",
// then the French text). The second copy asks nothing new: read twice, it doubles the week
// and turns a fair offer into "two jobs". Its lines are marked as repeats, as a page that
// shows its text twice in one language already is. A paragraph in the other language that
// says something else ("Anglais courant", then an English list of more work) is no copy.

import { functionWordCounts } from "./language";
import { lexiconBit, wordClasses } from "./lexicon";
import { STOPWORDS } from "./stopwords";
import { Gap, isDigitUnit, type Token } from "./tokenize";

/** A language's name: "Version française", "ENGLISH VERSION", "French text below". */
const LANGUAGE_NAMES = lexiconBit(["francais", "francaise", "french", "english", "anglais", "anglaise"]);
/** Words that announce a copy beside a language's name. */
const ANNOUNCING = lexiconBit(["version", "below", "ci", "dessous", "text", "texte", "traduction", "translation", "translated", "traduit", "see", "voir"]);
const FUNCTION_WORD = lexiconBit(STOPWORDS);
const MARKER_MAX_TOKENS = 5;
/** Each side must read clearly in its language: this many function words at least, two to one. */
const SIDE_MIN_WORDS = 3;
/** A translation is about as long as its original (French runs a little longer); a summary is not a copy. */
const COPY_MIN_RATIO = 0.6;
const COPY_MAX_RATIO = 1.67;
/** Names and figures carry over into a translation: at least this share of them is on both sides… */
const SHARED_NAMES = 0.25;
/** …when the two sides hold this many between them. */
const NAMES_TO_COMPARE = 4;
/** Announcements compared with the whole offer, from the last. */
const MAX_TRIES = 3;

interface CopyLine {
  t0: number;
  t1: number;
  repeat: boolean;
}

/**
 * Marks the lines of a second-language copy of the offer, from the one that announces it to
 * the end. The announcement is a short line of nothing but a language's name and words that
 * announce ("English version", "*** Version française ***"), or, inside a line that ran into
 * others, a capitalised "Version française" or "English version" ending at a mark or before a
 * new sentence ("…apply now Version Française Nous recrutons…"). The last
 * one after which the text is a translation of the text before it starts the copy.
 */
export function markTranslatedCopy(tokens: Token[], lines: CopyLine[]): void {
  const classes = wordClasses(tokens);
  // Each comparison reads the whole offer: a few announcements are tried, not thousands of hostile ones.
  let tries = 0;
  for (let li = lines.length - 1; li > 0 && tries < MAX_TRIES; li--) {
    const { t0, t1 } = lines[li];
    if (t1 === t0 || !(t1 - t0 <= MARKER_MAX_TOKENS ? announcingLine(classes, t0, t1) : announcedInside(tokens, classes, t0, t1))) continue;
    if (!aboutAsLong(tokens.length, lines[li])) continue;
    tries++;
    if (copyFrom(tokens, classes, lines[li])) {
      for (let lj = li; lj < lines.length; lj++) lines[lj].repeat = true;
      return;
    }
  }
}

/** A short line of a language's name and announcing or function words only: "English version", not "Anglais courant". */
function announcingLine(classes: Uint32Array, t0: number, t1: number): boolean {
  let named = false;
  for (let k = t0; k < t1; k++) {
    if (classes[k] & LANGUAGE_NAMES) named = true;
    else if (!(classes[k] & (ANNOUNCING | FUNCTION_WORD))) return false;
  }
  return named;
}

/** "…apply now Version Française*** Nous recrutons": a capitalised pair of "version" and a language's name, then a mark or a capital. */
function announcedInside(tokens: Token[], classes: Uint32Array, t0: number, t1: number): boolean {
  for (let k = t0; k + 1 < t1; k++) {
    const pair = (classes[k] & ANNOUNCING && classes[k + 1] & LANGUAGE_NAMES) || (classes[k] & LANGUAGE_NAMES && classes[k + 1] & ANNOUNCING);
    if (pair && tokens[k].cap && (k + 2 >= t1 || tokens[k + 2].gap >= Gap.Punct || tokens[k + 2].cap)) return true;
  }
  return false;
}

/** The text after the announcing line is about as long as the text before it. */
function aboutAsLong(total: number, line: CopyLine): boolean {
  const ratio = (total - line.t1) / Math.max(line.t0, 1);
  return ratio >= COPY_MIN_RATIO && ratio <= COPY_MAX_RATIO;
}

/** The text after the announcing line translates the text before it: another language, the same names. */
function copyFrom(tokens: Token[], classes: Uint32Array, line: CopyLine): boolean {
  const split = line.t0;
  const before = clearLanguage(functionWordCounts(classes, 0, split));
  const after = clearLanguage(functionWordCounts(classes, line.t1, tokens.length));
  if (!before || !after || before === after) return false;
  const first = namesIn(tokens, classes, 0, split);
  const second = namesIn(tokens, classes, line.t1, tokens.length);
  let shared = 0;
  for (const name of second) if (first.has(name)) shared++;
  const all = first.size + second.size - shared;
  return all < NAMES_TO_COMPARE || shared >= SHARED_NAMES * all;
}

/** Capitalised words inside a sentence and figures: the tools, places and numbers a translation keeps. */
function namesIn(tokens: Token[], classes: Uint32Array, from: number, to: number): Set<string> {
  const names = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (classes[k] & (FUNCTION_WORD | LANGUAGE_NAMES) || t.norm.length < 2) continue;
    if ((t.cap && t.gap < Gap.Clause) || t.upper || isDigitUnit(t.norm.charCodeAt(0))) names.add(t.norm);
  }
  return names;
}

function clearLanguage({ fr, en }: { fr: number; en: number }): "fr" | "en" | null {
  if (fr + en < SIDE_MIN_WORDS) return null;
  return fr >= 2 * en ? "fr" : en >= 2 * fr ? "en" : null;
}
