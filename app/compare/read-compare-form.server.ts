import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { extractText } from "~/check/extract-text.server";
import { MAX_TEXT_BYTES, MAX_UPLOAD_BYTES, normalizeNewlines, utf8Length } from "~/check/limits";
import type { CompareErrorCode } from "~/i18n/compare";
import { BLANK_COMPARE, CompareFields, SLOTS, type CompareValues } from "./compare-form";

export interface CompareOffer {
  slot: number;
  text: string;
  fromFile: boolean;
}

export type ReadCompareForm =
  | { ok: true; values: CompareValues; offers: CompareOffer[] }
  | { ok: false; code: CompareErrorCode; slot: number | null; values: CompareValues };

function valuesFrom(fields: Record<string, unknown>): CompareValues {
  const parsed = CompareFields.safeParse({
    profile: fields.profile ?? "",
    texts: SLOTS.map((n) => (typeof fields[`text-${n}`] === "string" ? fields[`text-${n}`] : "")),
    save: fields.save ?? undefined,
  });
  return parsed.success ? parsed.data : BLANK_COMPARE;
}

const slotOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1]) || null;

/** Plain fields are kept as they stream by: an oversized file still leaves the typed texts to refill. */
async function readMultipart(request: Request) {
  const seen: Record<string, string> = {};
  const fields: UploadHandler = async ({ name, filename, data }) => {
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
    return { formData: await unstable_parseMultipartFormData(request, unstable_composeUploadHandlers(fields, files)) };
  } catch (error) {
    if (!(error instanceof MaxPartSizeExceededError)) throw error;
    const code = error.field.startsWith("file") ? ("file_too_big" as const) : ("text_too_long" as const);
    return { tooBig: code, slot: slotOf(error.field), seen };
  }
}

async function readForm(request: Request) {
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) return readMultipart(request);
  return { formData: await request.formData() };
}

function chosenFile(value: FormDataEntryValue | null): File | null {
  // An empty file input still sends a part: no name, no bytes.
  return value instanceof File && (value.name !== "" || value.size > 0) ? value : null;
}

/** Reads the /compare form: each slot's text, or its file's text when one was chosen. */
export async function readCompareForm(request: Request): Promise<ReadCompareForm> {
  const read = await readForm(request);
  if (!("formData" in read) || !read.formData) {
    return { ok: false, code: read.tooBig, slot: read.slot, values: valuesFrom(read.seen) };
  }
  const form = read.formData;
  const values = valuesFrom(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  const offers: CompareOffer[] = [];
  for (const slot of SLOTS) {
    const file = chosenFile(form.get(`file-${slot}`));
    let text = values.texts[slot - 1] ?? "";
    if (file) {
      const extracted = await extractText(file);
      if (!extracted.ok) return { ok: false, code: extracted.code, slot, values };
      text = extracted.text;
      values.texts[slot - 1] = text;
    }
    text = normalizeNewlines(text);
    if (!text.trim()) continue;
    if (utf8Length(text) > MAX_TEXT_BYTES) return { ok: false, code: "text_too_long", slot, values };
    offers.push({ slot, text, fromFile: Boolean(file) });
  }
  if (!offers.length) return { ok: false, code: "empty", slot: null, values };
  return { ok: true, values, offers };
}
