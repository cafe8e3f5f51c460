// Turns the taxonomy (plain data) into matching structures, once: a trie of stemmed
// phrases for synonyms and ambiguous terms, another for profile titles, and the
// profiles as family sets for the cover step.

import { OTHER_TRADES, type OtherTrade } from "./other-trades";
import { ACRONYM_ONLY, CAPITALISED_ONLY, STOPWORDS } from "./stopwords";
import { exactKey, stem } from "./stem";
import type { Depth, FamilyId, RoleFamily, RoleProfile, Taxonomy, TaxonomyEntry } from "./taxonomy";
import { Gap, tokenize } from "./tokenize";

export interface MatchTarget {
  kind: "entry" | "ambiguous" | "profile" | "trade";
  id: string;
  /** Phrase positions whose text word must be written in capitals ("SEA", not "sea"). */
  upperAt: number[];
  /** Phrase positions whose text word must be a capitalised name ("React", not "react"). */
  capAt: number[];
  /** Order of insertion: the first listed sense of a duplicated synonym wins. */
  order: number;
  /** For a profile's title, its place in the profile's list for its language (0 for the label): a job's main titles come first. */
  rank?: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  targets: MatchTarget[] | null;
}

export interface CompiledSense {
  familyId: FamilyId;
  entryId: string;
  depth: Depth;
  /** Each context word or phrase as content stems. */
  context: string[][];
}

export interface CompiledAmbiguous {
  id: string;
  senses: CompiledSense[];
  fallback: CompiledSense | null;
}

export interface CompiledProfile {
  id: string;
  core: Set<FamilyId>;
  light: Set<FamilyId>;
  /** Entry ids of its core families the job does not do. */
  excludes: ReadonlySet<string>;
  /** Entry ids of other families the job does as its own craft. */
  alsoOwns: ReadonlySet<string>;
  /** Other trades' work that comes with the job. */
  absorbs: ReadonlySet<string>;
  nearTrades: ReadonlySet<string>;
  profile: RoleProfile;
}

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  version: string;
  familyIds: FamilyId[];
  families: Map<FamilyId, RoleFamily>;
  entries: Map<string, TaxonomyEntry>;
  trie: TrieNode;
  titleTrie: TrieNode;
  ambiguous: Map<string, CompiledAmbiguous>;
  profiles: CompiledProfile[];
  profileById: Map<string, CompiledProfile>;
  /** Trades outside marketing whose work the trie also finds (kind "trade"). */
  trades: Map<string, OtherTrade>;
  /** Folded words the taxonomy knows whole ("linkedin"): never split at an inner capital. */
  isKnown: (norm: string) => boolean;
  /** Folded words that some phrase must match as written (tool names: "looker"). */
  exactNorms: ReadonlySet<string>;
}

const newNode = (): TrieNode => ({ next: new Map(), targets: null });

interface Phrase {
  stems: string[];
  upperAt: number[];
  capAt: number[];
}

/**
 * The stemmed content words of a phrase, plus a variant with hyphenated parts glued
 * ("e-mail" → "email"). With `names`, capitalised words are kept exact: "Looker" must
 * not meet "looking".
 */
export function phraseVariants(text: string, names = false): Phrase[] {
  const { tokens } = tokenize(String(text ?? ""), () => true);
  const content = tokens.filter((t) => !STOPWORDS.has(t.norm));
  if (!content.length) return [];
  // "AT Internet" without its "AT" would be any "internet", "la marque" any "marque":
  // a bare word counts only when the taxonomy lists it bare.
  if (content.length === 1 && tokens.length > 1 && tokens.every((t) => t === content[0] || STOPWORDS.has(t.norm))) return [];
  if (tokens.some((t) => STOPWORDS.has(t.norm) && t.upper)) return [];
  const upperAt: number[] = [];
  const capAt: number[] = [];
  content.forEach((t, i) => {
    if (t.upper && ACRONYM_ONLY.has(t.norm)) upperAt.push(i);
    else if (t.cap && CAPITALISED_ONLY.has(t.norm)) capAt.push(i);
  });
  const keyOf = (t: (typeof content)[number]) => (names && (t.cap || t.upper) && /[a-z]/.test(t.norm) && t.stem !== t.norm ? exactKey(t.norm) : t.stem);
  const variants: Phrase[] = [{ stems: content.map(keyOf), upperAt, capAt }];
  if (content.some((t, i) => i > 0 && t.gap === Gap.Joined)) {
    const glued: string[] = [];
    let current = "";
    content.forEach((t, i) => {
      if (i > 0 && t.gap === Gap.Joined) current += t.norm;
      else {
        if (current) glued.push(stem(current));
        current = t.norm;
      }
    });
    if (current) glued.push(stem(current));
    variants.push({ stems: glued, upperAt: [], capAt: [] });
  }
  return variants;
}

