// The word lists of the analyzer's passes, read in one lookup per word. Each pass asks
// whether a word belongs to a list of its own (function words, team nouns, negators,
// steering verbs…); a lookup in a string-keyed set costs about as much for every list,
// so the lists share one map from a word to the bits of the lists it is in, and an
// offer's words are looked up once.

import type { Token } from "./tokenize";

const BITS = new Map<string, number>();
let nextBit = 0;
let sealed = false;

/**
 * A bit for a list of folded words, to test in `wordClasses(tokens)[k]`. Lists are
 * registered when their module loads, before any offer is read.
 */
export function lexiconBit(words: Iterable<string>): number {
  if (sealed) throw new Error("lexicon: a word list was registered after the first offer was read");
  if (nextBit >= 31) throw new Error("lexicon: more than 31 word lists");
  const bit = 1 << nextBit++;
  for (const w of words) BITS.set(w, (BITS.get(w) ?? 0) | bit);
  return bit;
}

const classesOf = new WeakMap<readonly Token[], Uint32Array>();

/** For each token, the bits of the lists its folded word is in; computed once per token array. */
export function wordClasses(tokens: readonly Token[]): Uint32Array {
  let classes = classesOf.get(tokens);
  if (!classes) {
    sealed = true;
    classes = new Uint32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) classes[k] = BITS.get(tokens[k].norm) ?? 0;
    classesOf.set(tokens, classes);
  }
  return classes;
}
