import { decodeFile, detectEncoding, type TextEncoding } from "./decode-file.server";
import { readCsv } from "./read-csv.server";
import { readJsonLines } from "./read-jsonl.server";
import { readZip } from "./read-zip.server";
import { MAX_OFFERS_PER_RUN, validateOfferRow, type BadRow, type OfferRow } from "./offer-schema";

/** One record as read from the file, before validation. */
export interface RawRecord {
  line: number;
  record: unknown;
  /** The zip entry it came from. */
  name?: string;
}

export type ImportFormat = "csv" | "jsonl" | "zip";

export function importFormat(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "csv" || extension === "tsv") return "csv";
  if (extension === "jsonl" || extension === "ndjson" || extension === "json") return "jsonl";
  if (extension === "zip") return "zip";
  return null;
}

export type ReadOffer = { ok: true; line: number; row: OfferRow } | { ok: false; bad: BadRow };

export interface OfferFile {
  /** The encoding a CSV or JSON Lines file is read in; null for a zip (each entry is its own document). */
  encoding: TextEncoding | null;
  offers: AsyncGenerator<ReadOffer>;
}

/**
 * The offers of the file at `path`, validated, in file order: good rows and bad rows
 * alike, so a caller keeps the good ones and reports the others. Stops after
 * MAX_OFFERS_PER_RUN good rows with one "too_many_offers" row. A text file whose
 * encoding cannot be told is one bad row at line 1.
 */
export async function openOfferFile(path: string, format: ImportFormat): Promise<OfferFile> {
  if (format === "zip") return { encoding: null, offers: validated(readZip(path)) };
  const check = await detectEncoding(path);
  if (!check.ok) return { encoding: null, offers: validated([{ line: 1, reason: check.reason }]) };
  const text = decodeFile(path, check.encoding);
  return { encoding: check.encoding, offers: validated(format === "csv" ? readCsv(text) : readJsonLines(text)) };
}

async function* validated(records: AsyncIterable<RawRecord | BadRow> | Iterable<RawRecord | BadRow>): AsyncGenerator<ReadOffer> {
  let good = 0;
  for await (const item of records) {
    if ("reason" in item) {
      yield { ok: false, bad: item };
      continue;
    }
    const checked = validateOfferRow(item.line, item.record);
    if (!checked.ok) {
      yield { ok: false, bad: item.name ? { ...checked.bad, name: item.name } : checked.bad };
      continue;
    }
    if (good === MAX_OFFERS_PER_RUN) {
      yield { ok: false, bad: { line: item.line, reason: "too_many_offers" } };
      return;
    }
    good += 1;
    yield checked;
  }
}
