import { parse } from "csv-parse";
import { Readable } from "node:stream";
import type { BadRow } from "./offer-schema";
import type { RawRecord } from "./read-offers.server";

// The columns RoleScope knows, by the header names exports from job boards and
// spreadsheets commonly use, in French and English.
const ALIASES: Record<string, string> = {
  text: "text", description: "text", body: "text", content: "text", offer: "text", texte: "text", annonce: "text", offre: "text",
  title: "title", job_title: "title", titre: "title", poste: "title", intitule: "title", "intitulé": "title",
  company: "company", employer: "company", entreprise: "company", societe: "company", "société": "company", employeur: "company",
  location: "location", city: "location", lieu: "location", ville: "location", localisation: "location",
  date: "date", posted: "date", posted_at: "date", published: "date", published_at: "date", date_publication: "date",
  url: "url", link: "url", lien: "url",
  id: "id", ref: "id", reference: "id", "référence": "id",
};

function columnOf(header: string): string {
  const key = header.trim().toLowerCase().replace(/\s+/g, "_");
  return ALIASES[key] ?? `other:${key}`;
}

/** Spreadsheets in French locales write `;`; the header line tells which separator the file uses. */
function delimiterOf(headerLine: string): string {
  const counts = [",", ";", "\t"].map((d) => ({ d, n: headerLine.split(d).length }));
  return counts.sort((a, b) => b.n - a.n)[0]!.d;
}

// csv-parse counts a CR LF inside a quoted field as two lines, so line numbers drift on
// Windows files; normalizing to LF first keeps `info.lines` true to the file.
async function* toLf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let heldCr = false;
  for await (const chunk of chunks) {
    let text: string = (heldCr ? "\r" : "") + chunk;
    heldCr = text.endsWith("\r");
    if (heldCr) text = text.slice(0, -1);
    yield text.replace(/\r\n?/g, "\n");
  }
  if (heldCr) yield "\n";
}

/** Reads the header line first (to pick the separator), then hands the whole text on. */
async function headerAndRest(input: AsyncIterable<string>): Promise<{ header: string; all: AsyncIterable<string> }> {
  const iterator = input[Symbol.asyncIterator]();
  let head = "";
  while (!head.includes("\n")) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
  }
  async function* all() {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { header: head.split("\n", 1)[0]!, all: all() };
}

/** Records of a CSV text with a header row, each with the line it starts on; broken records as bad rows. */
export async function* readCsv(input: AsyncIterable<string>): AsyncGenerator<RawRecord | BadRow> {
  const { header, all } = await headerAndRest(toLf(input));
  const columns = header.split(delimiterOf(header)).map((h) => columnOf(h.replace(/^"|"$/g, "")));
  if (!columns.includes("text")) {
    yield { line: 1, reason: "no_text_column" };
    return;
  }
  const skipped: BadRow[] = [];
  const parser = Readable.from(all).pipe(
    parse({
      delimiter: delimiterOf(header),
      columns: (names: string[]) => names.map(columnOf),
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
    }),
  );
  parser.on("skip", (error: Error & { lines?: number }) => skipped.push({ line: error.lines ?? 0, reason: "bad_csv" }));
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number }; raw: string }>) {
    yield* skipped.splice(0);
    // info.lines is the record's last line; a quoted field may span several.
    const inner = raw.replace(/^\n+/, "").replace(/\n$/, "");
    yield { line: info.lines - (inner.split("\n").length - 1), record };
  }
  yield* skipped.splice(0);
}
