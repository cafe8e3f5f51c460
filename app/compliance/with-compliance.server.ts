// Where the compliance check meets the service: an offer analysed, then checked with the
// database's current rules, on the same text so the offsets agree. With an analyzer pool
// both run on an analyzer thread; the request thread only passes the text and the JSON.

import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { Lang, Taxonomy } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { getCompiledTaxonomy, readableTaxonomy, TaxonomyUnavailable } from "~/models/analyzer.server";
import { getCompiledRules, getRuleSet } from "~/models/compliance-rules.server";
import { checkCompliance, type ComplianceInput } from "./check";
import { checkedAnalysis } from "./checked-analysis";
import type { AnalysisWithCompliance, Compliance } from "./types";

// Same cause, same answer as an unreadable taxonomy: the database is down.
async function readable<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw new TaxonomyUnavailable(error);
  }
}

/** A compliance check for an analysis that has none (one saved before the check existed). */
export async function withCompliance<T extends ComplianceInput>(db: DB, analysis: T): Promise<T & { compliance: Compliance }> {
  return { ...analysis, compliance: checkCompliance(analysis, await readable(getCompiledRules(db))) };
}

async function onThread(db: DB, text: string, language: Lang | undefined, pool: AnalysisPool): Promise<{ json: string; taxonomy: Taxonomy }> {
  const [taxonomy, rules] = await Promise.all([readableTaxonomy(db), readable(getRuleSet(db))]);
  return { json: await pool.analyze(text, language, taxonomy, rules), taxonomy };
}

/** The analysis and its compliance check as JSON, as the API sends it. */
export async function analyzeWithComplianceJson(db: DB, text: string, language?: Lang, pool?: AnalysisPool): Promise<string> {
  return pool ? (await onThread(db, text, language, pool)).json : JSON.stringify((await analyzeWithCompliance(db, text, language)).analysis);
}

export async function analyzeWithCompliance(
  db: DB,
  text: string,
  language?: Lang,
  pool?: AnalysisPool,
): Promise<{ analysis: AnalysisWithCompliance; taxonomy: Taxonomy }> {
  if (pool) {
    const { json, taxonomy } = await onThread(db, text, language, pool);
    return { analysis: JSON.parse(json) as AnalysisWithCompliance, taxonomy };
  }
  const [taxonomy, rules] = await Promise.all([getCompiledTaxonomy(db), readable(getCompiledRules(db))]);
  return { analysis: checkedAnalysis(text, taxonomy, rules, language), taxonomy: taxonomy.taxonomy };
}
