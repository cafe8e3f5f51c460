import { foldString } from "~/analysis/fold";
import type { Lang, Taxonomy } from "~/analysis/taxonomy";
import { label } from "./card";

export interface CatalogEntry {
  id: string;
  label: string;
  depth: "core" | "light";
  /** Folded labels and synonyms of both languages, for the search box. */
  search: string;
}

export interface CatalogGroup {
  familyId: string;
  label: string;
  entries: CatalogEntry[];
}

/** The duties a card can pick, grouped by family, labelled in the UI language. */
export function dutyCatalog(taxonomy: Taxonomy, lang: Lang): CatalogGroup[] {
  return taxonomy.families.map((f) => ({
    familyId: f.id,
    label: label(f.label, lang),
    entries: f.entries
      .filter((e) => e.kind === "duty")
      .map((e) => ({
        id: e.id,
        label: label(e.label, lang),
        depth: e.depth,
        search: ` ${foldString([e.label.fr, e.label.en, ...e.synonyms.fr, ...e.synonyms.en].join(" | ")).replace(/\s+/g, " ")} `,
      })),
  }));
}

export function foldQuery(query: string): string {
  return foldString(query).replace(/\s+/g, " ").trim();
}

/** Entries whose labels or synonyms contain every word of the query (accents and case ignored). */
export function searchCatalog(catalog: CatalogGroup[], query: string): CatalogGroup[] {
  const words = foldQuery(query).split(" ").filter(Boolean);
  if (!words.length) return catalog;
  return catalog
    .map((g) => ({
      ...g,
      entries: g.entries.filter((e) => words.every((w) => e.search.includes(w) || foldString(g.label).includes(w))),
    }))
    .filter((g) => g.entries.length > 0);
}

/** Labels of every entry, whatever its kind: links may carry skills as well as duties. */
export function entryLabels(taxonomy: Taxonomy, lang: Lang): Record<string, { label: string; familyId: string; depth: string }> {
  const out: Record<string, { label: string; familyId: string; depth: string }> = {};
  for (const f of taxonomy.families) {
    for (const e of f.entries) out[e.id] = { label: label(e.label, lang), familyId: f.id, depth: e.depth };
  }
  return out;
}
