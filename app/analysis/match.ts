// Phrase matching over the content words of a token range: every start position
// walks the trie (bounded by the longest phrase), then the longest matches win and
// no passage is counted twice.

import type { MatchTarget, TrieNode } from "./compile";
import { lexiconBit, wordClasses } from "./lexicon";
import { exactKey, stem as importedStem } from "./stem";
import { CONJUNCTIONS, STOPWORDS as importedStopwords } from "./stopwords";
import { Gap, type Token } from "./tokenize";

const stem = importedStem;
const STOPWORDS = importedStopwords;
const FUNCTION_WORD = lexiconBit(STOPWORDS);

/** Content words (function words dropped) of a token range, with the gaps merged. */
export interface Stream {
  stems: string[];
  /**
   * Per word, EXACT when it has an exact key and JOINED when it has a glued stem. Few words
   * have either: the keys sit in small maps, and a long offer needs no array of them per word.
   */
  marks: Uint8Array;
  /** Exact keys ("=looker") of the words a tool name must match as written, by position. */
  exact: ReadonlyMap<number, string>;
  /** Stem of a word glued to the next when they are hyphen-joined ("e-mail" → "email"), by position. */
  joined: ReadonlyMap<number, string>;
  gaps: Int32Array;
  /** Index into the token array. */
  tok: Int32Array;
}

/**
 * `exactNorms`: the words some tool name must match as written; only those get an exact
 * key, so ordinary words cost no extra string.
 */
/** Closed compounds also written in two words ("web site", "web sites"): read glued, as "website". */
const SPLIT_COMPOUNDS = new Map([["web", new Set(["site", "sites"])]]);
const SPLIT_FIRST = lexiconBit(SPLIT_COMPOUNDS.keys());

/**
 * A sieve over a small set of words, by length and first letter: nearly every word of an
 * offer fails it, and is then never looked up in the set.
 */
const SIEVE_LENGTHS = 32;

function sieveKey(word: string): number {
  return Math.min(word.length, SIEVE_LENGTHS - 1) * 128 + (word.charCodeAt(0) & 127);
}

function sieveOf(words: Iterable<string>): Uint8Array {
  const sieve = new Uint8Array(SIEVE_LENGTHS * 128);
  for (const word of words) sieve[sieveKey(word)] = 1;
  return sieve;
}

/** The sieve over the words some tool name must match as written, made once per taxonomy. */
const exactSieves = new WeakMap<ReadonlySet<string>, Uint8Array>();

function exactSieve(exactNorms: ReadonlySet<string>): Uint8Array {
  let sieve = exactSieves.get(exactNorms);
  if (!sieve) {
    sieve = sieveOf(exactNorms);
    exactSieves.set(exactNorms, sieve);
  }
  return sieve;
}

const EXACT = 1;
const JOINED = 2;
/** Most streams (a title's few words) have no such key: they share this map rather than make two empty ones. */
const NO_KEYS: ReadonlyMap<number, string> = new Map();

/** The exact key of the word at `p`, if a tool name must match it as written. */
function exactAt(stream: Stream, p: number): string | undefined {
  return stream.marks[p] & EXACT ? stream.exact.get(p) : undefined;
}

/** The stem of the word at `p` glued to the next one, if they are hyphen-joined. */
function joinedAt(stream: Stream, p: number): string | undefined {
  return stream.marks[p] & JOINED ? stream.joined.get(p) : undefined;
}

export function buildStream(tokens: Token[], from = 0, to = tokens.length, exactNorms?: ReadonlySet<string>): Stream {
  const classes = wordClasses(tokens);
  // The content words are counted first, so that each array is made at its size: a view
  // cut from a longer one costs more than the count, and a growing array is copied again and again.
  let size = 0;
  for (let k = from; k < to; k++) if (!skipped(tokens, classes, k, to)) size++;
  const stems = new Array<string>(size);
  const marks = new Uint8Array(size);
  let exact: Map<number, string> | null = null;
  let joined: Map<number, string> | null = null;
  const gaps = new Int32Array(size);
  const tok = new Int32Array(size);
  const sieve = exactNorms ? exactSieve(exactNorms) : null;
  let pending: number = Gap.Clause;
  let prevIndex = -2;
  let m = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.gap > pending) pending = t.gap;
    if (skipped(tokens, classes, k, to)) continue;
    if (m > 0 && prevIndex === k - 1 && (t.gap === Gap.Joined || (t.gap === Gap.Space && classes[k - 1] & SPLIT_FIRST && SPLIT_COMPOUNDS.get(tokens[k - 1].norm)!.has(t.norm)))) {
      (joined ??= new Map()).set(m - 1, stem(tokens[k - 1].norm + t.norm));
      marks[m - 1] |= JOINED;
    }
    stems[m] = t.stem;
    if (sieve?.[sieveKey(t.norm)] && exactNorms!.has(t.norm)) {
      (exact ??= new Map()).set(m, exactKey(t.norm));
      marks[m] |= EXACT;
    }
    gaps[m] = m === 0 ? Gap.Clause : pending;
    tok[m] = k;
    m++;
    pending = Gap.Joined;
    prevIndex = k;
  }
  return { stems, marks, exact: exact ?? NO_KEYS, joined: joined ?? NO_KEYS, gaps, tok };
}

