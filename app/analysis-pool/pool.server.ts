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
  /** Analyzer threads running now. */
  threads(): number;
  close(): Promise<void>;
}

export function poolFrom(context: AppLoadContext): AnalysisPool | undefined {
  return context.analysisPool;
}

/** A minute without analyses, and the threads (some 20 MiB each) are let go. */
const IDLE_MS = 60_000;
const YOUNG_GENERATION_MB = 8;

/**
 * Analyzer threads (one per core by default): the main thread only parses, queries and renders.
 * They start with the first analyses rather than with the server, and end when idle, so a
 * server nobody asks holds no analyzer memory; a new thread gets the taxonomy on its first task.
 */
export function createAnalysisPool(workerFile: string, threads: number, idleMs = IDLE_MS): AnalysisPool {
  const piscina = new Piscina<AnalysisTask, AnalysisReply>({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: idleMs,
    // With atomics, piscina can read a thread's reply synchronously before the microtask
    // that clears the thread's idle timer has run, and that clear then cancels the timer set
    // for the reply: the thread never ends (7 of 60 idle rounds kept one, 0 of 60 without).
    atomics: "disabled",
    // An analysis's garbage dies young and small: a smaller nursery than V8's default holds
    // some 25 MiB less per busy thread (RSS under API load 477 → 429 MiB).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    async analyze(text, language, taxonomy, rules) {
      const task: AnalysisTask = { text, language, taxonomyVersion: taxonomy.version, rulesVersion: rules?.version };
      let reply = await piscina.run(task);
      // Both, whatever the first thread lacked: the retry may land on another thread.
      if ("needsData" in reply) reply = await piscina.run({ ...task, taxonomy, rules });
      if ("needsData" in reply) throw new Error("an analyzer thread refused the taxonomy or rules it was sent");
      return reply.json;
    },
    threads: () => piscina.threads.length,
    close: () => piscina.destroy(),
  };
}
