// Analyzer benchmark: p50/p99 per offer at 1, 5, 50 and 200 KB (built from corpus
// texts), offers per second on one core, and the cost of a full analysis relative to
// a bare pass that only folds and tokenises the same text. Prints numbers; asserts nothing.
// Run: node --import tsx tests/bench/analyzer-bench.ts

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze, compileTaxonomy, type CompiledTaxonomy } from "#app/analysis/index";
import { prepareInput } from "#app/analysis/input";
import { tokenize } from "#app/analysis/tokenize";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/linkedin-fr-2025.jsonl", import.meta.url));
const SIZES = [1_000, 5_000, 50_000, 200_000];

export function corpusTexts(): string[] {
  return readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as { title?: string; text?: string };
      return `${o.title ?? ""}\n${o.text ?? ""}`;
    });
}

/** Offers of about `size` characters: corpus texts cut or concatenated, each starting elsewhere. */
export function buildOffers(texts: string[], size: number, count: number): string[] {
  const offers: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = "";
    let j = i;
    while (s.length < size) s += `${texts[j++ % texts.length]}\n\n`;
    offers.push(s.slice(0, size));
  }
  return offers;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

interface Row {
  size: number;
  p50: number;
  p99: number;
  perSecond: number;
  bare: number;
  ratio: number;
}

function measure(compiled: CompiledTaxonomy, offers: string[], rounds: number): Row {
  const times: number[] = [];
  const bareTimes: number[] = [];
  // Each pass runs over all the offers in a block of its own: interleaved one offer at a
  // time, the collections of the analyses' garbage fall inside the bare pass and flatter the ratio.
  for (let r = 0; r < rounds; r++) {
    for (const offer of offers) bareTimes.push(time(() => tokenize(prepareInput(offer).text, compiled.isKnown)));
    for (const offer of offers) times.push(time(() => analyze(offer, compiled)));
  }
  times.sort((a, b) => a - b);
  bareTimes.sort((a, b) => a - b);
  const total = times.reduce((s, t) => s + t, 0);
  const p50 = percentile(times, 50);
  const bare = percentile(bareTimes, 50);
  return { size: offers[0].length, p50, p99: percentile(times, 99), perSecond: (times.length / total) * 1000, bare, ratio: p50 / Math.max(bare, 1e-6) };
}

export async function runAnalyzerBench(): Promise<void> {
  const compiled = compileTaxonomy(loadSeedTaxonomy());
  const texts = corpusTexts();
  // Warm the JIT on ordinary offers first.
  for (const t of texts) analyze(t, compiled);

  const rows: Row[] = [];
  for (const size of SIZES) {
    const count = size >= 50_000 ? 20 : 144;
    const rounds = size >= 200_000 ? 2 : size >= 50_000 ? 3 : 5;
    rows.push(measure(compiled, buildOffers(texts, size, count), rounds));
  }

  const fmt = (ms: number) => `${ms.toFixed(3)} ms`.padStart(11);
  const lines = [
    `analyzer bench — ${texts.length} corpus offers, taxonomy ${compiled.version}, node ${process.version}`,
    `${"size".padStart(8)} ${"p50".padStart(11)} ${"p99".padStart(11)} ${"offers/s".padStart(10)} ${"bare p50".padStart(11)} ${"ratio".padStart(7)} ${"µs/KB".padStart(7)}`,
    ...rows.map(
      (r) =>
        `${`${Math.round(r.size / 1000)} KB`.padStart(8)} ${fmt(r.p50)} ${fmt(r.p99)} ${r.perSecond.toFixed(0).padStart(10)} ${fmt(r.bare)} ${r.ratio.toFixed(1).padStart(7)} ${((r.p50 * 1000) / (r.size / 1000)).toFixed(0).padStart(7)}`,
    ),
    "targets: p99 < 5 ms at 5 KB, linear growth (µs/KB roughly flat), ratio < 3 (the issue's limit against the bare pass)",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runAnalyzerBench();
}
