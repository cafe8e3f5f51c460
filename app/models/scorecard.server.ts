import { sql } from "kysely";
import type { DB } from "~/db.server";
import { candidateKey, type Recommendation, type ScorecardInput, type ScorecardView } from "~/cards/scorecard";
import type { Lang } from "~/i18n/locale";

export interface SavedScorecard extends ScorecardView {
  id: number;
  candidate: string;
  candidateKey: string;
  cardRevision: number;
  kitLang: Lang;
  updatedAt: Date;
}

export interface CandidateSummary {
  candidate: string;
  candidateKey: string;
  scorecards: number;
  updatedAt: Date;
}

const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

function toScorecard(row: {
  id: number;
  candidate: string;
  candidate_key: string;
  interviewer_id: number;
  interviewer_name: string;
  card_revision: number;
  kit_lang: Lang;
  ratings: unknown;
  recommendation: Recommendation;
  notes: string;
  updated_at: Date;
}): SavedScorecard {
  return {
    id: row.id,
    candidate: row.candidate,
    candidateKey: row.candidate_key,
    interviewerId: row.interviewer_id,
    interviewerName: row.interviewer_name,
    cardRevision: row.card_revision,
    kitLang: row.kit_lang,
    ratings: json<ScorecardView["ratings"]>(row.ratings),
    recommendation: row.recommendation,
    notes: row.notes,
    updatedAt: new Date(row.updated_at),
  };
}

/** One scorecard per interviewer and candidate: a second save replaces the first. */
export async function saveScorecard(
  db: DB,
  input: { cardId: number; cardRevision: number; kitLang: Lang; interviewerId: number; scorecard: ScorecardInput },
): Promise<SavedScorecard> {
  const s = input.scorecard;
  const values = {
    card_id: input.cardId,
    candidate: s.candidate,
    candidate_key: candidateKey(s.candidate),
    interviewer_id: input.interviewerId,
    interviewer_name: s.interviewerName,
    card_revision: input.cardRevision,
    kit_lang: input.kitLang,
    ratings: JSON.stringify(s.ratings),
    recommendation: s.recommendation,
    notes: s.notes,
  };
  const row = await db
    .insertInto("scorecards")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["card_id", "candidate_key", "interviewer_id"]).doUpdateSet({
        candidate: values.candidate,
        interviewer_name: values.interviewer_name,
        card_revision: values.card_revision,
        kit_lang: values.kit_lang,
        ratings: values.ratings,
        recommendation: values.recommendation,
        notes: values.notes,
        updated_at: sql`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toScorecard(row);
}

export async function listCandidates(db: DB, cardId: number): Promise<CandidateSummary[]> {
  const rows = await db
    .selectFrom("scorecards")
    .select([
      "candidate_key",
      sql<string>`min(candidate)`.as("candidate"),
      db.fn.countAll<number>().as("n"),
      sql<Date>`max(updated_at)`.as("updated_at"),
    ])
    .where("card_id", "=", cardId)
    .groupBy("candidate_key")
    .orderBy(sql`max(updated_at)`, "desc")
    .execute();
  return rows.map((r) => ({
    candidate: r.candidate,
    candidateKey: r.candidate_key,
    scorecards: Number(r.n),
    updatedAt: new Date(r.updated_at),
  }));
}

export async function listScorecards(db: DB, cardId: number, key: string): Promise<SavedScorecard[]> {
  const rows = await db
    .selectFrom("scorecards")
    .selectAll()
    .where("card_id", "=", cardId)
    .where("candidate_key", "=", candidateKey(key))
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toScorecard);
}

export async function findScorecard(
  db: DB,
  input: { cardId: number; candidate: string; interviewerId: number },
): Promise<SavedScorecard | null> {
  const row = await db
    .selectFrom("scorecards")
    .selectAll()
    .where("card_id", "=", input.cardId)
    .where("candidate_key", "=", candidateKey(input.candidate))
    .where("interviewer_id", "=", input.interviewerId)
    .executeTakeFirst();
  return row ? toScorecard(row) : null;
}

export async function countScorecards(db: DB, cardId: number): Promise<number> {
  const row = await db
    .selectFrom("scorecards")
    .select(db.fn.countAll<number>().as("n"))
    .where("card_id", "=", cardId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
