// Small helpers that put labels into sentences, in French and English.

import type { Lang, Localized } from "#app/analysis/taxonomy";
import { frFamilyOf } from "#app/i18n/compare";

/** "Design graphique" → "design graphique", but "SEO (…)" and "UX" stay as written. */
export function midSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toLowerCase() && second !== second.toUpperCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** "du design graphique" / "graphic design": the family as the object of "of", "about". */
export function ofFamily(lang: Lang, family: { id: string; label: Localized }): string {
  if (lang === "en") return midSentence(family.label.en);
  return frFamilyOf[family.id] ?? `de « ${midSentence(family.label.fr)} »`;
}

export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${lang === "fr" ? "et" : "and"} ${last}`;
}

export function percent(share: number): number {
  return Math.round(share * 100);
}

/** For "about N %" in prose: the nearest 5, never 0 when something is there. */
export function aboutPercent(share: number): number {
  return Math.max(5, Math.round(share * 20) * 5);
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function localized(make: (lang: Lang) => string): Localized {
  return { fr: make("fr"), en: make("en") };
}
