import type { Lang } from "#app/analysis/taxonomy";

/** The locale each UI language formats dates and numbers in. */
export const LOCALES: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

export interface DateFormat {
  dateStyle?: "medium" | "long";
  /** With a time, the text ends in " UTC", so that nobody takes it for their own clock. */
  timeStyle?: "short" | "medium";
}

// Intl formats are slow to build and pages format whole tables: one per language and style.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/**
 * A date in the reader's language, always in UTC: the server renders the page and the
 * browser hydrates it in its own time zone, and the two must print the same text.
 */
export function formatDate(value: Date | string | number, lang: Lang, { dateStyle = "medium", timeStyle }: DateFormat = {}): string {
  const format = cached(`date ${lang} ${dateStyle} ${timeStyle}`, () => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle, timeStyle, timeZone: "UTC" }));
  const text = format.format(new Date(value));
  return timeStyle ? `${text} UTC` : text;
}

/** A whole number, grouped the reader's way ("12 500" / "12,500"). */
export function formatNumber(value: number, lang: Lang): string {
  return cached(`number ${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 })).format(value);
}

/** A share (0.42) as a whole percentage ("42 %" / "42%"). */
export function formatPercent(share: number, lang: Lang): string {
  return cached(`percent ${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { style: "percent", maximumFractionDigits: 0 })).format(share);
}
