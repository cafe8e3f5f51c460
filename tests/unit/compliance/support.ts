// Shared by the compliance tests: the seed rules compiled once, and a check that runs
// the analyzer first, as the API does, so that title and offsets come from the Analysis.

import { analyze } from "#app/analysis/index";
import { checkCompliance, compileRules, type Compliance, type CompiledRules } from "#app/compliance/index";
import { loadSeedRules } from "#seeds/compliance-files";
import { seedTaxonomy } from "#tests/unit/analysis/support";

let rules: CompiledRules | null = null;

export function seedRules(): CompiledRules {
  rules ??= compileRules(loadSeedRules());
  return rules;
}

export function check(text: string): Compliance & { text: string } {
  const analysis = analyze(text, seedTaxonomy());
  return { ...checkCompliance(analysis, seedRules()), text: analysis.text };
}

export function ruleIds(text: string): string[] {
  return check(text).findings.map((f) => f.rule);
}
