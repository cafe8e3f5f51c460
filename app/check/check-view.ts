// The result page's data, built on the server from an Analysis and the taxonomy's
// labels in the reader's language: serializable, and only what the page shows.

import type { Verdict } from "#app/analysis/types";
import type { Compliance } from "#app/compliance/types";
import { OTHER_TRADES } from "#app/analysis/other-trades";
import type { Depth, Lang, Taxonomy } from "#app/analysis/taxonomy";
import type { HighlightMark, NotCountedReason } from "./highlight";
import { assignmentOf, type StoredAnalysis } from "./explanation";
import { rewriteOffer, type RewrittenOffer } from "./rewrite-offer";
import { cardBuilderHref, splitByRole } from "./role-split";

export interface Labelled {
  id: string;
  label: string;
}

export interface FamilyView extends Labelled {
  depth: Depth;
  share: number;
  evidence: { start: number; end: number; text: string }[];
}

export interface RoleView extends Labelled {
  families: Labelled[];
  cardHref: string;
}

export interface TitleVsBody {
  profile: Labelled | null;
  covers: Labelled[];
  asks: (Labelled & { depth: Depth })[];
  beyond: (Labelled & { depth: Depth })[];
}

export interface WeekRole extends Labelled {
  hours: number;
  /** The job the title announces (else the analyzer's main role): the rest is what spills over. */
  announced: boolean;
  families: (Labelled & { hours: number })[];
}

/** Where the estimated week goes, job by job: the chart and its table. */
export interface WeekView {
  weekHours: number;
  /** The part-time week the offer states; null for a full-time post. */
  partTimeHours: number | null;
  hours: number;
  weeks: number;
  outsideHours: number;
  announced: Labelled | null;
  /** The title names no marketing job: these hours come beside another job's, which are not estimated. */
  aside: boolean;
  roles: WeekRole[];
}

export interface ExplanationView {
  sentences: string[];
  fixes: string[];
}

export interface CheckView {
  text: string;
  language: Lang;
  verdict: Verdict;
  roleCount: number;
  /** Jobs the offer combines as the verdict card counts them: the roles, and on an overloaded offer another trade's work too. */
  jobCount: number;
  title: { text: string; profile: Labelled | null } | null;
  families: FamilyView[];
  marks: HighlightMark[];
  /** Families whose passages are highlighted but not demanded (not counted): labelled for the key. */
  otherFamilies: Labelled[];
  roles: RoleView[];
  titleVsBody: TitleVsBody;
  explanation: ExplanationView;
  /** Null for analyses saved before the analyzer estimated the week. */
  week: WeekView | null;
  /** The offer as one job, in the offer's language; null when it is one job already. */
  rewrite: RewrittenOffer | null;
  analyzerVersion: string;
  taxonomyVersion: string;
  /** The compliance check, set by the pages that run it (app/compliance/). */
  compliance?: Compliance;
}

interface Labels {
  family(id: string): Labelled;
  profile(id: string): Labelled;
  trade(id: string): Labelled;
}

/** Labels in one language; ids the taxonomy no longer knows (an old saved result) show as themselves. */
export function taxonomyLabels(taxonomy: Taxonomy, lang: Lang): Labels {
  const families = new Map(taxonomy.families.map((f) => [f.id, f.label[lang]]));
  const profiles = new Map(taxonomy.profiles.map((p) => [p.id, p.label[lang]]));
  return {
    family: (id) => ({ id, label: families.get(id) ?? id }),
    profile: (id) => ({ id, label: profiles.get(id) ?? id }),
    // Trade labels are written to sit inside a sentence; a chart row starts with a capital.
    trade: (id) => {
      const label = OTHER_TRADES.find((t) => t.id === id)?.label[lang] ?? id;
      return { id, label: label.charAt(0).toUpperCase() + label.slice(1) };
    },
  };
}

const NOT_COUNTED = new Set(["nice", "negated", "not_a_demand"]);

/**
 * Every passage the analyzer found: those behind a family's share, and the ones that did
 * not count (a plus, a negation, not a demand, or a family with too little evidence to be
 * demanded), so an administrator sees a new synonym at work even below the threshold.
 */
function marksOf(analysis: StoredAnalysis, isEntry: (id: string) => boolean): HighlightMark[] {
  const entryAt = new Map<string, string>();
  for (const m of analysis.matches ?? []) entryAt.set(`${m.familyId}:${m.start}:${m.end}`, m.entryId);
  const counted: HighlightMark[] = analysis.families.flatMap((f) =>
    f.evidence.map((e) => ({ start: e.start, end: e.end, familyId: f.id, entryId: entryAt.get(`${f.id}:${e.start}:${e.end}`) })),
  );
  const shown = new Set(counted.map((m) => `${m.familyId}:${m.start}:${m.end}`));
  const demanded = new Set(analysis.families.map((f) => f.id));
  const others: HighlightMark[] = (analysis.matches ?? [])
    .filter((m) => isEntry(m.entryId) && !shown.has(`${m.familyId}:${m.start}:${m.end}`))
    .flatMap((m) => {
      const reason = NOT_COUNTED.has(m.modifier) ? (m.modifier as NotCountedReason) : !demanded.has(m.familyId) ? "too_little" : null;
      return reason ? [{ start: m.start, end: m.end, familyId: m.familyId, entryId: m.entryId, notCounted: reason }] : [];
    });
  return [...counted, ...others];
}

