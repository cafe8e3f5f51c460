import type { RuleSet } from "#app/compliance/rule-schema";
import type { Lang, Taxonomy } from "#app/analysis/taxonomy";

// What crosses between the server and an analyzer thread. A thread keeps the compiled
// taxonomy and compliance rules of the last versions it saw, so they are sent only when it
// asks. The analysis comes back as JSON: one string is cheaper to pass than a deep object,
// and the JSON API sends it as it is.

export interface AnalysisTask {
  text: string;
  language?: Lang;
  taxonomyVersion: string;
  /** Absent when only the analysis is wanted (no compliance check). */
  rulesVersion?: string;
  taxonomy?: Taxonomy;
  rules?: RuleSet;
}

/** `needsData`: the thread lacks this version of the taxonomy or the rules; send the task again with both. */
export type AnalysisReply = { json: string } | { needsData: true };
