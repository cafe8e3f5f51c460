import type { ColumnType, Generated } from "kysely";

type Json = ColumnType<unknown, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RoleCardTable {
  id: Generated<number>;
  workspace_id: number;
  owner_id: number;
  title_fr: string;
  title_en: string;
  profile_id: string;
  status: "active" | "archived";
  /** The revision `content` holds; revisions are numbered from 1 per card. */
  current_revision: number;
  /** The card's fields as the domain type RoleCardContent, read whole. */
  content: Json;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface RoleCardRevisionTable {
  id: Generated<number>;
  card_id: number;
  revision: number;
  content: Json;
  author_id: number;
  /** created | edited | restored | duplicated */
  action: string;
  /** The revision (restored) or card (duplicated) this one was copied from. */
  source: number | null;
  created_at: CreatedAt;
}

export interface InterviewCompetencyTable {
  id: string;
  family_id: string;
  position: number;
  /** The whole Competency (questions, probes, exercise, scale), read whole. */
  content: Json;
  updated_at: UpdatedAt;
}

/** Interviewers see only the cards they are assigned to. */
export interface CardAssignmentTable {
  card_id: number;
  user_id: number;
}

export type CandidateStage = "new" | "interview" | "offer" | "hired" | "rejected";

export interface CandidateTable {
  id: Generated<number>;
  workspace_id: number;
  card_id: number;
  name: string;
  email: string | null;
  stage: ColumnType<CandidateStage, CandidateStage | undefined, CandidateStage>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ScorecardTable {
  id: Generated<number>;
  card_id: number;
  candidate_id: number;
  interviewer_id: number;
  /** Null while a draft: others' ratings stay hidden from its author until then. */
  submitted_at: Date | null;
  card_revision: number;
  kit_lang: "fr" | "en";
  /** [{ competencyId, rating, notes }] */
  ratings: Json;
  /** Null only in a draft. */
  recommendation: "strong_no" | "no" | "yes" | "strong_yes" | null;
  notes: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RoleCardsTables {
  role_cards: RoleCardTable;
  role_card_revisions: RoleCardRevisionTable;
  interview_competencies: InterviewCompetencyTable;
  scorecards: ScorecardTable;
  card_assignments: CardAssignmentTable;
  candidates: CandidateTable;
}
