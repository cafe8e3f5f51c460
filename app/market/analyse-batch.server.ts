import { analyzeOffers } from "#app/analysis-service/analyze-offers.server";
import type { DB } from "#app/db.server";
import { offersToAnalyse, saveMarketResults } from "#app/models/market-result.server";
import { completeRunIfAnalysed } from "#app/models/market-run.server";
import { compactAnalysis } from "./compact-analysis";

/** A queue job: analyse the offers of one run whose seq lies in from..to. */
export interface BatchPayload {
  runId: number;
  from: number;
  to: number;
}

export const ANALYSE_TASK = "market_analyse_batch";

export function isBatchPayload(value: unknown): value is BatchPayload {
  const p = value as Partial<BatchPayload> | null;
  return typeof p === "object" && p !== null && [p.runId, p.from, p.to].every((n) => Number.isInteger(n));
}

/**
 * The one task both runners call (graphile-worker on PostgreSQL, the in-process loop on
 * PGlite). Safe to run again after a crash: finished offers are skipped and results are
 * written with ON CONFLICT DO NOTHING. Returns how many results it wrote.
 */
export async function analyseBatch(db: DB, { runId, from, to }: BatchPayload): Promise<number> {
  const offers = await offersToAnalyse(db, runId, from, to);
  if (!offers.length) {
    await completeRunIfAnalysed(db, runId);
    return 0;
  }
  const { analyses } = await analyzeOffers(db, offers.map((o) => o.text));
  const results = offers.map(({ seq }, i) => {
    const analysis = analyses[i];
    return {
      run_id: runId,
      seq,
      verdict: analysis.verdict,
      role_count: analysis.roleCount,
      language: analysis.language,
      title_profile: analysis.title?.profile ?? null,
      families: analysis.families.map((f) => f.id),
      roles: analysis.roles,
      analysis: JSON.stringify(compactAnalysis(analysis)),
    };
  });
  const written = await saveMarketResults(db, results);
  await completeRunIfAnalysed(db, runId);
  return written;
}