/** A word the stream leaves out: a function word, or an owner named before its object. */
function skipped(tokens: Token[], classes: Uint32Array, k: number, to: number): boolean {
  return (classes[k] & FUNCTION_WORD) !== 0 || possessor(tokens, k, to);
}

/** "the church's website", "our clients' brands": the owner named before the object, like an article. */
function possessor(tokens: Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  // The gap first: it is on the token itself, while comparing the word reads its string too.
  return k + 2 < to && next.gap === Gap.Joined && next.norm === "s" && tokens[k + 2].gap === Gap.Space;
}

export interface RawMatch {
  /** Content-word range [p0, p1). */
  p0: number;
  p1: number;
  targets: MatchTarget[];
  rank?: number;
  /**
   * End of the positions the match owns when it is shorter than its passage: "email" in
   * "email, social and display campaigns" owns its own word, and the shared head
   * "campaigns" stays free for "display campaigns".
   */
  owns?: number;
}

/**
 * Channel names that may stand between a task verb and its object: "manage our
 * Instagram and Facebook community", "animer nos communautés" read the same.
 */
const CHANNELS = new Set(["instagram", "facebook", "linkedin", "tiktok", "twitter", "youtube", "pinterest", "snapchat", "whatsapp"].map((w) => stem(w)));
const CHANNEL_SIEVE = sieveOf(CHANNELS);
/** At most this many objects of a list ("posts, videos, reels") are crossed to reach the next. */
const MAX_LIST_ITEMS = 3;
/**
 * Verbs that only ever make a visual or a film: "design the ads", "tourner les spots". Not
 * "create", "réaliser" or "edit", which make content of any kind.
 */
export const VISUAL_MAKING_VERBS = new Set(
  ["design", "draw", "illustrate", "retouch", "animate", "film", "shoot", "dessiner", "illustrer", "retoucher", "filmer", "tourner"].map((w) => stem(w)),
);
/** Verbs of making whose object lists name what is made ("réaliser des visuels, vidéos et affiches"). */
export const MAKING_VERBS = new Set([
  ...VISUAL_MAKING_VERBS,
  ...["create", "edit", "write", "produce", "creer", "realiser", "rediger", "ecrire", "monter", "produire", "concevoir"].map((w) => stem(w)),
]);

/** The word at token `k` follows a comma: the next item of a list, not a parenthesis or a new clause. */
function commaBefore(tokens: Token[], k: number): boolean {
  return k > 0 && tokens[k].gap === Gap.Punct && tokens[k - 1].paren === tokens[k].paren;
}
/** The only word between two content words is "and"/"or" (after a comma or not). */
function conjunctionBetween(tokens: Token[], k0: number, k1: number): boolean {
  if (k1 === k0 + 1) return tokens[k1].amp && tokens[k1].gap === Gap.Space;
  return k1 === k0 + 2 && tokens[k0 + 1].gap <= Gap.Punct && tokens[k1].gap === Gap.Space && CONJUNCTIONS.has(tokens[k0 + 1].norm);
}

/** Nothing but function words between two words ("publier du contenu"), within the phrase. */
function onlyArticlesBetween(tokens: Token[], k0: number, k1: number): boolean {
  for (let k = k0 + 1; k < k1; k++) if (!STOPWORDS.has(tokens[k].norm) || CONJUNCTIONS.has(tokens[k].norm)) return false;
  for (let k = k0 + 1; k <= k1; k++) if (tokens[k].gap > Gap.Space) return false;
  return true;
}

