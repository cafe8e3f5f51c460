// checkCompliance(offer, rules) → the passages a French employment lawyer would circle,
// each with its rule, article, reason and fix. Pure: it reads the text the analyzer
// produced (HTML already turned into text), so its offsets point into the same text.

import type { Lang } from "#app/analysis/taxonomy";
import type { CompiledRule, CompiledRules } from "./compile";
import { foldText, sourceRange, type FoldedText } from "./folded-text";
import { matchStart } from "./patterns";
import type { Severity } from "./rule-schema";
import type { Compliance, ComplianceFinding } from "./types";

export interface ComplianceInput {
  /** The analysed text (Analysis.text): every offset points into it. */
  text: string;
  language: Lang;
  title?: { start?: number; end?: number } | null;
}

/** Enough to read a long offer, few enough that a hostile one cannot flood the answer. */
const MAX_PER_RULE = 25;
const RANK: Record<Severity, number> = { illegal: 0, risky: 1, recommended: 2 };

interface Range {
  start: number;
  end: number;
}

function matches(re: RegExp | null, ft: FoldedText, limit = MAX_PER_RULE): Range[] {
  if (!re) return [];
  const out: Range[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ft.folded); m && out.length < limit; m = re.exec(ft.folded)) out.push(sourceRange(ft, matchStart(m), m.index + m[0].length));
  return out;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function lineOf(text: string, at: number): Range {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", at);
  return { start, end: nl === -1 ? text.length : nl };
}

function finding(rule: CompiledRule["rule"], text: string, range?: Range): ComplianceFinding {
  return {
    rule: rule.id,
    severity: rule.severity,
    ...(range ? { start: range.start, end: range.end, passage: text.slice(range.start, range.end) } : {}),
    reason: rule.reason,
    article: rule.law.article,
    sourceUrl: rule.law.sourceUrl,
    fix: rule.fix,
    status: { value: rule.law.status, since: rule.law.since },
  };
}

interface TitleForms {
  m: Range | null;
  f: Range | null;
}

/** Words that may come before the job noun in a French title ("Stage - Assistant…", "CDI Chargé…"). */
const TITLE_LEADS = new Set(["stage", "stagiaire", "cdi", "cdd", "alternance", "freelance", "interim", "urgent", "un", "une", "1"]);
const SEGMENT_BREAK = /[-–—|/(),:;[\]]/;

/**
 * A French job noun heads its part of the title ("Assistant chef de produit"); an English
 * word of the same spelling comes last ("Senior Salesforce Consultant"), and is neutral.
 */
function headsSegment(text: string, titleStart: number, at: number): boolean {
  let k = at;
  while (k > titleStart && !SEGMENT_BREAK.test(text[k - 1])) k--;
  const before = foldText(text, k, at).folded.trim();
  return !before || before.split(" ").every((w) => TITLE_LEADS.has(w));
}

function firstHit(re: RegExp, ft: FoldedText, keep: (m: RegExpExecArray) => boolean): Range | null {
  re.lastIndex = 0;
  for (let m = re.exec(ft.folded); m; m = re.exec(ft.folded)) if (keep(m)) return sourceRange(ft, matchStart(m), m.index + m[0].length);
  return null;
}

/**
 * The title's gendered job nouns that are neither doubled ("Rédacteur / Rédactrice") nor
 * inclusive ("Chargé·e"). English offers are read with the English pairs, plus the French
 * feminine forms, which no English word shares ("Chargée de marketing - H/F").
 */
function titleForms(input: ComplianceInput, rules: CompiledRules): TitleForms | null {
  const { text, title } = input;
  if (!title || title.start === undefined || title.end === undefined || title.start < 0 || title.end <= title.start || title.end > text.length) return null;
  const start = title.start;
  const ft = foldText(text, start, title.end);
  const heads = (m: RegExpExecArray) => headsSegment(text, start, ft.from[matchStart(m)]);
  const inclusive = (m: RegExpExecArray) => rules.inclusiveSuffix?.test(ft.folded.slice(m.index + m[0].length, m.index + m[0].length + 8)) ?? false;
  const forms: TitleForms = { m: null, f: null };
  const pairs = input.language === "fr" ? rules.titlePairs.fr : rules.titlePairs.en;
  for (const pair of pairs) {
    const fem = firstHit(pair.f, ft, () => true);
    const masc = firstHit(pair.m, ft, (m) => !inclusive(m));
    if (masc && fem) continue;
    if (masc && headsSegment(text, start, masc.start)) forms.m ??= masc;
    if (fem && headsSegment(text, start, fem.start)) forms.f ??= fem;
  }
  if (input.language !== "fr") for (const pair of rules.titlePairs.fr) forms.f ??= firstHit(pair.f, ft, heads);
  return forms;
}

export function checkCompliance(input: ComplianceInput, rules: CompiledRules): Compliance {
  const { text } = input;
  const ft = foldText(text);
  const statementLines = matches(rules.equalityStatements, ft, 200).map((r) => lineOf(text, r.start));
  const inStatement = (r: Range) => statementLines.some((line) => overlaps(line, r));
  let forms: TitleForms | null | undefined;
  let marked: boolean | undefined;

  const found: ComplianceFinding[] = [];
  for (const compiled of rules.rules) {
    const { rule } = compiled;
    const excepted = matches(compiled.except, ft, 500);
    const kept = (r: Range) => !excepted.some((e) => overlaps(e, r));
    switch (rule.detector) {
      case "phrases":
        for (const r of matches(compiled.find, ft)) if (kept(r) && !inStatement(r)) found.push(finding(rule, text, r));
        break;
      case "absent":
        if (!matches(compiled.find, ft, 500).some(kept)) found.push(finding(rule, text));
        break;
      case "foreign_language": {
        const place = input.language === "en" ? matches(compiled.list, ft, 1)[0] : undefined;
        if (place) found.push(finding(rule, text, place));
        break;
      }
      case "title_gender": {
        if (!rule.gender) break;
        forms = forms === undefined ? titleForms(input, rules) : forms;
        marked ??= matches(rules.markers, ft, 1).length > 0;
        if (!forms || marked !== rule.gender.marked) break;
        const { form } = rule.gender;
        const hit = form === "m" ? forms.m : form === "f" ? forms.f : (forms.f ?? forms.m);
        if (hit) found.push(finding(rule, text, hit));
        break;
      }
    }
  }
  return { rulesVersion: rules.version, findings: resolveOverlaps(found) };
}

/** Where two rules circle the same words, the graver one (then the longer passage) speaks. */
function resolveOverlaps(found: ComplianceFinding[]): ComplianceFinding[] {
  const ordered = [...found].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (b.end ?? 0) - (b.start ?? 0) - ((a.end ?? 0) - (a.start ?? 0)) ||
      (a.start ?? -1) - (b.start ?? -1),
  );
  const kept: ComplianceFinding[] = [];
  for (const f of ordered) {
    const clash =
      f.start !== undefined &&
      kept.some((k) => k.rule !== f.rule && k.start !== undefined && overlaps(k as Range, f as Range));
    if (!clash) kept.push(f);
  }
  return kept.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.start ?? -1) - (b.start ?? -1));
}
