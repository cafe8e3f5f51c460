import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOffers, type ReadOffer } from "~/market/read-offers.server";
import { parsePostingDate } from "~/market/offer-schema";

const dir = mkdtempSync(join(tmpdir(), "market-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: string): Promise<ReadOffer[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: ReadOffer[] = [];
  for await (const item of readOffers(path, name.endsWith(".csv") ? "csv" : "jsonl")) out.push(item);
  return out;
}

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
