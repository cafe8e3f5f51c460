import type { AppLoadContext } from "@remix-run/node";
import { Piscina } from "piscina";
import type { Lang, Taxonomy } from "#app/analysis/taxonomy";
import type { RuleSet } from "#app/compliance/rule-schema";
import type { AnalysisReply, AnalysisTask } from "./task";

// The server hands its pool to loaders and actions through the load context (like the
// database): the server entry and the Remix build are separate bundles, so no module
// state is shared between them. Without a pool (tests, CLIs) analyses run inline.
declare module "@remix-run/node" {
  interface AppLoadContext {
    analysisPool?: AnalysisPool;
  }
}

export interface AnalysisPool {
  /** The Analysis as JSON; with a rule set, the Analysis with its compliance check. */
  analyze(text: string, language: Lang | undefined, taxonomy: Taxonomy, rules?: RuleSet): Promise<string>;
  close(): Promise<void>;
}

export function poolFrom(context: AppLoadContext): AnalysisPool | undefined {
  return context.analysisPool;
}

/** Analyzer threads (one per core by default): the main thread only parses, queries and renders. */
export function createAnalysisPool(workerFile: string, threads: number): AnalysisPool {
  const piscina = new Piscina<AnalysisTask, AnalysisReply>({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: Infinity });
  return {
    async analyze(text, language, taxonomy, rules) {
      const task: AnalysisTask = { text, language, taxonomyVersion: taxonomy.version, rulesVersion: rules?.version };
      let reply = await piscina.run(task);
      // Both, whatever the first thread lacked: the retry may land on another thread.
      if ("needsData" in reply) reply = await piscina.run({ ...task, taxonomy, rules });
      if ("needsData" in reply) throw new Error("an analyzer thread refused the taxonomy or rules it was sent");
      return reply.json;
    },
    close: () => piscina.destroy(),
  };
}
