// The offer's title and the standard profile it names. Candidates, in order: a
// "Titre :" / "Job title:" / "Intitulé du poste" line or the line under a bare "Job Title"
// label, the first heading, a line carrying "H/F" or "(M/F)", short non-sentence lines
// among the first four. The first candidate that names a profile wins; otherwise the first
// candidate.

import type { CompiledTaxonomy } from "./compile";
import { ASKING_KINDS, type Layout } from "./layout";
import { buildStream, findMatches } from "./match";
import type { OtherTrade } from "./other-trades";
import { classifyHeading, HEADING_VOCAB, isPureHeading } from "./headings";
import { namesHead, titleField, titleNamesPublicRelations } from "./scope";
import { STOPWORDS } from "./stopwords";
import { stem } from "./stem";
import { firstTokenEndingAfter, Gap, type Token } from "./tokenize";
import type { Match, TitleResult } from "./types";

const MAX_SCAN_LINES = 60;
const MAX_TITLE_TOKENS = 18;
const FIRST_LINES = 4;
/** Words at the start of a flattened offer searched for its title. */
const LEAD_TITLE_TOKENS = 10;
/** Words that may open a flattened title before the name it holds ("Stage - Assistant(e) …"). */
const LEAD_TITLE_PREFIX = 3;
/** Words of a label that announces the title on the line below ("1. Role Title & Level", "Intitulé du poste"). */
const TITLE_LABEL_WORDS = new Set(["title", "titre", "intitule"].map((w) => stem(w)));
/** The other words such a label may hold: "Job Title & Grade", "Titre du poste". Any other word ("à titre temporaire", "Title Designer") makes it no label. */
const TITLE_LABEL_FILLERS = new Set(
  ["job", "role", "position", "poste", "emploi", "level", "grade", "niveau", "of", "and", "the", "du", "de", "d", "l", "et", "le", "la"].map((w) => stem(w)),
);
/** The most words such a label holds: longer, it is a sentence about a title. */
const TITLE_LABEL_MAX_TOKENS = 5;
const GENDER = /\b(?:h\s*\/\s*f|f\s*\/\s*h|m\s*\/\s*f|f\s*\/\s*m|m\s*\/\s*w|h\s*\/\s*f\s*\/\s*x|m\s*\/\s*f\s*\/\s*d|m\s*\/\s*w\s*\/\s*d)\b/i;

/** A title as found in the offer: its line, and the jobs that share one of its phrases. */
export interface FoundTitle extends TitleResult {
  line: number;
  /** Profiles named by one and the same phrase ("Content Creator": a writer or a visual maker), the job that lists it among its main titles first. */
  shared: string[][];
  /** Fields joined before one job's name ("Marketing & Communications Coordinator"): one post over both, not two jobs. */
  joined?: boolean;
}

interface Candidate {
  line: number;
  start: number;
  end: number;
}

