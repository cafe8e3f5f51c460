import { MAX_TEXT_BYTES, utf8Length } from "#app/intake/limits";
import { offerText, readOfferForm } from "#app/intake/offer-form.server";
import type { CompareErrorCode } from "#app/i18n/compare";
import { CompareFields } from "./compare-schema";
import { BLANK_COMPARE, SLOTS, type CompareValues } from "./compare-values";

export interface CompareOffer {
  slot: number;
  text: string;
  fromFile: boolean;
}

export type ReadCompareForm =
  | { ok: true; values: CompareValues; offers: CompareOffer[] }
  | { ok: false; code: CompareErrorCode; slot: number | null; values: CompareValues };

function valuesFrom(fields: Record<string, string | undefined>): CompareValues {
  const parsed = CompareFields.safeParse({
    profile: fields.profile ?? "",
    texts: SLOTS.map((n) => fields[`text-${n}`] ?? ""),
    save: fields.save,
  });
  return parsed.success ? parsed.data : BLANK_COMPARE;
}

const slotOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1]) || null;

/** Reads the /compare form: each slot's text, or its file's text when one was chosen. */
export async function readCompareForm(request: Request): Promise<ReadCompareForm> {
  const read = await readOfferForm(request);
  const values = valuesFrom(read.fields);
  if (!read.ok) return { ok: false, code: read.code, slot: slotOf(read.field), values };
  const offers: CompareOffer[] = [];
  for (const slot of SLOTS) {
    const offer = await offerText(read.form.get(`file-${slot}`), values.texts[slot - 1] ?? "");
    if (!offer.ok) return { ok: false, code: offer.code, slot, values };
    // The file's text goes back in its slot, so that a refused form keeps it.
    if (offer.fromFile) values.texts[slot - 1] = offer.text;
    if (!offer.text.trim()) continue;
    if (utf8Length(offer.text) > MAX_TEXT_BYTES) return { ok: false, code: "text_too_long", slot, values };
    offers.push({ slot, text: offer.text, fromFile: offer.fromFile });
  }
  if (!offers.length) return { ok: false, code: "empty", slot: null, values };
  return { ok: true, values, offers };
}
