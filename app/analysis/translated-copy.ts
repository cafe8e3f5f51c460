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

/** Marks the lines of a second-language copy of the offer, from the line that announces it to the end. */
export function markTranslatedCopy(tokens: Token[], lines: CopyLine[]): void {
  const classes = wordClasses(tokens);
  let marker = -1;
  for (let li = lines.length - 1; li > 0 && marker < 0; li--) {
    const { t0, t1 } = lines[li];
    if (t1 - t0 === 0 || t1 - t0 > MARKER_MAX_TOKENS) continue;
    for (let k = t0; k < t1; k++) if (classes[k] & LANGUAGE_NAMES) marker = li;
  }
  if (marker < 0) return;
  const split = lines[marker].t0;
  const before = languageCounts(classes, 0, split);
  const after = languageCounts(classes, lines[marker].t1, tokens.length);
  const ratio = (tokens.length - lines[marker].t1) / Math.max(split, 1);
  if (ratio < COPY_MIN_RATIO || ratio > COPY_MAX_RATIO) return;
  const beforeLang = clearLanguage(before);
  const afterLang = clearLanguage(after);
  if (!beforeLang || !afterLang || beforeLang === afterLang) return;
  for (let li = marker; li < lines.length; li++) lines[li].repeat = true;
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
