import { z } from "zod";
import type { DB } from "#app/db.server";
import type { Competency } from "#app/cards/question-bank";
import { LocalizedText, readJson } from "./json.server";

const CompetencyJson: z.ZodType<Competency> = z.object({
  id: z.string(),
  familyId: z.string(),
  label: LocalizedText,
  description: LocalizedText,
  keywords: z.array(z.string()),
  behavioural: z.array(LocalizedText),
  situational: z.array(LocalizedText),
  technical: z.array(LocalizedText),
  probes: z.array(LocalizedText),
  exercise: z.object({ title: LocalizedText, brief: LocalizedText, durationMinutes: z.number() }).nullable(),
  scale: z.object({ 1: LocalizedText, 2: LocalizedText, 3: LocalizedText, 4: LocalizedText }),
});

/** Every competency of the bank, in seed order (family by family). */
export async function getQuestionBank(db: DB): Promise<Competency[]> {
  const rows = await db.selectFrom("interview_competencies").select("content").orderBy("position").orderBy("id").execute();
  return rows.map((r) => readJson(CompetencyJson, r.content));
}
