import type { Lang, RoleFamily, Taxonomy, TaxonomyEntry } from "#app/analysis/taxonomy";
import { normalizeTerm } from "./normalize";

export interface SearchHit {
  entry: TaxonomyEntry;
  family: RoleFamily;
  /** The label or synonym that matched best, as written. */
  matched: { text: string; lang: Lang; isLabel: boolean };
  score: number;
}

// A plural or feminine query ("retouches", "graphiste") should still meet the singular or
// verb form of a synonym, so a token also matches the words it is a prefix of, and a
// trailing s/e is forgiven. Acronyms (three letters or fewer: "SEA", "PHP") must be whole
// words: as prefixes they would find "search" and "sea" alike.
function tokenMatches(token: string, word: string): boolean {
  if (token.length <= 3) return word === token;
  if (word.startsWith(token)) return true;
  if (token.length > 3 && /[se]$/.test(token)) return word.startsWith(token.slice(0, -1));
  return false;
}

/** A query ready to score texts against: normalized, and split into its words. */
export interface PreparedQuery {
  text: string;
  tokens: string[];
}

export function prepareQuery(rawQuery: string): PreparedQuery {
  const text = normalizeTerm(rawQuery);
  return { text, tokens: text ? text.split(" ") : [] };
}

/**
 * 0 when the normalized text does not match; higher for closer matches: the whole text,
 * then the query as whole words, then as a word prefix, then every word as a word or a
 * prefix of one. Never a match in the middle of a word.
 */
export function scoreText(query: PreparedQuery, text: string): number {
  if (!query.text) return 0;
  if (text === query.text) return 100;
  if (` ${text} `.includes(` ${query.text} `)) return 80;
  const words = text.split(" ");
  if (query.tokens.length === 1 && query.text.length <= 3) return 0;
  if (` ${text}`.includes(` ${query.text}`)) return 70;
  if (query.tokens.every((t) => words.some((w) => tokenMatches(t, w)))) return 50 - Math.min(words.length, 20);
  return 0;
}

/**
 * Entries whose FR or EN label or synonym matches the query, best first. Matching ignores
 * case, accents and punctuation; every query word must be found as a word or a word's start.
 */
export function searchTaxonomy(taxonomy: Pick<Taxonomy, "families">, rawQuery: string, limit = 50): SearchHit[] {
  const query = prepareQuery(rawQuery);
  if (!query.text) return [];
  const hits: SearchHit[] = [];
  taxonomy.families.forEach((family) => {
    for (const entry of family.entries) {
      let best: SearchHit | null = null;
      for (const lang of ["fr", "en"] as const) {
        const candidates = [
          { text: entry.label[lang], isLabel: true },
          ...entry.synonyms[lang].map((text) => ({ text, isLabel: false })),
        ];
        for (const c of candidates) {
          const base = scoreText(query, normalizeTerm(c.text));
          if (!base) continue;
          // Labels are the curated names: on a tie they describe the hit better than a synonym.
          const score = base + (c.isLabel ? 5 : 0);
          if (!best || score > best.score) best = { entry, family, matched: { text: c.text, lang, isLabel: c.isLabel }, score };
        }
      }
      if (best) hits.push(best);
    }
  });
  // Stable sort keeps the family and entry order of the taxonomy among equal scores.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
