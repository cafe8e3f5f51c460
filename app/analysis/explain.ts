// The plain-language explanation of an analysis, in French and English: which jobs
// the offer combines, which lines belong to which job, what the title promises
// against what the body asks, and concrete fixes.

import type { CompiledTaxonomy } from "./compile";
import type { FamilyId, Lang, Localized } from "./taxonomy";
import type { Analysis, Evidence, Explanation, ExplanationPart, FamilyResult } from "./types";

const MAX_LINES_PER_ROLE = 3;
/** Lines quoted for the fix that downgrades other jobs' work to pluses. */
const MAX_DOWNGRADE_LINES = 6;
const MAX_LINE_CHARS = 140;
/** Families that are production crafts an agency or a freelancer can take on. */
const OUTSOURCEABLE = new Set(["graphic_design", "photo_video", "web_development", "web_design_ux", "seo", "paid_media", "pr_events", "content_writing"]);

/** The labels of profiles, families and trades; methods, so that no closure is made per analysis. */
class Labeler {
  constructor(private readonly compiled: CompiledTaxonomy) {}

  profile(id: string, lang: Lang): string {
    return this.compiled.profileById.get(id)?.profile.label?.[lang] ?? id;
  }

  family(id: string, lang: Lang): string {
    return this.compiled.families.get(id)?.label?.[lang] ?? id;
  }

  trade(id: string, lang: Lang): string {
    return this.compiled.trades.get(id)?.label[lang] ?? id;
  }
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "fr" ? " et " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

function quote(s: string, lang: Lang): string {
  return lang === "fr" ? `« ${s} »` : `“${s}”`;
}

/** Binary search: the last line starting at or before `offset`. */
function lineContaining(lines: Analysis["lines"], offset: number): Analysis["lines"][number] | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? lines[found] : undefined;
}

// One character each, read in the loops of lineAround: built once, not once per character.
const SENTENCE_MARK = /[.;!?•]/;
const SENTENCE_OR_LINE_MARK = /[.;!?•\n]/;
const WHITE = /\s/;
/** Marks a quoted line does not open or end with (bullets, Markdown emphasis). */
const LEAD_MARK = /[\s*•\-–#>_]/;
const TRAIL_MARK = /[\s*_]/;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w ]{1,24}:\s*/;

