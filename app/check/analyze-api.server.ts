import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { handleOfferApi } from "~/http/json-api.server";
import { analyzeOffers } from "~/analysis-service/analyze-offers.server";
import { AnalyzeRequest } from "./check-schema";

/** POST /api/analyze: JSON in, the Analysis JSON (with its compliance check) out. */
export function handleAnalyzeApi(db: DB, request: Request, lang: Lang, pool?: AnalysisPool): Promise<Response> {
  return handleOfferApi(request, lang, AnalyzeRequest, async ({ text, language }) => {
    const { analyses } = await analyzeOffers(db, [text], { language, pool, compliance: true });
    return analyses[0];
  });
}
