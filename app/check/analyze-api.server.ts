import type { AnalysisPool } from "#app/analysis-pool/pool.server";
import { analyzeOfferJson } from "#app/analysis-service/analyze-offers.server";
import type { DB } from "#app/db.server";
import { handleOfferApi } from "#app/http/json-api.server";
import { langFromRequest } from "#app/i18n/locale.server";
import { AnalyzeRequest } from "./check-schema";

/** POST /api/analyze: JSON in, the Analysis JSON (with its compliance check) out; errors in the caller's language. */
export async function handleAnalyzeApi(db: DB, request: Request, pool?: AnalysisPool): Promise<Response> {
  const lang = await langFromRequest(request);
  return handleOfferApi(request, lang, AnalyzeRequest, ({ text, language }) => analyzeOfferJson(db, text, { language, pool }));
}