/** The line (or, in a long glued paragraph, the sentence) around an evidence passage. */
function lineAround(analysis: Analysis, ev: Evidence): Evidence {
  const text = analysis.text;
  if (analysis.title && ev.start === analysis.title.start && ev.end === analysis.title.end) return ev;
  const line = lineContaining(analysis.lines, ev.start);
  let start = line?.start ?? ev.start;
  let end = line ? Math.max(line.end, ev.end) : ev.end;
  if (end - start > MAX_LINE_CHARS) {
    // A long (often glued) paragraph: the sentence around the passage, within bounds.
    const half = MAX_LINE_CHARS / 2;
    const from = Math.max(start, ev.start - half);
    let s = ev.start;
    while (s > from && !SENTENCE_MARK.test(text[s - 1])) s--;
    if (s === from) while (s < ev.start && !WHITE.test(text[s - 1] ?? " ")) s++;
    const to = Math.min(end, ev.end + half);
    let e = ev.end;
    while (e < to && !SENTENCE_OR_LINE_MARK.test(text[e])) e++;
    if (e === to) while (e > ev.end && !WHITE.test(text[e] ?? " ")) e--;
    else if (text[e] === ".") e++;
    start = s;
    end = e;
  }
  while (start < end && LEAD_MARK.test(text[start])) start++;
  // Front matter ("description: …"): the value is the line.
  const key = FRONT_MATTER_KEY.exec(text.slice(start, Math.min(end, start + 40)));
  if (key && start + key[0].length <= ev.start) start += key[0].length;
  while (end > start && TRAIL_MARK.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}

/** The distinct lines around some passages, at most `max` (a role's worth). */
function linesOf(analysis: Analysis, passages: Evidence[], max = MAX_LINES_PER_ROLE): Evidence[] {
  const seen = new Set<string>();
  // A short line gives the same quote for every passage inside it: read it once.
  const seenLines = new Set<number>();
  const lines: Evidence[] = [];
  for (const ev of passages) {
    const line = lineContaining(analysis.lines, ev.start);
    const isTitle = analysis.title && ev.start === analysis.title.start && ev.end === analysis.title.end;
    if (line && !isTitle && ev.end <= line.end && line.end - line.start <= MAX_LINE_CHARS) {
      if (seenLines.has(line.start)) continue;
      seenLines.add(line.start);
    }
    const l = lineAround(analysis, ev);
    // A passage already inside a quoted window, or a window mostly quoted already (two passages
    // of one long paragraph), says nothing new; a window that only touches another does.
    const quoted = (q: Evidence) => (q.start <= ev.start && ev.end <= q.end) || Math.min(q.end, l.end) - Math.max(q.start, l.start) > (l.end - l.start) / 2;
    if (seen.has(l.text) || lines.some(quoted)) continue;
    seen.add(l.text);
    lines.push(l);
    if (lines.length >= max) break;
  }
  return lines;
}

/** For each role, the families it takes: the analyzer's own assignment, else re-derived (an analysis saved before it had one). */
function assignmentOf(analysis: Analysis, compiled: CompiledTaxonomy): Record<string, FamilyId[]> {
  const out: Record<string, FamilyId[]> = {};
  if (Array.isArray(analysis.assignment)) {
    for (const r of analysis.assignment) out[r.profile] = r.families.map((f) => f.id);
    return out;
  }
  for (const r of analysis.roles) out[r] = [];
  for (const f of analysis.families) {
    const owner =
      analysis.roles.find((r) => compiled.profileById.get(r)?.core.has(f.id)) ??
      analysis.roles.find((r) => compiled.profileById.get(r)?.light.has(f.id));
    if (owner) out[owner].push(f.id);
  }
  return out;
}

/** Light work the post only steers or assists with: someone else's craft, not an extra of this job. */
function onlySteered(analysis: Analysis, family: FamilyResult): boolean {
  const passages = analysis.matches.filter((m) => m.familyId === family.id && m.weight > 0);
  return family.depth === "light" && passages.length > 0 && passages.every((m) => m.steered);
}

export function explainParts(analysis: Analysis, compiled: CompiledTaxonomy): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  const byRole = assignmentOf(analysis, compiled);
  if (analysis.verdict === "out_of_scope") {
    parts.push({ kind: "out_of_scope" });
    return parts;
  }
  const otherWork = analysis.otherWork ?? [];
  const otherTrades = otherWork.map((w) => w.trade);
  parts.push({ kind: "summary", verdict: analysis.verdict, roleCount: analysis.roleCount, roles: analysis.roles, ...(otherTrades.length ? { otherTrades } : {}) });

  const evidenceOf = (fams: FamilyId[]) => fams.flatMap((f) => analysis.families.find((x) => x.id === f)?.evidence ?? []);
  for (const role of analysis.roles) {
    const fams = byRole[role] ?? [];
    // Only a role's first few lines are quoted: the reading stops there.
    parts.push({ kind: "role", profile: role, families: fams, lines: linesOf(analysis, evidenceOf(fams)) });
  }

  if (analysis.edgeFamilies.length) parts.push({ kind: "edge", families: analysis.edgeFamilies });

  if (analysis.marketingAside) {
    parts.push({ kind: "reason", reason: "aside", title: analysis.title?.text ?? "", families: analysis.families.map((f) => f.id) });
  }
  if (analysis.spreadThin) {
    const { families, by, pastOnePerson } = analysis.spreadThin;
    parts.push({ kind: "reason", reason: "spread", families, by, ...(pastOnePerson ? { pastOnePerson } : {}) });
  }
  // Why one role can hold several crafts: it is a hybrid the market hires as one job.
  for (const role of analysis.assignment ?? []) {
    const owned = role.families.filter((f) => f.depth === "core" && compiled.profileById.get(role.profile)?.core.has(f.id)).map((f) => f.id);
    if (owned.length >= 2) parts.push({ kind: "reason", reason: "hybrid", profile: role.profile, families: owned });
  }
  // Why no single person can hold it: three making crafts, each a trained maker's job, that
  // no hybrid maker joins (said only where that decided the verdict, not where the week did).
  if (analysis.verdict === "overloaded" && analysis.agency?.length) parts.push({ kind: "reason", reason: "agency", families: analysis.agency });
  // Why a manager's post is not the crafts it names: it coordinates them.
  const steered = analysis.families.filter((f) => f.depth === "light" && analysis.matches.some((m) => m.steered && m.weight > 0 && m.familyId === f.id));
  if (steered.length) {
    const lines = linesOf(analysis, analysis.matches.filter((m) => m.steered && m.weight > 0 && steered.some((f) => f.id === m.familyId)));
    parts.push({ kind: "reason", reason: "steering", families: steered.map((f) => f.id), lines });
  }
  if (otherWork.length) {
    const hours = Math.round(otherWork.reduce((sum, w) => sum + w.hours, 0) * 10) / 10;
    const near = otherWork.every((w) => w.near);
    parts.push({ kind: "reason", reason: "other_trade", trades: otherTrades, hours, ...(near ? { near } : {}), lines: linesOf(analysis, otherWork.flatMap((w) => w.evidence)) });
  }
  const week = analysis.workload;
  if (week && week.hours > 0) {
    const partTime = week.partTime && week.partTimeHours ? { weekHours: week.partTimeHours, line: week.partTime } : undefined;
    parts.push({ kind: "reason", reason: "workload", hours: week.hours, weeks: week.weeks, mainRole: week.mainRole, outsideMainHours: week.outsideMainHours, ...(partTime ? { partTime } : {}) });
  }

  const titleProfile = analysis.title?.profile ?? null;
  const main = analysis.roles[0] ?? null;
  if (titleProfile) {
    const p = compiled.profileById.get(titleProfile);
    // Beyond the title's job: core work it does not own, or anything it does not even list.
    // What the verdict gave the job as its own craft is no extra (a web designer's HTML and CSS).
    const ownCraft = new Set(analysis.assignment?.find((r) => r.profile === titleProfile)?.families.filter((f) => f.depth === "core").map((f) => f.id));
    const extra = analysis.families
      .filter((f) => p && !p.core.has(f.id) && !ownCraft.has(f.id) && (f.depth === "core" || !p.light.has(f.id)) && !onlySteered(analysis, f))
      .map((f) => f.id);
    if (extra.length) parts.push({ kind: "title_mismatch", titleProfile, extraFamilies: extra });
  }

  if (analysis.verdict === "overloaded" || analysis.verdict === "stretched") {
    if (analysis.roles.length >= 2 && analysis.verdict === "overloaded") parts.push({ kind: "fix", fix: "split", cards: analysis.roles });
    // Lines of the secondary roles and of edge families: keep them only as pluses.
    const secondary = analysis.roles.slice(1).flatMap((r) => byRole[r] ?? []);
    const downgradeFams = [...new Set([...analysis.edgeFamilies, ...secondary])];
    const lines = linesOf(analysis, evidenceOf(downgradeFams), MAX_DOWNGRADE_LINES);
    if (lines.length) parts.push({ kind: "fix", fix: "downgrade", families: downgradeFams, lines });
    const outsource = secondary.filter((f) => OUTSOURCEABLE.has(f));
    if (analysis.verdict === "overloaded" && outsource.length) parts.push({ kind: "fix", fix: "outsource", families: outsource });
  }
  // Beside another job, the body describes that job first: no marketing title fits it.
  if (main && titleProfile !== main && analysis.roles.length && !analysis.marketingAside) parts.push({ kind: "fix", fix: "retitle", profile: main, from: titleProfile });

  const nice = analysis.matches.filter((m) => m.modifier === "nice").length;
  const negated = analysis.matches.filter((m) => m.modifier === "negated").length;
  const notDemand = analysis.matches.filter((m) => m.modifier === "not_a_demand").length;
  if (nice || negated || notDemand) parts.push({ kind: "not_counted", nice, negated, notDemand });
  return parts;
}

