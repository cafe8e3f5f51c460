import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { DB } from "~/db.server";
import { analyze, compileTaxonomy, type Analysis, type CompiledTaxonomy } from "~/analysis/index";
import type { Lang, Taxonomy } from "~/analysis/taxonomy";
import { getTaxonomy } from "./taxonomy.server";

/** The taxonomy could not be read: the database is down, so analyses cannot run. */
export class TaxonomyUnavailable extends Error {
  constructor(cause: unknown) {
    super("the taxonomy could not be loaded from the database", { cause });
    this.name = "TaxonomyUnavailable";
  }
}

// getTaxonomy hands back the same object until the taxonomy version changes, so keying
// on it compiles once per version, and an edited taxonomy's old compilation is collected.
const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

export async function readableTaxonomy(db: DB): Promise<Taxonomy> {
  try {
    return await getTaxonomy(db);
  } catch (error) {
    throw new TaxonomyUnavailable(error);
  }
}

export async function getCompiledTaxonomy(db: DB): Promise<CompiledTaxonomy> {
  const taxonomy = await readableTaxonomy(db);
  let hit = compiled.get(taxonomy);
  if (!hit) {
    hit = compileTaxonomy(taxonomy);
    compiled.set(taxonomy, hit);
  }
  return hit;
}

export async function analyzeText(db: DB, text: string, language?: Lang, pool?: AnalysisPool): Promise<{ analysis: Analysis; taxonomy: Taxonomy }> {
  if (pool) {
    const taxonomy = await readableTaxonomy(db);
    return { analysis: JSON.parse(await pool.analyze(text, language, taxonomy)) as Analysis, taxonomy };
  }
  const compiled = await getCompiledTaxonomy(db);
  return { analysis: analyze(text, compiled, { language }), taxonomy: compiled.taxonomy };
}
