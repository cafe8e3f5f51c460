// npm run eval -- FOLDER... [--part dev|held|all] [--verbose] [--json] [--taxonomy DIR]
// Scores the analyzer against labelled folders exactly as shared/eval/README.md defines
// the figures: per-family precision/recall/F1 and macro-F1, verdict accuracy, overload
// recall and precision, false alarms; per folder, then pooled over every folder.
// `--flatten spaced|glued` runs each offer's lines together first, as copying often does.
// `--part` keeps the development part of each folder (default), the held-back part
// (looked at only once a change is finished) or both: see `partOf`.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { analyze, compileTaxonomy, type CompiledTaxonomy, type Verdict } from "#app/analysis/index";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { flatten, type Flattening } from "./flatten";

interface Label {
  file: string;
  lang: string;
  title: string;
  families: string[];
  optional: string[];
  overload: "clear" | "mild" | "borderline" | "none";
  acceptVerdicts: Verdict[];
}

export type Part = "dev" | "held" | "all";

/** Share of each folder held back, in tenths. */
const HELD_TENTHS = 3;

/**
 * The fixed split: an offer is held back when the first byte of the SHA-256 of its file
 * name falls in the first 30 % of the range. It depends on the name only, so it never
 * moves when labels or the analyzer change.
 */
