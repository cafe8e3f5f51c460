import { assessDemands, CARD_THRESHOLDS } from "~/analysis/assess";
import type { CompiledTaxonomy } from "~/analysis/compile";
import { guardCard, type GuardDuty, type ScopeGuard } from "./scope-guard";

/**
 * The builder's scope check through the analyzer's own scope step, with the card
 * thresholds (every picked duty counts) and the base profile in the place an offer's
 * title takes, so ties go to the job the manager meant.
 */
export function checkCardScope(card: { profileId: string; duties: GuardDuty[] }, compiled: CompiledTaxonomy): ScopeGuard {
  return guardCard(card, compiled.taxonomy, (demands) =>
    assessDemands(demands, compiled, { titleProfile: card.profileId || null, thresholds: CARD_THRESHOLDS }),
  );
}

/** Duties as the form holds them (strings, maybe half-typed) as guard input. */
export function guardDuties(duties: { entryId: string; share: string | number }[]): GuardDuty[] {
  return duties
    .map((d) => ({ entryId: d.entryId, share: Number(String(d.share).replace(",", ".")) }))
    .filter((d) => d.entryId && Number.isFinite(d.share) && d.share > 0);
}
