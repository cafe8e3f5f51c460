import { analyze } from "~/analysis/analyze";
import { assessDemands, CARD_THRESHOLDS } from "~/analysis/assess";
import type { CompiledTaxonomy } from "~/analysis/compile";
import { entryIndex } from "./card";
import { guardCard, type GuardDuty, type ScopeGuard } from "./scope-guard";

/** The free-text lists are capped by the card schema; this bounds the read of a half-typed form too. */
const REQUIREMENTS_MAX_CHARS = 4000;

/**
 * The skills and tools a card requires in free text ("PHP", "Illustrator"), as taxonomy
 * entries, read by the analyzer's own matcher so synonyms and spellings count alike.
 */
export function requirementEntries(card: { skillsRequired?: string | string[]; toolsRequired?: string | string[] }, compiled: CompiledTaxonomy): string[] {
  const lines = [card.skillsRequired, card.toolsRequired]
    .flatMap((v) => (Array.isArray(v) ? v : (v ?? "").split("\n")))
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [];
  // Read as the requirements list of an offer: a lone first line ("Illustrator") would otherwise be taken for its title.
  const text = `Profil :\n${lines.map((l) => `- ${l}`).join("\n")}`.slice(0, REQUIREMENTS_MAX_CHARS);
  const entries = entryIndex(compiled.taxonomy);
  const found = analyze(text, compiled, { format: "text" })
    .matches.filter((m) => m.modifier !== "negated" && entries.has(m.entryId))
    .map((m) => m.entryId);
  return [...new Set(found)];
}

/**
 * The builder's scope check through the analyzer's own scope step, with the card
 * thresholds (every picked duty counts) and the base profile in the place an offer's
 * title takes, so ties go to the job the manager meant. Required skills and tools count
 * too: a community manager card that requires PHP asks for a web developer.
 */
export function checkCardScope(
  card: { profileId: string; duties: GuardDuty[]; skillsRequired?: string | string[]; toolsRequired?: string | string[] },
  compiled: CompiledTaxonomy,
): ScopeGuard {
  const requirements = requirementEntries(card, compiled);
  return guardCard({ profileId: card.profileId, duties: card.duties, requirements }, compiled.taxonomy, (demands) =>
    assessDemands(demands, compiled, { titleProfile: card.profileId || null, thresholds: CARD_THRESHOLDS }),
  );
}

/** Duties as the form holds them (strings, maybe half-typed) as guard input. */
export function guardDuties(duties: { entryId: string; share: string | number }[]): GuardDuty[] {
  return duties
    .map((d) => ({ entryId: d.entryId, share: Number(String(d.share).replace(",", ".")) }))
    .filter((d) => d.entryId && Number.isFinite(d.share) && d.share > 0);
}
