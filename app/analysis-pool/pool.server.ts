import type { AppLoadContext } from "@remix-run/node";
import { Piscina } from "piscina";
import type { Lang, Taxonomy } from "~/analysis/taxonomy";
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
  /** The Analysis as JSON. */
  analyze(text: string, taxonomy: Taxonomy, language?: Lang): Promise<string>;
  close(): Promise<void>;
}

export function poolFrom(context: AppLoadContext): AnalysisPool | undefined {
  return context.analysisPool;
}

/** Analyzer threads (one per core by default): the main thread only parses, queries and renders. */
export function createAnalysisPool(workerFile: string, threads: number): AnalysisPool {
  const piscina = new Piscina<AnalysisTask, AnalysisReply>({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: Infinity });
  return {
    async analyze(text, taxonomy, language) {
      const task: AnalysisTask = { text, language, version: taxonomy.version };
      let reply = await piscina.run(task);
      if ("needsTaxonomy" in reply) reply = await piscina.run({ ...task, taxonomy });
      if ("needsTaxonomy" in reply) throw new Error("an analyzer thread refused the taxonomy it was sent");
      return reply.json;
    },
    close: () => piscina.destroy(),
  };
}
