import type { Analysis, ExplanationPart } from "~/analysis/types";
import type { Lang } from "~/analysis/taxonomy";
import type { ExplanationView } from "./check-view";

/**
 * The analyzer's explanation in the reader's language, fixes apart from the reasons.
 * Sentences follow their parts one to one; if a part had no sentence the pairing is
 * unknown, so everything is shown as reasons rather than risk mislabelling one.
 */
export function explanationFor(analysis: Pick<Analysis, "explanation">, lang: Lang): ExplanationView {
  const parts = analysis.explanation?.parts ?? [];
  const sentences = analysis.explanation?.sentences?.[lang] ?? [];
  if (parts.length !== sentences.length) return { sentences: [...sentences], fixes: [] };
  const view: ExplanationView = { sentences: [], fixes: [] };
  sentences.forEach((sentence, i) => {
    (parts[i]!.kind === "fix" ? view.fixes : view.sentences).push(sentence);
  });
  return view;
}

/** Which families the analyzer gave each role, read from its explanation. */
export function assignmentFrom(parts: readonly ExplanationPart[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of parts ?? []) {
    if (part.kind !== "role" || typeof part.profile !== "string" || !Array.isArray(part.families)) continue;
    out[part.profile] = part.families.filter((f): f is string => typeof f === "string");
  }
  return out;
}
