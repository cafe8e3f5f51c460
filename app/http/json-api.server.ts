import type { z } from "zod";
import type { Lang } from "#app/analysis/taxonomy";
import { MAX_JSON_BODY_BYTES, MAX_TEXT_BYTES, utf8Length } from "#app/intake/limits";
import { apiFieldMessages, apiMessages, type ApiErrorCode, type ApiFieldError } from "#app/i18n/api";
import { TaxonomyUnavailable } from "#app/analysis-service/analyze-offers.server";
import { isDatabaseDown } from "./database-down.server";
import { readBodyWithLimit } from "./read-body.server";

const STATUS: Record<ApiErrorCode, number> = {
  invalid_json: 400,
  invalid_request: 400,
  empty_text: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  forbidden: 403,
  rate_limited: 429,
  database_unavailable: 503,
};

const HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

export function apiError(code: ApiErrorCode, lang: Lang, fields?: Record<string, string[]>): Response {
  const headers: Record<string, string> = { ...HEADERS };
  if (code === "method_not_allowed") headers.Allow = "POST";
  const error = { code, message: apiMessages[lang][code], ...(fields ? { fields } : {}) };
  return new Response(JSON.stringify({ error }), { status: STATUS[code], headers });
}

function isJson(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The schemas' error keys in the caller's language; zod's own (English) messages become "invalid value". */
function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], lang: Lang): Record<string, string[]> {
  const messages = apiFieldMessages[lang];
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "body";
    const message = Object.hasOwn(messages, issue.message) ? messages[issue.message as ApiFieldError] : messages.invalid;
    (fields[key] ??= []).push(typeof message === "string" ? message : messages.invalid);
  }
  return fields;
}

/** The request's JSON object checked against `schema`, or the error response to send instead. */
async function readOfferRequest<T extends { text: string }>(request: Request, lang: Lang, schema: z.ZodType<T>): Promise<T | Response> {
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
    return apiError("invalid_request", lang, { body: [apiFieldMessages[lang].must_be_object] });
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return apiError("invalid_request", lang, fieldErrors(parsed.error.issues, lang));
  const { text } = parsed.data;
  if (!text.trim()) return apiError("empty_text", lang, { text: [apiFieldMessages[lang].not_empty] });
  if (utf8Length(text) > MAX_TEXT_BYTES) return apiError("payload_too_large", lang);
  return parsed.data;
}

/**
 * The JSON APIs that take an offer's text (POST only, JSON only, size-limited) answer
 * alike: `answer` gets the validated request and returns the body to send, or an error
 * response of its own, or JSON it already serialized (an analyzer thread's). Nothing is stored.
 */
export async function handleOfferApi<T extends { text: string }>(
  request: Request,
  lang: Lang,
  schema: z.ZodType<T>,
  answer: (input: T) => Promise<object | string | Response>,
): Promise<Response> {
  const input = await readOfferRequest(request, lang, schema);
  if (input instanceof Response) return input;
  try {
    const result = await answer(input);
    if (result instanceof Response) return result;
    return new Response(typeof result === "string" ? result : JSON.stringify(result), { status: 200, headers: HEADERS });
  } catch (error) {
    if (error instanceof TaxonomyUnavailable || isDatabaseDown(error)) return apiError("database_unavailable", lang);
    throw error;
  }
}
