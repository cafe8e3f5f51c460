// An analyzer thread (bundled to build/analysis-worker.js): the pure analyzer, nothing else.
import { analyze, compileTaxonomy, type CompiledTaxonomy } from "~/analysis/index";
import type { AnalysisReply, AnalysisTask } from "./task";

let compiled: CompiledTaxonomy | undefined;

export default function run(task: AnalysisTask): AnalysisReply {
  if (compiled?.version !== task.version) {
    if (!task.taxonomy) return { needsTaxonomy: true };
    compiled = compileTaxonomy(task.taxonomy);
  }
  return { json: JSON.stringify(analyze(task.text, compiled, { language: task.language })) };
}
