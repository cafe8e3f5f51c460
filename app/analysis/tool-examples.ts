// Tools named as examples of a kind of tool: "comfortable in content editing tools (ex:
// Photoshop, Lightroom, InDesign)", "des outils de création comme Canva". The offer asks for
// the kind, any of which will do: the tools it names are no mastery of each one's craft.

import type { CompiledTaxonomy } from "./compile";
import { MAKING_VERBS } from "./match";
import { CONJUNCTIONS } from "./stopwords";
import { Gap, type Token } from "./tokenize";
import type { Match } from "./types";

/** Nouns naming a kind of tool: what the examples illustrate. */
const TOOL_NOUNS = new Set([
  "tools", "tool", "outils", "outil", "software", "softwares", "logiciels", "logiciel", "apps", "applications", "platforms",
  "plateformes", "suites", "programs", "programmes",
]);
/** One-word markers of an example: "ex:", "like", "comme" (not "including" or "notamment", which name what is asked). */
const EXAMPLE_WORDS = new Set(["ex", "like", "comme"]);
/** Two-word markers, by their last word: "e.g.", "such as", "par exemple". */
const EXAMPLE_PAIRS = new Map([
  ["g", "e"],
  ["as", "such"],
  ["exemple", "par"],
]);
/** Words from the example marker back to the kind it illustrates: "tools for content editing (ex:". */
const NOUN_REACH = 4;
/** Words before the tool noun that name its kind: "content editing tools". */
const KIND_WORDS = 2;
/** Words from the example marker back to its clause's start, read for a verb of making. */
const CLAUSE_REACH = 24;

/** Where the example marker right before token `k` starts, or -1. */
function exampleMarkerBefore(tokens: Token[], k: number): number {
  const last = tokens[k - 1];
  if (!last) return -1;
  if (EXAMPLE_WORDS.has(last.norm)) return k - 1;
  const first = EXAMPLE_PAIRS.get(last.norm);
  return first !== undefined && tokens[k - 2]?.norm === first ? k - 2 : -1;
}

/** Only list glue between two tokens: commas, "and", "or", "/". */
function listGlue(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CONJUNCTIONS.has(tokens[k].norm)) return false;
  for (let k = from; k <= to && k < tokens.length; k++) if (tokens[k].gap >= Gap.Clause) return false;
  return true;
}

/**
 * Core tools listed after an example marker that follows a kind of tool are light: "tools
 * (ex: Photoshop, Lightroom)" asks for the kind. Not when the clause already asks for the
 * craft they serve ("Retouch photos in tools such as Photoshop", "run paid acquisition on
 * platforms such as Google Ads"): there they are the means of the work asked. One pass over
 * the matches: each tool either continues the list of the tool before it or starts its own.
 */
export function lightenToolExamples(matches: Match[], clauseOf: number[], firstToken: number[], endToken: number[], tokens: Token[], compiled: CompiledTaxonomy): void {
  let listed = false;
  // The families the clause so far asks for at core depth, by a passage that is no tool.
  const asked = new Set<string>();
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (i > 0 && clauseOf[i] !== clauseOf[i - 1]) asked.clear();
    if (compiled.entries.get(m.entryId)?.kind !== "tool") {
      if (m.depth === "core" && m.weight > 0) asked.add(m.familyId);
      listed = false;
      continue;
    }
    const continues = i > 0 && compiled.entries.get(matches[i - 1].entryId)?.kind === "tool" && listGlue(tokens, endToken[i - 1], firstToken[i]);
    if (!continues) listed = illustratesKind(tokens, firstToken[i]);
    if (listed && m.depth === "core" && !asked.has(m.familyId)) m.depth = "light";
  }
}

/**
 * An example marker right before token `k`, after a noun naming a kind of tool ("tools (ex:",
 * "logiciels comme"), in a clause that makes nothing itself: in "shoot and edit two videos a
 * day using tools like Premiere Pro" the tools are the means of the making asked.
 */
function illustratesKind(tokens: Token[], k: number): boolean {
  const marker = exampleMarkerBefore(tokens, k);
  let noun = -1;
  for (let j = marker - 1; marker > 0 && j >= 0 && j >= marker - NOUN_REACH && noun < 0; j--) if (TOOL_NOUNS.has(tokens[j].norm)) noun = j;
  if (noun < 0) return false;
  // The words that name the kind ("video editing software") are not the making asked.
  for (let j = noun - KIND_WORDS - 1; j >= 0 && j >= marker - CLAUSE_REACH; j--) {
    if (MAKING_VERBS.has(tokens[j].stem)) return false;
    if (tokens[j].gap >= Gap.Clause) break;
  }
  return true;
}
