import type { Analysis, ExplanationPart } from "#app/analysis/types";
import type { Lang, Localized } from "#app/analysis/taxonomy";
import type { ExplanationView } from "./check-view";

/**
 * An analysis as saved: those saved before the contract had `assignment`, `workload` and
 * a sentence on each explanation part lack them, and their parts are loose JSON.
 */
export type StoredAnalysis = Omit<Analysis, "assignment" | "workload" | "explanation"> &
  Partial<Pick<Analysis, "assignment" | "workload">> & { explanation?: StoredExplanation };

type LoosePart = { kind: string; text?: Partial<Localized<string>>; [key: string]: unknown };

export interface StoredExplanation {
  parts?: readonly (ExplanationPart | LoosePart)[];
  sentences?: Partial<Localized<string[]>>;
}

/**
 * The analyzer's explanation in the reader's language, fixes apart from the reasons.
 * Each part carries its own sentence; an older saved analysis only has the sentences in
 * order, which follow their parts one to one. If those do not pair up, everything is
 * shown as reasons rather than risk mislabelling one.
 */
export function explanationFor(analysis: { explanation?: StoredExplanation }, lang: Lang): ExplanationView {
  const parts = analysis.explanation?.parts ?? [];
  const view: ExplanationView = { sentences: [], fixes: [] };
  if (parts.length && parts.every((p) => typeof p.text?.[lang] === "string")) {
    for (const part of parts) (part.kind === "fix" ? view.fixes : view.sentences).push(part.text![lang]!);
    return view;
  }
  const sentences = analysis.explanation?.sentences?.[lang] ?? [];
  if (parts.length !== sentences.length) return { sentences: [...sentences], fixes: [] };
  sentences.forEach((sentence, i) => {
    (parts[i]!.kind === "fix" ? view.fixes : view.sentences).push(sentence);
  });
  return view;
}

/**
 * Which families the analyzer gave each role: its typed assignment, or for an analysis
 * saved before it had one, the role parts of its explanation.
 */
export function assignmentOf(analysis: Pick<StoredAnalysis, "assignment" | "explanation">): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (Array.isArray(analysis.assignment)) {
    for (const role of analysis.assignment) out[role.profile] = role.families.map((f) => f.id);
    return out;
  }
  for (const part of analysis.explanation?.parts ?? []) {
    if (part.kind !== "role" || !("profile" in part) || typeof part.profile !== "string" || !Array.isArray(part.families)) continue;
    out[part.profile] = (part.families as unknown[]).filter((f): f is string => typeof f === "string");
  }
  return out;
}
