import { readFileSync } from "node:fs";
import { analyze, compileTaxonomy } from "#app/analysis/index";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
const c = compileTaxonomy(loadSeedTaxonomy());
const a = analyze(readFileSync(process.argv[2], "utf8"), c);
for (const s of a.sections) console.log(s.kind, JSON.stringify(s.heading), s.start);
