// The rule engine that turns what a comparison found into questions for the employer.
// Templates are data (questions.ts); the rules only decide which apply and in what order.

import type { Lang } from "#app/analysis/taxonomy";
import { ANY_FAMILY, QUESTION_TEMPLATES, type QuestionTemplate, type QuestionTrigger } from "./questions";
import type { ComparisonFacts, Question, Ref } from "./types";
import { fill, joinList, localized, midSentence, ofFamily } from "./wording";

export const MAX_QUESTIONS = 8;
/** A core family this thin (coverage score at or under) gets a "is it part of the job?" question. */
const THIN_FAMILY = 1 / 3;
const LISTED_EDGES = 3;
const LEADING_EXTRAS = 2;

type FamilyTrigger = "extra" | "edge" | "missing";

function templatesFor(on: FamilyTrigger, familyId: string, templates: QuestionTemplate[]): QuestionTemplate[] {
  const forFamily = (id: string) => templates.filter((t) => t.when.on === on && (t.when as { family: string }).family === id);
  const own = forFamily(familyId);
  return own.length ? own : forFamily(ANY_FAMILY);
}

function matches(trigger: QuestionTrigger, facts: ComparisonFacts): boolean {
  switch (trigger.on) {
    case "verdict":
      return facts.verdict === trigger.verdict;
    case "title_mismatch":
      return facts.title.mismatch;
    case "always":
      return true;
    default:
      return false;
  }
}

export function pickQuestions(facts: ComparisonFacts, templates: QuestionTemplate[] = QUESTION_TEMPLATES): Question[] {
  const picked: Question[] = [];
  const seen = new Set<string>();
  const roleLabel = facts.profile?.label ?? { fr: "ce poste", en: "this job" };
  const text = (template: QuestionTemplate, family: Ref | null) =>
    localized((lang: Lang) =>
      fill(template.text[lang], {
        family: family ? midSentence(family.label[lang]) : "",
        ofFamily: family ? ofFamily(lang, family) : "",
        role: roleLabel[lang],
        titleRole: facts.title.profile?.label[lang] ?? facts.title.text ?? "",
        bodyRole: facts.title.body?.label[lang] ?? "",
        families: joinList(listFor(template, facts, lang), lang),
      }),
    );
  const add = (template: QuestionTemplate, family: Ref | null) => {
    if (template.text.en.includes("{families}") && listFor(template, facts, "en").length === 0) return;
    // One "who does X today?" per family: the fallback template would repeat for each.
    const key = `${template.id}:${family?.id ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    picked.push({ id: template.id, familyId: family?.id ?? null, text: text(template, family) });
  };
  const general = (on: QuestionTrigger["on"]) => templates.filter((t) => t.when.on === on && matches(t.when, facts));

  general("title_mismatch").forEach((t) => add(t, null));
  const extras = facts.extras.flatMap((g) => g.families).sort((a, b) => b.share - a.share);
  const askExtra = (family: (typeof extras)[number], i: number) =>
    // The largest extra gets its follow-up question too; the others one each, so several jobs fit.
    templatesFor("extra", family.id, templates).slice(0, i === 0 ? 2 : 1).forEach((t) => add(t, family));
  // How the hours split matters more than the fifth "who does X today?".
  extras.slice(0, LEADING_EXTRAS).forEach(askExtra);
  general("verdict").forEach((t) => add(t, null));
  extras.slice(LEADING_EXTRAS).forEach((family, i) => askExtra(family, i + LEADING_EXTRAS));
  for (const family of facts.coverage.families) {
    if (family.score <= THIN_FAMILY) templatesFor("missing", family.id, templates).slice(0, 1).forEach((t) => add(t, family));
  }
  const edges = facts.inRole.filter((f) => f.edge).sort((a, b) => b.share - a.share);
  for (const family of edges.slice(0, LEADING_EXTRAS)) {
    templatesFor("edge", family.id, templates).slice(0, 1).forEach((t) => add(t, family));
  }
  general("always").forEach((t) => add(t, null));
  return picked.slice(0, MAX_QUESTIONS);
}

/** For "{families}": the jobs of an overloaded offer, or the edge tasks of a stretched one. */
function listFor(template: QuestionTemplate, facts: ComparisonFacts, lang: Lang): string[] {
  if (template.when.on !== "verdict") return [];
  if (template.when.verdict === "overloaded") {
    // The analyzer's minimal set of roles, not every role an extra line could belong to.
    const jobs = [facts.profile, ...facts.roles].filter((p): p is Ref => p !== null);
    return [...new Map(jobs.map((p) => [p.id, p])).values()].map((p) => p.label[lang]);
  }
  const edges = [...facts.inRole.filter((f) => f.edge), ...facts.extras.flatMap((g) => g.families)];
  return edges
    .sort((a, b) => b.share - a.share)
    .slice(0, LISTED_EDGES)
    .map((f) => midSentence(f.label[lang]));
}