/**
 * "email, social and display campaigns", "blog and newsletter content", "produire et
 * publier du contenu": past the one-word
 * items of a list, the head noun they share, right after the last item; -1 when none.
 * `q` is the word after the first item.
 */
function sharedHead(stream: Stream, tokens: Token[], q: number): number {
  for (let item = q; item < stream.stems.length && item - q < MAX_LIST_ITEMS; item++) {
    const k = stream.tok[item];
    if (conjunctionBetween(tokens, stream.tok[item - 1], k)) {
      const head = item + 1;
      if (head >= stream.stems.length || stream.gaps[head] !== Gap.Space) return -1;
      // Two verbs may share an object behind an article ("produire et publier du contenu");
      // a longer list shares a head right after it, as English modifiers do ("email, social and
      // display campaigns"), not across "des" ("analyse éditoriale, recommandations et suivi des stratégies").
      const adjacent = stream.tok[head] === k + 1;
      return adjacent || (item === q && onlyArticlesBetween(tokens, k, stream.tok[head])) ? head : -1;
    }
    if (stream.tok[item] !== stream.tok[item - 1] + 1 || !commaBefore(tokens, k)) return -1;
  }
  return -1;
}

/** At most this many channel names are crossed, within the clause. */
const MAX_CHANNELS = 4;

/** Past the channels named right after the phrase's first word (its verb), where the phrase may go on; -1 when none. */
function afterChannels(stream: Stream, q: number): number {
  let r = q;
  while (r < stream.stems.length && r - q < MAX_CHANNELS && CHANNEL_SIEVE[sieveKey(stream.stems[r])] && CHANNELS.has(stream.stems[r]) && stream.gaps[r] <= Gap.Punct) r++;
  return r > q && r < stream.stems.length && stream.gaps[r] <= Gap.Space && stream.gaps[q] <= Gap.Space ? r : -1;
}

/**
 * A capitalised tool name, not the everyday word: mid-sentence a capital says so; the
 * first word of a line is capitalised anyway, so there it must head a list of names
 * ("React, Vue or Angular"), not a verb's object ("React to comments").
 */
function namedTool(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.cap) return false;
  if (t.gap < Gap.Clause && k > 0) return true;
  const next = tokens[k + 1];
  if (!next || next.gap >= Gap.Clause || next.gap === Gap.Joined || CONJUNCTIONS.has(next.norm) || NAME_SUFFIXES.has(next.norm)) return true;
  // "React, Vue or Angular": the list goes on with another name, not a verb ("Sketch, illustrate…").
  return next.gap === Gap.Punct && next.cap;
}
const NAME_SUFFIXES = new Set(["js", "native"]);

function validTarget(t: MatchTarget, tokens: Token[], stream: Stream, p0: number, plain: boolean): boolean {
  return (
    (!t.upperAt.length || (plain && t.upperAt.every((i) => tokens[stream.tok[p0 + i]]?.upper))) &&
    (!t.capAt.length || (plain && t.capAt.every((i) => namedTool(tokens, stream.tok[p0 + i]!))))
  );
}

function validTargets(targets: MatchTarget[], tokens: Token[], stream: Stream, p0: number, plain: boolean): MatchTarget[] {
  // Most phrases ask nothing of how they are written: no copy (nor closure) for them.
  for (const t of targets) if (!validTarget(t, tokens, stream, p0, plain)) return targets.filter((x) => validTarget(x, tokens, stream, p0, plain));
  return targets;
}

// The depth-first walk's stack, kept between calls: one walk per content word would
// otherwise allocate a stack and a tuple per step.
const stackNode: TrieNode[] = [];
const stackPos: number[] = [];
/** Bit 1: the path is plain; bit 2: its head is shared with a list. */
const stackFlags: number[] = [];
let stackTop = 0;
const PLAIN = 1;
const SHARED = 2;

/** A module-level function, not a closure per walk: a closure made per content word costs its allocation. */
function push(node: TrieNode | undefined, q: number, flags: number): void {
  if (!node) return;
  stackNode[stackTop] = node;
  stackPos[stackTop] = q;
  stackFlags[stackTop] = flags;
  stackTop++;
}

