import { sql } from "kysely";
import { z } from "zod";
import type { DB } from "#app/db.server";
import { othersVisible, type ScorecardView, type SubmittedScorecardView } from "#app/cards/scorecard";
import type { ScorecardInput } from "#app/cards/scorecard-schema";
import type { Lang } from "#app/i18n/locale";
import type { Scope } from "#app/workspaces/roles";
import { visibleCandidates } from "./candidate.server";
import { readJson } from "./json.server";

export interface SavedScorecard extends ScorecardView {
  id: number;
  candidateId: number;
  cardRevision: number;
  kitLang: Lang;
  submittedAt: Date | null;
  updatedAt: Date;
}

/** What one member may see of a candidate's scorecards (independent scoring applied). */
export interface PanelView {
  own: SavedScorecard | null;
  /** Everyone's submitted scorecards, the member's own included; null while hidden. */
  submitted: (SavedScorecard & SubmittedScorecardView)[] | null;
  /** How many submitted scorecards exist, shown even while hidden. */
  submittedCount: number;
}

const RatingsJson: z.ZodType<ScorecardView["ratings"]> = z.array(
  z.object({ competencyId: z.string(), rating: z.number().nullable(), notes: z.string() }),
);

function scorecardQuery(db: DB, scope: Scope) {
  return db
    .selectFrom("scorecards as s")
    .leftJoin("users as u", "u.id", "s.interviewer_id")
    .select([
      "s.id",
      "s.candidate_id",
      "s.interviewer_id",
      "u.email",
      "s.card_revision",
      "s.kit_lang",
      "s.ratings",
      "s.recommendation",
      "s.notes",
      "s.submitted_at",
      "s.updated_at",
    ])
    .where("s.candidate_id", "in", visibleCandidates(db, scope).select("k.id"));
}

type Row = Awaited<ReturnType<ReturnType<typeof scorecardQuery>["executeTakeFirstOrThrow"]>>;

function toScorecard(row: Row): SavedScorecard {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    interviewerId: row.interviewer_id,
    interviewerName: row.email ?? "—",
    cardRevision: row.card_revision,
    kitLang: row.kit_lang,
    ratings: readJson(RatingsJson, row.ratings),
    recommendation: row.recommendation,
    notes: row.notes,
    submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
    updatedAt: new Date(row.updated_at),
  };
}

export type SaveResult = { status: "saved"; scorecard: SavedScorecard } | { status: "locked" } | { status: "not_found" };

/**
 * The member's own scorecard for a candidate, saved as a draft or submitted. A submitted
 * scorecard is final: the others' ratings were shown once it went in.
 */
export async function saveScorecard(
  db: DB,
  scope: Scope,
  input: { candidateId: number; cardRevision: number; kitLang: Lang; scorecard: ScorecardInput; submit: boolean },
): Promise<SaveResult> {
  const candidate = await visibleCandidates(db, scope).select(["k.id", "k.card_id"]).where("k.id", "=", input.candidateId).executeTakeFirst();
  if (!candidate) return { status: "not_found" };
  const values = {
    card_revision: input.cardRevision,
    kit_lang: input.kitLang,
    ratings: JSON.stringify(input.scorecard.ratings),
    recommendation: input.scorecard.recommendation,
    notes: input.scorecard.notes,
    submitted_at: input.submit ? sql<Date>`now()` : null,
  };
  const row = await db
    .insertInto("scorecards")
    .values({ ...values, card_id: candidate.card_id, candidate_id: candidate.id, interviewer_id: scope.userId })
    .onConflict((oc) =>
      oc
        .columns(["candidate_id", "interviewer_id"])
        .doUpdateSet({ ...values, updated_at: sql`now()` })
        .where("scorecards.submitted_at", "is", null),
    )
    .returning("id")
    .executeTakeFirst();
  if (!row) return { status: "locked" };
  const saved = await scorecardQuery(db, scope).where("s.id", "=", row.id).executeTakeFirstOrThrow();
  return { status: "saved", scorecard: toScorecard(saved) };
}

/** The panel as this member may see it: their own scorecard, and the others' once allowed. */
export async function scorecardPanel(db: DB, scope: Scope, candidateId: number): Promise<PanelView> {
  const rows = (await scorecardQuery(db, scope).where("s.candidate_id", "=", candidateId).orderBy("s.submitted_at").orderBy("s.id").execute()).map(toScorecard);
  const own = rows.find((r) => r.interviewerId === scope.userId) ?? null;
  const submitted = rows.filter((r): r is SavedScorecard & SubmittedScorecardView => r.submittedAt !== null && r.recommendation !== null);
  const visible = othersVisible(scope.role, own && { submitted: own.submittedAt !== null });
  return { own, submitted: visible ? submitted : null, submittedCount: submitted.length };
}

/** Every scorecard about a candidate, drafts included: for the candidate's data export. */
export async function scorecardsForExport(db: DB, scope: Scope, candidateId: number): Promise<SavedScorecard[]> {
  return (await scorecardQuery(db, scope).where("s.candidate_id", "=", candidateId).orderBy("s.id").execute()).map(toScorecard);
}

export async function countScorecards(db: DB, scope: Scope, candidateId: number): Promise<number> {
  const row = await db
    .selectFrom("scorecards")
    .select(db.fn.countAll<number>().as("n"))
    .where("candidate_id", "=", candidateId)
    .where("candidate_id", "in", visibleCandidates(db, scope).select("k.id"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
