// npm run eval:compliance -- DIR [--samples N] [--seed S]
// Runs the compliance check (seed rules) on every .txt offer of DIR and prints, per rule,
// the share of offers with that finding; --samples prints N findings drawn at random
// (seeded, so a run can be repeated) with their context, for a human to judge.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze, compileTaxonomy } from "#app/analysis/index";
import { checkCompliance, compileRules, type ComplianceFinding } from "#app/compliance/index";
import { loadSeedRules } from "#seeds/compliance-files";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";

function parseArgs(argv: string[]): { dir: string; samples: number; seed: number } {
  let dir = "";
  let samples = 0;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--samples") samples = Number(argv[++i]);
    else if (argv[i] === "--seed") seed = Number(argv[++i]);
    else dir = argv[i];
  }
  if (!dir || !Number.isInteger(samples) || samples < 0 || !Number.isFinite(seed)) {
    throw new Error("usage: eval:compliance -- DIR [--samples N] [--seed S]");
  }
  return { dir, samples, seed };
}

/** A small deterministic generator (mulberry32): the same seed draws the same sample. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): number {
  const { dir, samples, seed } = parseArgs(process.argv.slice(2));
  const taxonomy = compileTaxonomy(loadSeedTaxonomy());
  const rules = compileRules(loadSeedRules());
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const offersWith = new Map<string, number>(rules.rules.map((r) => [r.rule.id, 0]));
  const all: { file: string; text: string; finding: ComplianceFinding }[] = [];
  let clean = 0;
  for (const file of files) {
    const analysis = analyze(readFileSync(join(dir, file), "utf8"), taxonomy);
    const { findings } = checkCompliance(analysis, rules);
    if (!findings.some((f) => f.severity !== "recommended")) clean++;
    for (const id of new Set(findings.map((f) => f.rule))) offersWith.set(id, (offersWith.get(id) ?? 0) + 1);
    for (const finding of findings) all.push({ file, text: analysis.text, finding });
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, files.length)).toFixed(1).padStart(5)} %`;
  console.log(`${files.length} offers, rules ${rules.version}`);
  for (const [id, n] of offersWith) console.log(`${pct(n)}  ${String(n).padStart(4)}  ${id}`);
  console.log(`${pct(clean)}  ${String(clean).padStart(4)}  (no illegal or risky finding)`);

  const draw = random(seed);
  const pool = [...all];
  for (let k = 0; k < samples && pool.length; k++) {
    const { file, text, finding } = pool.splice(Math.floor(draw() * pool.length), 1)[0];
    const context =
      finding.start === undefined
        ? "(missing element)"
        : `…${text.slice(Math.max(0, finding.start - 60), finding.start)}[[${finding.passage}]]${text.slice(finding.end, finding.end! + 60)}…`.replace(/\s+/g, " ");
    console.log(`\n#${k + 1} ${file} ${finding.rule} (${finding.severity})\n   ${context}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`eval:compliance: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
