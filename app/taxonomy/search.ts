import type { Lang, RoleFamily, Taxonomy, TaxonomyEntry } from "~/analysis/taxonomy";
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
// trailing s/e is forgiven.
function tokenMatches(token: string, word: string): boolean {
  if (word.startsWith(token)) return true;
  if (token.length > 3 && /[se]$/.test(token)) return word.startsWith(token.slice(0, -1));
  return false;
}

/** 0 when the text does not match; higher for closer matches. */
function scoreText(query: string, tokens: string[], text: string): number {
  if (text === query) return 100;
  const words = text.split(" ");
  if (` ${text} `.includes(` ${query} `)) return 80;
  if (` ${text}`.includes(` ${query}`)) return 70;
  if (tokens.every((t) => words.some((w) => tokenMatches(t, w)))) return 50 - Math.min(words.length, 20);
  if (tokens.every((t) => text.includes(t))) return 20;
  return 0;
}

/**
 * Entries whose FR or EN label or synonym matches the query, best first. Matching ignores
 * case, accents and punctuation; every query word must be found.
 */
export function searchTaxonomy(taxonomy: Pick<Taxonomy, "families">, rawQuery: string, limit = 50): SearchHit[] {
  const query = normalizeTerm(rawQuery);
  if (!query) return [];
  const tokens = query.split(" ");
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
          const base = scoreText(query, tokens, normalizeTerm(c.text));
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
