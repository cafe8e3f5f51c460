// One offer analysed, then checked against the compliance rules on the same text so the
// offsets agree. Pure: the analyzer threads and the request thread both run it.

import { analyze, type CompiledTaxonomy } from "#app/analysis/index";
import type { Lang } from "#app/analysis/taxonomy";
import { checkCompliance } from "./check";
import type { CompiledRules } from "./compile";
import type { AnalysisWithCompliance } from "./types";

export function checkedAnalysis(text: string, taxonomy: CompiledTaxonomy, rules: CompiledRules, language?: Lang): AnalysisWithCompliance {
  const analysis = analyze(text, taxonomy, { language });
  return { ...analysis, compliance: checkCompliance(analysis, rules) };
}
