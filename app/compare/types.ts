// What a candidate sees when an offer is set against a standard role. Labels travel with
// the ids (in both languages) so that a saved comparison reads the same after the
// taxonomy is edited, and the API can answer in either language.

import type { Depth, Lang, Localized } from "#app/analysis/taxonomy";
import type { Verdict } from "#app/analysis/types";

export interface Ref {
  id: string;
  label: Localized;
}

/** How the role was chosen: by the candidate, by the offer's title, or by its body. */
export type ProfileSource = "chosen" | "title" | "body" | "none";

/** One line of the offer, quoted whole: candidates recognise lines, not fragments. */
export interface QuotedLine {
  text: string;
  start: number;
  end: number;
}

export interface CoveredDuty extends Ref {
  lines: QuotedLine[];
}

export interface CoverageFamily extends Ref {
  /** 0..1: mentioned duties over the target, capped at 1. */
  score: number;
  covered: CoveredDuty[];
  /** The family's core duties the offer does not mention. */
  missing: Ref[];
  /** The offer's share that falls in this family (0 when absent). */
  share: number;
}

export interface Coverage {
  /** 0..1, the mean of the role's core families' scores. */
  score: number;
  /** Duties a family needs to count as fully covered (see COVERAGE_TARGET). */
  target: number;
  families: CoverageFamily[];
}

export interface InRoleFamily extends Ref {
  depth: Depth;
  share: number;
  /** A neighbouring family the role absorbs at light depth. */
  edge: boolean;
}

export interface ExtraFamily extends Ref {
  depth: Depth;
  share: number;
  /** "outside": the role does not do this; "beyond_light": it does, but only the basics. */
  reason: "outside" | "beyond_light";
  lines: QuotedLine[];
  /** Lines left out of `lines` to keep the page readable. */
  moreLines: number;
}

export interface ExtraGroup {
  /** The standard role that owns this work; null when no profile does. */
  profile: Ref | null;
  share: number;
  families: ExtraFamily[];
}

export interface MissingFamily extends Ref {
  /** The offer asks nothing of this family at all. */
  absent: boolean;
  duties: Ref[];
}

export interface TitleComparison {
  text: string | null;
  profile: Ref | null;
  /** Share of the offer in the title role's own families. */
  profileShare: number;
  /** The role whose own families take the largest share of the body. */
  body: Ref | null;
  bodyShare: number;
  mismatch: boolean;
}

export type RedFlagKind = "out_of_scope" | "title_mismatch" | "extra_role" | "beyond_light" | "low_coverage" | "no_profile";

export interface RedFlag {
  kind: RedFlagKind;
  text: Localized;
}

export interface Question {
  id: string;
  familyId: string | null;
  text: Localized;
}

/** The standard role as the comparison's right-hand side shows it. */
export interface RoleDefinition extends Ref {
  summary: Localized;
  /** Families the role owns. */
  core: Ref[];
  /** Neighbouring families it can take on at a basic level. */
  light: Ref[];
}

export interface Comparison {
  profile: Ref | null;
  role: RoleDefinition | null;
  profileSource: ProfileSource;
  language: Lang;
  verdict: Verdict;
  roles: Ref[];
  roleCount: number;
  title: TitleComparison;
  /** 0..1 of the offer's demand that belongs to the role. */
  inRoleShare: number;
  extraShare: number;
  inRole: InRoleFamily[];
  coverage: Coverage;
  extras: ExtraGroup[];
  missing: MissingFamily[];
  redFlags: RedFlag[];
  questions: Question[];
  summary: Localized;
}

/** Everything the rules read to pick questions, red flags and the summary. */
export type ComparisonFacts = Omit<Comparison, "redFlags" | "questions" | "summary">;
