// An analyzer thread (bundled to build/analysis-worker.js): the pure analyzer and the pure
// compliance check, nothing else.
import { analyze, compileTaxonomy, type CompiledTaxonomy } from "#app/analysis/index";
import { checkedAnalysis } from "#app/compliance/checked-analysis";
import { compileRules, type CompiledRules } from "#app/compliance/compile";
import type { AnalysisReply, AnalysisTask } from "./task";

let taxonomy: CompiledTaxonomy | undefined;
let rules: CompiledRules | undefined;

export default function run(task: AnalysisTask): AnalysisReply {
  if (task.taxonomy && taxonomy?.version !== task.taxonomyVersion) taxonomy = compileTaxonomy(task.taxonomy);
  if (task.rules && rules?.version !== task.rulesVersion) rules = compileRules(task.rules);
  if (!taxonomy || taxonomy.version !== task.taxonomyVersion) return { needsData: true };
  if (task.rulesVersion === undefined) return { json: JSON.stringify(analyze(task.text, taxonomy, { language: task.language })) };
  if (!rules || rules.version !== task.rulesVersion) return { needsData: true };
  return { json: JSON.stringify(checkedAnalysis(task.text, taxonomy, rules, task.language)) };
}
