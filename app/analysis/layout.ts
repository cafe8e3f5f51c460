// Lines and sections: which parts of an offer state duties and requirements, and
// which only describe the company, the benefits or how to apply.

import { ADDRESS_KEYS, FRONT_MATTER_SITE_KEYS, HEADING_VOCAB, META_KEYS, KEYWORD_KEYS, PURE_HEADING_MAX_WORDS, TITLE_KEYS, classifyHeading, isPureHeading } from "./headings";
import { inlineBreaks } from "./inline-breaks";
import { FRONT_MATTER_FIELD } from "./input";
import { STOPWORDS } from "./stopwords";
import { markTranslatedCopy } from "./translated-copy";
import { Gap, type Token } from "./tokenize";
import type { Section, SectionKind } from "./types";

/** The most words a "Department:" or "Rattachement :" value holds when it only names the place; longer, it tells the work ("au sein du pôle, vous gérez…"). */
const ADDRESS_MAX_TOKENS = 8;

export interface LayoutLine {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  kind: SectionKind;
  section: number;
  heading: boolean;
  /** For "key: value" lines, the folded key. */
  key: string | null;
  /** Offset where the value of a "key: value" line starts. */
  valueStart: number;
  /** The same words as an earlier line: a page that shows its text twice asks once. */
  repeat: boolean;
}

export interface Layout {
  lines: LayoutLine[];
  sections: Section[];
  /** Offset where the offer's body begins: past a front matter, else 0. */
  bodyStart: number;
  /** Line index of every token. */
  lineOf: Int32Array;
}

const HEADING_MAX_CHARS = 160;
const KEY_VALUE = /^[\s>*•\-–]*\**_*\s*([\p{L}][\p{L}\p{N} _'’()./&-]{0,40}?)\s*\**_*\s*[:：]\s*\**_*/u;
/** A TOML front matter's field ("title = \"…\""), read like a "key: value" line. */
const TOML_KEY_VALUE = /^\s*([\p{L}][\p{L}\p{N}_-]{0,40})\s*=\s*/u;
// How a line is set, read once per line: built once here rather than at every reading.
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}/;
const BOLD_LINE = /^\s*(\*\*|__)[^*_]{1,150}(\*\*|__)\s*:?\s*$/;
const COLON_END = /[:：]\s*\**\s*$/;
const QUESTION_END = /[?？]\s*$/;
const SENTENCE_MARKS = /[.!,;]/;
const LIST_ITEM = /^[-*•·▪◦●]|^\d+[.)]/;
const NUMBER = /^\d+$/;

/** Section kinds that ask for work: a misread heading there costs less than one that silences the offer. */
export const ASKING_KINDS: ReadonlySet<SectionKind> = new Set(["duties", "requirements", "nice"]);

/** Section kinds whose unknown sub-headings keep the parent's kind ("CRM & Bsport" under "Missions"). */
const INHERITED: ReadonlySet<SectionKind> = new Set(["duties", "requirements", "nice", "company", "benefits", "apply"]);

/** Where written lines end; a regular expression finds them faster than a loop over every character. */
const LINE_BREAK = /[\n\u2028\u2029]/g;

function splitLines(text: string, glueBreaks: number[]): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  let g = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const found = LINE_BREAK.exec(text);
    const i = found ? found.index : text.length;
    // A glued sentence ("communautésCréer") starts a line of its own.
    for (; g < glueBreaks.length && glueBreaks[g] <= i; g++) {
      if (glueBreaks[g] > start) {
        lines.push({ start, end: glueBreaks[g] });
        start = glueBreaks[g];
      }
    }
    let end = i;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    lines.push({ start, end });
    if (!found) return lines;
    start = i + 1;
  }
}

/** Lines shorter than this may repeat on purpose (a heading, "Paris", a tool list). */
const REPEAT_MIN_TOKENS = 6;

