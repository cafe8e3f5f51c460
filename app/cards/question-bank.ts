import type { FamilyId, Localized } from "#app/analysis/taxonomy";

// The interview question bank as data: one file per family in seeds/interview/, one
// table row per competency in the database. Plain types, no I/O.

export type Rating = 1 | 2 | 3 | 4;

export interface Exercise {
  title: Localized;
  brief: Localized;
  durationMinutes: number;
}

export interface Competency {
  /** `<familyId>.<slug>`, stable: scorecards keep ratings under it. */
  id: string;
  familyId: FamilyId;
  label: Localized;
  description: Localized;
  /** Words of both languages that tie the competency to a card's duties. */
  keywords: string[];
  behavioural: Localized[];
  situational: Localized[];
  technical: Localized[];
  probes: Localized[];
  exercise: Exercise | null;
  /** What a 1, 2, 3 and 4 look like: anchors, so interviewers rate the same way. */
  scale: Record<"1" | "2" | "3" | "4", Localized>;
}

export interface QuestionBankFile {
  familyId: FamilyId;
  competencies: Omit<Competency, "familyId">[];
}

export function competenciesFromFile(file: QuestionBankFile): Competency[] {
  return file.competencies.map((c) => ({
    ...c,
    familyId: file.familyId,
    technical: c.technical ?? [],
    exercise: c.exercise ?? null,
  }));
}
