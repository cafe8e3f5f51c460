import { analyze } from "~/analysis/analyze";
import type { Lang } from "~/analysis/taxonomy";
import type { DB } from "~/db.server";
import { apiError, handleOfferApi } from "~/http/json-api.server";
import { apiFieldMessages } from "~/i18n/api";
import { compareUi } from "~/i18n/compare";
import { getCompiledTaxonomy } from "~/models/analyzer.server";
import { CompareRequest } from "./compare-form";
import { compareWithProfile, findProfile } from "./compare-with-profile";
import { localize } from "./localize";

/**
 * POST /api/compare: `{ text, profile?, language? }` in, the comparison out, its texts in
 * the caller's language (Accept-Language).
 */
export function handleCompareApi(db: DB, request: Request, lang: Lang): Promise<Response> {
  return handleOfferApi(request, lang, CompareRequest, async ({ text, profile, language }) => {
    const compiled = await getCompiledTaxonomy(db);
    if (profile && !findProfile(compiled.taxonomy, profile)) {
      const known = compiled.taxonomy.profiles.map((p) => p.id).join(", ");
      return apiError("invalid_request", lang, { profile: [apiFieldMessages[lang].unknownProfile(known)] });
    }
    const comparison = compareWithProfile(analyze(text, compiled, { language }), profile || null, compiled.taxonomy);
    return {
      lang,
      ...localize(comparison, lang),
      coverageDefinition: compareUi[lang].coverage.definition(comparison.coverage.target),
    };
  });
}
