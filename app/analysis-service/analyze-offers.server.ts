// How the app runs the analyzer on offers (/check, /compare, the APIs, market runs, card
// exports): the taxonomy read from the database and compiled once per version, the
// analyzer threads when the server has them, and the compliance check when asked for.

import type { AnalysisPool } from "#app/analysis-pool/pool.server";
import type { DB } from "#app/db.server";
import { analyze, compileTaxonomy, type Analysis, type CompiledTaxonomy } from "#app/analysis/index";
import type { Lang, Taxonomy } from "#app/analysis/taxonomy";
import { checkCompliance, type ComplianceInput } from "#app/compliance/check";
import type { AnalysisWithCompliance, Compliance } from "#app/compliance/types";
import { checkedAnalysis } from "#app/compliance/checked-analysis";
import { getCompiledRules, getRuleSet } from "#app/models/compliance-rules.server";
import { oncePerValue } from "#app/models/cached-until-changed.server";
import { getTaxonomy } from "#app/models/taxonomy.server";

/** The taxonomy could not be read: the database is down, so analyses cannot run. */
export class TaxonomyUnavailable extends Error {
  constructor(cause: unknown) {
    super("the taxonomy could not be loaded from the database", { cause });
    this.name = "TaxonomyUnavailable";
  }
}

const readableTaxonomy = (db: DB): Promise<Taxonomy> => readable(getTaxonomy(db));
const compiledTaxonomy = oncePerValue(compileTaxonomy);

export const getCompiledTaxonomy = async (db: DB): Promise<CompiledTaxonomy> => compiledTaxonomy(await readableTaxonomy(db));

// Same cause, same answer as an unreadable taxonomy: the database is down.
async function readable<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw new TaxonomyUnavailable(error);
  }
}

/** The compliance check with the database's current rules, on the analysed text so the offsets agree. */
export async function withCompliance<T extends ComplianceInput>(db: DB, analysis: T): Promise<T & { compliance: Compliance }> {
  return { ...analysis, compliance: checkCompliance(analysis, await readable(getCompiledRules(db))) };
}

export interface AnalyzeOptions {
  /** The offers' language when the caller knows it; otherwise each offer's is detected. */
  language?: Lang;
  /** The server's analyzer threads; without them (tests, CLIs, workers) analyses run inline. */
  pool?: AnalysisPool;
  /** With the compliance check, run beside the analysis (on the analyzer thread when there is one). */
  compliance?: boolean;
}

/** On the analyzer threads: the request thread only passes the texts and gets JSON back. */
async function onThreads(db: DB, texts: readonly string[], { language, pool, compliance }: AnalyzeOptions & { pool: AnalysisPool }) {
  const [taxonomy, rules] = await Promise.all([readableTaxonomy(db), compliance ? readable(getRuleSet(db)) : undefined]);
  return { json: await Promise.all(texts.map((text) => pool.analyze(text, language, taxonomy, rules))), taxonomy };
}

async function inline(db: DB, texts: readonly string[], { language, compliance }: AnalyzeOptions) {
  const [taxonomy, rules] = await Promise.all([getCompiledTaxonomy(db), compliance ? readable(getCompiledRules(db)) : undefined]);
  const analyses = texts.map((text) => (rules ? checkedAnalysis(text, taxonomy, rules, language) : analyze(text, taxonomy, { language })));
  return { analyses, taxonomy: taxonomy.taxonomy };
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
export async function analyzeOffers(db: DB, texts: readonly string[], options: AnalyzeOptions = {}) {
  if (!options.pool) return inline(db, texts, options);
  const { json, taxonomy } = await onThreads(db, texts, { ...options, pool: options.pool });
  return { analyses: json.map((one) => JSON.parse(one) as Analysis), taxonomy };
}

/** One offer's analysis with its compliance check as JSON, the form the API sends: a thread's answer passes through untouched. */
export async function analyzeOfferJson(db: DB, text: string, options: Omit<AnalyzeOptions, "compliance">): Promise<string> {
  if (!options.pool) return JSON.stringify((await inline(db, [text], { ...options, compliance: true })).analyses[0]);
  return (await onThreads(db, [text], { ...options, pool: options.pool, compliance: true })).json[0]!;
}
