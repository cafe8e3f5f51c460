import type { Analysis } from "#app/analysis/index";

/**
 * What a market run keeps of an analysis: the contract of DESIGN.md plus the covering
 * roles and the explanation; the display text, lines and every match stay out, because a
 * run holds up to 100,000 of them and the offer text is stored beside it.
 */
export function compactAnalysis(analysis: Analysis) {
  return {
    analyzerVersion: analysis.analyzerVersion,
    taxonomyVersion: analysis.taxonomyVersion,
    language: analysis.language,
    title: analysis.title,
    families: analysis.families.map((f) => ({ id: f.id, depth: f.depth, share: f.share, evidence: f.evidence.slice(0, 5) })),
    roles: analysis.roles,
    roleCount: analysis.roleCount,
    verdict: analysis.verdict,
    coreRoles: analysis.coreRoles,
    edgeFamilies: analysis.edgeFamilies,
    explanation: analysis.explanation.sentences,
  };
}

export type CompactAnalysis = ReturnType<typeof compactAnalysis>;
