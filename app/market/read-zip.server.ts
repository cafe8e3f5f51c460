import { promisify } from "node:util";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { extractText, fileKind } from "#app/intake/extract-text.server";
import { MAX_UPLOAD_BYTES } from "#app/intake/limits";
import type { BadRow } from "./offer-schema";
import type { RawRecord } from "./read-offers.server";

const openZip = promisify<string, yauzl.Options, ZipFile>(yauzl.open);

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry) => done(entry);
    const onEnd = () => done(null);
    const onError = (error: Error) => {
      zip.off("entry", onEntry).off("end", onEnd);
      reject(error);
    };
    function done(entry: Entry | null) {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
      resolve(entry);
    }
    zip.once("entry", onEntry).once("end", onEnd).once("error", onError);
    zip.readEntry();
  });
}

async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const stream = await promisify(zip.openReadStream.bind(zip))(entry);
  const chunks: Buffer[] = [];
  // yauzl checks the inflated size against the declared one, so a lying entry errors here.
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Folders, macOS resource forks and hidden files are not offers.
const IGNORED = /(^|\/)(__MACOSX\/|\.)|\/$/;

/** Each .txt/.md/.html/.docx/.pdf file of a zip is one offer, its name the offer's id. */
export async function* readZip(path: string): AsyncGenerator<RawRecord | BadRow> {
  let zip: ZipFile;
  try {
    zip = await openZip(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    yield { line: 1, reason: "unreadable_file" };
    return;
  }
  try {
    let position = 0;
    for (;;) {
      let entry: Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch {
        yield { line: position + 1, reason: "unreadable_file" };
        return;
      }
      if (!entry) return;
      if (IGNORED.test(entry.fileName)) continue;
      position += 1;
      const name = entry.fileName;
      if (!fileKind(name, "")) {
        yield { line: position, name, reason: "unsupported_file" };
        continue;
      }
      if (entry.uncompressedSize > MAX_UPLOAD_BYTES) {
        yield { line: position, name, reason: "file_too_big" };
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readEntry(zip, entry);
      } catch {
        yield { line: position, name, reason: "unreadable_file" };
        continue;
      }
      const extracted = await extractText({
        name,
        type: "",
        size: bytes.byteLength,
        arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      });
      if (!extracted.ok) {
        const reason = extracted.code === "no_text" ? "missing_text" : extracted.code === "file_too_big" ? "file_too_big" : "unreadable_file";
        yield { line: position, name, reason };
        continue;
      }
      yield { line: position, name, record: { text: extracted.text, id: name } };
    }
  } finally {
    zip.close();
  }
}