function insert(root: TrieNode, phrase: Phrase, target: Omit<MatchTarget, "upperAt" | "capAt">): void {
  let node = root;
  for (const s of phrase.stems) {
    let child = node.next.get(s);
    if (!child) {
      child = newNode();
      node.next.set(s, child);
    }
    node = child;
  }
  const targets = (node.targets ??= []);
  if (!targets.some((t) => t.kind === target.kind && t.id === target.id)) {
    targets.push({ ...target, upperAt: phrase.upperAt, capAt: phrase.capAt });
  }
}

function surfaceForms(entry: TaxonomyEntry): string[] {
  const out: string[] = [];
  for (const list of [entry.synonyms?.fr, entry.synonyms?.en]) if (Array.isArray(list)) out.push(...list);
  if (entry.label?.fr) out.push(entry.label.fr);
  if (entry.label?.en) out.push(entry.label.en);
  return out.filter((s) => typeof s === "string" && s.trim());
}

function collectExact(root: TrieNode): Set<string> {
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const [key, child] of node.next) {
      if (key.startsWith("=")) out.add(key.slice(1));
      stack.push(child);
    }
  }
  return out;
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const trie = newNode();
  const titleTrie = newNode();
  const vocab = new Set<string>();
  const families = new Map<FamilyId, RoleFamily>();
  const entries = new Map<string, TaxonomyEntry>();
  let order = 0;

  const remember = (text: string) => {
    for (const t of tokenize(text, () => true).tokens) vocab.add(t.norm);
    const glued = text.toLowerCase().replace(/[-.]/g, "");
    for (const t of tokenize(glued, () => true).tokens) vocab.add(t.norm);
  };

  for (const family of taxonomy.families ?? []) {
    families.set(family.id, family);
    for (const entry of family.entries ?? []) {
      entries.set(entry.id, entry);
      for (const form of surfaceForms(entry)) {
        remember(form);
        for (const phrase of phraseVariants(form, entry.kind === "tool")) insert(trie, phrase, { kind: "entry", id: entry.id, order: order++ });
      }
    }
  }

  const ambiguous = new Map<string, CompiledAmbiguous>();
  for (const term of taxonomy.ambiguous ?? []) {
    const senses: CompiledSense[] = (term.senses ?? []).map((s) => ({
      familyId: s.familyId,
      entryId: s.entryId,
      depth: s.depth,
      context: (s.context ?? []).flatMap((c) => phraseVariants(c).slice(0, 1).map((p) => p.stems)),
    }));
    const fallback = term.fallback ? senses.find((s) => s.entryId === term.fallback) ?? null : null;
    ambiguous.set(term.id, { id: term.id, senses, fallback });
    for (const form of term.forms ?? []) {
      remember(form);
      for (const phrase of phraseVariants(form)) insert(trie, phrase, { kind: "ambiguous", id: term.id, order: order++ });
    }
  }

  // After every taxonomy entry: a phrase both list ("relation client") stays marketing.
  // A one-word phrase must match as written: stemmed, "trainer" would be any "train".
  for (const trade of OTHER_TRADES) {
    for (const form of [...trade.phrases.fr, ...trade.phrases.en]) {
      remember(form);
      for (const phrase of phraseVariants(form)) {
        const word = phrase.stems.length === 1 ? tokenize(form, () => true).tokens.find((t) => !STOPWORDS.has(t.norm)) : undefined;
        insert(trie, word ? { stems: [exactKey(word.norm)], upperAt: phrase.upperAt, capAt: phrase.capAt } : phrase, { kind: "trade", id: trade.id, order: order++ });
      }
    }
  }

  const profiles: CompiledProfile[] = [];
  for (const profile of taxonomy.profiles ?? []) {
    profiles.push({ id: profile.id, core: new Set(profile.core ?? []), light: new Set(profile.light ?? []), excludes: new Set(profile.excludes ?? []), alsoOwns: new Set(profile.alsoOwns ?? []), absorbs: new Set(profile.absorbs ?? []), nearTrades: new Set(profile.nearTrades ?? []), profile });
    // A title's rank is its place in its own language's list; the labels name the job itself.
    const ranked: [unknown, number][] = [
      ...(profile.titles?.fr ?? []).map((t, i): [unknown, number] => [t, i]),
      ...(profile.titles?.en ?? []).map((t, i): [unknown, number] => [t, i]),
      [profile.label?.fr, 0],
      [profile.label?.en, 0],
    ];
    for (const [title, rank] of ranked) {
      if (typeof title !== "string" || !title.trim()) continue;
      for (const phrase of phraseVariants(title)) insert(titleTrie, phrase, { kind: "profile", id: profile.id, order: order++, rank });
    }
  }

  const familyIds = (taxonomy.families ?? []).map((f) => f.id);
  return {
    taxonomy,
    version: taxonomy.version,
    familyIds,
    families,
    entries,
    trie,
    titleTrie,
    ambiguous,
    profiles,
    profileById: new Map(profiles.map((p) => [p.id, p])),
    trades: new Map(OTHER_TRADES.map((t) => [t.id, t])),
    isKnown: (norm) => vocab.has(norm),
    exactNorms: collectExact(trie),
  };
}
