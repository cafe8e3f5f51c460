import { foldString } from "~/analysis/fold";
import { stem } from "~/analysis/stem";
import type { Lang, Taxonomy, TaxonomyEntry } from "~/analysis/taxonomy";
import { entryIndex, label } from "./card";
import type { Competency } from "./question-bank";

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

// Core duties are the craft the kit must test; light ones only tilt the choice.
const DEPTH_FACTOR = { core: 1, light: 0.4 } as const;

interface Scored {
  competency: Competency;
  relevance: number;
  familyWeight: number;
  basis: TaxonomyEntry[];
}

function scoreCompetencies(card: KitCard, taxonomy: Taxonomy, bank: Competency[]): Scored[] {
  const entries = entryIndex(taxonomy);
  const duties = card.duties.flatMap((d) => {
    const entry = entries.get(d.entryId);
    return entry ? [{ entry, weight: d.share * DEPTH_FACTOR[entry.depth], text: entryText(entry) }] : [];
  });
  const familyWeight = new Map<string, number>();
  for (const d of duties) familyWeight.set(d.entry.familyId, (familyWeight.get(d.entry.familyId) ?? 0) + d.weight);

  return bank
    .filter((c) => familyWeight.has(c.familyId))
    .map((competency) => {
      const terms = competencyTerms(competency);
      // A competency that names a duty in several words ("identité visuelle", "logo",
      // "charte") fits it better than one that shares a single generic word with it.
      const hits = duties
        .filter((d) => d.entry.familyId === competency.familyId)
        .map((d) => ({ d, n: Math.min(3, terms.filter((t) => d.text.includes(` ${t} `)).length) }))
        .filter((h) => h.n > 0);
      const matched = hits.map((h) => h.d);
      const fw = familyWeight.get(competency.familyId) ?? 0;
      return {
        competency,
        relevance: hits.reduce((s, h) => s + h.d.weight * h.n, 0),
        familyWeight: fw,
        basis: matched.map((d) => d.entry),
      };
    });
}

/**
 * Picks 4–6 competencies for a card: first the best-matching competency of each family
 * that takes a real part of the week, then the other competencies its duties name, then
 * (to reach four) the rest of its main families. Deterministic: ties break on bank order.
 */
export function selectCompetencies(card: KitCard, taxonomy: Taxonomy, bank: Competency[]): Scored[] {
  const scored = scoreCompetencies(card, taxonomy, bank);
  const order = new Map(bank.map((c, i) => [c.id, i]));
  const byRelevance = (a: Scored, b: Scored) =>
    b.relevance - a.relevance || b.familyWeight - a.familyWeight || order.get(a.competency.id)! - order.get(b.competency.id)!;
  const totalWeight = [...new Set(scored.map((s) => s.competency.familyId))]
    .map((f) => scored.find((s) => s.competency.familyId === f)!.familyWeight)
    .reduce((a, b) => a + b, 0);

  const picked: Scored[] = [];
  const take = (s: Scored) => {
    if (picked.length < KIT_MAX && !picked.includes(s)) picked.push(s);
  };
  const families = [...new Set(scored.map((s) => s.competency.familyId))].sort(
    (a, b) =>
      scored.find((s) => s.competency.familyId === b)!.familyWeight -
      scored.find((s) => s.competency.familyId === a)!.familyWeight,
  );
  families.forEach((familyId, i) => {
    const inFamily = scored.filter((s) => s.competency.familyId === familyId).sort(byRelevance);
    const weight = inFamily[0]!.familyWeight;
    if (i === 0 || weight >= 0.15 * totalWeight) take(inFamily[0]!);
  });
  scored
    .filter((s) => s.relevance > 0)
    .sort(byRelevance)
    .forEach(take);
  if (picked.length < KIT_MIN) {
    [...scored].sort((a, b) => b.familyWeight - a.familyWeight || byRelevance(a, b)).forEach((s) => {
      if (picked.length < KIT_MIN) take(s);
    });
  }
  if (picked.length < KIT_MIN) {
    // A card whose families the bank barely covers: lean on the base profile's own families.
    const profile = taxonomy.profiles.find((p) => p.id === card.profileId);
    const extra = bank.filter((c) => profile?.core.includes(c.familyId) || profile?.light.includes(c.familyId));
    for (const competency of extra) {
      if (picked.length >= KIT_MIN) break;
      if (!picked.some((p) => p.competency.id === competency.id)) {
        picked.push({ competency, relevance: 0, familyWeight: 0, basis: [] });
      }
    }
  }
  const familyRank = new Map(families.map((f, i) => [f, i]));
  return picked.sort(
    (a, b) =>
      (familyRank.get(a.competency.familyId) ?? 99) - (familyRank.get(b.competency.familyId) ?? 99) || byRelevance(a, b),
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
