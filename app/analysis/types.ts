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
  /** Set when that context was the term's own object ("développer le site internet"), not words nearby. */
  byObject?: boolean;
  /** Set when the hire steers this work ("coordonner la production des visuels"): counted light, not as the craft. */
  steered?: boolean;
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

/** A passage quoted whole: the line (or sentence) around a piece of evidence. */
export type QuotedLine = Evidence;

export type ExplanationPart =
  | { kind: "out_of_scope"; text?: Localized<string> }
  /** `otherTrades`: trades outside marketing the offer also asks for ("customer_support"), counted as jobs beside the roles. */
  | { kind: "summary"; verdict: Verdict; roleCount: number; roles: string[]; otherTrades?: string[]; text?: Localized<string> }
  | { kind: "role"; profile: string; families: FamilyId[]; lines: QuotedLine[]; text?: Localized<string> }
  | { kind: "edge"; families: FamilyId[]; text?: Localized<string> }
  /** Why: one real hybrid profile covers what looks like two crafts ("a UI/UX developer is one job"). */
  | { kind: "reason"; reason: "hybrid"; profile: string; families: FamilyId[]; text?: Localized<string> }
  /** Why: the estimated week, and how much of it lies outside the main role. */
  | {
      kind: "reason";
      reason: "workload";
      hours: number;
      weeks: number;
      mainRole: string | null;
      outsideMainHours: number;
      /** A part-time post's hours a week and the passage stating them; absent for a full-time post. */
      partTime?: { weekHours: number; line: QuotedLine };
      text?: Localized<string>;
    }
  /** Why: the post coordinates or supervises this work ("coordonner la production des visuels"); others make it. */
  | { kind: "reason"; reason: "steering"; families: FamilyId[]; lines: QuotedLine[]; text?: Localized<string> }
  /** Why: the title names no marketing job, so the marketing work the body asks comes beside another one. */
  | { kind: "reason"; reason: "aside"; title: string; families: FamilyId[]; text?: Localized<string> }
  /** Why: a junior or part-time post asked for many bodies of work, each light, has not the week for them. */
  | { kind: "reason"; reason: "spread"; families: FamilyId[]; by: "junior" | "part_time"; pastOnePerson?: true; text?: Localized<string> }
  /** Why: three or more making crafts asked at their core (design, video, code…) are an agency's work. */
  | { kind: "reason"; reason: "agency"; families: FamilyId[]; text?: Localized<string> }
  /** Why: part of the week is another trade's work, which no marketing job does. */
  | { kind: "reason"; reason: "other_trade"; trades: string[]; hours: number; near?: boolean; lines: QuotedLine[]; text?: Localized<string> }
  /** Title against body: what the title promises and what else the body asks. */
  | { kind: "title_mismatch"; titleProfile: string; extraFamilies: FamilyId[]; text?: Localized<string> }
  | { kind: "fix"; fix: "split"; cards: string[]; text?: Localized<string> }
  | { kind: "fix"; fix: "downgrade"; families: FamilyId[]; lines: QuotedLine[]; text?: Localized<string> }
  | { kind: "fix"; fix: "outsource"; families: FamilyId[]; text?: Localized<string> }
  | { kind: "fix"; fix: "retitle"; profile: string; from: string | null; text?: Localized<string> }
  | { kind: "not_counted"; nice: number; negated: number; notDemand: number; text?: Localized<string> };

export interface Explanation {
  /** Each part carries its own sentence in `text` (analyses saved before it did have none). */
  parts: ExplanationPart[];
  /** The parts' sentences in order, per language (kept for older readers). */
  sentences: Localized<string[]>;
}

/** A demanded family as one role of the cover takes it. */
export interface AssignedFamily {
  id: FamilyId;
  depth: Depth;
  /** Estimated hours per week this family's demanded work takes. */
  hours: number;
}

/** One role of the cover: the families it takes and the week they add up to. */
export interface RoleAssignment {
  profile: string;
  families: AssignedFamily[];
  /** Estimated hours per week of the role's demanded work. */
  hours: number;
  /** Those hours as a share of a 35-hour week (1 = one full-time person). */
  weekShare: number;
}