/** Trim markup around a title: "# ", "**", "[text](url)", a trailing colon. */
function cleanRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s#*_>`\-–•:"'«“]/.test(text[s])) s++;
  if (text[s] === "[") {
    const close = text.indexOf("](", s);
    if (close !== -1 && close < e) {
      s++;
      e = close;
    } else s++;
  }
  while (e > s && /[\s*_`:|"'»”]/.test(text[e - 1])) e--;
  return [s, e];
}


/** A short line with no value that only labels the next one as the title: "Job Title", "1. Role Title & Level". */
function labelsTitle(tokens: Token[], line: Layout["lines"][number]): boolean {
  if (line.key !== null || line.t1 - line.t0 > TITLE_LABEL_MAX_TOKENS) return false;
  let named = false;
  for (let k = line.t0; k < line.t1; k++) {
    const t = tokens[k];
    if (TITLE_LABEL_WORDS.has(t.stem)) named = true;
    else if (!TITLE_LABEL_FILLERS.has(t.stem) && !/^\d+$/.test(t.norm)) return false;
  }
  return named;
}

function namesAPart(tokens: Token[], line: Layout["lines"][number], opening = false): boolean {
  const stems: string[] = [];
  for (let k = line.t0; k < line.t1; k++) stems.push(tokens[k].stem);
  // The offer's first line names a part only in heading words alone ("## Vos missions"): in
  // "## Developer Experience Engineer" the part's word is the job's.
  return opening ? isPureHeading(stems) : classifyHeading(stems, true) !== null;
}

/** A front matter's key with no value of its own, or an item of a list. */
const FRONT_MATTER_SETTING = /^\s*(?:[\w-]+\s*[:=]\s*$|-\s)/;

export function findTitle(text: string, tokens: Token[], layout: Layout, compiled: CompiledTaxonomy): FoundTitle | null {
  const candidates: Candidate[] = [];
  const lines = layout.lines;
  const limit = Math.min(lines.length, MAX_SCAN_LINES);
  let firstHeading: Candidate | null = null;
  let gendered: Candidate | null = null;

  const shortLines: Candidate[] = [];
  let runOn: Candidate | null = null;
  let nonEmpty = 0;
  let firstLine = -1;
  let labelled = false;
  for (let li = 0; li < limit; li++) {
    const line = lines[li];
    const n = line.t1 - line.t0;
    if (n === 0) continue;
    // A front matter's settings name no job: a key holding a list ("hide:") and the list's items ("- navigation").
    if (line.start < layout.bodyStart && FRONT_MATTER_SETTING.test(text.slice(line.start, line.end))) continue;
    nonEmpty++;
    if (labelled && line.key === null && n <= MAX_TITLE_TOKENS && !namesAPart(tokens, line)) candidates.push({ line: li, start: line.start, end: line.end });
    // Only near the top: deeper down, "Titre professionnel" is a diploma, not the offer's title.
    labelled = nonEmpty <= FIRST_LINES && labelsTitle(tokens, line);
    if (nonEmpty === 1 && line.key === null) firstLine = li;
    if (nonEmpty === 1 && line.key !== null && line.kind !== "title") runOn = runOnTitle(text, tokens, line, li);
    if (line.kind === "title" && line.key !== null) {
      candidates.push({ line: li, start: line.valueStart, end: line.end });
      continue;
    }
    if (n > MAX_TITLE_TOKENS) continue;
    const raw = text.slice(line.start, line.end);
    // A Markdown heading that names a part of the offer ("### Vos missions") is no title.
    if (!firstHeading && line.heading && /^\s{0,3}#/.test(raw) && !namesAPart(tokens, line, nonEmpty === 1)) firstHeading = { line: li, start: line.start, end: line.end };
    // "Développeur informatique h/f : 2 ans (Exigé)" under "Expérience" is a requirement, not the title.
    if (!gendered && GENDER.test(raw) && !ASKING_KINDS.has(line.kind) && !/^\s*[-*•]/.test(raw)) gendered = { line: li, start: line.start, end: line.end };
    // One of the first lines, short, not a sentence: "Assistant(e) Marketing / Social Media".
    // Not an item of the duties or the profile: "- Web design" under "Responsibilities" is work asked.
    if (nonEmpty <= FIRST_LINES && line.key === null && !/[.!?]\s*$/.test(raw) && !/^\s*(?:---|<!--)/.test(raw) && !ASKING_KINDS.has(line.kind)) {
      shortLines.push({ line: li, start: line.start, end: line.end });
    }
  }
  // A plain first line above the first Markdown heading is the title ("Conceptrice de
  // contenu", then "## À propos de nous"); the heading comes first only when it opens the offer.
  const opening = firstHeading && shortLines.find((c) => c.line === firstLine && c.line < firstHeading.line);
  if (opening) candidates.push(opening);
  if (firstHeading) candidates.push(firstHeading);
  if (gendered) candidates.push(gendered);
  const lead = firstLine >= 0 && !shortLines.some((c) => c.line === firstLine) ? leadTitle(text, tokens, lines[firstLine], compiled) : null;
  if (lead) candidates.push({ line: firstLine, ...lead });
  if (runOn) candidates.push(runOn);
  candidates.push(...shortLines);
  let chosen: FoundTitle | null = null;
  for (const c of candidates) {
    const [s, e] = cleanRange(text, c.start, c.end);
    if (e <= s) continue;
    const result = { ...readTitle(text.slice(s, e), s, e, tokens, compiled), line: c.line };
    if (result.profile) return result;
    chosen ??= result;
  }
  // No title line at all: the body may name the job ("nous recherchons un community
  // manager", "as our first graphic designer") when only the description was pasted.
  // A section heading ("Description du poste") in the title's place is no title.
  // A first line that only announces a hire ("Oxybulle recrute", "We're hiring!") gives way
  // to the job the body announces, when the body names one.
  if (chosen && !layout.lines[chosen.line]?.heading) {
    if (!chosen.profile && announcesOnly(tokens, chosen)) {
      const announced = announcedTitle(text, tokens, layout, compiled, true);
      if (announced?.profile) return announced;
    }
    // A first line that only says the contract, date and place ("Offre d'emploi – CDI – Nantes")
    // gives way to a job the body announces in a field's words ("… recherche un expert LinkedIn pour …").
    if (!chosen.profile && namesOnlyTheContract(tokens, chosen)) {
      const announced = announcedTitle(text, tokens, layout, compiled, true);
      if (announced) return announced;
    }
    return withFieldProfile(chosen, tokens, compiled);
  }
  // Under a heading that names no field ("Ce que nous vous proposons"), a job the body
  // announces in a field's words ("… recherche un expert LinkedIn pour …") is the better name.
  const neutral = !!chosen && chosen.start !== undefined && chosen.end !== undefined && titleField(tokens, chosen.start, chosen.end) === "neutral";
  return announcedTitle(text, tokens, layout, compiled, neutral) ?? chosen;
}

/**
 * A title in marketing words alone that names no standard job ("Stage communication",
 * "Poste en communications", "Alternance graphisme") still names a craft, and the craft's
 * usual job: its first such word decides. "Marketing" alone names no one job.
 */
const FIELD_PROFILES: Readonly<Record<string, string>> = {
  communication: "communication_officer", communications: "communication_officer", comms: "communication_officer",
  communicateur: "communication_officer", communicatrice: "communication_officer", communicator: "communication_officer",
  graphisme: "graphic_designer", graphique: "graphic_designer", graphic: "graphic_designer", graphiste: "graphic_designer", infographiste: "graphic_designer",
  video: "videographer", videaste: "videographer", audiovisuel: "videographer",
  seo: "seo_specialist", referencement: "seo_specialist",
  social: "social_media_manager", sociaux: "social_media_manager",
  community: "community_manager", communaute: "community_manager", communautes: "community_manager",
  contenu: "content_writer", contenus: "content_writer", content: "content_writer", redaction: "content_writer", editorial: "content_writer",
  evenementiel: "pr_events_officer", evenementielle: "pr_events_officer", events: "pr_events_officer", presse: "pr_events_officer",
  crm: "email_crm_marketer", emailing: "email_crm_marketer", lifecycle: "email_crm_marketer",
};

/** The job of a title that names public or press relations. */
const PUBLIC_RELATIONS_PROFILE = "pr_events_officer";

function withFieldProfile(title: FoundTitle, tokens: Token[], compiled: CompiledTaxonomy): FoundTitle {
  if (title.profile || title.start === undefined || title.end === undefined || titleField(tokens, title.start, title.end) !== "marketing") return title;
  // A manager of the craft ("Content Project Manager") steers it: the craft's maker is not the job.
  if (namesHead(tokens, title.start, title.end)) return title;
  if (titleNamesPublicRelations(tokens, title.start, title.end) && compiled.profileById.has(PUBLIC_RELATIONS_PROFILE)) {
    return { ...title, profile: PUBLIC_RELATIONS_PROFILE, profiles: [PUBLIC_RELATIONS_PROFILE] };
  }
  const words: string[] = [];
  for (let k = firstTokenEndingAfter(tokens, title.start); k < tokens.length && tokens[k].start < title.end; k++) if (tokens[k].start >= title.start) words.push(tokens[k].norm);
  for (const word of words) {
    const profile = FIELD_PROFILES[word];
    // "Community Support Agent", "Community Development Officer": the community is served or organised, not managed online.
    if (profile === COMMUNITY_PROFILE && words.some((w) => NOT_COMMUNITY_MANAGEMENT.has(w))) continue;
    if (profile && compiled.profileById.has(profile)) return { ...title, profile, profiles: [profile] };
  }
  return title;
}

/**
 * The crafts a title names in its own words, each by the one job whose whole craft the word
 * names: "graphiste" names graphic design, "communication" (a two-craft job's word) none.
 */
export function craftsNamedByTitle(tokens: Token[], start: number, end: number, compiled: CompiledTaxonomy): Set<string> {
  const named = new Set<string>();
  for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= end) break;
    if (t.start < start) continue;
    const core = compiled.profileById.get(FIELD_PROFILES[t.norm] ?? "")?.core;
    if (core?.size === 1) for (const f of core) named.add(f);
  }
  return named;
}

const COMMUNITY_PROFILE = "community_manager";
/** Words beside "community" in a title that name another trade's community work: support, care, development, organising. */
const NOT_COMMUNITY_MANAGEMENT = new Set([
  "support", "care", "customer", "client", "clients", "conseiller", "conseillere", "service", "services", "sante", "health",
  "development", "developpement", "organizer", "organiser", "organisateur", "organisatrice", "outreach",
]);

/**
 * A flattened offer's title run into its first key ("Content Specialist Location: Houston"):
 * the key's words before its closing heading words, when they name a field.
 */
function runOnTitle(text: string, tokens: Token[], line: Layout["lines"][number], li: number): Candidate | null {
  let end = line.t0;
  while (end < line.t1 && tokens[end].end <= line.valueStart && text.slice(tokens[end].end, line.valueStart).includes(":")) end++;
  while (end > line.t0 && HEADING_VOCAB.has(tokens[end - 1].stem)) end--;
  return end > line.t0 ? namingAField(tokens, { line: li, start: tokens[line.t0].start, end: tokens[end - 1].end }) : null;
}

/** The range, when its words name a field (marketing, another trade or both); null for words of no field. */
function namingAField<R extends { start: number; end: number }>(tokens: Token[], range: R): R | null {
  return titleField(tokens, range.start, range.end) === "neutral" ? null : range;
}

/** Words that announce the job being filled, folded; the job's name follows, after at most a few fillers. */
const ANNOUNCING = [
  "recherche", "recherchons", "cherchons", "recrute", "recrutons", "en tant que", "au poste de", "un poste de",
  "looking for", "hiring", "seeking", "recruiting", "as a", "as an", "role of", "position of",
].map((cue) => cue.split(" "));
const ANNOUNCE_FILLERS = new Set([
  "un", "une", "d", "de", "des", "notre", "son", "sa", "votre", "leur", "nouveau", "nouvelle", "prochain", "prochaine", "futur", "future",
  "a", "an", "the", "our", "their", "new", "next", "talented", "passionate", "experienced", "motivated",
]);
const ANNOUNCING_WORDS = new Set(ANNOUNCING.filter((cue) => cue.length === 1).map((cue) => cue[0]));

/** A title candidate that announces a hire in no field's words: "Oxybulle recrute", "Acme is hiring". */
function announcesOnly(tokens: Token[], title: TitleResult): boolean {
  if (title.start === undefined || title.end === undefined || titleField(tokens, title.start, title.end) !== "neutral") return false;
  for (let k = firstTokenEndingAfter(tokens, title.start); k < tokens.length && tokens[k].start < title.end; k++) {
    const t = tokens[k];
    if (t.start >= title.start && t.end <= title.end && ANNOUNCING_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** Words that name a contract or an opening, not a job: "Offre d'emploi", "Stage", "CDI". */
const CONTRACT_WORDS = new Set(["offre", "emploi", "stage", "cdi", "cdd", "alternance", "apprentissage", "job", "vacancy", "internship", "apprenticeship", "freelance", "opening", "poste", "recrutement"]);
/** How long the week is, said beside the contract: "CDI temps plein", "Full-time". */
const WEEK_WORDS = new Set(["temps", "plein", "partiel", "complet", "full", "part", "time"]);

/**
 * A title that opens on a contract word and holds only contract, week, date and place
 * words ("Offre d'emploi – CDI – Nantes", "Stage – 6 mois – Paris"): it names no job.
 */
export function namesOnlyTheContract(tokens: Token[], title: { start?: number; end?: number } | null): boolean {
  if (title?.start === undefined || title.end === undefined) return false;
  const first = firstTokenEndingAfter(tokens, title.start);
  if (first >= tokens.length || !CONTRACT_WORDS.has(tokens[first].norm)) return false;
  for (let k = first + 1; k < tokens.length && tokens[k].start < title.end; k++) {
    const t = tokens[k];
    if (CONTRACT_WORDS.has(t.norm) || WEEK_WORDS.has(t.norm) || LEAD_PREFIX_WORDS.has(t.norm) || STOPWORDS.has(t.norm) || /^\d+$/.test(t.norm)) continue;
    // A place comes after a dash or a comma: "– Nantes", ", Paris".
    if (!t.cap || t.gap < Gap.Punct) return false;
  }
  return true;
}

/** Other trades (ids) the title names in its own words: "Community & Support Manager" names customer support. */
export function tradesNamedByTitle(tokens: Token[], title: { start?: number; end?: number } | null, trades: Iterable<OtherTrade>): string[] {
  if (title?.start === undefined || title.end === undefined) return [];
  const words = new Set<string>();
  for (let k = firstTokenEndingAfter(tokens, title.start); k < tokens.length && tokens[k].start < title.end; k++) words.add(tokens[k].norm);
  return [...trades].filter((t) => t.titleWords?.some((w) => words.has(w))).map((t) => t.id);
}

/** Words of the offer's start searched for an announcement. */
const ANNOUNCE_SCAN_TOKENS = 400;
const ANNOUNCE_FILLER_MAX = 3;

/**
 * The job the body announces ("nous recherchons un community manager"). `inFieldWords`: a
 * job named in a field's words but by no standard title ("Oxybulle recrute un·e chargé·e de
 * projet et communication pour…") also counts, read up to the clause's end or its purpose.
 */
function announcedTitle(text: string, tokens: Token[], layout: Layout, compiled: CompiledTaxonomy, inFieldWords = false): FoundTitle | null {
  const end = Math.min(tokens.length, ANNOUNCE_SCAN_TOKENS);
  let inWords: FoundTitle | null = null;
  for (let k = 0; k < end; k++) {
    for (const cue of ANNOUNCING) {
      if (tokens[k].norm !== cue[0]) continue;
      let j = 1;
      while (j < cue.length && tokens[k + j]?.norm === cue[j]) j++;
      if (j < cue.length) continue;
      const from = k + j;
      // "Oxybulle recrute" ending its line announces nothing on the next.
      if (from >= tokens.length || tokens[from].gap >= Gap.Clause) continue;
      const to = Math.min(tokens.length, from + MAX_TITLE_TOKENS / 2);
      const stream = buildStream(tokens, from, to, compiled.exactNorms);
      // The name comes first, or after a few words of the same clause ("as Qovery's first …").
      const named = findMatches(compiled.titleTrie, stream, tokens).find((m) => {
        const first = stream.tok[m.p0]!;
        if (first - from > ANNOUNCE_FILLER_MAX) return false;
        for (let t = from + 1; t <= first; t++) if (tokens[t].gap > Gap.Space) return false;
        return true;
      });
      if (!named) {
        if (inFieldWords && !inWords) inWords = announcedInFieldWords(text, tokens, layout, compiled, from);
        continue;
      }
      let s0 = from;
      while (s0 < stream.tok[named.p0]! && ANNOUNCE_FILLERS.has(tokens[s0].norm)) s0++;
      const s = tokens[s0].start;
      const e = tokens[stream.tok[named.p1 - 1]!].end;
      return { ...readTitle(text.slice(s, e), s, e, tokens, compiled), line: layout.lineOf[from] };
    }
  }
  return inWords;
}

/** Where an announced job's name stops: its purpose, place or who it serves ("… pour développer", "… to join"). */
const ANNOUNCED_NAME_ENDS = new Set([
  "pour", "afin", "qui", "dans", "au", "aux", "a", "chez", "en", "sur", "avec", "des", "par", "to", "who", "that", "in", "at", "for", "with", "within", "on", "by",
]);
const ANNOUNCED_NAME_TOKENS = 8;

function announcedInFieldWords(text: string, tokens: Token[], layout: Layout, compiled: CompiledTaxonomy, from: number): FoundTitle | null {
  let s0 = from;
  while (s0 < tokens.length && ANNOUNCE_FILLERS.has(tokens[s0].norm) && tokens[s0].gap <= Gap.Space) s0++;
  let e0 = s0;
  while (e0 < tokens.length && e0 - s0 < ANNOUNCED_NAME_TOKENS && !ANNOUNCED_NAME_ENDS.has(tokens[e0].norm) && (e0 === s0 || tokens[e0].gap <= Gap.Space)) e0++;
  if (e0 === s0) return null;
  const s = tokens[s0].start;
  const e = tokens[e0 - 1].end;
  if (titleField(tokens, s, e) !== "marketing") return null;
  return withFieldProfile({ ...readTitle(text.slice(s, e), s, e, tokens, compiled), line: layout.lineOf[s0] }, tokens, compiled);
}

/**
 * An offer flattened into one paragraph still opens with its title ("Assistant(e) Marketing
 * / Social Media Conseils et stratégies…"): the first profile title named among its first
 * words, read from the line's start to the end of that name.
 */
function leadTitle(text: string, tokens: Token[], line: Layout["lines"][number], compiled: CompiledTaxonomy): { start: number; end: number } | null {
  const t1 = Math.min(line.t1, line.t0 + LEAD_TITLE_TOKENS);
  const stream = buildStream(tokens, line.t0, t1, compiled.exactNorms);
  let end = -1;
  let first = -1;
  for (const m of findMatches(compiled.titleTrie, stream, tokens)) {
    const last = tokens[stream.tok[m.p1 - 1]!];
    if (last && last.end > end) end = last.end;
    if (first < 0 || stream.tok[m.p0]! < first) first = stream.tok[m.p0]!;
  }
  if (end < 0) return leadPhrase(text, tokens, line);
  // "Assistant(e) Marketing / Social Media …" is a title from its first word; in "Notre
  // association recherche un community manager" only the name is.
  return { start: first - line.t0 <= LEAD_TITLE_PREFIX ? line.start : tokens[first].start, end };
}

/**
 * A flattened offer whose title names no standard job ("Stage en communication Nous
 * cherchons…", "Social Media Marketing (Alternative Media) Is that you?"): its first words,
 * up to a punctuation mark or a new sentence's capital, when they name a field.
 */
function leadPhrase(text: string, tokens: Token[], line: Layout["lines"][number]): { start: number; end: number } | null {
  const t0 = afterLeadPrefix(text, tokens, line);
  let end = t0 + 1;
  // A capital right after a slash is the title's other form ("Communicateur narratif/Communicatrice narrative"), not a new sentence.
  const newWord = (k: number) => tokens[k].cap && !tokens[k - 1].cap && !(tokens[k].start === tokens[k - 1].end + 1 && text[tokens[k - 1].end] === "/");
  while (end < line.t1 && end - t0 < LEAD_TITLE_TOKENS && tokens[end].gap <= Gap.Space && !newWord(end)) end++;
  // A sentence's words end it: "Digital Marketer At GoCardless we are looking…" keeps its head,
  // "Acme is a digital agency that builds websites" keeps only the name, which names no field.
  for (let k = t0; k < end; k++) if (SENTENCE_WORDS.has(tokens[k].norm)) end = k;
  // Cut at its length, a name does not end on a link word ("… en relations avec").
  while (end > t0 + 1 && STOPWORDS.has(tokens[end - 1].norm)) end--;
  return end > t0 ? namingAField(tokens, { start: tokens[t0].start, end: tokens[end - 1].end }) : null;
}

/** Words that may open a title before its name, set off by a dash or a colon: the contract or the date ("Stage – …", "Nov. 2024 : …"). */
const LEAD_PREFIX_WORDS = new Set([
  "stage", "alternance", "apprentissage", "cdi", "cdd", "freelance", "interim", "internship", "apprenticeship", "contract",
  "offre", "emploi", "job", "vacancy", "urgent", "new", "nouveau", "d", "de", "of", "mois", "months", "month",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
  "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
]);
/** Words a contract or date prefix may hold ("Stage de 6 mois –", "Offre d'emploi :"). */
const LEAD_PREFIX_MAX = 5;

/** The first word after a short prefix of contract or date words set off by a dash or a colon; the line's first word when there is none. */
function afterLeadPrefix(text: string, tokens: Token[], line: Layout["lines"][number]): number {
  for (let k = line.t0 + 1; k < line.t1 && k - line.t0 <= LEAD_PREFIX_MAX; k++) {
    const t = tokens[k - 1];
    if (!LEAD_PREFIX_WORDS.has(t.norm) && !/^\d+$/.test(t.norm)) return line.t0;
    if (tokens[k].gap >= Gap.Punct && /[-–—:|]/.test(text.slice(t.end, tokens[k].start))) return k;
  }
  return line.t0;
}

/** Words of a sentence that no title holds: a verb of being, the company or the reader speaking. */
const SENTENCE_WORDS = new Set([
  "is", "are", "was", "be", "we", "our", "you", "your", "est", "sont", "nous", "notre", "nos", "vous", "votre", "vos",
  "that", "which", "qui", "que", "looking", ...ANNOUNCING_WORDS,
  // A company saying what it does: "Acme provides communications, networking and robotics solutions".
  "provides", "offers", "develops", "builds", "helps", "creates", "delivers", "specializes", "specialises", "has", "have",
  "fournit", "developpe", "accompagne", "aide", "concoit", "propose",
]);

function readTitle(title: string, start: number, end: number, tokens: Token[], compiled: CompiledTaxonomy): Omit<FoundTitle, "line"> {
  const t0 = firstTokenEndingAfter(tokens, start);
  let t1 = t0;
  while (t1 < tokens.length && tokens[t1].start < end) t1++;
  const stream = buildStream(tokens, t0, t1, compiled.exactNorms);
  const matches = findMatches(compiled.titleTrie, stream, tokens);
  // The longest profile title wins ("social media manager" over "manager"); a field joined
  // before the name by a list comes after the one written against it ("Marketing &
  // Communications Coordinator" is first a communications coordinator).
  const viaList = (m: (typeof matches)[number]) => (m.owns === undefined ? 0 : 1);
  const ranked = [...matches].sort((a, b) => viaList(a) - viaList(b) || b.p1 - b.p0 - (a.p1 - a.p0) || a.p0 - b.p0);
  const profiles: string[] = [];
  const shared: string[][] = [];
  let joined = false;
  for (const m of ranked) {
    if (m.owns !== undefined) joined = true;
    // Of jobs sharing the phrase, the one that lists it among its main titles comes first.
    const sorted = [...m.targets].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.order - b.order);
    for (const target of sorted) if (!profiles.includes(target.id)) profiles.push(target.id);
    if (sorted.length > 1) shared.push(sorted.map((t) => t.id));
  }
  return { text: title, profile: profiles[0] ?? null, start, end, profiles, shared, ...(joined ? { joined } : {}) };
}

/**
 * A phrase several jobs share names the one whose own crafts the body asks most at core: a
 * "Content Creator" who writes blog posts is a writer, one who shoots reels a visual
 * maker. With no such work in the body, light mentions of it decide; with none at all, the job
 * that counts it among its main titles stays.
 */
export function settleSharedTitle(title: FoundTitle | null, matches: Match[], compiled: CompiledTaxonomy): FoundTitle | null {
  if (!title?.shared.length || !title.profiles) return title;
  const body = matches.filter((m) => m.sectionKind !== "title" && m.weight > 0);
  const asked = (id: string, depth: Match["depth"]) =>
    body.reduce((sum, m) => sum + (m.depth === depth && compiled.profileById.get(id)?.core.has(m.familyId) ? m.weight : 0), 0);
  // Light mentions decide only where core work does not ("looking for strong writers").
  const ahead = (id: string, of: string) => asked(id, "core") - asked(of, "core") || asked(id, "light") - asked(of, "light");
  const dropped = new Set<string>();
  for (const group of title.shared) {
    let best = group[0];
    for (const id of group) if (ahead(id, best) > 0) best = id;
    for (const id of group) if (id !== best) dropped.add(id);
  }
  const profiles = title.profiles.filter((id) => !dropped.has(id));
  return { ...title, profile: profiles[0] ?? null, profiles };
}
