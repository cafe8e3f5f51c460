import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type NodeOnDiskFile,
} from "@remix-run/node";
import { z } from "zod";
import { text } from "#app/forms/form-values";
import { importFormat, type ImportFormat } from "./read-offers.server";

/** A whole job board export: 100,000 offers of a few KB each. */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;

const UploadFields = z.object({
  name: z.string().trim().max(200, { error: "name_too_long" }).default(""),
});

export type UploadError = "file_missing" | "file_type" | "file_too_big" | "name_too_long";

export type MarketUpload =
  | { ok: true; path: string; fileName: string; format: ImportFormat; name: string; discard(): Promise<void> }
  | { ok: false; code: UploadError; name: string };

/** The upload goes to a temporary file, never to memory: the readers stream it from disk. */
export async function readMarketUpload(request: Request): Promise<MarketUpload> {
  const files = unstable_createFileUploadHandler({
    directory: join(tmpdir(), "rolescope-market"),
    maxPartSize: MAX_IMPORT_BYTES,
    avoidFileConflicts: true,
    filter: ({ name }) => name === "file",
  });
  // The file on disk gets a name of its own (upload_123.csv): keep the one the user chose.
  let chosenName: string | undefined;
  const named: typeof files = (part) => {
    if (part.name === "file") chosenName = part.filename;
    return files(part);
  };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_composeUploadHandlers(named, unstable_createMemoryUploadHandler({ maxPartSize: 10_000 })));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, code: "file_too_big", name: "" };
    throw error;
  }
  const name = text(form, "name");
  const fields = UploadFields.safeParse({ name });
  const file = form.get("file") as NodeOnDiskFile | string | null;
  const path = file && typeof file !== "string" ? file.getFilePath() : null;
  const discard = async () => {
    if (path) await rm(path, { force: true });
  };
  if (!fields.success) {
    await discard();
    return { ok: false, code: "name_too_long", name };
  }
  if (!path || !file || typeof file === "string" || !file.size) {
    await discard();
    return { ok: false, code: "file_missing", name };
  }
  const fileName = basename(chosenName || file.name);
  const format = importFormat(fileName);
  if (!format) {
    await discard();
    return { ok: false, code: "file_type", name };
  }
  return { ok: true, path, fileName, format, name: fields.data.name || fileName, discard };
}