function markRepeats(text: string, tokens: Token[], lines: LayoutLine[]): void {
  // Lines are compared as written only when their length and first and last words agree:
  // most lines have no twin, and copying each one to compare it would copy the whole offer.
  // Each length keeps the distinct lines written at it (their index and trimmed start); a
  // number, not a string of the sketch, keys them, so that a line costs no string.
  const seen = new Map<number, number[]>();
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.t1 - line.t0 < REPEAT_MIN_TOKENS) continue;
    let start = line.start;
    let end = line.end;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const twins = seen.get(end - start);
    if (!twins) seen.set(end - start, [li, start]);
    else if (hasTwin(text, tokens, lines, twins, line, start, end - start)) line.repeat = true;
    else twins.push(li, start);
  }
}

/** Among `twins` (pairs of line index and trimmed start), one with the same first and last words and the same text. */
function hasTwin(text: string, tokens: Token[], lines: LayoutLine[], twins: number[], line: LayoutLine, start: number, length: number): boolean {
  for (let i = 0; i < twins.length; i += 2) {
    const other = lines[twins[i]];
    if (tokens[other.t0].norm === tokens[line.t0].norm && tokens[other.t1 - 1].norm === tokens[line.t1 - 1].norm && sameText(text, twins[i + 1], start, length)) return true;
  }
  return false;
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** What String.prototype.trim removes. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The lines cut again at `breaks` (sorted): one pass over both, not over the text. */
function cutLines(lines: { start: number; end: number }[], breaks: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let b = 0;
  for (const line of lines) {
    let start = line.start;
    while (b < breaks.length && breaks[b] <= start) b++;
    while (b < breaks.length && breaks[b] < line.end) {
      if (breaks[b] > start) {
        out.push({ start, end: breaks[b] });
        start = breaks[b];
      }
      b++;
    }
    out.push({ start, end: line.end });
  }
  return out;
}

/**
 * A sentence that ends in a colon and opens with pluses announces a list of them, however
 * long it runs ("Les éléments suivants seront des atouts pour votre candidature, mais
 * n'hésitez pas à postuler même s'ils ne vous concernent pas :").
 */
function announcesPluses(text: string, tokens: Token[], line: LayoutLine): boolean {
  if (line.t1 - line.t0 <= 16 || !COLON_END.test(text.slice(Math.max(line.start, line.end - 8), line.end))) return false;
  const stems: string[] = [tokens[line.t0].stem];
  for (let k = line.t0 + 1; k < line.t1 && tokens[k].gap < Gap.Punct && stems.length < 16; k++) stems.push(tokens[k].stem);
  return classifyHeading(stems) === "nice";
}

/** The first stems of a line, as many as a heading may hold and one more. */
function lineStems(tokens: Token[], line: LayoutLine): string[] {
  const stems: string[] = [];
  for (let k = line.t0; k < line.t1 && stems.length <= 16; k++) stems.push(tokens[k].stem);
  return stems;
}

/** A line of heading words only, once its aside is set apart: "Missions et objectifs (non exhaustifs)". */
function pureHeadingLine(tokens: Token[], line: LayoutLine): boolean {
  let outside = 0;
  for (let k = line.t0; k < line.t1; k++) if (!tokens[k].paren && ++outside > PURE_HEADING_MAX_WORDS) return false;
  const stems: string[] = [];
  for (let k = line.t0; k < line.t1; k++) if (!tokens[k].paren) stems.push(tokens[k].stem);
  return isPureHeading(stems);
}

/** Words a short question or Title Case line may hold to stand as a heading. */
const SHORT_HEADING_WORDS = 6;

/** Parts a short question may open: those that ask for no work. */
const QUESTION_HEADING_KINDS: ReadonlySet<SectionKind> = new Set(["company", "benefits", "apply"]);
/**
 * Parts a short Title Case line may open: those and the duties. Words of the profile
 * ("Areas Of Expertise", "Training And Education Budget") and of metadata ("Social Media
 * Assistant (Remote)") fill company text and titles too.
 */
const TITLE_CASE_HEADING_KINDS: ReadonlySet<SectionKind> = new Set(["company", "benefits", "apply", "duties"]);

/**
 * A short line set as a heading by its case ("Some of Our Core Beliefs", "Primary
 * Responsibilities") or a question ("Ready to Apply?") whose words name a part other than
 * the current one: the part opens there. Within its own part it is a line of it ("Envoyez
 * votre CV"); an item of a list is a duty ("- Manage the LinkedIn Company Page"), a
 * question opens no part that asks for work ("Ce poste vous intéresse ?"), and the
 * offer's first line is its title.
 */
function namedShortLine(tokens: Token[], line: LayoutLine, trimmed: string, current: SectionKind, first: boolean): boolean {
  if (first) return false;
  const n = line.t1 - line.t0;
  // "Remote, New York" is a place, not a heading: a heading holds no comma or sentence mark.
  if (n < 2 || n > SHORT_HEADING_WORDS || SENTENCE_MARKS.test(trimmed) || LIST_ITEM.test(trimmed)) return false;
  let titleCase = true;
  for (let k = line.t0; k < line.t1 && titleCase; k++) if (!tokens[k].cap && !STOPWORDS.has(tokens[k].norm)) titleCase = false;
  if (!titleCase && !QUESTION_END.test(trimmed)) return false;
  const kind = classifyHeading(lineStems(tokens, line));
  return kind !== null && kind !== current && (titleCase ? TITLE_CASE_HEADING_KINDS : QUESTION_HEADING_KINDS).has(kind);
}

/** The most words of a front-matter field that is the site's own ("draft: false", "author: Stéphanie"); a longer value may be the offer. */
const FRONT_MATTER_FIELD_TOKENS = 8;
/** The most lines a front matter holds before its closing "---". */
const FRONT_MATTER_MAX_LINES = 60;

/**
 * The index of the line that closes a front matter opened by the first line ("---" in YAML,
 * "+++" in TOML) and starting with a field, or -1: a text that only opens with a rule is no front matter.
 */
function frontMatterClose(text: string, lines: { start: number; end: number }[]): number {
  const fence = lines.length ? text.slice(lines[0].start, lines[0].end).trim() : "";
  if ((fence !== "---" && fence !== "+++") || lines.length < 2 || !FRONT_MATTER_FIELD.test(text.slice(lines[1].start, lines[1].end))) return -1;
  for (let li = 1; li < lines.length && li <= FRONT_MATTER_MAX_LINES; li++) if (text.slice(lines[li].start, lines[li].end).trim() === fence) return li;
  return -1;
}

/** Whether a colon comes within the first `reach` characters of [start, end): no "key: value" otherwise. */
function colonWithin(text: string, start: number, end: number, reach: number): boolean {
  const stop = Math.min(end, start + reach);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}

/** Tokens a header field's value holds at most ("Employer: Brightleaf Foods Ltd"). */
const HEADER_FIELD_TOKENS = 8;

/** Whether a line is a short "key: value" field, as the lines of a header above an offer are. */
function shortField(text: string, line: { start: number; end: number; t0: number; t1: number } | undefined): boolean {
  if (!line || line.t1 - line.t0 > HEADER_FIELD_TOKENS + 4 || !colonWithin(text, line.start, line.end, 80)) return false;
  const kv = KEY_VALUE.exec(text.slice(line.start, Math.min(line.end, line.start + 80)));
  return kv !== null && text.slice(line.start + kv[0].length, line.end).trim().length > 0;
}

/** The reader addressed right before the colon: "En tant que chargé·e de développement, tu :", "Concrètement, vous :". */
const HIRE_PRONOUNS = new Set(["tu", "vous", "you"]);
/** Words that make such a line describe the hire rather than their work: "Idéalement, tu :", "Ideally, you:". */
const WISH_WORDS = new Set(["idealement", "ideally", "ideal", "si", "if"]);

/** The hire's work: "tu participeras", "vous contribuerez", "vous prenez en charge", "you will", "you'll", "tu vas :". */
const HIRE_VERB = /(?:ras|ez)$/;
const WILL = new Set(["will", "ll", "vas", "allez"]);
/** "Vous profitez de :", "you will get:", "tu auras accès à :": what the hire receives, not their work. */
const RECEIVING_VERBS = new Set([
  "get", "enjoy", "receive", "benefit", "profitez", "profiterez", "profiteras", "beneficiez", "beneficierez", "beneficieras",
  "auras", "aurez", "recevrez", "recevras", "obtiendrez", "disposerez",
]);
/** After a receiving verb, words that make it hand work instead: "You'll also get to:", "Tu auras à :", "Vous aurez la charge de :". */
const TASK_AFTER_RECEIVING: Readonly<Record<string, ReadonlySet<string>>> = {
  get: new Set(["to"]),
  auras: new Set(["a", "la", "pour"]),
  aurez: new Set(["a", "la", "pour"]),
};
/** What a receiving verb may hand instead of perks: "Tu auras deux missions :", "Vous aurez les responsabilités suivantes :". */
const WORK_NOUNS = new Set(["mission", "missions", "tache", "taches", "responsabilite", "responsabilites", "role", "task", "tasks", "responsibility", "responsibilities", "duties", "objectifs", "objectives"]);
/** How far after the receiving verb its object is read: a determiner and a number or an adjective may come first. */
const RECEIVED_REACH = 4;
/** "Vous avez :", "Vous maîtrisez :": what the hire brings, not their work. */
const HAVING_VERBS = new Set(["avez", "possedez", "disposez", "maitrisez", "connaissez", "justifiez"]);
const WITH_BEFORE_LIST = new Set(["with", "alongside", "avec", "aupres", "cotes", "entoure", "entouree", "entoures", "entourees"]);
/** Words between such a word and the colon: "Vous évoluez aux côtés de :", "You'll work closely with:". */
const WITH_LINKS = new Set(["de", "d"]);

/** A work noun right after a receiving verb: the hire is handed missions, not perks. */
function receivesWork(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + RECEIVED_REACH); k++) if (WORK_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

/**
 * A colon line whose last word addresses the hire, or that tells the hire what they do
 * ("Au sein de l'équipe marketing, tu participeras à :", "Vous prenez en charge la
 * communication de l'entreprise :"): the list after it is their work,
 * or what they are when wished for.
 */
function addressingTheHire(tokens: Token[], line: LayoutLine, current: SectionKind): SectionKind | null {
  // "…and work closely with:" lists the people the hire works with, not work.
  if (line.t1 === line.t0) return null;
  // The people come right after it; "À nos côtés, vous :" hands the hire the list.
  let last = line.t1 - 1;
  if (last > line.t0 && WITH_LINKS.has(tokens[last].norm)) last--;
  if (WITH_BEFORE_LIST.has(tokens[last].norm)) return null;
  let addressed = HIRE_PRONOUNS.has(tokens[line.t1 - 1].norm);
  let has = false;
  for (let k = line.t0; k + 1 < line.t1 && !addressed; k++) {
    const next = tokens[k + 1].norm;
    addressed = HIRE_PRONOUNS.has(tokens[k].norm) && (HIRE_VERB.test(next) || WILL.has(next));
    has = addressed && HAVING_VERBS.has(next);
  }
  if (!addressed) return null;
  for (let k = line.t0; k < line.t1; k++) {
    const verb = tokens[k].norm;
    if (RECEIVING_VERBS.has(verb) && !TASK_AFTER_RECEIVING[verb]?.has(tokens[k + 1]?.norm ?? "") && !receivesWork(tokens, k + 1, line.t1)) return "benefits";
  }
  if (has) return "requirements";
  for (let k = line.t0; k < line.t1; k++) if (WISH_WORDS.has(tokens[k].norm)) return "requirements";
  // Among the benefits, "Avec nous, tu vas :" lists what the hire gets, not their work.
  return current === "benefits" ? null : "duties";
}

/**
 * A field read inside a line that lost its breaks ("… DOE Location: Leeds Reporting to the
 * Head of Marketing, you will run…") whose value runs on past this is the offer itself
 * going on: the line stays in the part it is in.
 */
const INLINE_META_MAX_TOKENS = 12;

/** Words of a written line that holds nothing but headings. */
const WRITTEN_HEADINGS_MAX_TOKENS = 16;
/** Parts where a long sentence may hand the hire their list: not the company's, the perks or how to apply. */
const LEAD_PARTS: ReadonlySet<SectionKind> = new Set(["intro", "duties", "requirements", "other"]);

/** Parts opened inline that a glued sentence ends, as a written line break would. */
const ENDS_AT_GLUE: ReadonlySet<SectionKind> = new Set(["benefits"]);

export function buildLayout(text: string, tokens: Token[], glueBreaks: number[]): Layout {
  const written = splitLines(text, glueBreaks);
  const lost = inlineBreaks(text, tokens, written);
  lost.sort((a, b) => a - b);
  const raw = lost.length ? cutLines(written, lost) : written;
  const lostStarts = new Set(lost);
  const glueStarts = new Set(glueBreaks);
  const lineOf = new Int32Array(tokens.length);
  const lines: LayoutLine[] = [];
  let t = 0;
  for (const r of raw) {
    const t0 = t;
    while (t < tokens.length && tokens[t].start < r.end) t++;
    // A token hyphenated across a line break belongs to the line it starts on.
    lines.push({ start: r.start, end: r.end, t0, t1: t, kind: "intro", section: 0, heading: false, key: null, valueStart: r.start, repeat: false });
    // A line the offer lost is a line all the same: no clause, hence no qualifier ("bonus"), runs across its start.
    if (t0 < t && lostStarts.has(r.start)) tokens[t0].gap = Gap.Clause;
  }
  markRepeats(text, tokens, lines);
  markTranslatedCopy(tokens, lines);
  for (let li = 0; li < lines.length; li++) for (let k = lines[li].t0; k < lines[li].t1; k++) lineOf[k] = li;

  const sections: Section[] = [];
  let current: SectionKind = "intro";
  let seenKnown = false;
  let seenAsking = false;
  // The company part an employer's header field opened ("Employer: Acme"), if any.
  let headerCompany = -1;

  let inlineLine = false;
  let beforeInline: SectionKind | null = null;
  const splitAt = (li: number) => lostStarts.has(lines[li].start) || glueStarts.has(lines[li].start);
  // A written line split only into short headings ("What do we want to see? What skills do
  // you need?"); a heading glued to the end of a paragraph is still read inside it.
  const headingsOnly = (li: number) => {
    if (li + 1 < lines.length && splitAt(li + 1)) return false;
    let first = li;
    while (first > 0 && splitAt(first)) first--;
    if (lines[li].t1 - lines[first].t0 > WRITTEN_HEADINGS_MAX_TOKENS) return false;
    for (let j = first; j < li; j++) if (!lines[j].heading && !/[?:]\s*$/.test(text.slice(lines[j].start, lines[j].end))) return false;
    return true;
  };
  const open = (kind: SectionKind, title: string | null, at: number) => {
    if (inlineLine && beforeInline === null) beforeInline = current;
    const last = sections[sections.length - 1];
    // A heading right after another one (or at the very start) replaces it.
    if (last && last.start === at) sections.pop();
    else if (last) last.end = at;
    sections.push({ kind, heading: title, start: at, end: text.length });
    current = kind;
    if (ASKING_KINDS.has(kind)) seenAsking = true;
  };
  open("intro", null, 0);
  // A part opened inside a written line (an inline heading of a flattened text) ends with
  // that line: the lines written after it go back to the part they were in.

  let seenLine = false;
  const frontMatterEnd = frontMatterClose(text, lines);
  const tomlFrontMatter = frontMatterEnd > 0 && text.slice(lines[0].start, lines[0].end).trim() === "+++";
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const n = line.t1 - line.t0;
    // A glued sentence ("effortsLead …") is a lost line break too: a part opened inline runs on
    // past it. Benefits end there as at a written break: their perks come in short glued items
    // that the duties often follow without a heading.
    inlineLine = lostStarts.has(line.start) || (glueStarts.has(line.start) && !ENDS_AT_GLUE.has(current));
    if (!inlineLine && beforeInline !== null) {
      if (beforeInline !== current) open(beforeInline, null, line.start);
      beforeInline = null;
    }
    // The body after a front matter begins afresh, as a page without one: a field's words
    // ("post-date: 1-20-2013") open no part beyond its block.
    if (li === frontMatterEnd && current !== "intro") open("intro", null, line.start);
    if (n === 0) {
      line.kind = current;
      line.section = sections.length - 1;
      continue;
    }
    const rawText = line.end - line.start <= HEADING_MAX_CHARS ? text.slice(line.start, line.end) : "";
    const trimmed = rawText.trim();
    const seenText = seenLine;
    seenLine = true;

    // "key: value" lines: front matter, "Poste : …", inline headings ("Vos missions :Concevoir…").
    const head = text.slice(line.start, Math.min(line.end, line.start + 80));
    const kv = colonWithin(text, line.start, line.end, 80) ? KEY_VALUE.exec(head) : li < frontMatterEnd && tomlFrontMatter ? TOML_KEY_VALUE.exec(head) : null;
    if (kv) {
      // The key's words, as the offer's own tokens (the key ends where its colon stands).
      const keyEnd = line.start + kv[0].indexOf(kv[1]) + kv[1].length;
      const keyStems: string[] = [];
      let valueAt = line.t0;
      for (; valueAt < line.t1 && tokens[valueAt].end <= keyEnd; valueAt++) keyStems.push(tokens[valueAt].stem);
      const key = keyStems.join(" ");
      const valueStart = line.start + kv[0].length;
      const hasValue = text.slice(valueStart, line.end).trim().length > 0;
      line.key = key;
      line.valueStart = valueStart;
      if (TITLE_KEYS.has(key)) {
        line.kind = "title";
      } else if (li < frontMatterEnd && line.t1 - valueAt <= FRONT_MATTER_FIELD_TOKENS && FRONT_MATTER_SITE_KEYS.has(key)) {
        // A site's own short fields ("internal_link: /blog/post-40/", "draft: false") say nothing of
        // the work; other fields may hold it ("stack: PHP, Symfony", "logiciels: Premiere Pro").
        line.kind = "meta";
      } else if (KEYWORD_KEYS.has(key)) {
        line.kind = "keywords";
      } else if (META_KEYS.has(key) && inlineLine && line.t1 - valueAt > INLINE_META_MAX_TOKENS) {
        line.kind = current;
        line.key = null;
      } else if (META_KEYS.has(key) || (ADDRESS_KEYS.has(key) && line.t1 - valueAt <= ADDRESS_MAX_TOKENS)) {
        line.kind = "meta";
      } else {
        const kind = keyStems.length <= 8 ? classifyHeading(keyStems) : null;
        // A key that opens with other words than a heading's is a field ("Monthly Salary: best
        // in the industry") or a title run into its metadata ("Content Specialist Location:
        // Houston", a flattened offer): it labels its own line, and only a part that asks for
        // work opens from it. "About Acme:" opens with its heading word and opens the part.
        // A metadata field that holds its value ("…Officer.date: 2022-05-05" run into the line
        // before it), or a field of a header above the offer ("Salary: £26,000" under "Job
        // title: …"), is complete in itself: it opens no part, which would swallow the duties
        // after it. The employer's field opens the company's part, as its blurb follows it.
        const headerField = hasValue && !seenAsking && line.t1 - valueAt <= HEADER_FIELD_TOKENS && (shortField(text, lines[li - 1]) || shortField(text, lines[li + 1]));
        if (kind && !ASKING_KINDS.has(kind) && (!HEADING_VOCAB.has(keyStems[0] ?? "") || (kind === "meta" && hasValue) || (headerField && kind !== "company"))) {
          line.kind = kind;
        } else if (kind) {
          seenKnown = true;
          line.heading = !hasValue;
          open(kind, kv[1].trim(), line.start);
          line.kind = kind;
          if (headerField && kind === "company") headerCompany = sections.length - 1;
        } else {
          // "Vous bénéficiez de :", "Vous gérez :": a short line that addresses the hire opens what it announces.
          const hire = hasValue ? null : addressingTheHire(tokens, line, current);
          if (hire) {
            seenKnown = true;
            line.heading = true;
            open(hire, kv[1].trim(), line.start);
          }
          line.kind = hire ?? current;
          line.key = null;
        }
      }
      line.section = sections.length - 1;
      continue;
    }

    const markdown = MARKDOWN_HEADING.test(rawText);
    const bold = BOLD_LINE.test(rawText);
    const colon = trimmed.length > 0 && COLON_END.test(trimmed) && n <= 16;
    let caps = n <= 8 && trimmed.length > 0;
    for (let k = line.t0; k < line.t1 && caps; k++) if (!tokens[k].upper && !NUMBER.test(tokens[k].norm)) caps = false;
    const marked = (markdown && n <= 16) || (bold && n <= 14) || colon || (caps && n <= 6);
    // A longer sentence that hands the hire the list after it ("Au sein d'une équipe de 4
    // personnes, tu seras le bras droit de notre fondatrice sur toute la partie digitale :")
    // opens their work all the same, without being a heading.
    const lead = !marked && LEAD_PARTS.has(current) && trimmed.length > 0 && COLON_END.test(trimmed) ? addressingTheHire(tokens, line, current) : null;
    if (lead) {
      seenKnown = true;
      open(lead, null, line.start);
      line.kind = lead;
      line.section = sections.length - 1;
      continue;
    }
    const pluses = !marked && announcesPluses(text, tokens, line);
    if (marked || pluses || pureHeadingLine(tokens, line) || namedShortLine(tokens, line, trimmed, current, !seenText)) {
      const named = pluses ? "nice" : classifyHeading(lineStems(tokens, line), markdown && !colon);
      const hire = colon && (named === null || named === "company") ? addressingTheHire(tokens, line, current) : null;
      // The team the hire joins does not make a line that hands them their work the company's part.
      const kind = hire ?? named;
      line.heading = true;
      const next: SectionKind = kind ?? (INHERITED.has(current) ? current : seenKnown ? "other" : "intro");
      if (kind) seenKnown = true;
      // A heading that ends its written line ("What do we want to see? What skills do you
      // need?") heads the lines after it, however the line was split.
      if (inlineLine && headingsOnly(li)) inlineLine = false;
      open(next, trimmed || null, line.start);
      line.kind = next;
      line.section = sections.length - 1;
      continue;
    }
    line.kind = current;
    line.section = sections.length - 1;
  }
  // An offer in no parts under its header is the job itself, not the employer's blurb.
  if (headerCompany >= 0 && !seenAsking) {
    sections[headerCompany].kind = "intro";
    for (const line of lines) if (line.section === headerCompany && line.kind === "company" && line.key === null) line.kind = "intro";
  }
  return { lines, sections, lineOf, bodyStart: frontMatterEnd > 0 ? lines[frontMatterEnd].start : 0 };
}