function profileList(L: Labeler, lang: Lang, ids: string[]): string {
  return list(ids.map((r) => L.profile(r, lang)), lang);
}

function familyList(L: Labeler, lang: Lang, ids: FamilyId[]): string {
  return list(ids.map((f) => L.family(f, lang)), lang);
}

function sentence(part: ExplanationPart, lang: Lang, L: Labeler, analysis: Analysis): string | null {
  const fr = lang === "fr";
  switch (part.kind) {
    case "out_of_scope":
      return fr
        ? "Cette offre ne demande pas de travail de marketing digital : RoleScope ne peut pas juger de sa charge."
        : "This offer asks for no digital marketing work, so RoleScope cannot judge its scope.";
    case "summary": {
      const trades = (part.otherTrades ?? []).map((t) => L.trade(t, lang));
      const n = part.roleCount + trades.length;
      const ids = part.roles;
      if (part.verdict === "focused")
        return fr ? `Cette offre décrit un seul métier : ${profileList(L, lang, ids)}.` : `This offer describes one job: ${profileList(L, lang, ids)}.`;
      if (part.verdict === "stretched")
        return part.roleCount <= 1 || analysis.edgeFamilies.length
          ? fr
            ? `Cette offre décrit un métier (${profileList(L, lang, ids.slice(0, 1))}) étiré au-delà de son périmètre.`
            : `This offer describes one job (${profileList(L, lang, ids.slice(0, 1))}) stretched past its edges.`
          : fr
            ? `Cette offre combine deux métiers voisins : ${profileList(L, lang, ids)}. C'est courant, mais précisez la part de chacun.`
            : `This offer combines two neighbouring jobs: ${profileList(L, lang, ids)}. That is common, but say how the time splits.`;
      const jobs = list([...ids.map((r) => L.profile(r, lang)), ...trades], lang);
      return fr ? `Cette offre combine ${n} métiers : ${jobs}.` : `This offer combines ${n} jobs: ${jobs}.`;
    }
    case "role": {
      const lines = part.lines.map((l) => quote(l.text, lang));
      const head = `${L.profile(part.profile, lang)} (${familyList(L, lang, part.families)})`;
      if (!lines.length) return `${head}.`;
      return fr ? `${head} : ${lines.join(" ; ")}.` : `${head}: ${lines.join("; ")}.`;
    }
    case "edge":
      return fr
        ? `Demandes légères hors du périmètre du poste : ${familyList(L, lang, part.families)}.`
        : `Light demands outside the job's scope: ${familyList(L, lang, part.families)}.`;
    case "reason":
      if (part.reason === "steering") {
        const lines = part.lines.map((l) => quote(l.text, lang)).join(fr ? " ; " : "; ");
        return fr
          ? `Le poste pilote ce travail sans le faire lui-même (${familyList(L, lang, part.families)}) : coordonner, superviser ou briefer d'autres personnes n'est pas exercer leur métier (${lines}).`
          : `The post steers this work without doing it itself (${familyList(L, lang, part.families)}): coordinating, supervising or briefing others is not doing their craft (${lines}).`;
      }
      if (part.reason === "agency")
        return fr
          ? `${familyList(L, lang, part.families)} sont ${part.families.length} métiers de fabrication, chacun appris à part : les réunir, c'est décrire une agence, pas un poste.`
          : `${familyList(L, lang, part.families)} are ${part.families.length} making crafts, each learnt on its own: asking for all of them describes an agency, not one job.`;
      if (part.reason === "other_trade") {
        const trades = list(part.trades.map((t) => L.trade(t, lang)), lang);
        const lines = part.lines.map((l) => quote(l.text, lang)).join(fr ? " ; " : "; ");
        if (part.near)
          return fr
            ? `Environ ${Math.round(part.hours)} h par semaine relèvent d'un métier voisin (${trades}), qui étire le poste sans en faire un second : ${lines}.`
            : `About ${Math.round(part.hours)} h a week is a neighbouring trade's work (${trades}), which stretches the post without making a second job: ${lines}.`;
        return fr
          ? `Environ ${Math.round(part.hours)} h par semaine relèvent d'un autre métier que le marketing (${trades}), qu'aucun poste de marketing n'absorbe : ${lines}.`
          : `About ${Math.round(part.hours)} h a week is another trade's work (${trades}), which no marketing job absorbs: ${lines}.`;
      }
      if (part.reason === "aside") {
        const title = part.title ? ` (${quote(part.title, lang)})` : "";
        return fr
          ? `L'intitulé${title} ne nomme aucun métier du marketing digital : ${familyList(L, lang, part.families)} s'ajoutent à un autre métier et étirent le poste.`
          : `The title${title} names no digital marketing job: ${familyList(L, lang, part.families)} come on top of another job and stretch the post.`;
      }
      if (part.reason === "spread" && part.pastOnePerson)
        return part.by === "junior"
          ? fr
            ? `Un poste junior (stage, alternance, assistanat) à qui l'on demande ${part.families.length} domaines de travail (${familyList(L, lang, part.families)}), dont le vrai travail d'un second métier : c'est plus qu'une seule personne.`
            : `A junior post (intern, apprentice, assistant) asked for ${part.families.length} bodies of work (${familyList(L, lang, part.families)}), one of them a second job's real work: more than one person.`
          : fr
            ? `Un poste à temps partiel à qui l'on demande ${part.families.length} domaines de travail (${familyList(L, lang, part.families)}), dont le vrai travail d'un second métier : c'est plus que ses heures ne permettent.`
            : `A part-time post asked for ${part.families.length} bodies of work (${familyList(L, lang, part.families)}), one of them a second job's real work: more than its hours allow.`;
      if (part.reason === "spread")
        return part.by === "junior"
          ? fr
            ? `Un poste junior (stage, alternance, assistanat) à qui l'on demande ${part.families.length} domaines de travail (${familyList(L, lang, part.families)}) : chacun est léger, mais tous ensemble étirent le poste.`
            : `A junior post (intern, apprentice, assistant) asked for ${part.families.length} bodies of work (${familyList(L, lang, part.families)}): each is light, but together they stretch the post.`
          : fr
            ? `Un poste à temps partiel à qui l'on demande ${part.families.length} domaines de travail (${familyList(L, lang, part.families)}) : chacun est léger, mais tous ensemble dépassent ses heures.`
            : `A part-time post asked for ${part.families.length} bodies of work (${familyList(L, lang, part.families)}): each is light, but together they outgrow its hours.`;
      if (part.reason === "hybrid")
        return fr
          ? `Un ${L.profile(part.profile, lang)} est un seul métier : ${familyList(L, lang, part.families)} vont ensemble sur le marché.`
          : `A ${L.profile(part.profile, lang)} is one job: ${familyList(L, lang, part.families)} go together on the market.`;
      const week = fr
        ? `Environ ${weeks(part.weeks, lang)} semaine de travail sur 35 h (${Math.round(part.hours)} h estimées)${part.mainRole ? `, dont ${Math.round(part.outsideMainHours)} h que le métier de ${L.profile(part.mainRole, lang)} ne peut pas absorber` : ""}.`
        : `About ${weeks(part.weeks, lang)} weeks of work in a 35-hour week (${Math.round(part.hours)} h estimated)${part.mainRole ? `, ${Math.round(part.outsideMainHours)} h of it work the ${L.profile(part.mainRole, lang)} job cannot absorb` : ""}.`;
      const partTime = part.partTime
        ? fr
          ? ` Le poste est annoncé à temps partiel (${quote(part.partTime.line.text, lang)}), environ ${hoursText(part.partTime.weekHours, lang)} h par semaine : le travail hors de son métier se mesure à ces heures-là.`
          : ` The post is offered part-time (${quote(part.partTime.line.text, lang)}), about ${hoursText(part.partTime.weekHours, lang)} hours a week: work outside its job is weighed against those hours.`
        : "";
      return week + partTime;
    case "title_mismatch":
      return fr
        ? `Le titre annonce ${L.profile(part.titleProfile, lang)}, mais le corps de l'offre demande aussi : ${familyList(L, lang, part.extraFamilies)}.`
        : `The title promises ${L.profile(part.titleProfile, lang)}, but the body also asks for: ${familyList(L, lang, part.extraFamilies)}.`;
    case "fix":
      switch (part.fix) {
        case "split":
          return fr
            ? `Séparez l'offre en ${part.cards.length} fiches de poste : ${profileList(L, lang, part.cards)}.`
            : `Split the offer into ${part.cards.length} role cards: ${profileList(L, lang, part.cards)}.`;
        case "downgrade": {
          const lines = part.lines.map((l) => quote(l.text, lang)).join(fr ? " ; " : "; ");
          const afterSplit = analysis.verdict === "overloaded";
          return fr
            ? `${afterSplit ? "Ou passez" : "Passez"} en « un plus » les lignes qui relèvent d'autres métiers : ${lines}.`
            : `${afterSplit ? "Or downgrade" : "Downgrade"} the lines that belong to other jobs to nice-to-have: ${lines}.`;
        }
        case "outsource":
          return fr
            ? `Confiez ${familyList(L, lang, part.families)} à une agence ou à un freelance.`
            : `Give ${familyList(L, lang, part.families)} to an agency or a freelancer.`;
        case "retitle":
          return fr
            ? `Renommez le poste « ${L.profile(part.profile, lang)} » : c'est le métier que le corps de l'offre décrit d'abord.`
            : `Retitle the post “${L.profile(part.profile, lang)}”: that is the job the body mostly describes.`;
        default:
          return null;
      }
    case "not_counted": {
      const bits: string[] = [];
      const mentions = (n: number) => `${n} ${plural(n, lang, fr ? ["mention", "mentions"] : ["mention", "mentions"])}`;
      if (part.nice) bits.push(fr ? `${mentions(part.nice)} en « un plus »` : `${part.nice} nice-to-have ${plural(part.nice, lang, ["mention", "mentions"])}`);
      if (part.negated)
        bits.push(fr ? `${mentions(part.negated)} ${plural(part.negated, lang, ["exclue", "exclues"])} explicitement` : `${part.negated} explicitly excluded ${plural(part.negated, lang, ["mention", "mentions"])}`);
      if (part.notDemand)
        bits.push(fr ? `${mentions(part.notDemand)} dans la présentation de l'entreprise, les avantages ou la candidature` : `${mentions(part.notDemand)} in the company blurb, benefits or how to apply`);
      return fr ? `Comptées peu ou pas du tout : ${list(bits, lang)}.` : `Counted little or not at all: ${list(bits, lang)}.`;
    }
    default:
      return null;
  }
}

