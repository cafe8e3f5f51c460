// A bilingual posting shows the same offer twice, once per language ("Version française",
// then the French text). The second copy asks nothing new: read twice, it doubles the week
// and turns a fair offer into "two jobs". Its lines are marked as repeats, as a page that
// shows its text twice in one language already is.

import { ENGLISH, FRENCH } from "./language";
import { lexiconBit, wordClasses } from "./lexicon";
import type { Token } from "./tokenize";

/** A line that names a language: "Version française", "ENGLISH VERSION", "French text below". */
const LANGUAGE_NAMES = lexiconBit(["francais", "francaise", "french", "english", "anglais", "anglaise"]);
const MARKER_MAX_TOKENS = 5;
/** Each side must read clearly in its language: this many function words at least, two to one. */
const SIDE_MIN_WORDS = 3;
/** A translation is about as long as its original; a short paragraph in another language is not a copy. */
const COPY_MIN_RATIO = 0.5;
const COPY_MAX_RATIO = 2;

interface CopyLine {
  t0: number;
  t1: number;
  repeat: boolean;
}

/** Words that pair with a language's name to announce a copy: "Version française", "English version", "French text below". */
const ANNOUNCING = lexiconBit(["version", "below", "ci", "dessous", "text", "texte", "traduction", "translation"]);

/**
 * Marks the lines of a second-language copy of the offer, from the one that announces it to
 * the end. The announcement is a short line naming a language, or a language named beside
 * "version" anywhere in a line (a page whose lines ran together: "…apply now Version française
 * Nous recrutons…"); the last one after which the language flips is the copy's start.
 */
export function markTranslatedCopy(tokens: Token[], lines: CopyLine[]): void {
  const classes = wordClasses(tokens);
  for (let li = lines.length - 1; li > 0; li--) {
    const { t0, t1 } = lines[li];
    if (t1 === t0) continue;
    const short = t1 - t0 <= MARKER_MAX_TOKENS;
    let announced = false;
    for (let k = t0; k < t1 && !announced; k++) {
      if (!(classes[k] & LANGUAGE_NAMES)) continue;
      announced = short || (k > t0 && (classes[k - 1] & ANNOUNCING) !== 0) || (k + 1 < t1 && (classes[k + 1] & ANNOUNCING) !== 0);
    }
    if (announced && copyFrom(tokens, classes, lines[li])) {
      for (let lj = li; lj < lines.length; lj++) lines[lj].repeat = true;
      return;
    }
  }
}

/** The text after the announcing line is a translation of the text before it: another language, about as long. */
function copyFrom(tokens: Token[], classes: Uint32Array, line: CopyLine): boolean {
  const split = line.t0;
  const ratio = (tokens.length - line.t1) / Math.max(split, 1);
  if (ratio < COPY_MIN_RATIO || ratio > COPY_MAX_RATIO) return false;
  const before = clearLanguage(languageCounts(classes, 0, split));
  const after = clearLanguage(languageCounts(classes, line.t1, tokens.length));
  return !!before && !!after && before !== after;
}

function languageCounts(classes: Uint32Array, from: number, to: number): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (let k = from; k < to; k++) {
    if (classes[k] & FRENCH) fr++;
    else if (classes[k] & ENGLISH) en++;
  }
  return { fr, en };
}

function clearLanguage({ fr, en }: { fr: number; en: number }): "fr" | "en" | null {
  if (fr + en < SIDE_MIN_WORDS) return null;
  return fr >= 2 * en ? "fr" : en >= 2 * fr ? "en" : null;
}
