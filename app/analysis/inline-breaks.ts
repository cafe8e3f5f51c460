// Line breaks an offer lost on its way: a page flattened into one paragraph still names
// its parts inline ("… nos clients. Vos missions : gérer …", "Key Responsibilities Define
// …") and lists its duties behind bullets ("• Animer … • Créer …"). The layout reads
// sections from lines, so such a paragraph would be one long intro; these offsets cut it
// where the lost lines were. Linear: each token looks back at most a heading's length.

import { HEADING_VOCAB, classifyHeading } from "./headings";
import { BULLET_MARKS, Gap, type Token } from "./tokenize";
import type { SectionKind } from "./types";

/** Longest inline heading read, in words ("Les missions principales du poste"). */
const MAX_HEADING_WORDS = 6;
/** Below this a line keeps its bullets and sentences: only a heading after a full stop cuts it. */
const LONG_LINE_CHARS = 240;
/** A line this long is several lines run together: its sentences were lines. */
const FLAT_LINE_CHARS = 400;
/** Words that go on with the sentence before a dash rather than open a list item: "…ni montage vidéo - Ces sujets sont confiés à notre agence". */
const PROSE_AFTER_DASH = new Set(["ces", "cela", "ceci", "these", "those", "which", "lesquels", "lesquelles"]);
/** A gender marker this close to a flattened offer's start ends its title. */
const TITLE_MARKER_WORDS = 14;

// A bullet after a space, or glued to the sentence it ends ("Google Advertising.●\tMust be…").
const BULLET_GAP = new RegExp(`(?:^|[\\s.;:!?,])[${BULLET_MARKS}]\\s*$`, "u");
// "…and websites - Designing", or glued to the item before ("websites- Designing") or to the
// colon that announces the list ("tu :- Cibleras").
const DASH_GAP = /(?:^|[\s:])[-–—*]\s+$/;
const LINK_WORDS = new Set(
  "de du des d l le la les un une et ou en au aux a pour par sur dans avec of to for in on at the an and or with by from as".split(" "),
);
/** Parts a heading without a colon may open: a wrong guess there costs little ("Notre équipe…" opening a company part would silence the rest). */
const BARE_HEADING_KINDS: ReadonlySet<SectionKind> = new Set(["duties", "requirements", "nice"]);
// Emphasis marks around a heading ("atout. **Dans ce rôle, vous serez appelé(e) à :** Rédiger")
// hide its colon and sentence end: in a gap they read as space.
/** A colon ends the gap, or opens an amount ("Salary: £27,000"). */
const COLON_GAP = /:[\s*_]*[£€$]?$/;
/** A sentence ends in the gap, then space. */
const SENTENCE_END_GAP = /[.!?;][\s*_]+$/;
/** The gap is a sentence mark alone ("…efficient.Working knowledge"), after a bracket or a French space ("(6 mois) !En tant que"). */
const GLUED_SENTENCE_GAP = /^[)\s]*[.!?;]$/;
/** What may stand right before the gender marker that ends a title ("Chef de projet (H/F)"). */
const BEFORE_MARKER = /[(\-–|\s]$/;
const ENDS_IN_DIGIT = /\d$/;
const GENDER_MARKER = /^(?:h|f|m)\s*\/\s*(?:h|f|m|w)(?:\s*\/\s*(?:x|d))?\s*\)?/i;

/**
 * The part tokens [from, to) announce as a heading, or null. A heading opens with a heading
 * word ("Compétences techniques :", "Missions principales :"), not with a topic of its own
 * ("Personnalisation de l'expérience client :"); without a colon it holds heading words only.
 */
function headingKind(tokens: Token[], from: number, to: number, bare: boolean): SectionKind | null {
  if (to - from < 1 || to - from > MAX_HEADING_WORDS || !HEADING_VOCAB.has(tokens[from].stem)) return null;
  // "Working knowledge of Google Analytics" runs on: a heading does not end on a link word.
  if (bare && LINK_WORDS.has(tokens[to - 1].norm)) return null;
  const stems: string[] = [];
  for (let k = from; k < to; k++) {
    if (bare && !HEADING_VOCAB.has(tokens[k].stem)) return null;
    stems.push(tokens[k].stem);
  }
  return classifyHeading(stems);
}

/**
 * "…Head of Growth Your day-to-day:": a capital after a capital opens a heading of several
 * words when the word before could not belong to it. One word alone there is more often a
 * Title Case item ("Freedom & Responsibility:"), but not after an acronym that ends a list
 * ("HTML and CSS Salary:"). A heading is not all capitals inside a title in capitals.
 */
function capitalRunsOn(tokens: Token[], j: number, end: number): boolean {
  const before = tokens[j - 1];
  if (tokens[j].upper || HEADING_VOCAB.has(before.stem)) return false;
  return before.upper ? before.norm.length >= 2 && tokens[j].gap === Gap.Space : end - j >= 2;
}

