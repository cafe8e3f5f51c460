// npm run eval -- ../shared/eval/dev [--verbose] [--json] [--taxonomy DIR]
// Scores the analyzer against a labelled folder exactly as shared/eval/README.md
// defines the figures: per-family precision/recall/F1 and macro-F1, verdict
// accuracy, overload recall and precision, false alarms.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, compileTaxonomy, type Verdict } from "../analysis/index";
import { loadSeedTaxonomy } from "../../seeds/taxonomy-files";

interface Label {
  file: string;
  lang: string;
  title: string;
  families: string[];
  optional: string[];
  overload: "clear" | "mild" | "borderline" | "none";
  acceptVerdicts: Verdict[];
}

export interface FamilyScore {
  family: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  offers: number;
  perFamily: FamilyScore[];
  macroF1: number;
  verdictAccuracy: number;
  overloadRecall: number;
  overloadPrecision: number;
  falseAlarms: { file: string; overload: string; verdict: Verdict }[];
  rows: { file: string; overload: string; verdict: Verdict; ok: boolean; predicted: string[]; missed: string[]; extra: string[]; roles: string[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function evaluate(dir: string, taxonomyDir?: string): EvalReport {
  const labels = (JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as { offers: Label[] }).offers;
  const compiled = compileTaxonomy(taxonomyDir ? loadSeedTaxonomy(taxonomyDir) : loadSeedTaxonomy());
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const slot = (f: string) => {
    let c = counts.get(f);
    if (!c) counts.set(f, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const rows: EvalReport["rows"] = [];
  let correct = 0;
  let clear = 0;
  let clearCaught = 0;
  let calledOverloaded = 0;
  let calledOverloadedRightly = 0;
  const falseAlarms: EvalReport["falseAlarms"] = [];

  for (const label of labels) {
    const analysis = analyze(readFileSync(join(dir, label.file), "utf8"), compiled);
    const predicted = analysis.families.map((f) => f.id);
    const gold = new Set(label.families);
    const optional = new Set(label.optional ?? []);
    for (const f of predicted) {
      if (gold.has(f)) slot(f).tp++;
      else if (!optional.has(f)) slot(f).fp++;
    }
    for (const f of gold) if (!predicted.includes(f)) slot(f).fn++;

    const ok = label.acceptVerdicts.includes(analysis.verdict);
    if (ok) correct++;
    if (label.overload === "clear") {
      clear++;
      if (analysis.verdict === "overloaded") clearCaught++;
    }
    if (analysis.verdict === "overloaded") {
      calledOverloaded++;
      // "mild" accepts overloaded too: calling it so is not a false alarm.
      if (label.overload === "clear" || label.overload === "mild") calledOverloadedRightly++;
      if (label.overload === "none" || label.overload === "borderline")
        falseAlarms.push({ file: label.file, overload: label.overload, verdict: analysis.verdict });
    }
    rows.push({
      file: label.file,
      overload: label.overload,
      verdict: analysis.verdict,
      ok,
      predicted,
      missed: [...gold].filter((f) => !predicted.includes(f)),
      extra: predicted.filter((f) => !gold.has(f) && !optional.has(f)),
      roles: analysis.roles,
    });
  }

  const order = compiled.familyIds;
  const perFamily: FamilyScore[] = [...counts.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([family, c]) => {
      const precision = ratio(c.tp, c.tp + c.fp);
      const recall = ratio(c.tp, c.tp + c.fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { family, ...c, precision, recall, f1 };
    });
  return {
    offers: labels.length,
    perFamily,
    macroF1: ratio(
      perFamily.reduce((s, f) => s + f.f1, 0),
      perFamily.length,
    ),
    verdictAccuracy: ratio(correct, labels.length),
    overloadRecall: ratio(clearCaught, clear),
    overloadPrecision: ratio(calledOverloadedRightly, calledOverloaded),
    falseAlarms,
    rows,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`.padStart(8);
}

function print(report: EvalReport, verbose: boolean): void {
  const out: string[] = [];
  out.push(`offers: ${report.offers}`);
  out.push("");
  out.push(`${"family".padEnd(24)} ${"tp".padStart(3)} ${"fp".padStart(3)} ${"fn".padStart(3)} ${"precision".padStart(9)} ${"recall".padStart(8)} ${"F1".padStart(8)}`);
  for (const f of report.perFamily) {
    out.push(`${f.family.padEnd(24)} ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)} ${pct(f.precision).padStart(9)} ${pct(f.recall)} ${pct(f.f1)}`);
  }
  out.push("");
  out.push(`macro-F1:            ${pct(report.macroF1)}`);
  out.push(`verdict accuracy:    ${pct(report.verdictAccuracy)}`);
  out.push(`overload recall:     ${pct(report.overloadRecall)}   (clear offers called overloaded)`);
  out.push(`overload precision:  ${pct(report.overloadPrecision)}   (overloaded calls on clear or mild offers)`);
  out.push(`false alarms:        ${report.falseAlarms.length}${report.falseAlarms.length ? `  ${report.falseAlarms.map((f) => `${f.file} (${f.overload})`).join(", ")}` : ""}`);
  if (verbose) {
    out.push("");
    for (const r of report.rows) {
      out.push(
        `${r.ok ? "  " : "✗ "}${r.file} ${r.overload.padEnd(10)} → ${r.verdict.padEnd(12)} roles=${r.roles.join(",")}${r.missed.length ? `  missed=${r.missed.join(",")}` : ""}${r.extra.length ? `  extra=${r.extra.join(",")}` : ""}`,
      );
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

function main(): number {
  const argv = process.argv.slice(2);
  let dir: string | null = null;
  let taxonomyDir: string | undefined;
  let verbose = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--verbose" || argv[i] === "-v") verbose = true;
    else if (argv[i] === "--json") json = true;
    else if (argv[i] === "--taxonomy") taxonomyDir = argv[++i];
    else dir = argv[i];
  }
  if (!dir) {
    process.stderr.write("usage: eval DIR [--verbose] [--json] [--taxonomy DIR]\n");
    return 2;
  }
  let report: EvalReport;
  try {
    report = evaluate(dir, taxonomyDir);
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 1;
  }
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else print(report, verbose);
  return 0;
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) process.exitCode = main();
