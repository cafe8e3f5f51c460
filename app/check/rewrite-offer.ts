// The offer rewritten as one job: what belongs to the other jobs the analyzer found is
// taken out of its line, phrase by phrase, and gathered under "Un plus" / "Nice to have",
// so the employer sees the exact words to change and can check the new version at once.

import type { Lang } from "#app/analysis/taxonomy";
import type { Analysis } from "#app/analysis/types";

export interface RewrittenOffer {
  text: string;
  /** The exact phrases moved to the pluses, as written in the offer. */
  moved: string[];
}

// The analyzer's lines: those written, and those an offer copied as one paragraph lost
// (its bullets and inline headings), so a flattened offer moves item by item.
type RewriteInput = Pick<Analysis, "text" | "matches" | "lines"> & Partial<Pick<Analysis, "assignment" | "workload">>;

const PLUS_HEADING: Record<Lang, string> = { fr: "Un plus :", en: "Nice to have:" };
const COUNTED = new Set(["required"]);

/** A line cut at commas and semicolons: each piece with its offsets in the offer. */
function clauses(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "," || text[i] === ";") {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/** "- et de PHP et de MySQL." → "de PHP et de MySQL" */
function tidy(phrase: string): string {
  return phrase
    .trim()
    .replace(/^[-–•*·]\s*/, "")
    .replace(/^(et|ou|and|or)\s+/i, "")
    .replace(/[.:;,\s]+$/, "")
    .trim();
}

/**
 * Null when the offer is one job already (or an older analysis without the assignment).
 * Each line is read phrase by phrase (commas, semicolons): a phrase that asks only for
 * other jobs moves, one that also asks for the announced job stays, as do the plain ones
 * ("Bac+3", "2 ans d'expérience"); a line left with nothing but other jobs moves whole.
 */
export function rewriteOffer(analysis: RewriteInput, lang: Lang): RewrittenOffer | null {
  const main = analysis.workload?.mainRole;
  const assignment = analysis.assignment ?? [];
  if (!main || assignment.length < 2) return null;
  const mine = new Set(assignment.find((r) => r.profile === main)?.families.map((f) => f.id) ?? []);
  const others = new Set(assignment.filter((r) => r.profile !== main).flatMap((r) => r.families.map((f) => f.id)));
  for (const id of mine) others.delete(id);
  if (!others.size) return null;

  const text = analysis.text;
  const demands = (analysis.matches ?? []).filter((m) => COUNTED.has(m.modifier) && m.sectionKind !== "title");
  const cut: { start: number; end: number }[] = [];
  const moved: string[] = [];
  for (const line of analysis.lines) {
    const inLine = demands.filter((m) => m.start >= line.start && m.end <= line.end);
    if (!inLine.some((m) => others.has(m.familyId))) continue;
    const pieces = clauses(text, line.start, line.end).map((piece) => {
      const found = inLine.filter((m) => m.start < piece.end && m.end > piece.start);
      const kind = found.some((m) => mine.has(m.familyId)) ? "own" : found.some((m) => others.has(m.familyId)) ? "other" : "plain";
      return { ...piece, kind };
    });
    const keeps = pieces.some((p) => p.kind === "own" || (p.kind === "plain" && /\p{L}{2,}/u.test(tidy(text.slice(p.start, p.end)))));
    const take = keeps ? pieces.filter((p) => p.kind === "other") : [line];
    for (const piece of take) {
      const phrase = tidy(text.slice(piece.start, piece.end));
      if (!phrase) continue;
      moved.push(phrase);
      cut.push(piece);
    }
  }
  if (!moved.length) return null;

  // Cut from the end so earlier offsets stay true; a whole line goes with its line break.
  let out = text;
  for (const piece of [...cut].sort((a, b) => b.start - a.start)) {
    const wholeLine = (piece.start === 0 || out[piece.start - 1] === "\n") && (piece.end === out.length || out[piece.end] === "\n");
    const end = wholeLine && out[piece.end] === "\n" ? piece.end + 1 : piece.end;
    // A phrase cut from the middle of a line takes its separator with it.
    const start = !wholeLine && piece.start > 0 && /[,;]/.test(out[piece.start - 1]!) ? piece.start - 1 : piece.start;
    out = out.slice(0, start) + out.slice(end);
  }
  out = out.replace(/[ \t]+([,;.])/g, "$1").replace(/\n{3,}/g, "\n\n").trimEnd();
  return { text: `${out}\n\n${PLUS_HEADING[lang]}\n${moved.map((m) => `- ${m}`).join("\n")}\n`, moved };
}
