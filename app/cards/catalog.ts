import type { EntryKind, Lang, Taxonomy } from "#app/analysis/taxonomy";
import { normalizeTerm } from "#app/taxonomy/normalize";
import { prepareQuery, scoreText } from "#app/taxonomy/search";
import { label } from "./card";

export interface CatalogEntry {
  id: string;
  label: string;
  kind: EntryKind;
  depth: "core" | "light";
  /** Normalized labels and synonyms of both languages, for the search box. */
  terms: string[];
}

export interface CatalogGroup {
  familyId: string;
  label: string;
  entries: CatalogEntry[];
}

/** Every duty, skill and tool, grouped by family, labelled in the UI language. */
export function entryCatalog(taxonomy: Taxonomy, lang: Lang): CatalogGroup[] {
  return taxonomy.families.map((f) => ({
    familyId: f.id,
    label: label(f.label, lang),
    entries: f.entries.map((e) => ({
      id: e.id,
      label: label(e.label, lang),
      kind: e.kind,
      depth: e.depth,
      terms: [...new Set([e.label.fr, e.label.en, ...e.synonyms.fr, ...e.synonyms.en].map(normalizeTerm))],
    })),
  }));
}

/**
 * Entries whose labels or synonyms match the query as words or word starts (accents and
 * case ignored), the closest first; a family's name finds all its entries. No query: all.
 */
export function searchCatalog(catalog: CatalogGroup[], query: string): CatalogGroup[] {
  const prepared = prepareQuery(query);
  if (!prepared.text) return catalog;
  const scored = catalog.map((g) => {
    const familyScore = scoreText(prepared, normalizeTerm(g.label));
    const entries = g.entries
      .map((e) => ({ e, score: Math.max(familyScore, ...e.terms.map((t) => scoreText(prepared, t))) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    return { group: { ...g, entries: entries.map((x) => x.e) }, best: entries[0]?.score ?? 0 };
  });
  return scored
    .filter((x) => x.best > 0)
    .sort((a, b) => b.best - a.best)
    .map((x) => x.group);
}

/** Only the entries of one kind (the duty picker lists duties; skills and tools go to their lists). */
export function catalogOfKind(catalog: CatalogGroup[], kinds: readonly EntryKind[]): CatalogGroup[] {
  return catalog.map((g) => ({ ...g, entries: g.entries.filter((e) => kinds.includes(e.kind)) })).filter((g) => g.entries.length > 0);
}

/** Labels of every entry, whatever its kind: links may carry skills as well as duties. */
export function entryLabels(taxonomy: Taxonomy, lang: Lang): Record<string, { label: string; familyId: string; depth: string }> {
  const out: Record<string, { label: string; familyId: string; depth: string }> = {};
  for (const f of taxonomy.families) {
    for (const e of f.entries) out[e.id] = { label: label(e.label, lang), familyId: f.id, depth: e.depth };
  }
  return out;
}
