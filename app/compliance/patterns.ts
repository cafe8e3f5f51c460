// A rule's words as written by people ("âgé(e)(s) de {age}", "jeune(s)", "{n} k eur")
// compiled to one regular expression over the folded text: accents and case folded
// like the offer, "(s)" an optional ending (also after "·" or "(" in the offer, which
// fold to a space), {placeholders} for numbers and dates. Built from plain
// alternations with no nested repetition, so matching stays linear.
// The folded text holds only letters, digits and single spaces, so a word starts at the start
// or after a space and ends before a space or the end: a leading space in the pattern finds
// word starts several times faster than a Unicode look-behind.

import { normalizeTerm } from "#app/taxonomy/normalize";

const MONTHS =
  "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|" +
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

const PLACEHOLDERS: Record<string, string> = {
  /** An age a limit could name: 16 to 69 (not "2 ans d'expérience"). */
  age: "(?:1[6-9]|[2-6][0-9])",
  /** A number, thousands groups allowed ("45 000", "45.000" fold alike). */
  n: "(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?: ?k)?",
  /** Up to three words between a pay word and its figure ("salaire brut annuel 45 000"). */
  near: "(?:[^ ]+ ){0,3}",
  /** A currency, as the folded text writes it (€ → eur, $ → usd, £ → gbp). */
  cur: "(?:eur|euros?|usd|dollars?|gbp|chf|cad|xof|fcfa|f cfa)",
  day: "(?:0?[1-9]|[12][0-9]|3[01])(?:er|st|nd|rd|th)?",
  mm: "(?:0?[1-9]|1[0-2])",
  year: "(?:19|20)[0-9]{2}",
  month: `(?:${MONTHS})`,
};

const PIECE = /\{(\w+)\}|\(([^()]*)\)|([^{}()]+)/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regular expression source of one term, or null when nothing is left of it once folded. */
export function termSource(term: string): string | null {
  let out = "";
  let literal = false;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(term); m; m = PIECE.exec(term)) {
    const [, placeholder, optional, text] = m;
    if (placeholder !== undefined) {
      const source = PLACEHOLDERS[placeholder];
      if (!source) throw new Error(`unknown placeholder {${placeholder}} in "${term}"`);
      out += `(?:${source})`;
      literal = true;
    } else if (optional !== undefined) {
      const folded = normalizeTerm(optional);
      if (folded) out += `(?: ?${escape(folded)})?`;
    } else if (text !== undefined) {
      const lead = /^\s/.test(text) && out ? " " : "";
      const trail = /\s$/.test(text) ? " " : "";
      const folded = normalizeTerm(text);
      if (folded) {
        out += lead + escape(folded) + trail;
        literal = true;
      } else out += lead || trail;
    }
  }
  out = out.replace(/ {2,}/g, " ").trim();
  return literal && out ? out : null;
}

/**
 * One global regular expression for all the terms, longest first, whole words only, over a
 * folded text. A match may take the space before its word: read its start with `matchStart`.
 */
export function termsRegex(terms: string[]): RegExp | null {
  const sources = [...new Set(terms.map(termSource).filter((s): s is string => s !== null))].sort((a, b) => b.length - a.length);
  if (!sources.length) return null;
  return new RegExp(`(?:^| )(?:${sources.join("|")})(?= |$)`, "g");
}

/** Where the words of a `termsRegex` match start. */
export function matchStart(m: RegExpExecArray): number {
  return m[0].charCodeAt(0) === 0x20 ? m.index + 1 : m.index;
}