/** Longest trie match starting at content position p0 (whose word leads to `first`), or null. */
function longestAt(root: TrieNode, stream: Stream, tokens: Token[], p0: number, first: TrieNode | undefined): RawMatch | null {
  let best: RawMatch | null = null;
  // Depth-first over (node, next position, plain path?, head shared with a list?): branching
  // only at hyphen-joined words and list items. A path that jumps (a glued word, channels, a
  // list) is not plain: its phrase positions no longer match stream positions one to one,
  // so a phrase that must be written in capitals is not read through it.
  stackTop = 0;
  push(first, p0 + 1, PLAIN);
  const exact = exactAt(stream, p0);
  if (exact) push(root.next.get(exact), p0 + 1, PLAIN);
  const glued = joinedAt(stream, p0);
  if (glued) push(root.next.get(glued), p0 + 2, 0);
  const n = stream.stems.length;
  while (stackTop > 0) {
    stackTop--;
    const node = stackNode[stackTop];
    const q = stackPos[stackTop];
    const flags = stackFlags[stackTop];
    const shared = (flags & SHARED) !== 0;
    if (node.targets) {
      const targets = validTargets(node.targets, tokens, stream, p0, (flags & PLAIN) !== 0);
      if (targets.length && (!best || q > best.p1) && !(shared && targets.some((t) => t.kind === "trade"))) {
        best = shared ? { p0, p1: q, targets, owns: p0 + 1 } : { p0, p1: q, targets };
      }
    }
    if (node.next.size === 0) continue;
    if (q === p0 + 1 && q < n && stream.gaps[q] <= Gap.Punct) {
      const head = sharedHead(stream, tokens, q);
      if (head > 0) push(node.next.get(stream.stems[head]), head + 1, SHARED);
    }
    if (q >= n || stream.gaps[q] > Gap.Space) continue;
    push(node.next.get(stream.stems[q]), q + 1, flags);
    if (q === p0 + 1) {
      const r = afterChannels(stream, q);
      if (r > 0) push(node.next.get(stream.stems[r]), r + 1, 0);
      // "Create and edit posts, videos and reels": a making verb reaches each object of its list
      // (which starts with a comma: without one the verb is not looked up).
      const listing = q + 1 < n && stream.gaps[q + 1] === Gap.Punct && MAKING_VERBS.has(stream.stems[p0]) && stream.gaps[q] <= Gap.Space;
      for (let item = q + 1; listing && item < n && item - q <= MAX_LIST_ITEMS; item++) {
        if (stream.gaps[item] !== Gap.Punct || !commaBefore(tokens, stream.tok[item])) break;
        const listed = node.next.get(stream.stems[item]);
        if (listed) {
          push(listed, item + 1, 0);
          break;
        }
      }
    }
    const exactQ = exactAt(stream, q);
    if (exactQ) push(node.next.get(exactQ), q + 1, flags);
    const join = joinedAt(stream, q);
    if (join && q + 1 < n) push(node.next.get(join), q + 2, flags & SHARED);
  }
  return best;
}

/** End of the positions a match owns. */
function ownedEnd(m: RawMatch): number {
  return m.owns ?? m.p1;
}

/**
 * All non-overlapping matches, longest first; between equally long overlapping ones,
 * the higher `rank` (e.g. a core craft over a generic phrase), then `prefer`'s side.
 */
export function findMatches(
  root: TrieNode,
  stream: Stream,
  tokens: Token[],
  prefer: "left" | "right" = "left",
  rank: (targets: MatchTarget[]) => number = () => 0,
): RawMatch[] {
  const candidates: RawMatch[] = [];
  for (let p = 0; p < stream.stems.length; p++) {
    const first = root.next.get(stream.stems[p]);
    if (!first && !stream.marks[p]) continue;
    const m = longestAt(root, stream, tokens, p, first);
    if (m) candidates.push(m);
  }
  const side = prefer === "left" ? 1 : -1;
  for (const c of candidates) c.rank = rank(c.targets);
  candidates.sort((a, b) => ownedEnd(b) - b.p0 - (ownedEnd(a) - a.p0) || (b.rank ?? 0) - (a.rank ?? 0) || side * (a.p0 - b.p0));
  const taken = new Uint8Array(stream.stems.length);
  const chosen: RawMatch[] = [];
  for (const m of candidates) {
    const end = ownedEnd(m);
    let free = true;
    for (let p = m.p0; p < end && free; p++) if (taken[p]) free = false;
    if (!free) continue;
    for (let p = m.p0; p < end; p++) taken[p] = 1;
    chosen.push(m);
  }
  chosen.sort((a, b) => a.p0 - b.p0);
  return chosen;
}
