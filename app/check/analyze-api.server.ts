import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { handleOfferApi } from "~/http/json-api.server";
import { analyzeTextJson } from "~/models/analyzer.server";
import { AnalyzeRequest } from "./check-schema";

/** POST /api/analyze: JSON in, the Analysis JSON out. */
export function handleAnalyzeApi(db: DB, request: Request, lang: Lang, pool?: AnalysisPool): Promise<Response> {
  return handleOfferApi(request, lang, AnalyzeRequest, ({ text, language }) => analyzeTextJson(db, text, language, pool));
}
