// Sets one analysed offer against one standard role: what is in-role, what belongs to
// other jobs (with the offer's lines), which of the role's core duties are covered or
// missing, and how the title compares with the body. Pure: no I/O, deterministic.

import type { Analysis, Match } from "#app/analysis/types";
import type { RoleFamily, RoleProfile, Taxonomy } from "#app/analysis/taxonomy";
import { pickQuestions } from "./pick-questions";
import { redFlagsOf, summarize } from "./summary";
import type {
  Comparison,
  Coverage,
  CoverageFamily,
  ExtraFamily,
  ExtraGroup,
  InRoleFamily,
  MissingFamily,
  ProfileSource,
  QuotedLine,
  Ref,
  TitleComparison,
} from "./types";

/**
 * A core family counts as fully covered once the offer names this many of its duties:
 * offers describe a job in a handful of lines, never the whole duty catalogue.
 */
export const COVERAGE_TARGET = 3;
/** Lines quoted per extra family; the rest are counted. */
export const QUOTED_LINES = 6;

/** What the comparison reads from an analysis: the DESIGN.md contract plus the matches (and the analyzer's role assignment, when it has one). */
export type ComparableAnalysis = Pick<Analysis, "language" | "title" | "families" | "roles" | "roleCount" | "verdict" | "text" | "matches"> &
  Partial<Pick<Analysis, "assignment">>;

export class UnknownProfileError extends Error {
  constructor(readonly profileId: string) {
    super(`unknown profile: ${profileId}`);
  }
}

const ref = (x: { id: string; label: RoleProfile["label"] }): Ref => ({ id: x.id, label: x.label });

export function findProfile(taxonomy: Taxonomy, id: string | null | undefined): RoleProfile | null {
  return (id && taxonomy.profiles.find((p) => p.id === id)) || null;
}

/** Matches the analyzer counted as demands: negated lines and non-demands are not the job. */
function demandMatches(analysis: ComparableAnalysis): Match[] {
  return (analysis.matches ?? []).filter((m) => m.weight > 0 && (m.modifier === "required" || m.modifier === "nice"));
}

/** The whole line around an offset range, without its bullet. */
export function quoteLine(text: string, start: number, end: number): QuotedLine {
  const lineStart = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const next = text.indexOf("\n", end);
  const lineEnd = next === -1 ? text.length : next;
  const raw = text.slice(lineStart, lineEnd);
  const lead = /^[\s\-–—*•●▪◦‣>·+]*/u.exec(raw)?.[0].length ?? 0;
  const body = raw.slice(lead).trimEnd();
  return { text: body, start: lineStart + lead, end: lineStart + lead + body.length };
}

