import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import type { CheckErrorCode } from "~/i18n/check";
import { extractText } from "./extract-text.server";
import { CheckFields, type CheckValues } from "./check-form";
import { MAX_TEXT_BYTES, MAX_UPLOAD_BYTES, normalizeNewlines, utf8Length } from "./limits";

export interface CheckInput extends CheckValues {
  fromFile: boolean;
}

export type ReadCheckForm = { ok: true; input: CheckInput } | { ok: false; code: CheckErrorCode; values: CheckValues };

const EMPTY: CheckValues = { intent: "analyze", text: "", language: "", drop: false };

function valuesFrom(fields: Record<string, FormDataEntryValue | undefined>): CheckValues {
  const parsed = CheckFields.safeParse({
    intent: fields.intent,
    text: typeof fields.text === "string" ? fields.text : "",
    language: fields.language ?? "",
    drop: fields.drop,
  });
  return parsed.success ? parsed.data : { ...EMPTY, text: typeof fields.text === "string" ? fields.text : "" };
}

/**
 * Plain fields are recorded as they stream by, so that an oversized file that aborts the
 * parse still leaves the typed text to put back in the form.
 */
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
    if (error instanceof MaxPartSizeExceededError) {
      return { tooBig: error.field === "file" ? ("file_too_big" as const) : ("text_too_long" as const), seen };
    }
    throw error;
  }
}

async function readForm(request: Request) {
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) return readMultipart(request);
  return { formData: await request.formData() };
}

function chosenFile(value: FormDataEntryValue | null): File | null {
  // A file input left empty still sends a part: no name, no bytes.
  return value instanceof File && (value.name !== "" || value.size > 0) ? value : null;
}

/** Reads the /check form (pasted text or an uploaded file) into the text to analyze, or a localized error code. */
export async function readCheckForm(request: Request): Promise<ReadCheckForm> {
  const read = await readForm(request);
  if (!("formData" in read) || !read.formData) {
    return { ok: false, code: read.tooBig, values: valuesFrom(read.seen) };
  }
  const form = read.formData;
  const values = valuesFrom(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  const language = form.get("language");
  if (language !== null && language !== "" && language !== "fr" && language !== "en") {
    return { ok: false, code: "invalid_language", values: { ...values, language: "" } };
  }

  const file = chosenFile(form.get("file"));
  let text = values.text;
  if (file) {
    const extracted = await extractText(file);
    if (!extracted.ok) return { ok: false, code: extracted.code, values };
    text = extracted.text;
  }
  text = normalizeNewlines(text);
  if (!text.trim()) return { ok: false, code: "empty", values };
  if (utf8Length(text) > MAX_TEXT_BYTES) return { ok: false, code: "text_too_long", values };
  return { ok: true, input: { ...values, text, fromFile: Boolean(file) } };
}
