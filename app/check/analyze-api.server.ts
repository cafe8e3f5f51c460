import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { handleOfferApi } from "~/http/json-api.server";
import { analyzeWithCompliance } from "~/compliance/with-compliance.server";
import { AnalyzeRequest } from "./check-form";

/** POST /api/analyze: JSON in, the Analysis JSON (with its compliance check) out. */
export function handleAnalyzeApi(db: DB, request: Request, lang: Lang): Promise<Response> {
  return handleOfferApi(request, lang, AnalyzeRequest, async ({ text, language }) => (await analyzeWithCompliance(db, text, language)).analysis);
}