function quoteLines(text: string, ranges: { start: number; end: number }[]): QuotedLine[] {
  const byStart = new Map<number, QuotedLine>();
  for (const r of ranges) {
    const line = quoteLine(text, r.start, r.end);
    if (line.text && !byStart.has(line.start)) byStart.set(line.start, line);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The role the candidate picked, else the one the title names, else the body's main role. */
export function resolveProfile(
  analysis: ComparableAnalysis,
  profileId: string | null | undefined,
  taxonomy: Taxonomy,
): { profile: RoleProfile | null; source: ProfileSource } {
  if (profileId) {
    const chosen = findProfile(taxonomy, profileId);
    if (!chosen) throw new UnknownProfileError(profileId);
    return { profile: chosen, source: "chosen" };
  }
  const fromTitle = findProfile(taxonomy, analysis.title?.profile);
  if (fromTitle) return { profile: fromTitle, source: "title" };
  const body = bodyProfile(analysis, taxonomy);
  return body ? { profile: body.profile, source: "body" } : { profile: null, source: "none" };
}

/**
 * The families a profile owns for this offer: its core, and what the analyzer gave it at core
 * as its own craft (a web designer's HTML and CSS, by the profile's `alsoOwns`).
 */
function ownedFamilies(profile: RoleProfile, analysis: ComparableAnalysis): Set<string> {
  const assigned = analysis.assignment?.find((r) => r.profile === profile.id)?.families.filter((f) => f.depth === "core").map((f) => f.id) ?? [];
  return new Set([...profile.core, ...assigned.filter((id) => profile.light.includes(id))]);
}

/** The share of the offer a profile takes on: the families it owns, and those it absorbs at the depth asked. */
function roleShare(profile: RoleProfile, analysis: ComparableAnalysis): number {
  const owned = ownedFamilies(profile, analysis);
  return analysis.families
    .filter((f) => owned.has(f.id) || (f.depth === "light" && profile.light.includes(f.id)))
    .reduce((sum, f) => sum + f.share, 0);
}

/**
 * Of the roles the offer needs, the one that takes most of it, measured per role: its
 * share of the analyzer's estimated week when the analysis has one, else of the families
 * it takes on. Never one family against a role.
 */
function bodyProfile(analysis: ComparableAnalysis, taxonomy: Taxonomy): { profile: RoleProfile; share: number } | null {
  const totalHours = (analysis.assignment ?? []).reduce((sum, r) => sum + r.hours, 0);
  let best: { profile: RoleProfile; share: number } | null = null;
  for (const id of analysis.roles) {
    const profile = findProfile(taxonomy, id);
    if (!profile) continue;
    const assigned = analysis.assignment?.find((r) => r.profile === id);
    const share = assigned && totalHours > 0 ? assigned.hours / totalHours : roleShare(profile, analysis);
    if (share > 0 && (!best || share > best.share)) best = { profile, share };
  }
  return best;
}

function compareTitle(analysis: ComparableAnalysis, taxonomy: Taxonomy): TitleComparison {
  const titleProfile = findProfile(taxonomy, analysis.title?.profile);
  const body = bodyProfile(analysis, taxonomy);
  const profileShare = titleProfile ? roleShare(titleProfile, analysis) : 0;
  return {
    text: analysis.title?.text ?? null,
    profile: titleProfile ? ref(titleProfile) : null,
    profileShare,
    body: body ? ref(body.profile) : null,
    bodyShare: body?.share ?? 0,
    mismatch: Boolean(titleProfile && body && body.profile.id !== titleProfile.id && body.share > profileShare),
  };
}

function coverageOf(
  profile: RoleProfile | null,
  analysis: ComparableAnalysis,
  matches: Match[],
  familiesById: Map<string, RoleFamily>,
): Coverage {
  if (!profile) return { score: 0, target: COVERAGE_TARGET, families: [] };
  const families: CoverageFamily[] = [];
  for (const familyId of profile.core) {
    const family = familiesById.get(familyId);
    if (!family) continue;
    const duties = family.entries.filter((e) => e.kind === "duty");
    const coreDuties = duties.filter((e) => e.depth === "core");
    const covered = duties
      .map((duty) => ({ duty, found: matches.filter((m) => m.entryId === duty.id) }))
      .filter((x) => x.found.length > 0)
      .map(({ duty, found }) => ({ ...ref(duty), lines: quoteLines(analysis.text, found) }));
    const coveredIds = new Set(covered.map((c) => c.id));
    const target = Math.min(COVERAGE_TARGET, coreDuties.length || duties.length);
    families.push({
      ...ref(family),
      score: target ? Math.min(1, covered.length / target) : 0,
      covered,
      missing: coreDuties.filter((d) => !coveredIds.has(d.id)).map(ref),
      share: analysis.families.find((f) => f.id === familyId)?.share ?? 0,
    });
  }
  const score = families.length ? families.reduce((sum, f) => sum + f.score, 0) / families.length : 0;
  return { score, target: COVERAGE_TARGET, families };
}

/** Who would normally do an extra family: the role the analyzer gave it to, a role the offer needs, else any role that owns it. */
function ownerOf(familyId: string, chosen: RoleProfile | null, analysis: ComparableAnalysis, taxonomy: Taxonomy): RoleProfile | null {
  const others = (profiles: RoleProfile[]) => profiles.filter((p) => p.id !== chosen?.id);
  const assigned = analysis.assignment?.find((r) => r.profile !== chosen?.id && r.families.some((f) => f.id === familyId));
  const fromAnalyzer = findProfile(taxonomy, assigned?.profile);
  if (fromAnalyzer) return fromAnalyzer;
  const needed = others(analysis.roles.map((id) => findProfile(taxonomy, id)).filter((p): p is RoleProfile => p !== null));
  return (
    needed.find((p) => p.core.includes(familyId)) ??
    others(taxonomy.profiles).find((p) => p.core.includes(familyId)) ??
    needed.find((p) => p.light.includes(familyId)) ??
    null
  );
}

function splitFamilies(profile: RoleProfile | null, analysis: ComparableAnalysis, familiesById: Map<string, RoleFamily>, matches: Match[]) {
  const inRole: InRoleFamily[] = [];
  const extras: ExtraFamily[] = [];
  const ownedByRole = profile ? ownedFamilies(profile, analysis) : new Set<string>();
  for (const f of analysis.families) {
    const family = familiesById.get(f.id);
    const label = family?.label ?? { fr: f.id, en: f.id };
    const owned = ownedByRole.has(f.id);
    const absorbed = (profile?.light.includes(f.id) ?? false) && f.depth === "light";
    if (owned || absorbed) {
      inRole.push({ id: f.id, label, depth: f.depth, share: f.share, edge: !owned });
      continue;
    }
    const found = matches.filter((m) => m.familyId === f.id);
    const lines = quoteLines(analysis.text, found.length ? found : f.evidence);
    extras.push({
      id: f.id,
      label,
      depth: f.depth,
      share: f.share,
      reason: profile?.light.includes(f.id) ? "beyond_light" : "outside",
      lines: lines.slice(0, QUOTED_LINES),
      moreLines: Math.max(0, lines.length - QUOTED_LINES),
    });
  }
  return { inRole, extras };
}

function groupExtras(extras: ExtraFamily[], profile: RoleProfile | null, analysis: ComparableAnalysis, taxonomy: Taxonomy): ExtraGroup[] {
  const groups = new Map<string, ExtraGroup>();
  for (const extra of extras) {
    const owner = ownerOf(extra.id, profile, analysis, taxonomy);
    const key = owner?.id ?? "";
    const group = groups.get(key) ?? { profile: owner ? ref(owner) : null, share: 0, families: [] };
    group.families.push(extra);
    group.share += extra.share;
    groups.set(key, group);
  }
  for (const group of groups.values()) group.families.sort((a, b) => b.share - a.share);
  return [...groups.values()].sort((a, b) => b.share - a.share);
}

/**
 * The role's core families the offer leaves short of the coverage target. A family that
 * meets it is covered, whatever other duties of the family the offer does not name: a
 * "100 % coverage" never sits beside "16 duties missing".
 */
function missingOf(coverage: Coverage): MissingFamily[] {
  return coverage.families
    .filter((f) => f.score < 1 && f.missing.length > 0)
    .map((f) => ({ id: f.id, label: f.label, absent: f.share === 0 && f.covered.length === 0, duties: f.missing }));
}

export function compareWithProfile(analysis: ComparableAnalysis, profileId: string | null | undefined, taxonomy: Taxonomy): Comparison {
  const { profile, source } = resolveProfile(analysis, profileId, taxonomy);
  const familiesById = new Map(taxonomy.families.map((f) => [f.id, f]));
  const matches = demandMatches(analysis);
  const { inRole, extras } = splitFamilies(profile, analysis, familiesById, matches);
  const coverage = coverageOf(profile, analysis, matches, familiesById);
  const familyRef = (id: string): Ref => ref(familiesById.get(id) ?? { id, label: { fr: id, en: id } });
  const base = {
    profile: profile ? ref(profile) : null,
    role: profile ? { ...ref(profile), summary: profile.summary, core: profile.core.map(familyRef), light: profile.light.map(familyRef) } : null,
    profileSource: source,
    language: analysis.language,
    verdict: analysis.verdict,
    roles: analysis.roles.map((id) => findProfile(taxonomy, id)).filter((p): p is RoleProfile => p !== null).map(ref),
    roleCount: analysis.roleCount,
    title: compareTitle(analysis, taxonomy),
    inRoleShare: inRole.reduce((sum, f) => sum + f.share, 0),
    extraShare: extras.reduce((sum, f) => sum + f.share, 0),
    inRole,
    coverage,
    extras: groupExtras(extras, profile, analysis, taxonomy),
    missing: missingOf(coverage),
  };
  const questions = pickQuestions(base);
  return { ...base, redFlags: redFlagsOf(base), questions, summary: summarize(base) };
}
