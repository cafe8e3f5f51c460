// The offer's title and the standard profile it names. Candidates, in order: a
// "Titre :" / "Job title:" / "Intitulé du poste" line, the first heading, a line
// carrying "H/F" or "(M/F)", short non-sentence lines among the first four. The first
// candidate that names a profile wins; otherwise the first candidate.

import type { CompiledTaxonomy } from "./compile";
import type { Layout } from "./layout";
import { buildStream, findMatches } from "./match";
import type { Token } from "./tokenize";
import type { TitleResult } from "./types";

const MAX_SCAN_LINES = 60;
const MAX_TITLE_TOKENS = 18;
const FIRST_LINES = 4;
/** Words at the start of a flattened offer searched for its title. */
const LEAD_TITLE_TOKENS = 10;
const GENDER = /\b(?:h\s*\/\s*f|f\s*\/\s*h|m\s*\/\s*f|f\s*\/\s*m|m\s*\/\s*w|h\s*\/\s*f\s*\/\s*x|m\s*\/\s*f\s*\/\s*d|m\s*\/\s*w\s*\/\s*d)\b/i;

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

export function findTitle(text: string, tokens: Token[], layout: Layout, compiled: CompiledTaxonomy): (TitleResult & { line: number }) | null {
  const candidates: Candidate[] = [];
  const lines = layout.lines;
  const limit = Math.min(lines.length, MAX_SCAN_LINES);
  let firstHeading: Candidate | null = null;
  let gendered: Candidate | null = null;

  const shortLines: Candidate[] = [];
  let nonEmpty = 0;
  let firstLine = -1;
  for (let li = 0; li < limit; li++) {
    const line = lines[li];
    const n = line.t1 - line.t0;
    if (n === 0) continue;
    nonEmpty++;
    if (nonEmpty === 1 && line.key === null) firstLine = li;
    if (line.kind === "title" && line.key !== null) {
      candidates.push({ line: li, start: line.valueStart, end: line.end });
      continue;
    }
    if (n > MAX_TITLE_TOKENS) continue;
    const raw = text.slice(line.start, line.end);
    if (!firstHeading && line.heading && /^\s{0,3}#/.test(raw)) firstHeading = { line: li, start: line.start, end: line.end };
    if (!gendered && GENDER.test(raw)) gendered = { line: li, start: line.start, end: line.end };
    // One of the first lines, short, not a sentence: "Assistant(e) Marketing / Social Media".
    if (nonEmpty <= FIRST_LINES && line.key === null && !/[.!?]\s*$/.test(raw) && !/^\s*(?:---|<!--)/.test(raw)) {
      shortLines.push({ line: li, start: line.start, end: line.end });
    }
  }
  if (firstHeading) candidates.push(firstHeading);
  if (gendered) candidates.push(gendered);
  const lead = firstLine >= 0 && !shortLines.some((c) => c.line === firstLine) ? leadTitle(text, tokens, lines[firstLine], compiled) : null;
  if (lead) candidates.push({ line: firstLine, ...lead });
  candidates.push(...shortLines);
  if (!candidates.length) return null;

  let chosen: (TitleResult & { line: number }) | null = null;
  for (const c of candidates) {
    const [s, e] = cleanRange(text, c.start, c.end);
    if (e <= s) continue;
    const result = { ...readTitle(text.slice(s, e), s, e, tokens, compiled), line: c.line };
    if (result.profile) return result;
    chosen ??= result;
  }
  return chosen;
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
  for (const m of findMatches(compiled.titleTrie, stream, tokens)) {
    const last = tokens[stream.tok[m.p1 - 1]!];
    if (last && last.end > end) end = last.end;
  }
  return end > 0 ? { start: line.start, end } : null;
}

function readTitle(title: string, start: number, end: number, tokens: Token[], compiled: CompiledTaxonomy): TitleResult {
  let t0 = 0;
  while (t0 < tokens.length && tokens[t0].end <= start) t0++;
  let t1 = t0;
  while (t1 < tokens.length && tokens[t1].start < end) t1++;
  const stream = buildStream(tokens, t0, t1, compiled.exactNorms);
  const matches = findMatches(compiled.titleTrie, stream, tokens);
  // The longest profile title wins ("social media manager" over "manager").
  const ranked = [...matches].sort((a, b) => b.p1 - b.p0 - (a.p1 - a.p0) || a.p0 - b.p0);
  const profiles: string[] = [];
  for (const m of ranked) {
    const sorted = [...m.targets].sort((a, b) => a.order - b.order);
    for (const target of sorted) if (!profiles.includes(target.id)) profiles.push(target.id);
  }
  return { text: title, profile: profiles[0] ?? null, start, end, profiles };
}
