import type { AnalysisPool } from "#app/analysis-pool/pool.server";
import { analyzeOfferJson } from "#app/analysis-service/analyze-offers.server";
import type { DB } from "#app/db.server";
import { answerOfferApi, replyResponse, webOfferApiCall, type ApiReply, type OfferApiCall } from "#app/http/json-api.server";
import { langFromRequest } from "#app/i18n/locale.server";
import { AnalyzeRequest } from "./check-schema";

/** POST /api/analyze: JSON in, the Analysis JSON (with its compliance check) out; errors in the caller's language. */
export function answerAnalyzeApi(db: DB, call: OfferApiCall, pool?: AnalysisPool): Promise<ApiReply> {
  return answerOfferApi(call, AnalyzeRequest, ({ text, language }) => analyzeOfferJson(db, text, { language, pool }));
}

/** The same, as the Remix route answers it (the built server answers before Remix, from Node's request). */
export async function handleAnalyzeApi(db: DB, request: Request, pool?: AnalysisPool): Promise<Response> {
  return replyResponse(await answerAnalyzeApi(db, webOfferApiCall(request, await langFromRequest(request)), pool));
}
