import { sql } from "kysely";
import type { DB } from "#app/db.server";
import type { Scope } from "#app/workspaces/roles";
import type { CandidateStage } from "#app/workspaces/workspace-schema";
import { visibleCards } from "./role-card.server";

export interface Candidate {
  id: number;
  cardId: number;
  name: string;
  email: string | null;
  stage: CandidateStage;
  createdAt: Date;
  updatedAt: Date;
}

export interface CandidateSummary extends Candidate {
  /** Submitted scorecards; drafts are nobody's business but their author's. */
  submitted: number;
}

export interface CandidateInput {
  name: string;
  email: string | null;
  stage: CandidateStage;
}

const isId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

/** The one place candidates are scoped: those of the cards the scope sees. */
export function visibleCandidates(db: DB, scope: Scope) {
  return db.selectFrom("candidates as k").where("k.card_id", "in", visibleCards(db, scope).select("c.id"));
}

function toCandidate(row: { id: number; card_id: number; name: string; email: string | null; stage: CandidateStage; created_at: Date; updated_at: Date }): Candidate {
  return {
    id: row.id,
    cardId: row.card_id,
    name: row.name,
    email: row.email,
    stage: row.stage,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const COLUMNS = ["k.id", "k.card_id", "k.name", "k.email", "k.stage", "k.created_at", "k.updated_at"] as const;

export async function listCandidates(db: DB, scope: Scope, cardId: number): Promise<CandidateSummary[]> {
  if (!isId(cardId)) return [];
  const rows = await visibleCandidates(db, scope)
    .select(COLUMNS)
    .select((eb) =>
      eb
        .selectFrom("scorecards as s")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("s.candidate_id", "=", "k.id")
        .where("s.submitted_at", "is not", null)
        .as("submitted"),
    )
    .where("k.card_id", "=", cardId)
    .orderBy("k.created_at", "desc")
    .orderBy("k.id", "desc")
    .execute();
  return rows.map((r) => ({ ...toCandidate(r), submitted: Number(r.submitted ?? 0) }));
}

export async function findCandidate(db: DB, scope: Scope, cardId: number, id: number): Promise<Candidate | null> {
  if (!isId(cardId) || !isId(id)) return null;
  const row = await visibleCandidates(db, scope).select(COLUMNS).where("k.card_id", "=", cardId).where("k.id", "=", id).executeTakeFirst();
  return row ? toCandidate(row) : null;
}

/** A new candidate of a card the scope sees; null when it sees no such card. */
export async function createCandidate(db: DB, scope: Scope, cardId: number, input: CandidateInput): Promise<Candidate | null> {
  const card = await visibleCards(db, scope).select(["c.id", "c.workspace_id"]).where("c.id", "=", cardId).executeTakeFirst();
  if (!card) return null;
  const row = await db
    .insertInto("candidates")
    .values({ workspace_id: card.workspace_id, card_id: card.id, name: input.name, email: input.email, stage: input.stage })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCandidate(row);
}

export async function updateCandidate(db: DB, scope: Scope, id: number, input: CandidateInput): Promise<boolean> {
  const result = await db
    .updateTable("candidates")
    .set({ name: input.name, email: input.email, stage: input.stage, updated_at: sql`now()` })
    .where("id", "=", id)
    .where("id", "in", visibleCandidates(db, scope).select("k.id"))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Erases the candidate and, by cascade, every scorecard about them; returns how many went. */
export async function eraseCandidate(db: DB, scope: Scope, id: number): Promise<{ erased: boolean; scorecards: number }> {
  return db.transaction().execute(async (trx) => {
    const scorecards = await trx
      .deleteFrom("scorecards")
      .where("candidate_id", "=", id)
      .where("candidate_id", "in", visibleCandidates(trx, scope).select("k.id"))
      .executeTakeFirst();
    const candidate = await trx.deleteFrom("candidates").where("id", "=", id).where("id", "in", visibleCandidates(trx, scope).select("k.id")).executeTakeFirst();
    return { erased: Number(candidate.numDeletedRows) > 0, scorecards: Number(scorecards.numDeletedRows) };
  });
}

/**
 * Applies every workspace's retention setting: candidates of cards archived more than
 * `retention_months` ago are erased with their scorecards, and each erasure is logged.
 */
export async function eraseExpiredCandidates(db: DB, now: Date = new Date()): Promise<{ workspaceId: number; candidateId: number }[]> {
  return db.transaction().execute(async (trx) => {
    const expired = await trx
      .selectFrom("candidates as k")
      .innerJoin("role_cards as c", "c.id", "k.card_id")
      .innerJoin("workspaces as w", "w.id", "c.workspace_id")
      .select(["k.id", "c.workspace_id"])
      .where("w.retention_months", "is not", null)
      .where("c.archived_at", "is not", null)
      .where(sql<boolean>`c.archived_at + make_interval(months => w.retention_months) <= ${now}`)
      .execute();
    if (!expired.length) return [];
    const ids = expired.map((e) => e.id);
    await trx.deleteFrom("scorecards").where("candidate_id", "in", ids).execute();
    await trx.deleteFrom("candidates").where("id", "in", ids).execute();
    await trx
      .insertInto("audit_events")
      .values(expired.map((e) => ({ workspace_id: e.workspace_id, user_id: null, action: "retention.erase", target_type: "candidate", target_id: String(e.id) })))
      .execute();
    return expired.map((e) => ({ workspaceId: e.workspace_id, candidateId: e.id }));
  });
}