/** Built once: a rule set costs more to build than every sentence of an analysis. */
const PLURAL_RULES: Record<Lang, Intl.PluralRules> = { fr: new Intl.PluralRules("fr-FR"), en: new Intl.PluralRules("en-GB") };

/** The rule's answer for the small whole numbers most sentences count, asked once: asking Intl costs more than the rest of a sentence. */
const KNOWN_COUNTS = 100;
const SINGULAR: Record<Lang, boolean[]> = {
  fr: Array.from({ length: KNOWN_COUNTS }, (_, n) => PLURAL_RULES.fr.select(n) === "one"),
  en: Array.from({ length: KNOWN_COUNTS }, (_, n) => PLURAL_RULES.en.select(n) === "one"),
};

/** The singular or plural form by the language's own rule (French: 0 and 1 are singular). */
function plural(n: number, lang: Lang, [one, other]: [string, string]): string {
  const l = lang === "fr" ? "fr" : "en";
  const singular = Number.isInteger(n) && n >= 0 && n < KNOWN_COUNTS ? SINGULAR[l][n] : PLURAL_RULES[l].select(n) === "one";
  return singular ? one : other;
}

/** "1,6" in French, "1.6" in English. */
function hoursText(x: number, lang: Lang): string {
  const s = String(Math.round(x * 10) / 10);
  return lang === "fr" ? s.replace(".", ",") : s;
}

function weeks(x: number, lang: Lang): string {
  const s = (Math.round(x * 10) / 10).toFixed(1);
  return lang === "fr" ? s.replace(".", ",") : s;
}

export function explain(analysis: Analysis, compiled: CompiledTaxonomy): Explanation {
  const L = new Labeler(compiled);
  const parts: ExplanationPart[] = [];
  const sentences: Localized<string[]> = { fr: [], en: [] };
  for (const part of explainParts(analysis, compiled)) {
    const fr = sentence(part, "fr", L, analysis);
    const en = sentence(part, "en", L, analysis);
    if (fr === null || en === null) continue;
    parts.push({ ...part, text: { fr, en } });
    sentences.fr.push(fr);
    sentences.en.push(en);
  }
  return { parts, sentences };
}

/** The explanation in one UI language. */
export function explainIn(analysis: Analysis, compiled: CompiledTaxonomy, lang: Lang): { parts: ExplanationPart[]; sentences: string[] } {
  const e = explain(analysis, compiled);
  return { parts: e.parts, sentences: e.sentences[lang === "en" ? "en" : "fr"] };
}
