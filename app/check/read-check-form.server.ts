import type { CheckErrorCode } from "#app/i18n/check";
import { BLANK_CHECK, type CheckValues } from "./check-values";
import { CheckFields } from "./check-schema";
import { MAX_TEXT_BYTES, utf8Length } from "#app/intake/limits";
import { offerText, readOfferForm } from "#app/intake/offer-form.server";

export interface CheckInput extends CheckValues {
  fromFile: boolean;
}

export type ReadCheckForm = { ok: true; input: CheckInput } | { ok: false; code: CheckErrorCode; values: CheckValues };

function valuesFrom(fields: Record<string, string | undefined>): CheckValues {
  const parsed = CheckFields.safeParse({ intent: fields.intent, text: fields.text ?? "", language: fields.language ?? "", drop: fields.drop });
  return parsed.success ? parsed.data : { ...BLANK_CHECK, text: fields.text ?? "" };
}

/** Reads the /check form (pasted text or an uploaded file) into the text to analyze, or a localized error code. */
export async function readCheckForm(request: Request): Promise<ReadCheckForm> {
  const read = await readOfferForm(request);
  const values = valuesFrom(read.fields);
  if (!read.ok) return { ok: false, code: read.code, values };
  const language = read.form.get("language");
  if (language !== null && language !== "" && language !== "fr" && language !== "en") {
    return { ok: false, code: "invalid_language", values: { ...values, language: "" } };
  }

  const offer = await offerText(read.form.get("file"), values.text);
  if (!offer.ok) return { ok: false, code: offer.code, values };
  if (!offer.text.trim()) return { ok: false, code: "empty", values };
  if (utf8Length(offer.text) > MAX_TEXT_BYTES) return { ok: false, code: "text_too_long", values };
  return { ok: true, input: { ...values, text: offer.text, fromFile: offer.fromFile } };
}
