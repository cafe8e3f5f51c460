// The analyzer's public result types: the Analysis contract of DESIGN.md plus the
// extra fields the UI uses (display text, sections, every match, explanation).

import type { Depth, FamilyId, Lang, Localized } from "./taxonomy";

export type Verdict = "focused" | "stretched" | "overloaded" | "out_of_scope";

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export type SectionKind =
  | "title"
  | "intro"
  | "duties"
  | "requirements"
  | "nice"
  | "other"
  | "company"
  | "benefits"
  | "apply"
  | "meta"
  | "keywords";

export interface Section {
  kind: SectionKind;
  /** The heading as written; null for the part before the first heading. */
  heading: string | null;
  start: number;
  end: number;
}

export interface Line {
  start: number;
  end: number;
  section: number;
}

/** Why a match weighs what it weighs. */
export type MatchModifier = "required" | "nice" | "negated" | "not_a_demand";

export interface Match extends Evidence {
  entryId: string;
  familyId: FamilyId;
  depth: Depth;
  weight: number;
  modifier: MatchModifier;
  sectionKind: SectionKind;
  line: number;
  /** Set when the passage was an ambiguous term decided by its context. */
  ambiguousId?: string;
}

export interface FamilyResult {
  id: FamilyId;
  depth: Depth;
  share: number;
  evidence: Evidence[];
  /** Weighted evidence behind the family (core and light parts). */
  score: number;
  coreScore: number;
}

export interface TitleResult {
  text: string;
  profile: string | null;
  start?: number;
  end?: number;
  /** Every profile the title names, the chosen one first ("Community manager & graphiste"). */
  profiles?: string[];
}

export interface ExplanationPart {
  kind: "summary" | "role" | "title_mismatch" | "edge" | "fix" | "not_counted" | "out_of_scope";
  [key: string]: unknown;
}

export interface Explanation {
  parts: ExplanationPart[];
  sentences: Localized<string[]>;
}

export interface Analysis {
  analyzerVersion: string;
  taxonomyVersion: string;
  language: Lang;
  /**
   * The analyzer always sets it (`text` empty, `profile` null when the offer has no
   * recognisable title); null stays allowed for analyses built elsewhere.
   */
  title: TitleResult | null;
  families: FamilyResult[];
  roles: string[];
  roleCount: number;
  verdict: Verdict;
  /** The display text every offset points into (the input itself for plain text). */
  text: string;
  format: "text" | "html";
  sections: Section[];
  lines: Line[];
  matches: Match[];
  /** Profiles that own the offer's core demands, and families left at the edges. */
  coreRoles: string[];
  edgeFamilies: FamilyId[];
  explanation: Explanation;
}

/** One demand for the scope step: from an offer's matches or a role card's duties. */
export interface Demand {
  familyId: FamilyId;
  depth: Depth;
  /** 1 = a plainly required passage; lower for pluses, 0 for negated ones. */
  weight: number;
  entryId?: string;
  /** Demands sharing a group (an offer line) count once per family, plus a little for the rest. */
  group?: string | number;
  /** Stated by the title alone ("Community Manager"), not by a duty in the body. */
  fromTitle?: boolean;
  /** A plainly required tool or technique of the craft itself ("Illustrator", "PHP"), not a duty. */
  craft?: boolean;
}

export interface Thresholds {
  /** Least weighted evidence for a family to count as demanded at all. */
  present: number;
  /** Least single-passage weight among a family's evidence (pluses alone do not count). */
  presentPeak: number;
  /** Least weighted core evidence for a core demand. */
  core: number;
  /** Least own core evidence for each of two non-adjacent roles to call it overloaded. */
  substantial: number;
  /** Edge families (light demands no cover role lists) from which a focused role is overloaded. */
  edgesOverload: number;
  /** Demanded families from which an offer needing three profiles is overloaded even if only two own core work. */
  breadth: number;
}

export interface FamilyDemand {
  id: FamilyId;
  depth: Depth;
  score: number;
  coreScore: number;
  share: number;
}

export interface Assessment {
  families: FamilyDemand[];
  roles: string[];
  roleCount: number;
  verdict: Verdict;
  coreRoles: string[];
  edgeFamilies: FamilyId[];
  /** For each role, the demanded families it takes in the split. */
  assignment: Record<string, FamilyId[]>;
}