/** Where a heading that ends at token `end` (exclusive) starts: at a clause start or a capital, within reach. */
function headingStart(tokens: Token[], lineT0: number, end: number): number {
  for (let j = end - 1; j >= lineT0 && end - j <= MAX_HEADING_WORDS; j--) {
    if (j === lineT0 || tokens[j].gap === Gap.Clause) return j;
  }
  for (let j = end - 1; j > lineT0 && end - j <= MAX_HEADING_WORDS; j--) {
    if (tokens[j].cap && tokens[j].gap === Gap.Space && (!tokens[j - 1].cap || capitalRunsOn(tokens, j, end))) return j;
  }
  return -1;
}

/**
 * Offsets at which a long line should start a new line: before an inline heading ("Profil
 * recherché :"), after one that runs into the next sentence, before a bullet, and after the
 * "(H/F)" that ends a flattened offer's title.
 */
export function inlineBreaks(text: string, tokens: Token[], lines: { start: number; end: number }[]): number[] {
  const breaks: number[] = [];
  const firstLine = lines.find((l) => l.end > l.start);
  let t = 0;
  for (const line of lines) {
    const t0 = t;
    while (t < tokens.length && tokens[t].start < line.end) t++;
    const t1 = t;
    // "We are a travel brand.Key Responsibilities" + a glued next line: the heading ends the line.
    const last = headingStart(tokens, t0, t1);
    if (last > t0 && tokens[last].gap === Gap.Clause && BARE_HEADING_KINDS.has(headingKind(tokens, last, t1, true) ?? "other")) breaks.push(tokens[last].start);
    // A short line keeps its sentences and bullets; only a heading after a sentence cuts it.
    const long = line.end - line.start >= LONG_LINE_CHARS;
    // A paragraph may hold a few sentences; past this it is a whole offer run together.
    const flat = line.end - line.start >= FLAT_LINE_CHARS;
    for (let k = t0 + 1; k < t1; k++) {
      const token = tokens[k];
      const before = tokens[k - 1];
      // Most words follow one plain space: no bullet, colon or sentence end to read there.
      const plain = token.start === before.end || (token.start - before.end === 1 && text.charCodeAt(before.end) === 0x20);
      const gap = plain ? "" : text.slice(before.end, token.start);
      if (!long) {
        if (plain || !COLON_GAP.test(gap)) continue;
        const from = headingStart(tokens, t0, k);
        if (from > t0 && tokens[from].gap === Gap.Clause && headingKind(tokens, from, k, false)) breaks.push(tokens[from].start);
        continue;
      }
      if (k - t0 <= TITLE_MARKER_WORDS && line === firstLine) {
        const marker = GENDER_MARKER.exec(text.slice(token.start, token.start + 12));
        if (marker && (plain || BEFORE_MARKER.test(gap)) && k + 2 < t1) {
          let after = k;
          while (after < t1 && tokens[after].end <= token.start + marker[0].length) after++;
          if (after < t1) breaks.push(tokens[after].start);
        }
      }
      if (!plain) {
        const bullet = BULLET_GAP.exec(gap) ?? (token.cap && !PROSE_AFTER_DASH.has(token.norm) ? DASH_GAP.exec(gap) : null);
        if (bullet) breaks.push(before.end + bullet.index + bullet[0].length - bullet[0].replace(/^[\s.;:!?,]+/, "").length);
        // A heading may end in the colon that opens the list ("Bonus points if you:* Have…").
        if (gap.includes(":") && !ENDS_IN_DIGIT.test(before.norm) && (bullet || COLON_GAP.test(gap))) {
          const from = headingStart(tokens, t0, k);
          if (from > t0 && headingKind(tokens, from, k, false)) breaks.push(tokens[from].start);
          continue;
        }
        if (bullet) continue;
        // Sentences of a flattened list: each was a line ("Créer les visuels. Tourner les vidéos.").
        // Glued ones too ("…efficient.Working knowledge"), past a word rather than an initial ("U.S.").
        if (flat && token.cap && (SENTENCE_END_GAP.test(gap) || (GLUED_SENTENCE_GAP.test(gap) && before.norm.length > 2))) breaks.push(token.start);
      }
      // "… nos clients. Vos missions Concevoir …": heading words alone, then a new sentence.
      if ((token.gap === Gap.Clause || (token.cap && token.gap === Gap.Space)) && HEADING_VOCAB.has(before.stem)) {
        const from = headingStart(tokens, t0, k);
        const kind = from >= t0 && (from === t0 || tokens[from].gap === Gap.Clause || tokens[from].cap) ? headingKind(tokens, from, k, true) : null;
        if (kind && BARE_HEADING_KINDS.has(kind)) {
          if (from > t0) breaks.push(tokens[from].start);
          breaks.push(token.start);
        }
      }
    }
  }
  return breaks;
}