export function partOf(file: string): "dev" | "held" {
  const byte = createHash("sha256").update(file).digest()[0]!;
  return Math.floor((byte * 10) / 256) < HELD_TENTHS ? "held" : "dev";
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

export interface Row {
  folder: string;
  file: string;
  overload: Label["overload"];
  accept: Verdict[];
  verdict: Verdict;
  ok: boolean;
  gold: string[];
  optional: string[];
  predicted: string[];
  missed: string[];
  extra: string[];
  roles: string[];
  hours: number;
  /** The predicted families' depths, to judge an out-of-scope offer that was not called so. */
  depths: string[];
}

export interface EvalReport {
  name: string;
  offers: number;
  perFamily: FamilyScore[];
  macroF1: number;
  verdictAccuracy: number;
  overloadRecall: number;
  clearOffers: number;
  overloadPrecision: number;
  /** Out-of-scope offers given a verdict with a core family or more than one light one. */
  scopeLeaks: string[];
  falseAlarms: { file: string; overload: string; verdict: Verdict }[];
  rows: Row[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Every labelled offer of a folder in the part asked for, analysed. */
export function scoreFolder(dir: string, compiled: CompiledTaxonomy, part: Part, flattening?: Flattening): Row[] {
  const labels = (JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as { offers: Label[] }).offers;
  const folder = basename(dir);
  return labels
    .filter((label) => part === "all" || partOf(label.file) === part)
    .map((label) => {
      const text = readFileSync(join(dir, label.file), "utf8");
      const analysis = analyze(flattening ? flatten(text, flattening) : text, compiled);
      const predicted = analysis.families.map((f) => f.id);
      const optional = label.optional ?? [];
      return {
        folder,
        file: label.file,
        overload: label.overload,
        accept: label.acceptVerdicts,
        verdict: analysis.verdict,
        ok: label.acceptVerdicts.includes(analysis.verdict),
        gold: label.families,
        optional,
        predicted,
        missed: label.families.filter((f) => !predicted.includes(f)),
        extra: predicted.filter((f) => !label.families.includes(f) && !optional.includes(f)),
        roles: analysis.roles,
        hours: analysis.workload.hours,
        depths: analysis.families.map((f) => f.depth),
      };
    });
}

export function summarize(name: string, rows: Row[], familyOrder: readonly string[]): EvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const slot = (f: string) => {
    let c = counts.get(f);
    if (!c) counts.set(f, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  let clear = 0;
  let clearCaught = 0;
  let calledOverloaded = 0;
  let calledOverloadedRightly = 0;
  const falseAlarms: EvalReport["falseAlarms"] = [];
  for (const r of rows) {
    for (const f of r.predicted) {
      if (r.gold.includes(f)) slot(f).tp++;
      else if (!r.optional.includes(f)) slot(f).fp++;
    }
    for (const f of r.missed) slot(f).fn++;
    if (r.overload === "clear") {
      clear++;
      if (r.verdict === "overloaded") clearCaught++;
    }
    if (r.verdict === "overloaded") {
      calledOverloaded++;
      // "mild" accepts overloaded too: calling it so is not a false alarm.
      if (r.overload === "clear" || r.overload === "mild") calledOverloadedRightly++;
      else falseAlarms.push({ file: `${r.folder}/${r.file}`, overload: r.overload, verdict: r.verdict });
    }
  }
  const perFamily: FamilyScore[] = [...counts.entries()]
    .sort((a, b) => familyOrder.indexOf(a[0]) - familyOrder.indexOf(b[0]))
    .map(([family, c]) => {
      const precision = ratio(c.tp, c.tp + c.fp);
      const recall = ratio(c.tp, c.tp + c.fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { family, ...c, precision, recall, f1 };
    });
  return {
    name,
    offers: rows.length,
    perFamily,
    macroF1: ratio(
      perFamily.reduce((s, f) => s + f.f1, 0),
      perFamily.length,
    ),
    verdictAccuracy: ratio(rows.filter((r) => r.ok).length, rows.length),
    overloadRecall: ratio(clearCaught, clear),
    clearOffers: clear,
    scopeLeaks: rows
      .filter((r) => r.accept.length === 1 && r.accept[0] === "out_of_scope" && r.verdict !== "out_of_scope")
      .filter((r) => r.depths.length > 1 || r.depths.includes("core"))
      .map((r) => `${r.folder}/${r.file}`),
    overloadPrecision: ratio(calledOverloadedRightly, calledOverloaded),
    falseAlarms,
    rows,
  };
}

/** One report per folder, then the pooled one when there are several. */
export function evaluate(dirs: string[], part: Part, taxonomyDir?: string, flattening?: Flattening): EvalReport[] {
  const compiled = compileTaxonomy(taxonomyDir ? loadSeedTaxonomy(taxonomyDir) : loadSeedTaxonomy());
  const perFolder = dirs.map((dir) => summarize(`${basename(dir)} (${part})`, scoreFolder(dir, compiled, part, flattening), compiled.familyIds));
  if (perFolder.length < 2) return perFolder;
  return [...perFolder, summarize(`pooled (${part})`, perFolder.flatMap((r) => r.rows), compiled.familyIds)];
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`.padStart(8);
}

function print(report: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  out.push(`== ${report.name}: ${report.offers} offers`);
  out.push(`${"family".padEnd(24)} ${"tp".padStart(3)} ${"fp".padStart(3)} ${"fn".padStart(3)} ${"precision".padStart(9)} ${"recall".padStart(8)} ${"F1".padStart(8)}`);
  for (const f of report.perFamily) {
    out.push(`${f.family.padEnd(24)} ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)} ${pct(f.precision).padStart(9)} ${pct(f.recall)} ${pct(f.f1)}`);
  }
  out.push(`macro-F1:            ${pct(report.macroF1)}`);
  out.push(`verdict accuracy:    ${pct(report.verdictAccuracy)}`);
  out.push(`overload recall:     ${report.clearOffers ? pct(report.overloadRecall) : "     n/a"}   (of ${report.clearOffers} clear offers, share called overloaded)`);
  out.push(`overload precision:  ${pct(report.overloadPrecision)}   (overloaded calls on clear or mild offers)`);
  out.push(`false alarms:        ${report.falseAlarms.length}${report.falseAlarms.length ? `  ${report.falseAlarms.map((f) => `${f.file} (${f.overload})`).join(", ")}` : ""}`);
  out.push(`scope leaks:         ${report.scopeLeaks.length}${report.scopeLeaks.length ? `  ${report.scopeLeaks.join(", ")}` : ""}   (out-of-scope offers given a core or several light families)`);
  if (verbose) {
    for (const r of report.rows) {
      out.push(
        `${r.ok ? "  " : "✗ "}${r.folder}/${r.file} ${r.overload.padEnd(10)} → ${r.verdict.padEnd(12)} ${String(r.hours).padStart(5)} h roles=${r.roles.join(",")}${r.missed.length ? `  missed=${r.missed.join(",")}` : ""}${r.extra.length ? `  extra=${r.extra.join(",")}` : ""}`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}

function main(): number {
  const argv = process.argv.slice(2);
  const dirs: string[] = [];
  let taxonomyDir: string | undefined;
  let part: Part = "dev";
  let verbose = false;
  let json = false;
  let flattening: Flattening | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--verbose" || argv[i] === "-v") verbose = true;
    else if (argv[i] === "--json") json = true;
    else if (argv[i] === "--taxonomy") taxonomyDir = argv[++i];
    else if (argv[i] === "--flatten") {
      const how = argv[++i];
      if (how !== "spaced" && how !== "glued") {
        process.stderr.write("eval: --flatten is spaced or glued\n");
        return 2;
      }
      flattening = how;
    }
    else if (argv[i] === "--part") {
      const p = argv[++i];
      if (p !== "dev" && p !== "held" && p !== "all") {
        process.stderr.write("eval: --part is dev, held or all\n");
        return 2;
      }
      part = p;
    } else dirs.push(argv[i]!);
  }
  if (!dirs.length) {
    process.stderr.write("usage: eval FOLDER... [--part dev|held|all] [--flatten spaced|glued] [--verbose] [--json] [--taxonomy DIR]\n");
    return 2;
  }
  let reports: EvalReport[];
  try {
    reports = evaluate(dirs, part, taxonomyDir, flattening);
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 1;
  }
  if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else process.stdout.write(reports.map((r) => print(r, verbose)).join("\n"));
  return 0;
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) process.exitCode = main();
