import {
  json,
  MaxPartSizeExceededError,
  redirect,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import type { DB } from "#app/db.server";
import { formValues } from "#app/forms/form-values";
import { isDatabaseDown } from "#app/http/database-down.server";
import { takeSave } from "#app/http/rate-limit.server";
import type { OfferErrorCode } from "#app/i18n/check";
import { extractText, type ExtractErrorCode } from "./extract-text.server";
import { MAX_FORM_PARTS, MAX_UPLOAD_BYTES, normalizeNewlines } from "./limits";
import { readForm } from "#app/http/read-form.server";

// The forms that take offers (/check, /compare): pasted text or an uploaded file per offer,
// read with the same limits, refused with the same codes and statuses.

type Fields = Record<string, string>;

export type OfferForm =
  | { ok: true; form: FormData; fields: Fields }
  | { ok: false; code: "file_too_big" | "text_too_long"; field: string; fields: Fields };

/**
 * Plain fields are recorded as they stream by, so that an oversized file that aborts the
 * parse still leaves the typed text to put back in the form.
 */
async function readMultipart(request: Request): Promise<OfferForm> {
  const seen: Fields = {};
  let parts = 0;
  const fields: UploadHandler = async ({ name, filename, data }) => {
    // Every part costs a little memory and work however small: the forms have a dozen at most.
    if (++parts > MAX_FORM_PARTS) throw new Response("Too many parts", { status: 413 });
    if (filename !== undefined) return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > MAX_UPLOAD_BYTES) throw new MaxPartSizeExceededError(name, MAX_UPLOAD_BYTES);
      chunks.push(chunk);
    }
    seen[name] = Buffer.concat(chunks).toString("utf8");
    return seen[name];
  };
  const files = unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES });
  try {
    const form = await unstable_parseMultipartFormData(request, unstable_composeUploadHandlers(fields, files));
    return { ok: true, form, fields: formValues(form) };
  } catch (error) {
    if (error instanceof Response) throw error;
    // Anything else the parser throws is a body that is not the multipart it claims to be.
    if (!(error instanceof MaxPartSizeExceededError)) throw new Response("Malformed multipart body", { status: 400 });
    const code = error.field.startsWith("file") ? "file_too_big" : "text_too_long";
    return { ok: false, code, field: error.field, fields: seen };
  }
}

/** The posted form (multipart with JavaScript or files, urlencoded without), and its plain fields to refill it. */
export async function readOfferForm(request: Request): Promise<OfferForm> {
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) return readMultipart(request);
  const form = await readForm(request);
  return { ok: true, form, fields: formValues(form) };
}

export type OfferText = { ok: true; text: string; fromFile: boolean } | { ok: false; code: ExtractErrorCode };

/** One offer: the text of its file when one was chosen, else what was typed. */
export async function offerText(file: FormDataEntryValue | null, typed: string): Promise<OfferText> {
  // A file input left empty still sends a part: no name, no bytes.
  const chosen = file instanceof File && (file.name !== "" || file.size > 0);
  if (!chosen) return { ok: true, text: normalizeNewlines(typed), fromFile: false };
  const extracted = await extractText(file);
  if (!extracted.ok) return extracted;
  return { ok: true, text: normalizeNewlines(extracted.text), fromFile: true };
}

const STATUS: Partial<Record<string, number>> = {
  file_too_big: 413,
  text_too_long: 413,
  unsupported_type: 415,
  unreadable: 422,
  no_text: 422,
  file_too_complex: 413,
  file_too_slow: 422,
  rate_limited: 429,
  db_down: 503,
} satisfies Partial<Record<OfferErrorCode, number>>;

/** A refused form answers with the status its error deserves; what a form adds of its own is a 400. */
export function offerErrorStatus(code: string): number {
  return STATUS[code] ?? 400;
}

/** What handling an offer form ends in: a stored result, a result shown once, or a refusal. */
export type FormOutcome<Shown, Refused> =
  | { kind: "saved"; id: string }
  | { kind: "shown"; data: Shown }
  | { kind: "error"; status: number; data: Refused; retryAfter?: number };

/** The route's answer: the permalink under `base` of what was stored, else the data to render. */
export function outcomeResponse<Shown, Refused>(outcome: FormOutcome<Shown, Refused>, base: string) {
  if (outcome.kind === "saved") return redirect(`${base}/${outcome.id}`);
  if (outcome.kind === "error") {
    const headers: HeadersInit = outcome.retryAfter ? { "Retry-After": String(outcome.retryAfter) } : {};
    return json(outcome.data, { status: outcome.status, headers });
  }
  return json(outcome.data, { headers: { "Cache-Control": "no-store" } });
}

export type Saved = { ok: true; id: string } | { ok: false; code: "rate_limited"; retryAfter: number } | { ok: false; code: "db_down" };

/**
 * Stores what an anonymous form asked to keep, within the address's quota of saves.
 * Only an unreachable database is reported as such; any other failure is a fault to surface.
 */
export async function saveWithinQuota(db: DB, clientIp: string, save: () => Promise<{ id: string }>): Promise<Saved> {
  try {
    const limited = await takeSave(db, clientIp);
    if (limited) return { ok: false, code: "rate_limited", retryAfter: limited.retryAfterSeconds };
    return { ok: true, id: (await save()).id };
  } catch (error) {
    if (isDatabaseDown(error)) return { ok: false, code: "db_down" };
    throw error;
  }
}
