import PDFDocument from "pdfkit";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

// Tiny .pdf and .docx files built at test time, so no binary fixture sits in the repo.

export function makePdf(pages: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: true });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      doc.text(text);
    });
    doc.end();
  });
}

interface ZipEntry {
  name: string;
  packed: Buffer;
  crc: number;
  /** The inflated size the headers declare (a bomb may lie). */
  size: number;
}

function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, packed, crc, size } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function entryOf(name: string, content: string | Buffer): ZipEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, packed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** A zip archive (deflated entries, no extras): just what a .docx reader needs. */
export function makeZip(files: Record<string, string | Buffer>): Buffer {
  return zipOf(Object.entries(files).map(([name, content]) => entryOf(name, content)));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const DOCX_PARTS = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>",
};

const DOCUMENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_TAIL = "</w:body></w:document>";

/** A minimal Word document: one paragraph per string. */
export function makeDocx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("");
  return makeZip({ ...DOCX_PARTS, "word/document.xml": DOCUMENT_HEAD + body + DOCUMENT_TAIL });
}

/**
 * A real decompression bomb: a valid .docx whose one paragraph inflates to `inflatedBytes`
 * of text, compressed chunk by chunk so the test never holds it whole. With `declaredSize`
 * its headers lie about that size, as hostile files do.
 */
export async function makeDocxBomb(inflatedBytes: number, options: { declaredSize?: number } = {}): Promise<Buffer> {
  const head = Buffer.from(DOCUMENT_HEAD + '<w:p><w:r><w:t xml:space="preserve">', "utf8");
  const tail = Buffer.from("</w:t></w:r></w:p>" + DOCUMENT_TAIL, "utf8");
  const chunk = Buffer.alloc(1024 * 1024, "community manager ");
  let crc = 0;
  function* pieces() {
    yield head;
    for (let left = inflatedBytes - head.length - tail.length; left > 0; left -= chunk.length) {
      yield left >= chunk.length ? chunk : chunk.subarray(0, left);
    }
    yield tail;
  }
  const packed: Buffer[] = [];
  const deflate = createDeflateRaw({ level: 9 });
  deflate.on("data", (data: Buffer) => packed.push(data));
  await pipeline(
    Readable.from(pieces()).map((piece: Buffer) => {
      crc = crc32(piece, crc);
      return piece;
    }),
    deflate,
  );
  const document = { name: "word/document.xml", packed: Buffer.concat(packed), crc, size: options.declaredSize ?? inflatedBytes };
  return zipOf([...Object.entries(DOCX_PARTS).map(([name, content]) => entryOf(name, content)), document]);
}

/** What the form upload hands the extractor, without going through HTTP. */
export function fileOf(name: string, bytes: Buffer | string, type = ""): File {
  return new File([typeof bytes === "string" ? Buffer.from(bytes, "utf8") : new Uint8Array(bytes)], name, { type });
}
