import { htmlToText } from "~/analysis/input";
import { MAX_UPLOAD_BYTES } from "./limits";
import { markdownToText } from "./markdown-to-text";

export type FileKind = "txt" | "md" | "html" | "docx" | "pdf";

export type ExtractErrorCode = "unsupported_type" | "unreadable" | "file_too_big" | "no_text";

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

function startsWith(bytes: Uint8Array, signature: string): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature.charCodeAt(i)) return false;
  return true;
}

/** UTF-8 first; files saved by older French Windows tools are often Windows-1252. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // A NUL byte in a text file means a binary file with a text extension.
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node's TextDecoder treats windows-1252 as Latin-1, losing œ, €, curly quotes and dashes.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

// The document libraries load on the first upload of their kind, not at start-up.
async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text);
    }
    return pages.join("\n\n");
  } finally {
    await pdf.destroy();
  }
}

/** Trims each line's end and collapses runs of blank lines left by conversions. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

async function convertBytes(kind: FileKind, bytes: Uint8Array): Promise<string | null> {
  switch (kind) {
    case "txt":
      return decodeText(bytes);
    case "md": {
      const text = decodeText(bytes);
      return text === null ? null : markdownToText(text);
    }
    case "html": {
      const text = decodeText(bytes);
      return text === null ? null : htmlToText(text);
    }
    case "docx":
      return startsWith(bytes, "PK\u0003\u0004") ? docxToText(bytes) : null;
    case "pdf":
      return startsWith(bytes, "%PDF-") ? pdfToText(bytes) : null;
  }
}

/** The offer text of an uploaded file, or why there is none. */
export async function extractText(file: UploadedFile): Promise<ExtractResult> {
  const kind = fileKind(file.name, file.type);
  if (!kind) return { ok: false, code: "unsupported_type" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, code: "file_too_big" };
  let raw: string | null;
  try {
    raw = await convertBytes(kind, new Uint8Array(await file.arrayBuffer()));
  } catch {
    // Corrupt zips, broken or password-protected PDFs: the parsers' errors say nothing useful to a user.
    return { ok: false, code: "unreadable" };
  }
  if (raw === null) return { ok: false, code: "unreadable" };
  const text = tidyText(raw);
  return text ? { ok: true, kind, text } : { ok: false, code: "no_text" };
}
