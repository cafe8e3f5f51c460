// Where the compliance check meets the service: an offer analysed, then checked with
// the database's current rules, on the same text so the offsets agree.

import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { Lang, Taxonomy } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { analyzeText, TaxonomyUnavailable } from "~/models/analyzer.server";
import { getCompiledRules } from "~/models/compliance-rules.server";
import { checkCompliance, type ComplianceInput } from "./check";
import type { AnalysisWithCompliance, Compliance } from "./types";

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

export async function analyzeWithCompliance(
  db: DB,
  text: string,
  language?: Lang,
  pool?: AnalysisPool,
): Promise<{ analysis: AnalysisWithCompliance; taxonomy: Taxonomy }> {
  const { analysis, taxonomy } = await analyzeText(db, text, language, pool);
  return { analysis: await withCompliance(db, analysis), taxonomy };
}
