// A tiny hand-made taxonomy and analyses, so the comparison rules can be tested exactly,
// whatever the analyzer's tuning.

import type { Depth, RoleFamily, RoleProfile, Taxonomy } from "#app/analysis/taxonomy";
import type { Match, Verdict } from "#app/analysis/types";
import type { ComparableAnalysis } from "#app/compare/compare-with-profile";

function family(id: string, fr: string, en: string, duties: [string, Depth][]): RoleFamily {
  return {
    id,
    label: { fr, en },
    definition: { fr, en },
    boundaries: { fr: "", en: "" },
    entries: duties.map(([slug, depth]) => ({
      id: `${id}.${slug}`,
      familyId: id,
      kind: "duty",
      depth,
      label: { fr: slug, en: slug },
      synonyms: { fr: [], en: [] },
      escoUri: null,
    })),
  };
}

function profile(id: string, en: string, core: string[], light: string[]): RoleProfile {
  return {
    id,
    label: { fr: en, en },
    titles: { fr: [], en: [] },
    summary: { fr: "", en: "" },
    core,
    light,
    timeSplit: [],
    seniority: { junior: { fr: "", en: "" }, mid: { fr: "", en: "" }, senior: { fr: "", en: "" } },
    tools: [],
    doesNot: { fr: [], en: [] },
    escoUri: null,
  };
}

export const TAXONOMY: Taxonomy = {
  version: "test",
  families: [
    family("community_management", "Community management", "Community management", [
      ["moderation", "core"],
      ["engagement", "core"],
      ["listening", "core"],
      ["ambassadors", "core"],
      ["replies", "light"],
    ]),
    family("social_media_marketing", "Social media marketing", "Social media marketing", [
      ["calendar", "core"],
      ["posting", "light"],
    ]),
    family("graphic_design", "Design graphique", "Graphic design", [
      ["identity", "core"],
      ["canva", "light"],
    ]),
    family("web_development", "Développement web", "Web development", [
      ["php", "core"],
      ["html", "core"],
    ]),
  ],
  profiles: [
    profile("community_manager", "Community Manager", ["community_management"], ["social_media_marketing", "graphic_design"]),
    profile("social_media_manager", "Social Media Manager", ["social_media_marketing"], ["community_management", "graphic_design"]),
    profile("graphic_designer", "Graphic Designer", ["graphic_design"], []),
    profile("web_developer", "Web Developer", ["web_development"], ["graphic_design"]),
  ],
  ambiguous: [],
};

export interface Demand {
  entry: string;
  line: string;
  depth?: Depth;
  modifier?: Match["modifier"];
}

export const CM_TITLE = { text: "Community Manager", profile: "community_manager" };

/**
 * An analysis of an offer made of one line per demand. Shares follow the number of
 * demands per family, as the analyzer's would roughly do.
 */
export function analysisOf(options: {
  title?: { text: string; profile: string | null } | null;
  demands: Demand[];
  roles: string[];
  verdict: Verdict;
  familyDepth?: Record<string, Depth>;
}): ComparableAnalysis {
  let text = options.title ? `${options.title.text}\n` : "";
  const matches: Match[] = options.demands.map((d, i) => {
    const start = text.length + 2;
    text += `- ${d.line}\n`;
    const familyId = d.entry.split(".")[0]!;
    return {
      text: d.line,
      start,
      end: start + d.line.length,
      entryId: d.entry,
      familyId,
      depth: d.depth ?? "core",
      weight: d.modifier === "negated" ? 0 : 1,
      modifier: d.modifier ?? "required",
      sectionKind: "duties",
      line: i,
    };
  });
  const counted = matches.filter((m) => m.weight > 0);
  const ids = [...new Set(counted.map((m) => m.familyId))];
  const families = ids.map((id) => {
    const mine = counted.filter((m) => m.familyId === id);
    return {
      id,
      depth: options.familyDepth?.[id] ?? (mine.some((m) => m.depth === "core") ? "core" : "light"),
      share: mine.length / counted.length,
      evidence: mine.map(({ text: t, start, end }) => ({ text: t, start, end })),
      score: mine.length,
      coreScore: mine.filter((m) => m.depth === "core").length,
    } as const;
  });
  return {
    language: "en",
    title: options.title ?? null,
    families,
    roles: options.roles,
    roleCount: options.roles.length,
    verdict: options.verdict,
    text,
    matches,
  };
}