function titleVsBody(analysis: StoredAnalysis, taxonomy: Taxonomy, labels: Labels): TitleVsBody {
  const asks = analysis.families.map((f) => ({ ...labels.family(f.id), depth: f.depth }));
  const profileId = analysis.title?.profile ?? null;
  const profile = profileId ? taxonomy.profiles.find((p) => p.id === profileId) : undefined;
  if (!profileId || !profile) {
    return { profile: profileId ? labels.profile(profileId) : null, covers: [], asks, beyond: [] };
  }
  // A family asked at core depth that the profile only absorbs lightly is beyond it, and
  // so never listed as covered too.
  const within = (f: { id: string; depth: Depth }) => profile.core.includes(f.id) || (f.depth === "light" && profile.light.includes(f.id));
  return {
    profile: labels.profile(profileId),
    covers: asks.filter(within).map(({ id, label }) => ({ id, label })),
    asks,
    beyond: asks.filter((f) => !within(f)),
  };
}

/** Past this the page would carry the offer three times over: the rewrite is left out. */
const REWRITE_MAX_CHARS = 30_000;

/** The announced job first, then the others, heaviest first; jobs with no hours are left out. */
function weekOf(analysis: StoredAnalysis, labels: Labels): WeekView | null {
  const { assignment, workload } = analysis;
  if (!Array.isArray(assignment) || !workload || !assignment.length) return null;
  // Beside another job, the marketing roles are not the job the title announces.
  const aside = analysis.marketingAside === true;
  const announced = aside ? null : workload.mainRole;
  const roles = assignment
    .filter((r) => r.hours > 0)
    .map((r) => ({
      ...labels.profile(r.profile),
      hours: r.hours,
      announced: r.profile === announced,
      families: r.families.map((f) => ({ ...labels.family(f.id), hours: f.hours })),
    }))
    // Another trade's work (support, sales…) is a bar of its own: the week adds it up too.
    .concat((analysis.otherWork ?? []).filter((w) => w.hours > 0).map((w) => ({ ...labels.trade(w.trade), hours: w.hours, announced: false, families: [] })))
    .sort((a, b) => Number(b.announced) - Number(a.announced) || b.hours - a.hours);
  // Beside another job, the sentence counts the marketing hours alone: another trade's bars are that job's.
  const marketingHours = assignment.reduce((sum, r) => sum + r.hours, 0);
  return {
    weekHours: workload.weekHours,
    partTimeHours: workload.partTimeHours ?? null,
    hours: aside ? marketingHours : workload.hours,
    weeks: workload.weeks,
    // What the bars show beside the announced job, so the sentence and the chart agree.
    outsideHours: roles.filter((r) => !r.announced).reduce((sum, r) => sum + r.hours, 0),
    announced: announced ? labels.profile(announced) : null,
    aside,
    roles,
  };
}

export function buildCheckView(analysis: StoredAnalysis, taxonomy: Taxonomy, lang: Lang, explanation: ExplanationView): CheckView {
  const labels = taxonomyLabels(taxonomy, lang);
  const entries = new Set(taxonomy.families.flatMap((f) => f.entries.map((e) => e.id)));
  const marks = marksOf(analysis, (id) => entries.has(id));
  const roles = splitByRole(analysis, taxonomy.profiles, assignmentOf(analysis), (id) => entries.has(id)).map((share) => ({
    ...labels.profile(share.roleId),
    families: share.families.map((id) => labels.family(id)),
    cardHref: cardBuilderHref(share),
  }));
  return {
    text: analysis.text,
    language: analysis.language,
    verdict: analysis.verdict,
    roleCount: analysis.roleCount,
    jobCount: analysis.roleCount + (analysis.verdict === "overloaded" ? (analysis.otherWork ?? []).length : 0),
    title: analysis.title
      ? { text: analysis.title.text, profile: analysis.title.profile ? labels.profile(analysis.title.profile) : null }
      : null,
    families: analysis.families.map((f) => ({
      ...labels.family(f.id),
      depth: f.depth,
      share: f.share,
      evidence: f.evidence.map(({ start, end, text }) => ({ start, end, text })),
    })),
    marks,
    otherFamilies: [...new Set(marks.map((m) => m.familyId))].filter((id) => !analysis.families.some((f) => f.id === id)).map((id) => labels.family(id)),
    roles,
    titleVsBody: titleVsBody(analysis, taxonomy, labels),
    explanation,
    week: weekOf(analysis, labels),
    rewrite: analysis.text.length <= REWRITE_MAX_CHARS ? rewriteOffer(analysis, analysis.language) : null,
    analyzerVersion: analysis.analyzerVersion,
    taxonomyVersion: analysis.taxonomyVersion,
  };
}
