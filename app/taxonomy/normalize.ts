import { foldString } from "#app/analysis/fold";

/** Case-, accent- and punctuation-insensitive form of a term: "Retouche d'images" → "retouche d images". */
export function normalizeTerm(text: string): string {
  return foldString(text).split(/\s+/).filter(Boolean).join(" ");
}
