import type { AnalysisPool } from "#app/analysis-pool/pool.server";
import { analyzeOffers } from "#app/analysis-service/analyze-offers.server";
import type { Lang } from "#app/analysis/taxonomy";
import type { DB } from "#app/db.server";
import { answerOfferApi, apiErrorReply, ApiRefusal, replyResponse, webOfferApiCall } from "#app/http/json-api.server";
import { apiFieldMessages } from "#app/i18n/api";
import { compareUi } from "#app/i18n/compare";
import { CompareRequest } from "./compare-schema";
import { compareWithProfile, findProfile } from "./compare-with-profile";
import { localize } from "./localize";

/**
 * POST /api/compare: `{ text, profile?, language? }` in, the comparison out, its texts in
 * the caller's language (Accept-Language).
 */
export async function handleCompareApi(db: DB, request: Request, lang: Lang, pool?: AnalysisPool): Promise<Response> {
  const reply = await answerOfferApi(webOfferApiCall(request, lang), CompareRequest, async ({ text, profile, language }) => {
    const { analyses, taxonomy } = await analyzeOffers(db, [text], { language, pool });
    if (profile && !findProfile(taxonomy, profile)) {
      const known = taxonomy.profiles.map((p) => p.id).join(", ");
      return new ApiRefusal(apiErrorReply("invalid_request", lang, { profile: [apiFieldMessages[lang].unknownProfile(known)] }));
    }
    const comparison = compareWithProfile(analyses[0], profile || null, taxonomy);
    return {
      lang,
      ...localize(comparison, lang),
      coverageDefinition: compareUi[lang].coverage.definition(comparison.coverage.target),
    };
  });
  return replyResponse(reply);
}
