import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { handleOfferApi } from "~/http/json-api.server";
import { analyzeText } from "~/models/analyzer.server";
import { AnalyzeRequest } from "./check-form";

/** POST /api/analyze: JSON in, the Analysis JSON out. */
export function handleAnalyzeApi(db: DB, request: Request, lang: Lang): Promise<Response> {
  return handleOfferApi(request, lang, AnalyzeRequest, async ({ text, language }) => (await analyzeText(db, text, language)).analysis);
}
