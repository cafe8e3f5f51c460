import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Piscina from "piscina";
import type { FileKind } from "./convert-file.server";
import type { WorkerOutcome } from "./extract-worker.server";
import { MAX_UPLOAD_BYTES } from "./limits";

export type ExtractErrorCode = "unsupported_type" | "unreadable" | "file_too_big" | "file_too_complex" | "file_too_slow" | "no_text";

export type ExtractResult = { ok: true; kind: FileKind; text: string } | { ok: false; code: ExtractErrorCode };

/** What an upload is enough of: a browser File, or anything shaped like one. */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const BY_EXTENSION: Record<string, FileKind> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  docx: "docx",
  pdf: "pdf",
};

const BY_MIME: Record<string, FileKind> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/pdf": "pdf",
};

/** The extension decides, because browsers send vague or wrong MIME types for .md and .docx. */
export function fileKind(name: string, mime: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension) return BY_EXTENSION[extension] ?? null;
  return BY_MIME[mime.split(";")[0]!.trim().toLowerCase()] ?? null;
}

/** Trims each line's end and collapses runs of blank lines left by conversions. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Parsing runs in worker threads: a hostile file may exhaust the worker's capped heap or
// its time, never the server's, and the server keeps answering everything else meanwhile.
// `npm start` runs the worker compiled into build/ (app/cli/build.mjs); `npm run dev` and the
// CLIs run from the TypeScript sources, so the worker does too.
const BUILT_WORKER = resolve("build/extract-worker.js");
const useBuiltWorker = process.env.NODE_ENV !== "development" && existsSync(BUILT_WORKER);
const TIME_LIMIT_MS = 10_000;
const HEAP_LIMIT_MB = 192;

let pool: Piscina | undefined;

function extractionPool(): Piscina {
  pool ??= new Piscina({
    filename: pathToFileURL(useBuiltWorker ? BUILT_WORKER : resolve("app/intake/extract-worker.server.ts")).href,
    maxThreads: 2,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, maxYoungGenerationSizeMb: 32 },
    execArgv: useBuiltWorker ? [] : ["--import", "tsx"],
  });
  return pool;
}

/** The worker ran out of its time or of its heap (and was ended for it). */
function overBudget(error: unknown): boolean {
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "AbortError" || code === "ERR_WORKER_OUT_OF_MEMORY";
}

async function convertInWorker(kind: FileKind, bytes: Uint8Array): Promise<ExtractResult | string | null> {
  let outcome: WorkerOutcome;
  try {
    outcome = await extractionPool().run({ kind, bytes }, { signal: AbortSignal.timeout(TIME_LIMIT_MS), transferList: [bytes.buffer as ArrayBuffer] });
  } catch (error) {
    if (overBudget(error)) return { ok: false, code: "file_too_slow" };
    throw error;
  }
  if (outcome.ok) return outcome.text;
  // Corrupt zips, broken or password-protected PDFs: the parsers' errors say nothing useful to a user.
  return { ok: false, code: outcome.tooComplex ? "file_too_complex" : "unreadable" };
}

/** The offer text of an uploaded file, or why there is none. */
export async function extractText(file: UploadedFile): Promise<ExtractResult> {
  const kind = fileKind(file.name, file.type);
  if (!kind) return { ok: false, code: "unsupported_type" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, code: "file_too_big" };
  const raw = await convertInWorker(kind, new Uint8Array(await file.arrayBuffer()));
  if (raw === null) return { ok: false, code: "unreadable" };
  if (typeof raw !== "string") return raw;
  const text = tidyText(raw);
  return text ? { ok: true, kind, text } : { ok: false, code: "no_text" };
}
