import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openOfferFile, type ReadOffer } from "#app/market/read-offers.server";
import { parsePostingDate } from "#app/market/offer-schema";
import { windows1252 } from "#tests/support/market";

const dir = mkdtempSync(join(tmpdir(), "market-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readWithEncoding(name: string, content: string | Buffer): Promise<{ encoding: string | null; rows: ReadOffer[] }> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const rows: ReadOffer[] = [];
  const { encoding, offers } = await openOfferFile(path, name.endsWith(".csv") ? "csv" : "jsonl");
  for await (const item of offers) rows.push(item);
  return { encoding, rows };
}

async function read(name: string, content: string | Buffer): Promise<ReadOffer[]> {
  return (await readWithEncoding(name, content)).rows;
}

const ACCENTED = "Chargé(e) de communication à Besançon : créer des visuels, gérer la communauté, être à l’écoute ; cœur de métier. Salaire 32 000 € brut.";

describe("CSV import", () => {
  it("keeps good rows, reports bad ones by the line they start on, across CRLF and quoted line breaks", async () => {
    const csv = [
      "Title;Description;Location;Date;URL",
      'Community manager;"Animer la communauté\r\net modérer";Lyon;12/03/2026;https://example.org/1',
      "",
      "Graphiste;;Paris;2026-03-01;",
      "Rédacteur;Rédiger des articles;Nantes;31/02/2026;",
      "Traffic manager;Piloter les campagnes;Lille;2026-04;ftp://nope",
      "SEO;Optimiser le référencement;Rennes;;",
    ].join("\r\n");
    const rows = await read("offers.csv", csv);
    expect(rows.filter((r) => r.ok).map((r) => r.ok && [r.line, r.row.title, r.row.date, r.row.location])).toEqual([
      [2, "Community manager", "2026-03-12", "Lyon"],
      [8, "SEO", undefined, "Rennes"],
    ]);
    expect(rows.filter((r) => !r.ok).map((r) => !r.ok && r.bad)).toEqual([
      { line: 5, field: "text", reason: "missing_text" },
      { line: 6, field: "date", reason: "bad_date" },
      { line: 7, field: "url", reason: "bad_url" },
    ]);
  });

  it("refuses a file without a text column as a whole", async () => {
    const rows = await read("no-text.csv", "title,company\nCM,Acme\n");
    expect(rows).toEqual([{ ok: false, bad: { line: 1, reason: "no_text_column" } }]);
  });
});

describe("character encodings", () => {
  const csv = (separator: string) => ["Intitulé", "Texte", "Lieu"].join(separator) + "\r\n" + ["Chargé(e) de communication", `"${ACCENTED}"`, "Besançon"].join(separator) + "\r\n";

  it.each([
    ["Windows-1252 (Excel's plain CSV)", windows1252(csv(";")), "windows-1252"],
    ["UTF-8 with a BOM (Excel's CSV UTF-8)", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(","), "utf8")]), "utf-8"],
    ["UTF-8 without a BOM", Buffer.from(csv(","), "utf8"), "utf-8"],
    ["UTF-16 LE with a BOM (Excel's Unicode text)", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv("\t"), "utf16le")]), "utf-16le"],
  ])("reads %s with its accents, œ and €", async (_, bytes, expected) => {
    const { encoding, rows } = await readWithEncoding("accents.csv", bytes);
    expect(encoding).toBe(expected);
    expect(rows).toEqual([{ ok: true, line: 2, row: { text: ACCENTED, title: "Chargé(e) de communication", location: "Besançon" } }]);
  });

  it("refuses a file that is not text, and one whose encoding cannot be told, as a whole", async () => {
    const xlsx = Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(40), Buffer.from("xl/workbook.xml")]);
    expect(await read("workbook.csv", xlsx)).toEqual([{ ok: false, bad: { line: 1, reason: "not_text" } }]);
    // 0x81 and 0x8D mean nothing in Windows-1252 and break UTF-8: a DOS or Mac code page.
    const unknown = Buffer.concat([Buffer.from("text\nR", "latin1"), Buffer.from([0x81, 0x8d]), Buffer.from("daction\n", "latin1")]);
    expect(await read("dos.csv", unknown)).toEqual([{ ok: false, bad: { line: 1, reason: "bad_encoding" } }]);
    const oddUtf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("text\nabc\n", "utf16le"), Buffer.from([0x41])]);
    expect(await read("odd.csv", oddUtf16)).toEqual([{ ok: false, bad: { line: 1, reason: "bad_encoding" } }]);
  });

  it("reads JSON Lines saved with a BOM", async () => {
    const { encoding, rows } = await readWithEncoding("bom.jsonl", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ text: ACCENTED }), "utf8")]));
    expect(encoding).toBe("utf-8");
    expect(rows).toEqual([{ ok: true, line: 1, row: { text: ACCENTED } }]);
  });
});

describe("JSON Lines import", () => {
  it("reports lines that are not JSON objects and keeps the rest", async () => {
    const rows = await read(
      "offers.jsonl",
      ['{"text":"Gérer les réseaux sociaux","id":7}', "{oops", "", "[1,2]", '{"text":"Write blog posts","url":"https://x.io/a"}'].join("\n"),
    );
    expect(rows.map((r) => (r.ok ? { line: r.line, id: r.row.id } : r.bad))).toEqual([
      { line: 1, id: "7" },
      { line: 2, reason: "bad_json" },
      { line: 4, reason: "not_an_object" },
      { line: 5, id: undefined },
    ]);
  });
});

describe("posting dates", () => {
  it.each([
    ["2026-03-12T08:00:00Z", "2026-03-12"],
    ["3/1/2026", "2026-01-03"],
    ["2026-02", "2026-02-01"],
    ["2026-02-30", null],
    ["next week", null],
  ])("%s → %s", (raw, expected) => {
    expect(parsePostingDate(raw)).toBe(expected);
  });
});
