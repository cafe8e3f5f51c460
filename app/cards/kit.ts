import { foldString } from "#app/analysis/fold";
import { stem } from "#app/analysis/stem";
import type { Lang, Taxonomy, TaxonomyEntry } from "#app/analysis/taxonomy";
import { entryIndex, label } from "./card";
import type { Competency } from "./question-bank";

/** Below this, strong secondary matches of the same duties are added; never padding from elsewhere. */
export const KIT_MIN = 4;
export const KIT_MAX = 6;

export interface KitCompetency {
  id: string;
  familyId: string;
  label: string;
  description: string;
  behavioural: string[];
  situational: string[];
  technical: string[];
  probes: string[];
  exercise: { title: string; brief: string; durationMinutes: number } | null;
  scale: { rating: 1 | 2 | 3 | 4; anchor: string }[];
  /** The card's duties this competency was drawn from (labels in the kit language). */
  basis: string[];
}

export interface Kit {
  lang: Lang;
  title: string;
  profileLabel: string | null;
  seniority: string;
  competencies: KitCompetency[];
}

export interface KitCard {
  titleFr: string;
  titleEn: string;
  profileId: string;
  seniority: string;
  duties: { entryId: string; share: number }[];
}

/** Folded, stemmed words joined by spaces and padded, so phrases match on word bounds. */
function words(text: string): string {
  const stems = foldString(text)
    .split(/\s+/)
    .filter(Boolean)
    .map(stem);
  return ` ${stems.join(" ")} `;
}

function entryText(entry: TaxonomyEntry): string {
  const slug = entry.id.split(".").slice(1).join(" ").replaceAll("_", " ");
  return words([entry.label.fr, entry.label.en, ...entry.synonyms.fr, ...entry.synonyms.en, slug].join(" \n "));
}

function competencyTerms(c: Competency): string[] {
  const slug = c.id.split(".").slice(1).join(" ").replaceAll("_", " ");
  const terms = [...c.keywords, c.label.fr, c.label.en, slug].map((k) => words(k).trim()).filter((k) => k.length >= 2);
  return [...new Set(terms)];
}

// Core duties are the craft the kit must test; light ones weigh less in the order.
const DEPTH_FACTOR = { core: 1, light: 0.4 } as const;

/** A second competency for one duty needs this many of its words in the duty's name. */
const STRONG_MATCH = 2;

export interface SelectedCompetency {
  competency: Competency;
  /** The card's duties this competency assesses, heaviest first: never empty. */
  basis: TaxonomyEntry[];
  weight: number;
}

interface DutyFit {
  entry: TaxonomyEntry;
  weight: number;
  /** Competencies of the duty's family, best fit first, with how many of their words it names. */
  fits: { competency: Competency; hits: number }[];
}

function dutyFits(card: KitCard, taxonomy: Taxonomy, bank: Competency[]): DutyFit[] {
  const entries = entryIndex(taxonomy);
  const order = new Map(bank.map((c, i) => [c.id, i]));
  const terms = new Map(bank.map((c) => [c.id, competencyTerms(c)]));
  return card.duties.flatMap((d) => {
    const entry = entries.get(d.entryId);
    if (!entry) return [];
    const text = entryText(entry);
    const fits = bank
      .filter((c) => c.familyId === entry.familyId)
      .map((competency) => ({ competency, hits: Math.min(3, terms.get(competency.id)!.filter((t) => text.includes(` ${t} `)).length) }))
      .sort((a, b) => b.hits - a.hits || order.get(a.competency.id)! - order.get(b.competency.id)!);
    return [{ entry, weight: d.share * DEPTH_FACTOR[entry.depth], fits }];
  });
}

/**
 * Picks up to six competencies, each assessing duties the card really has: every duty
 * goes to the competency that names it best (its family's first one when none names it),
 * heaviest competencies first; a kit under four then takes the other competencies a duty
 * names in several words. Nothing comes from outside the card: a one-duty card gets a
 * short kit rather than questions about work the job does not include.
 */
export function selectCompetencies(card: KitCard, taxonomy: Taxonomy, bank: Competency[]): SelectedCompetency[] {
  const duties = dutyFits(card, taxonomy, bank).sort((a, b) => b.weight - a.weight);
  const picked = new Map<string, SelectedCompetency>();
  const assess = (competency: Competency, duty: DutyFit) => {
    const existing = picked.get(competency.id);
    if (existing) {
      if (!existing.basis.includes(duty.entry)) existing.basis.push(duty.entry);
      existing.weight += duty.weight;
    } else {
      picked.set(competency.id, { competency, basis: [duty.entry], weight: duty.weight });
    }
  };
  for (const duty of duties) {
    const best = duty.fits[0];
    if (best) assess(best.competency, duty);
  }
  const ranked = () => [...picked.values()].sort((a, b) => b.weight - a.weight);
  if (picked.size < KIT_MIN) {
    const seconds = duties
      .flatMap((duty) => duty.fits.slice(1).filter((f) => f.hits >= STRONG_MATCH).map((f) => ({ duty, fit: f })))
      .sort((a, b) => b.fit.hits - a.fit.hits || b.duty.weight - a.duty.weight);
    for (const { duty, fit } of seconds) {
      if (picked.size >= KIT_MIN) break;
      if (!picked.has(fit.competency.id)) assess(fit.competency, duty);
    }
  }
  // Grouped by family, heaviest family first, so the kit reads job by job.
  const familyWeight = new Map<string, number>();
  for (const s of picked.values()) familyWeight.set(s.competency.familyId, (familyWeight.get(s.competency.familyId) ?? 0) + s.weight);
  return ranked()
    .slice(0, KIT_MAX)
    .sort(
      (a, b) =>
        familyWeight.get(b.competency.familyId)! - familyWeight.get(a.competency.familyId)! ||
        a.competency.familyId.localeCompare(b.competency.familyId) ||
        b.weight - a.weight,
    );
}

function localize(c: Competency, basis: TaxonomyEntry[], lang: Lang): KitCompetency {
  return {
    id: c.id,
    familyId: c.familyId,
    label: label(c.label, lang),
    description: label(c.description, lang),
    behavioural: c.behavioural.slice(0, 3).map((q) => label(q, lang)),
    situational: c.situational.slice(0, 2).map((q) => label(q, lang)),
    technical: c.technical.slice(0, 2).map((q) => label(q, lang)),
    probes: c.probes.slice(0, 3).map((q) => label(q, lang)),
    exercise: c.exercise
      ? { title: label(c.exercise.title, lang), brief: label(c.exercise.brief, lang), durationMinutes: c.exercise.durationMinutes }
      : null,
    scale: ([1, 2, 3, 4] as const).map((rating) => ({ rating, anchor: label(c.scale[String(rating) as "1"], lang) })),
    basis: basis.map((e) => label(e.label, lang)),
  };
}

/** The interview kit of a card, in the kit's language (chosen apart from the UI's). */
export function generateKit(
  card: KitCard,
  taxonomy: Taxonomy,
  bank: Competency[],
  lang: Lang,
  seniorityLabel: string = card.seniority,
): Kit {
  const profile = taxonomy.profiles.find((p) => p.id === card.profileId) ?? null;
  return {
    lang,
    title: (lang === "fr" ? card.titleFr : card.titleEn) || card.titleFr || card.titleEn,
    profileLabel: profile ? label(profile.label, lang) : null,
    seniority: seniorityLabel,
    competencies: selectCompetencies(card, taxonomy, bank).map((s) => localize(s.competency, s.basis, lang)),
  };
}
