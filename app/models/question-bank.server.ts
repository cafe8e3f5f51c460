import type { DB } from "~/db.server";
import type { Competency } from "~/cards/question-bank";

/** Every competency of the bank, in seed order (family by family). */
export async function getQuestionBank(db: DB): Promise<Competency[]> {
  const rows = await db.selectFrom("interview_competencies").select("content").orderBy("position").orderBy("id").execute();
  return rows.map((r) => (typeof r.content === "string" ? JSON.parse(r.content) : r.content) as Competency);
}
