// npm run --silent analyze -- [--json] [--lang fr|en] [--taxonomy DIR] FILE… ("-" reads stdin)
// One Analysis JSON object (with its compliance check, seed rules) per file with --json (JSON Lines for several files),
// otherwise a readable report in the offer's language or --lang.

import { readFileSync } from "node:fs";
import { analyze, compileTaxonomy, explainIn, type Analysis, type CompiledTaxonomy } from "#app/analysis/index";
import type { Lang } from "#app/analysis/taxonomy";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { checkCompliance, compileRules, type Compliance } from "#app/compliance/index";
import { LOCALES } from "#app/i18n/format";
import { loadSeedRules } from "#seeds/compliance-files";

interface Args {
  json: boolean;
  lang: Lang | null;
  taxonomyDir: string | null;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, lang: null, taxonomyDir: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--lang") {
      const v = argv[++i];
      if (v !== "fr" && v !== "en") throw new Error(`--lang must be fr or en, got ${v ?? "nothing"}`);
      args.lang = v;
    } else if (a === "--taxonomy") args.taxonomyDir = argv[++i] ?? null;
    else if (a === "--help" || a === "-h") {
      process.stdout.write("usage: analyze [--json] [--lang fr|en] [--taxonomy DIR] FILE... (- for stdin)\n");
      process.exit(0);
    } else args.files.push(a);
  }
  return args;
}

function readInput(file: string): string {
  return file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
}

function complianceReport(compliance: Compliance, lang: Lang): string[] {
  const fr = lang === "fr";
  if (!compliance.findings.length) return [fr ? "Conformité : rien à signaler" : "Compliance: nothing to report", ""];
  const out = [fr ? "Conformité (information, pas un avis juridique) :" : "Compliance (information, not legal advice):"];
  for (const f of compliance.findings) {
    out.push(`  [${f.severity}] ${f.article[lang]}${f.passage ? ` — « ${f.passage.replace(/\s+/g, " ")} » [${f.start}–${f.end}]` : ""}`);
    out.push(`      ${f.reason[lang]}`);
    out.push(`      → ${f.fix[lang]}`);
  }
  out.push("");
  return out;
}

function report(file: string, analysis: Analysis, compliance: Compliance, compiled: CompiledTaxonomy, lang: Lang): string {
  const fr = lang === "fr";
  const profile = (id: string) => compiled.profileById.get(id)?.profile.label?.[lang] ?? id;
  const family = (id: string) => compiled.families.get(id)?.label?.[lang] ?? id;
  const verdicts: Record<string, [string, string]> = {
    focused: ["centrée", "focused"],
    stretched: ["étirée", "stretched"],
    overloaded: ["surchargée", "overloaded"],
    out_of_scope: ["hors périmètre", "out of scope"],
  };
  const out: string[] = [];
  out.push(`== ${file}`);
  const title = analysis.title ? `${analysis.title.text}${analysis.title.profile ? ` → ${profile(analysis.title.profile)}` : ""}` : "—";
  out.push(`${fr ? "Titre" : "Title"} : ${title}   [${analysis.language}]`);
  const v = verdicts[analysis.verdict] ?? [analysis.verdict, analysis.verdict];
  out.push(`${fr ? "Verdict" : "Verdict"} : ${fr ? v[0] : v[1]} — ${analysis.roleCount} ${new Intl.PluralRules(LOCALES[lang]).select(analysis.roleCount) === "one" ? (fr ? "métier" : "job") : fr ? "métiers" : "jobs"}${analysis.roles.length ? ` : ${analysis.roles.map(profile).join(", ")}` : ""}`);
  out.push("");
  for (const f of analysis.families) {
    out.push(`  ${family(f.id)} — ${f.depth}, ${Math.round(f.share * 100)} %`);
    const seen = new Set<string>();
    for (const ev of f.evidence) {
      const key = ev.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`      · ${ev.text.replace(/\s+/g, " ")}  [${ev.start}–${ev.end}]`);
      if (seen.size >= 6) break;
    }
  }
  out.push("");
  for (const s of explainIn(analysis, compiled, lang).sentences) out.push(`  ${s}`);
  out.push("");
  out.push(...complianceReport(compliance, lang));
  return out.join("\n");
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\n`);
    return 2;
  }
  if (!args.files.length) {
    process.stderr.write("analyze: no input file (use - for stdin)\n");
    return 2;
  }
  const compiled = compileTaxonomy(args.taxonomyDir ? loadSeedTaxonomy(args.taxonomyDir) : loadSeedTaxonomy());
  const rules = compileRules(loadSeedRules());
  let failed = 0;
  for (const file of args.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`analyze: cannot read ${file}${code === "ENOENT" ? ": no such file" : `: ${(e as Error).message}`}\n`);
      failed++;
      continue;
    }
    const analysis = analyze(text, compiled);
    const compliance = checkCompliance(analysis, rules);
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ file, ...analysis, compliance })}\n`);
    } else {
      process.stdout.write(report(file, analysis, compliance, compiled, args.lang ?? analysis.language));
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