/** The estimated working week the offer describes. */
export interface Workload {
  /** The working week the shares are taken of. */
  weekHours: number;
  /** A part-time post's hours a week, against which the work outside the main role is weighed; absent for full-time posts (and in analyses saved before it was read). */
  partTimeHours?: number;
  /** The passage stating the part-time week. */
  partTime?: Evidence;
  /** Estimated hours per week of all demanded work. */
  hours: number;
  /** `hours` in 35-hour weeks (1.6 = about one and a half people). */
  weeks: number;
  /** The role the week is measured against: the title's profile, else the first role. */
  mainRole: string | null;
  /** Hours of demanded work in families the main role does not even list (steering and reporting counted as light work at most). */
  outsideMainHours: number;
  /** Of those, hours of other trades' work (customer support, sales, office…); absent in analyses saved before it was counted. */
  otherTradeHours?: number;
}

/** Work of a trade outside digital marketing that the offer asks the hire to do. */
export interface OtherWork {
  /** Id of the trade (`customer_support`, `sales`, `office_admin`, `training`, `it_support`, `shop_logistics`). */
  trade: string;
  depth: Depth;
  /** Estimated hours per week. */
  hours: number;
  /** Work next to the main job (a community manager's support questions): it stretches the post, it is no second job. */
  near?: boolean;
  evidence: Evidence[];
}

/** One passage asking for another trade's work, for the scope step. */
export interface OtherDemand {
  trade: string;
  weight: number;
  /** The matched phrase: a repeated one adds little, like a repeated taxonomy entry. */
  phrase: string;
  fromTitle: boolean;
  /** The line it was read on: a list of the trade's words on one line is one demand. */
  group?: number;
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
  /** "html": the input was markup (tags, or character references such as "&eacute;") and `text` is what it reads as. */
  format: "text" | "html";
  sections: Section[];
  lines: Line[];
  matches: Match[];
  /** Profiles that own the offer's core demands, and families left at the edges. */
  coreRoles: string[];
  edgeFamilies: FamilyId[];
  /** For each role in `roles` (same order), the families it takes and their estimated hours. */
  assignment: RoleAssignment[];
  workload: Workload;
  /** Other trades' work the offer folds in; absent in analyses saved before it was counted. */
  otherWork?: OtherWork[];
  /** The title names no marketing job ("Chargé de développement"): the marketing work the body asks comes beside another job. */
  marketingAside?: boolean;
  /** One job, but a junior or part-time post asked for many bodies of work: why it is stretched. */
  spreadThin?: SpreadThin;
  /** Three making crafts asked at core that no hybrid maker joins: an agency's work, whatever the week. */
  agency?: FamilyId[];
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
  /** Named by words of the title, with or without a profile ("Head of Content"): the post's own field. */
  inTitle?: boolean;
  /** The hire steers this work ("superviser la production des vidéos"), others make it. */
  steered?: boolean;
  /** A plainly required tool or technique of the craft itself ("Illustrator", "PHP"), not a duty. */
  craft?: boolean;
  /** Asks the hire to do a piece of the craft's work: a duty, or any entry but a tool listed among the duties (not a skill the profile wishes for). */
  task?: boolean;
  /** Names a piece of the craft's work ("running paid search campaigns"), even among the requirements. */
  duty?: boolean;
  /** A generic word read from its context ("develop", "design", "campaigns"): alone it does not demand a craft. */
  generic?: boolean;
  /** Hours per week the demand is known to take (a role card's duty share); estimated when absent. */
  hours?: number;
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
  /** Least hours outside the main role for a post that needs several profiles to be called overloaded. */
  confirmHours: number;
  /** Hours outside the main role from which any post is overloaded, however light each demand. */
  overloadHours: number;
}

export interface FamilyDemand {
  id: FamilyId;
  depth: Depth;
  /** Every passage of the family is work the hire steers: no role of the cover needs to make it. */
  steered?: boolean;
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
  /** For each role (same order as `roles`), the demanded families it takes and their hours. */
  assignment: RoleAssignment[];
  workload: Workload;
  otherWork: Omit<OtherWork, "evidence">[];
  /** The title names no field and the marketing work comes beside another job. */
  marketingAside?: boolean;
  spreadThin?: SpreadThin;
  agency?: FamilyId[];
}

/** A junior or part-time post asked for many bodies of work by hand: stretched, though each is light. */
export interface SpreadThin {
  families: FamilyId[];
  /** What makes the post small: a junior title (apprentice, intern, assistant) or a part-time week. */
  by: "junior" | "part_time";
  /** Beside a second job's real work, the spread makes the post overloaded, not only stretched. */
  pastOnePerson?: true;
}
