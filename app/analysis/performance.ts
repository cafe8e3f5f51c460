// "Monitor and analyze social media and website performance", "measuring program ROI":
// a verb of measuring reaches the results it measures across the name of what performed.
// No synonym can list every such object, and the trie reads phrases word for word, so
// these passages are found here, once the phrases are matched, in the gaps they leave.

import type { MatchTarget } from "./compile";
import type { RawMatch, Stream } from "./match";
import { stem } from "./stem";
import { Gap } from "./tokenize";

const MEASURING = new Set(
  [
    "analyze", "analyse", "analyser", "analysez", "analyzing", "analysing", "monitor", "monitoring", "track", "tracking",
    "measure", "measuring", "mesurer", "mesurez", "evaluer", "evaluez", "evaluate", "evaluating", "assess", "assessing",
  ].map((w) => stem(w)),
);
const RESULTS = new Set(
  ["performance", "performances", "results", "resultats", "metrics", "metriques", "kpi", "kpis", "indicateurs", "roi", "statistiques", "statistics"].map((w) =>
    stem(w),
  ),
);
/** "A track record of work that drives results": a past, not a measuring. */
const RECORD = stem("record");
/** Content words from the verb to the results: "analyze social media and website performance". */
const OBJECT_REACH = 5;

const TARGET: MatchTarget = { kind: "entry", id: "analytics.performance_analysis", upperAt: [], capAt: [], order: -1 };

/**
 * The measuring passages the phrases left unread, merged into `raw` in order. A passage
 * with a phrase inside it keeps that phrase ("social media" stays social media) and
 * counts only its results word; one that overlaps a phrase's edge is not read.
 */
export function withPerformanceReadings(raw: RawMatch[], stream: Stream): RawMatch[] {
  const { stems, gaps } = stream;
  const n = stems.length;
  // Which phrase holds each word, made only once a measuring verb is met: most offers have none.
  let covered: Int32Array | null = null;
  const found: RawMatch[] = [];
  for (let p = 0; p < n; p++) {
    if (!MEASURING.has(stems[p]) || stems[p + 1] === RECORD) continue;
    covered ??= coverage(raw, n);
    if (covered[p] >= 0) continue;
    for (let q = p + 1; q < n && q - p <= OBJECT_REACH && gaps[q] <= Gap.Space; q++) {
      if (!RESULTS.has(stems[q])) continue;
      if (covered[q] >= 0) break;
      const inside = inner(raw, covered, p, q);
      if (inside === null) break;
      found.push(inside ? { p0: q, p1: q + 1, targets: [TARGET] } : { p0: p, p1: q + 1, targets: [TARGET] });
      p = q;
      break;
    }
  }
  if (!found.length) return raw;
  return [...raw, ...found].sort((a, b) => a.p0 - b.p0);
}

/** For each content word, the index of the phrase that holds it, or -1. */
function coverage(raw: RawMatch[], n: number): Int32Array {
  const covered = new Int32Array(n).fill(-1);
  raw.forEach((m, i) => {
    for (let p = m.p0; p < m.p1; p++) covered[p] = i;
  });
  return covered;
}

/** Whether whole phrases sit between `p` and `q` (true), none (false), or one crosses an edge (null). */
function inner(raw: RawMatch[], covered: Int32Array, p: number, q: number): boolean | null {
  let any = false;
  for (let k = p + 1; k < q; k++) {
    const i = covered[k];
    if (i < 0) continue;
    if (raw[i].p0 <= p || raw[i].p1 > q) return null;
    any = true;
  }
  return any;
}
