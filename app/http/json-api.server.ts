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

/** An API answer, whichever server sends it (Remix's web Response or Node's own response). */
export interface ApiReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the offer APIs read of a request. */
export interface OfferApiCall {
  method: string;
  contentType: string | null;
  declaredLength: number;
  body: AsyncIterable<Uint8Array> | null;
  lang: Lang;
}

export function apiErrorReply(code: ApiErrorCode, lang: Lang, fields?: Record<string, string[]>): ApiReply {
  const headers: Record<string, string> = { ...HEADERS };
  if (code === "method_not_allowed") headers.Allow = "POST";
  const error = { code, message: apiMessages[lang][code], ...(fields ? { fields } : {}) };
  return { status: STATUS[code], headers, body: JSON.stringify({ error }) };
}

export function replyResponse(reply: ApiReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

export function apiError(code: ApiErrorCode, lang: Lang, fields?: Record<string, string[]>): Response {
  return replyResponse(apiErrorReply(code, lang, fields));
}

/** A web request (a Remix route's) as the offer APIs read it. */
export function webOfferApiCall(request: Request, lang: Lang): OfferApiCall {
  return {
    method: request.method,
    contentType: request.headers.get("Content-Type"),
    declaredLength: Number(request.headers.get("Content-Length")),
    // Node's web streams are async iterable; the DOM typings do not say so.
    body: request.body as AsyncIterable<Uint8Array> | null,
    lang,
  };
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

type Read<T> = { input: T } | { refused: ApiReply };

/** The request's JSON object checked against `schema`, or the error to send instead. */
async function readOfferRequest<T extends { text: string }>(call: OfferApiCall, schema: z.ZodType<T>): Promise<Read<T>> {
  const { lang } = call;
  const refuse = (...args: Parameters<typeof apiErrorReply>) => ({ refused: apiErrorReply(...args) });
  if (call.method !== "POST") return refuse("method_not_allowed", lang);
  if (!isJson(call.contentType)) return refuse("unsupported_media_type", lang);
  const body = await readBodyWithLimit(call.body, call.declaredLength, MAX_JSON_BODY_BYTES);
  if (body === null) return refuse("payload_too_large", lang);

  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return refuse("invalid_json", lang);
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    return refuse("invalid_request", lang, { body: [apiFieldMessages[lang].must_be_object] });
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return refuse("invalid_request", lang, fieldErrors(parsed.error.issues, lang));
  const { text } = parsed.data;
  if (!text.trim()) return refuse("empty_text", lang, { text: [apiFieldMessages[lang].not_empty] });
  if (utf8Length(text) > MAX_TEXT_BYTES) return refuse("payload_too_large", lang);
  return { input: parsed.data };
}

/** An answer's own error, told apart from the object it would otherwise send. */
export class ApiRefusal {
  constructor(readonly reply: ApiReply) {}
}

/**
 * The JSON APIs that take an offer's text (POST only, JSON only, size-limited) answer
 * alike: `answer` gets the validated request and returns the body to send, or a refusal of
 * its own, or JSON it already serialized (an analyzer thread's). Nothing is stored.
 */
export async function answerOfferApi<T extends { text: string }>(
  call: OfferApiCall,
  schema: z.ZodType<T>,
  answer: (input: T) => Promise<object | string | ApiRefusal>,
): Promise<ApiReply> {
  const read = await readOfferRequest(call, schema);
  if ("refused" in read) return read.refused;
  try {
    const result = await answer(read.input);
    if (result instanceof ApiRefusal) return result.reply;
    return { status: 200, headers: HEADERS, body: typeof result === "string" ? result : JSON.stringify(result) };
  } catch (error) {
    if (error instanceof TaxonomyUnavailable || isDatabaseDown(error)) return apiErrorReply("database_unavailable", call.lang);
    throw error;
  }
}
