// Language of an offer. franc-min reads trigrams; short or odd texts (a title, a
// list of tools) fall back to counting function words. Mixed offers are common
// (French prose, English tool names): the function-word counts also give the mix.

import { francAll } from "franc-min";
import { lexiconBit, wordClasses } from "./lexicon";
import type { Lang } from "./taxonomy";
import type { Token } from "./tokenize";

const FR_WORDS = "le la les des du de et est une un pour dans vous nous avec sur au aux votre vos que qui sont etre ou par ce cette nos notre tu ton ta tes vos leur plus nous ses ces".split(" ");
const EN_WORDS = "the and of to for with you we our your is are on an be will as this that or from by have it at their who what can all".split(" ");
const FRENCH = lexiconBit(FR_WORDS);
const ENGLISH = lexiconBit(EN_WORDS);

const FRANC_MIN_CHARS = 120;
/** Trigrams settle a close call within a paragraph or two; franc's cost grows with the sample (it reads at most 2 KB). */
const FRANC_SAMPLE_CHARS = 1000;
const FRANC_MARGIN = 0.05;

export interface LanguageGuess {
  language: Lang;
  /** Share of French function words among French + English ones (0..1). */
  frenchShare: number;
}

/** French and English function words among tokens [from, to), by their word classes. */
export function functionWordCounts(classes: Uint32Array, from: number, to: number): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (let k = from; k < to; k++) {
    if (classes[k] & FRENCH) fr++;
    else if (classes[k] & ENGLISH) en++;
  }
  return { fr, en };
}

function isClearMajority(fr: number, en: number): boolean {
  return fr + en >= 12 && (fr >= 2 * en || en >= 2 * fr);
}

/** The language of the offer's first FRANC_SAMPLE_CHARS characters when their function words decide it alone. */
function openingMajority(tokens: Token[]): Lang | null {
  let to = 0;
  while (to < tokens.length && tokens[to].end <= FRANC_SAMPLE_CHARS) to++;
  const { fr, en } = functionWordCounts(wordClasses(tokens), 0, to);
  return isClearMajority(fr, en) ? (fr > en ? "fr" : "en") : null;
}

export function detectLanguage(text: string, tokens: Token[], fallback: Lang = "fr"): LanguageGuess {
  const { fr, en } = functionWordCounts(wordClasses(tokens), 0, tokens.length);
  const frenchShare = fr + en === 0 ? (fallback === "fr" ? 1 : 0) : fr / (fr + en);
  const byWords: Lang | null = fr + en < 3 ? null : fr > en ? "fr" : en > fr ? "en" : null;

  // A clear function-word majority decides alone; franc (trigrams) settles the rest.
  const strong = isClearMajority(fr, en);
  let byFranc: Lang | null = null;
  // A mixed offer is read in its opening's language; when the opening's own function words
  // already hold a clear majority, trigrams over the same opening would only repeat them.
  const opening = strong ? null : openingMajority(tokens);
  if (opening) byFranc = opening;
  else if (!strong && text.length >= FRANC_MIN_CHARS) {
    // Skip links and markup so the sample is prose.
    const sample = text
      .slice(0, 2 * FRANC_SAMPLE_CHARS)
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/[#*_`>|[\]()]/g, " ")
      .slice(0, FRANC_SAMPLE_CHARS);
    const ranked = francAll(sample, { only: ["fra", "eng"], minLength: 20 });
    const [first, second] = ranked;
    // A near tie (a list of nouns and tool names) is no decision.
    if (first && first[0] !== "und" && (!second || first[1] - second[1] >= FRANC_MARGIN || !byWords)) {
      byFranc = first[0] === "fra" ? "fr" : first[0] === "eng" ? "en" : null;
    }
  }
  const language = (strong ? byWords : byFranc ?? byWords) ?? byFranc ?? fallback;
  return { language, frenchShare: Math.round(frenchShare * 100) / 100 };
}
