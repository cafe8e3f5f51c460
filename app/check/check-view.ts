// The result page's data, built on the server from an Analysis and the taxonomy's
// labels in the reader's language: serializable, and only what the page shows.

import type { Verdict } from "~/analysis/types";
import type { Depth, Lang, Taxonomy } from "~/analysis/taxonomy";
import type { HighlightMark } from "./highlight";
import { assignmentOf, type StoredAnalysis } from "./explanation";
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

export interface ExplanationView {
  sentences: string[];
  fixes: string[];
}

export interface CheckView {
  text: string;
  language: Lang;
  verdict: Verdict;
  roleCount: number;
  title: { text: string; profile: Labelled | null } | null;
  families: FamilyView[];
  marks: HighlightMark[];
  roles: RoleView[];
  titleVsBody: TitleVsBody;
  explanation: ExplanationView;
  analyzerVersion: string;
  taxonomyVersion: string;
}

interface Labels {
  family(id: string): Labelled;
  profile(id: string): Labelled;
}

/** Labels in one language; ids the taxonomy no longer knows (an old saved result) show as themselves. */
export function taxonomyLabels(taxonomy: Taxonomy, lang: Lang): Labels {
  const families = new Map(taxonomy.families.map((f) => [f.id, f.label[lang]]));
  const profiles = new Map(taxonomy.profiles.map((p) => [p.id, p.label[lang]]));
  return {
    family: (id) => ({ id, label: families.get(id) ?? id }),
    profile: (id) => ({ id, label: profiles.get(id) ?? id }),
  };
}

function marksOf(analysis: StoredAnalysis): HighlightMark[] {
  const entryAt = new Map<string, string>();
  for (const m of analysis.matches ?? []) entryAt.set(`${m.familyId}:${m.start}:${m.end}`, m.entryId);
  return analysis.families.flatMap((f) =>
    f.evidence.map((e) => ({ start: e.start, end: e.end, familyId: f.id, entryId: entryAt.get(`${f.id}:${e.start}:${e.end}`) })),
  );
}

function titleVsBody(analysis: StoredAnalysis, taxonomy: Taxonomy, labels: Labels): TitleVsBody {
  const asks = analysis.families.map((f) => ({ ...labels.family(f.id), depth: f.depth }));
  const profileId = analysis.title?.profile ?? null;
  const profile = profileId ? taxonomy.profiles.find((p) => p.id === profileId) : undefined;
  if (!profileId || !profile) {
    return { profile: profileId ? labels.profile(profileId) : null, covers: [], asks, beyond: [] };
  }
  const owned = new Set([...profile.core, ...profile.light]);
  return {
    profile: labels.profile(profileId),
    covers: [...profile.core, ...profile.light].map((id) => labels.family(id)),
    asks,
    // A core demand in a family the profile only absorbs lightly is beyond it too.
    beyond: asks.filter((f) => !owned.has(f.id) || (f.depth === "core" && !profile.core.includes(f.id))),
  };
}

export function buildCheckView(analysis: StoredAnalysis, taxonomy: Taxonomy, lang: Lang, explanation: ExplanationView): CheckView {
  const labels = taxonomyLabels(taxonomy, lang);
  const entries = new Set(taxonomy.families.flatMap((f) => f.entries.map((e) => e.id)));
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
    title: analysis.title
      ? { text: analysis.title.text, profile: analysis.title.profile ? labels.profile(analysis.title.profile) : null }
      : null,
    families: analysis.families.map((f) => ({
      ...labels.family(f.id),
      depth: f.depth,
      share: f.share,
      evidence: f.evidence.map(({ start, end, text }) => ({ start, end, text })),
    })),
    marks: marksOf(analysis),
    roles,
    titleVsBody: titleVsBody(analysis, taxonomy, labels),
    explanation,
    analyzerVersion: analysis.analyzerVersion,
    taxonomyVersion: analysis.taxonomyVersion,
  };
}
