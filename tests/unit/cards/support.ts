import { compileTaxonomy } from "#app/analysis/compile";
import { loadSeedQuestionBank } from "#seeds/interview-files";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";

// The shipped data, loaded once per test file: the tests hold the real bank and taxonomy
// to their promises (4–6 competencies, offers that read back focused).
export const taxonomy = loadSeedTaxonomy();
export const compiled = compileTaxonomy(taxonomy);
export const bank = loadSeedQuestionBank().competencies;

export const CM_DUTIES = [
  "community_management.moderation",
  "community_management.community_engagement",
  "community_management.social_listening",
];
export const DESIGN_DUTIES = ["graphic_design.visual_identity", "graphic_design.logo_design", "graphic_design.print_design"];

export function validCard(overrides: Record<string, unknown> = {}) {
  return {
    titleFr: "Community manager",
    titleEn: "Community manager",
    profileId: "community_manager",
    seniority: "mid",
    contract: "permanent",
    hours: "35",
    duties: [
      { entryId: CM_DUTIES[0], share: "40" },
      { entryId: CM_DUTIES[1], share: "35" },
      { entryId: CM_DUTIES[2], share: "25" },
    ],
    skillsRequired: "Rédaction\nÉcoute",
    skillsNice: "",
    toolsRequired: "Meta Business Suite\nAgorapulse",
    toolsNice: "",
    languages: "Français\nAnglais",
    team: "Marketing (4 personnes)",
    reportsTo: "Responsable marketing",
    salaryMin: "32000",
    salaryMax: "38000",
    salaryCurrency: "EUR",
    salaryPeriod: "year",
    location: "Dakar",
    remote: "hybrid",
    scopeAccepted: "",
    ...overrides,
  };
}

/** The builder's fields as the browser posts them. */
export function cardFields(overrides: Record<string, unknown> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(validCard(overrides) as Record<string, unknown>)) {
    if (key === "duties") {
      (value as { entryId: string; share: string }[]).forEach((d, i) => {
        out[`duties.${i}.entryId`] = d.entryId;
        out[`duties.${i}.share`] = d.share;
      });
    } else if (value !== undefined) out[key] = String(value);
  }
  return out;
}
