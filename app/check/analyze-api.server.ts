import type { AnalysisPool } from "~/analysis-pool/pool.server";
import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { handleOfferApi } from "~/http/json-api.server";
import { analyzeWithCompliance } from "~/compliance/with-compliance.server";
import { AnalyzeRequest } from "./check-schema";

/** POST /api/analyze: JSON in, the Analysis JSON (with its compliance check) out. */
export function handleAnalyzeApi(db: DB, request: Request, lang: Lang, pool?: AnalysisPool): Promise<Response> {
  return handleOfferApi(request, lang, AnalyzeRequest, async ({ text, language }) => (await analyzeWithCompliance(db, text, language, pool)).analysis);
}
