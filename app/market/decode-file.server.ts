import { createReadStream } from "node:fs";
import iconv from "iconv-lite";

/**
 * What a spreadsheet or a job board writes: UTF-8 (with or without a BOM), UTF-16 with a
 * BOM (Excel's "Unicode text"), or Windows-1252 (Excel's plain "CSV" on a French or
 * English Windows).
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type EncodingCheck = { ok: true; encoding: TextEncoding } | { ok: false; reason: "not_text" | "bad_encoding" };

// Bytes Windows-1252 leaves undefined: a file holding them was written in another code page.
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

function bomOf(head: Buffer): Exclude<TextEncoding, "windows-1252"> | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return null;
}

/** True when `decoder` takes the whole stream without an invalid sequence. */
function strictDecoder(encoding: "utf-8" | "utf-16le" | "utf-16be") {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let valid = true;
  return {
    push(chunk: Buffer) {
      if (!valid) return;
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
    },
    valid() {
      if (!valid) return false;
      try {
        decoder.decode();
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Reads the file once to tell its encoding: a BOM says it, valid UTF-8 is UTF-8, and
 * anything else is taken for Windows-1252 unless it holds bytes no text file has
 * (NUL: a spreadsheet or an archive renamed .csv) or bytes 1252 does not define.
 */
export async function detectEncoding(path: string): Promise<EncodingCheck> {
  let bom: TextEncoding | null | undefined;
  let strict: ReturnType<typeof strictDecoder> | undefined;
  let nul = false;
  let undefinedIn1252 = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (bom === undefined) {
      bom = bomOf(chunk);
      strict = strictDecoder(bom === "utf-16le" || bom === "utf-16be" ? bom : "utf-8");
    }
    strict!.push(chunk);
    if (bom === null || bom === "utf-8") {
      nul ||= chunk.includes(0);
      undefinedIn1252 ||= UNDEFINED_IN_1252.some((byte) => chunk.includes(byte));
    }
  }
  if (!strict) return { ok: true, encoding: "utf-8" };
  if (nul) return { ok: false, reason: "not_text" };
  const valid = strict.valid();
  if (bom) return valid ? { ok: true, encoding: bom } : { ok: false, reason: "bad_encoding" };
  if (valid) return { ok: true, encoding: "utf-8" };
  return undefinedIn1252 ? { ok: false, reason: "bad_encoding" } : { ok: true, encoding: "windows-1252" };
}

/**
 * The file's text in `encoding`, chunk by chunk, without its BOM. Windows-1252 goes
 * through iconv-lite's own table: Node's TextDecoder has it only on full-ICU builds, and
 * since 20.18.3 its one-shot decode takes it for Latin-1 (€ and œ come out as control
 * characters, nodejs/node#60888).
 */
export async function* decodeFile(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder =
    encoding === "windows-1252"
      ? iconv.getDecoder("windows-1252")
      : (() => {
          const text = new TextDecoder(encoding);
          return { write: (chunk: Buffer) => text.decode(chunk, { stream: true }), end: () => text.decode() };
        })();
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end() ?? "";
  if (rest) yield rest;
}
