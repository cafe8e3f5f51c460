import type { Lang, Taxonomy } from "~/analysis/taxonomy";

// What crosses between the server and an analyzer thread. A thread keeps the compiled
// taxonomy of the last version it saw, so the taxonomy itself is sent only when it asks.
// The analysis comes back as JSON: one string is cheaper to pass than a deep object,
// and the JSON API sends it as it is.

export interface AnalysisTask {
  text: string;
  language?: Lang;
  version: string;
  taxonomy?: Taxonomy;
}

export type AnalysisReply = { json: string } | { needsTaxonomy: true };
