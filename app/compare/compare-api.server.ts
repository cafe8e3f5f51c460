import { analyze } from "~/analysis/analyze";
import type { Lang } from "~/analysis/taxonomy";
import { apiError } from "~/check/analyze-api.server";
import { MAX_JSON_BODY_BYTES, MAX_TEXT_BYTES, utf8Length } from "~/check/limits";
import { readBodyWithLimit } from "~/check/read-body.server";
import type { DB } from "~/db.server";
import { compareUi } from "~/i18n/compare";
import { getCompiledTaxonomy, TaxonomyUnavailable } from "~/models/analyzer.server";
import { CompareRequest } from "./compare-form";
import { compareWithProfile, findProfile } from "./compare-with-profile";
import { localize } from "./localize";

const HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

// Same acceptance rules as POST /api/analyze (app/check/analyze-api.server.ts), whose
// helpers are module-private there; both belong in one shared JSON-API module.
function isJson(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "body";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * POST /api/compare: `{ text, profile?, language? }` in, the comparison out, its texts in
 * the caller's language (Accept-Language). Nothing is stored.
 */
export async function handleCompareApi(db: DB, request: Request, lang: Lang): Promise<Response> {
  if (request.method !== "POST") return apiError("method_not_allowed", lang);
  if (!isJson(request.headers.get("Content-Type"))) return apiError("unsupported_media_type", lang);
  const body = await readBodyWithLimit(request, MAX_JSON_BODY_BYTES);
  if (body === null) return apiError("payload_too_large", lang);

  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return apiError("invalid_json", lang);
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    return apiError("invalid_request", lang, { body: ["Must be a JSON object."] });
  }
  const parsed = CompareRequest.safeParse(payload);
  if (!parsed.success) return apiError("invalid_request", lang, fieldErrors(parsed.error.issues));
  const { text, profile, language } = parsed.data;
  if (!text.trim()) return apiError("empty_text", lang, { text: ["Must not be empty."] });
  if (utf8Length(text) > MAX_TEXT_BYTES) return apiError("payload_too_large", lang);

  try {
    const compiled = await getCompiledTaxonomy(db);
    if (profile && !findProfile(compiled.taxonomy, profile)) {
      const known = compiled.taxonomy.profiles.map((p) => p.id).join(", ");
      return apiError("invalid_request", lang, { profile: [`Unknown profile. Known profiles: ${known}.`] });
    }
    const analysis = analyze(text, compiled, { language });
    const comparison = compareWithProfile(analysis, profile || null, compiled.taxonomy);
    const result = {
      lang,
      ...localize(comparison, lang),
      coverageDefinition: compareUi[lang].coverage.definition(comparison.coverage.target),
    };
    return new Response(JSON.stringify(result), { status: 200, headers: HEADERS });
  } catch (error) {
    if (error instanceof TaxonomyUnavailable) return apiError("database_unavailable", lang);
    throw error;
  }
}
