// How the app runs the analyzer on offers (/check, /compare, the APIs, market runs, card
// exports): the taxonomy read from the database and compiled once per version, the
// analyzer threads when the server has them, and the compliance check when asked for.

import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { DB } from "~/db.server";
import { analyze, compileTaxonomy, type Analysis, type CompiledTaxonomy } from "~/analysis/index";
import type { Lang, Taxonomy } from "~/analysis/taxonomy";
import { checkCompliance, type ComplianceInput } from "~/compliance/check";
import type { AnalysisWithCompliance, Compliance } from "~/compliance/types";
import { getCompiledRules } from "~/models/compliance-rules.server";
import { getTaxonomy } from "~/models/taxonomy.server";

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

async function readableTaxonomy(db: DB): Promise<Taxonomy> {
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

/** The compliance check with the database's current rules, on the analysed text so the offsets agree. */
export async function withCompliance<T extends ComplianceInput>(db: DB, analysis: T): Promise<T & { compliance: Compliance }> {
  let rules;
  try {
    rules = await getCompiledRules(db);
  } catch (error) {
    // Same cause, same answer as an unreadable taxonomy: the database is down.
    throw new TaxonomyUnavailable(error);
  }
  return { ...analysis, compliance: checkCompliance(analysis, rules) };
}

export interface AnalyzeOptions {
  /** The offers' language when the caller knows it; otherwise each offer's is detected. */
  language?: Lang;
  /** The server's analyzer threads; without them (tests, CLIs, workers) analyses run inline. */
  pool?: AnalysisPool;
}

async function analyzeAll(db: DB, texts: readonly string[], { language, pool }: AnalyzeOptions): Promise<{ analyses: Analysis[]; taxonomy: Taxonomy }> {
  if (pool) {
    const taxonomy = await readableTaxonomy(db);
    const replies = await Promise.all(texts.map((text) => pool.analyze(text, taxonomy, language)));
    return { analyses: replies.map((json) => JSON.parse(json) as Analysis), taxonomy };
  }
  const taxonomy = await getCompiledTaxonomy(db);
  return { analyses: texts.map((text) => analyze(text, taxonomy, { language })), taxonomy: taxonomy.taxonomy };
}

/**
 * The one way offers are analysed: every text with the same taxonomy, which is returned
 * with the analyses so that what is built on them uses the labels they were made with.
 */
export function analyzeOffers(
  db: DB,
  texts: readonly string[],
  options: AnalyzeOptions & { compliance: true },
): Promise<{ analyses: AnalysisWithCompliance[]; taxonomy: Taxonomy }>;
export function analyzeOffers(db: DB, texts: readonly string[], options?: AnalyzeOptions): Promise<{ analyses: Analysis[]; taxonomy: Taxonomy }>;
export async function analyzeOffers(db: DB, texts: readonly string[], options: AnalyzeOptions & { compliance?: boolean } = {}) {
  const { analyses, taxonomy } = await analyzeAll(db, texts, options);
  if (!options.compliance) return { analyses, taxonomy };
  return { analyses: await Promise.all(analyses.map((analysis) => withCompliance(db, analysis))), taxonomy };
}
