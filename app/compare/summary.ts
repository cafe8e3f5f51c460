// The candidate's plain-language summary and the red flags of the multi-offer table,
// written from sentence templates (app/i18n/compare.ts) and the comparison's facts.

import type { Lang } from "#app/analysis/taxonomy";
import { compareSentences } from "#app/i18n/compare";
import type { ComparisonFacts, RedFlag } from "./types";
import { aboutPercent, fill, joinList, localized, midSentence, ofFamily, percent } from "./wording";

/** Extras below this share are noise in a summary (one stray keyword). */
const EXTRA_WORTH_SAYING = 0.05;
/** An extra job this large gets its own red flag; smaller ones share one. */
const MAJOR_EXTRA = 0.1;
/** Coverage under this is flagged in the table. */
export const LOW_COVERAGE = 0.34;
const LISTED_FAMILIES = 3;

function sentences(facts: ComparisonFacts, lang: Lang): string[] {
  const t = compareSentences[lang];
  if (facts.verdict === "out_of_scope") return [t.outOfScope];
  if (!facts.profile) return [t.noProfile];
  const role = facts.profile.label[lang];
  const out: string[] = [];

  const extras = facts.extras.flatMap((g) => g.families).sort((a, b) => b.share - a.share);
  if (extras.length && facts.extraShare >= EXTRA_WORTH_SAYING) {
    const named = extras.slice(0, LISTED_FAMILIES).map((f) => ofFamily(lang, f));
    if (extras.length > LISTED_FAMILIES) named.push(t.otherTasks);
    out.push(fill(t.extras, { share: aboutPercent(facts.extraShare), families: joinList(named, lang), role }));
  } else {
    out.push(fill(t.inRole, { role }));
  }

  const absent = facts.missing.filter((f) => f.absent);
  // "Covers 0 %" next to "says nothing about X" says the same thing twice.
  if (facts.coverage.score > 0 || !absent.length) out.push(fill(t.coverage, { coverage: percent(facts.coverage.score), role }));
  if (absent.length) out.push(fill(t.absent, { families: joinList(absent.map((f) => ofFamily(lang, f)), lang), role }));

  if (facts.title.mismatch && facts.title.body) {
    out.push(
      fill(t.titleMismatch, {
        titleRole: facts.title.profile?.label[lang] ?? facts.title.text ?? "",
        bodyRole: facts.title.body.label[lang],
        share: aboutPercent(facts.title.bodyShare),
      }),
    );
  }

  if (facts.verdict === "overloaded") out.push(fill(t.verdict.overloaded, { count: Math.max(2, facts.roleCount) }));
  else if (facts.verdict === "focused" && facts.roles.length && !facts.roles.some((r) => r.id === facts.profile?.id)) {
    // One coherent job, but not the one the candidate compares with.
    out.push(fill(t.verdict.focusedElsewhere, { bodyRole: joinList(facts.roles.map((r) => r.label[lang]), lang) }));
  } else out.push(t.verdict[facts.verdict]);
  return out;
}

export function summarize(facts: ComparisonFacts) {
  return localized((lang) => sentences(facts, lang).join(" "));
}

export function redFlagsOf(facts: ComparisonFacts): RedFlag[] {
  const flags: RedFlag[] = [];
  const flag = (kind: RedFlag["kind"], template: (lang: Lang) => string, values: (lang: Lang) => Record<string, string | number> = () => ({})) =>
    flags.push({ kind, text: localized((lang) => fill(template(lang), values(lang))) });
  const t = (lang: Lang) => compareSentences[lang].flags;

  if (facts.verdict === "out_of_scope") {
    flag("out_of_scope", (l) => t(l).outOfScope);
    return flags;
  }
  if (!facts.profile) flag("no_profile", (l) => t(l).noProfile);
  if (facts.title.mismatch && facts.title.body) {
    const body = facts.title.body;
    flag("title_mismatch", (l) => t(l).titleMismatch, (l) => ({ titleRole: facts.title.profile?.label[l] ?? "", bodyRole: body.label[l] }));
  }
  const major = facts.extras.filter((g) => g.share >= MAJOR_EXTRA && g.profile);
  for (const group of major) {
    const owner = group.profile!;
    flag("extra_role", (l) => t(l).extraRole, (l) => ({ role: owner.label[l], share: percent(group.share) }));
  }
  // Small extras go in one flag: six "also asks for 5 %" lines would drown the big ones.
  const minor = facts.extras.filter((g) => !major.includes(g));
  const minorShare = minor.reduce((sum, g) => sum + g.share, 0);
  if (minor.length && minorShare >= EXTRA_WORTH_SAYING) {
    const families = minor.flatMap((g) => g.families).sort((a, b) => b.share - a.share);
    flag("extra_role", (l) => t(l).extraWork, (l) => ({
      families: joinList(families.map((f) => midSentence(f.label[l])), l),
      share: percent(minorShare),
    }));
  }
  // A family inside a flagged job is already said; on its own, "specialist level" is news.
  for (const family of minor.flatMap((g) => g.families).filter((f) => f.reason === "beyond_light")) {
    flag("beyond_light", (l) => t(l).beyondLight, (l) => ({ family: family.label[l] }));
  }
  if (facts.profile && facts.coverage.score < LOW_COVERAGE) {
    flag("low_coverage", (l) => t(l).lowCoverage, () => ({ coverage: percent(facts.coverage.score) }));
  }
  return flags;
}
