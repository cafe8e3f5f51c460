import mammoth from "mammoth";
import type { Readable } from "node:stream";
import { getDocumentProxy } from "unpdf";
import yauzl from "yauzl";
import { htmlToText } from "#app/analysis/input";
import { MAX_INFLATED_BYTES, MAX_PDF_PAGES } from "./limits";
import { markdownToText } from "./markdown-to-text";

// The file conversions, run inside the extraction worker (extract-worker.server.ts): an
// upload is untrusted input to large parsers, so its cost is checked while it is read.

export type FileKind = "txt" | "md" | "html" | "docx" | "pdf";

/** The file unpacks to far more than an offer (a zip bomb) or has far more pages. */
export class FileTooComplex extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "FileTooComplex";
  }
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

async function drain(stream: Readable, budget: { left: number }): Promise<void> {
  try {
    for await (const chunk of stream) {
      budget.left -= (chunk as Buffer).byteLength;
      if (budget.left < 0) throw new FileTooComplex("inflated size over the limit");
    }
  } catch (error) {
    // yauzl's own check: the entry inflates to more than its header declared, the mark of a bomb.
    if (error instanceof Error && /too many bytes/i.test(error.message)) throw new FileTooComplex(error.message);
    throw error;
  } finally {
    stream.destroy();
  }
}

/**
 * Unpacks every entry once, counting real bytes, before mammoth (which trusts the zip)
 * sees it: declared sizes are checked first, and yauzl refuses an entry that inflates
 * to more than it declared, so a lying header cannot get past either check.
 */
async function assertZipWithinLimits(buffer: Buffer): Promise<void> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  const budget = { left: MAX_INFLATED_BYTES };
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > MAX_INFLATED_BYTES) throw new FileTooComplex("declared inflated size over the limit");
      if (entry.fileName.endsWith("/")) continue;
      await drain(await zip.openReadStreamPromise(entry), budget);
    }
  } finally {
    zip.close();
  }
}

async function docxToText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await assertZipWithinLimits(buffer);
  const { value } = await mammoth.extractRawText({ buffer });
  return value;
}

async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new FileTooComplex(`${pdf.numPages} pages`);
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

/** The raw text of a file of `kind`, or null when its bytes are not that kind at all. */
export async function convertBytes(kind: FileKind, bytes: Uint8Array): Promise<string | null> {
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
