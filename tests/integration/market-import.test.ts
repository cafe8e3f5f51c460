import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importOffers } from "#app/market/import.server";
import { analyseBatch } from "#app/market/analyse-batch.server";
import { computeFigures } from "#app/market/figures";
import type { MarketProcessing } from "#app/market/processing.server";
import type { ImportFormat } from "#app/market/read-offers.server";
import { figureRows, findRunOffer, listOffers } from "#app/models/market-result.server";
import { findMarketRun } from "#app/models/market-run.server";
import { createUser } from "#app/models/user.server";
import { createWorkspace } from "#app/models/workspace.server";
import { makeDocx, makePdf, makeZip } from "#tests/support/document-fixtures";
import { startProcessing, waitForRun, windows1252 } from "#tests/support/market";
import { describeEachBackend } from "#tests/support/test-db";

const OFFERS = join(import.meta.dirname, "../fixtures/offers");
const offer = (name: string) => readFileSync(join(OFFERS, name), "utf8");
const dir = mkdtempSync(join(tmpdir(), "market-it-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvCell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * A small labelled set: offers whose verdict the analyzer's golden tests pin down,
 * each given a location and a month here, so every figure has a known answer.
 */
const LABELLED = [
  { file: "classic-community-manager.fr.txt", verdict: "overloaded", title: "community_manager", location: "Lyon", date: "2026-01-10" },
  { file: "classic-community-manager.en.txt", verdict: "overloaded", title: "community_manager", location: "lyon ", date: "2026-01-20" },
  { file: "focused/community_manager.fr.txt", verdict: "focused", title: "community_manager", location: "Paris", date: "2026-02-01" },
  { file: "focused/community_manager.en.txt", verdict: "focused", title: "community_manager", location: "Paris", date: "" },
  { file: "focused/web_developer.fr.txt", verdict: "focused", title: "web_developer", location: "Dakar", date: "2026-02-14" },
  { file: "focused/graphic_designer.en.txt", verdict: "focused", title: "graphic_designer", location: "", date: "2026-02-15" },
  { file: "out-of-scope-accountant.fr.txt", verdict: "out_of_scope", title: null, location: "Dakar", date: "2026-01-05" },
];

function labelledCsv(): string {
  const lines = ["id,location,date,text"];
  LABELLED.forEach((o, i) => lines.push([String(i + 1), o.location, o.date, csvCell(offer(o.file))].join(",")));
  return lines.join("\n");
}

describeEachBackend("market import and analysis", (db, backend) => {
  let processing: MarketProcessing;
  let userId: number;
  let workspaceId: number;

  beforeAll(async () => {
    processing = await startProcessing(db(), backend);
    userId = (await createUser(db(), { email: `market-${backend}@example.com`, password: "correct horse battery" })).id;
    workspaceId = (await createWorkspace(db(), { name: "market", ownerId: userId })).id;
  });
  afterAll(async () => {
    await processing?.stop();
  });

  async function run(name: string, content: string | Buffer, format: ImportFormat) {
    const path = join(dir, `${backend}-${name}`);
    writeFileSync(path, content);
    const summary = await importOffers(db(), processing.queue, { path, format, name, source: name, workspaceId, createdBy: userId });
    const done = summary.total ? await waitForRun(db(), workspaceId, summary.runId) : await findMarketRun(db(), workspaceId, summary.runId);
    return { summary, run: done! };
  }

  it("imports a CSV, analyses every row and computes the figures of the labelled set", async () => {
    const { summary, run: done } = await run("labelled.csv", labelledCsv(), "csv");
    expect(summary.badRowCount).toBe(0);
    expect(done.total).toBe(LABELLED.length);
    const families = ["community_management", "web_development", "photo_video", "graphic_design"];
    const figures = computeFigures(await figureRows(db(), { runId: summary.runId }), families);
    expect(figures.total).toBe(7);
    expect(figures.verdicts).toEqual({ overloaded: 2, stretched: 0, focused: 4, out_of_scope: 1 });
    const cm = figures.byTitle.find((t) => t.key === "community_manager")!;
    expect(cm.count).toBe(4);
    expect(cm.verdicts.overloaded).toBe(2);
    expect(cm.families.web_development).toBe(2);
    expect(cm.families.photo_video).toBe(2);
    expect(cm.families.graphic_design).toBe(2);
    // The classic offers' design and video go to one content creator (a hybrid hired as one job), plus a web developer.
    expect(cm.extras.map((e) => e.role).sort()).toEqual(["content_creator", "web_developer"]);
    expect(cm.extras.every((e) => e.count === 2)).toBe(true);
    expect(figures.byTitle.find((t) => t.key === null)?.verdicts.out_of_scope).toBe(1);
    expect(figures.byLocation.map((g) => [g.key, g.count])).toEqual([
      ["dakar", 2],
      ["lyon", 2],
      ["paris", 2],
      [null, 1],
    ]);
    expect(figures.byMonth.map((g) => [g.key, g.count, g.verdicts.overloaded])).toEqual([
      ["2026-01", 3, 2],
      ["2026-02", 3, 0],
      [null, 1, 0],
    ]);
    // community management with web development: exactly the two classic offers.
    expect(figures.cooccurrence.counts[0]![1]).toBe(2);

    const drilled = await listOffers(db(), { runId: summary.runId }, { title: "community_manager", extra: "web_developer", location: "lyon" });
    // Lines are the file's: the first quoted offer spans as many lines as its text.
    const secondLine = 2 + offer(LABELLED[0]!.file).split("\n").length;
    expect(drilled.offers.map((o) => o.line)).toEqual([2, secondLine]);
    const january = await listOffers(db(), { runId: summary.runId }, { month: "2026-01", verdict: "out_of_scope" });
    expect(january.count).toBe(1);
    const pair = await listOffers(db(), { runId: summary.runId }, { family: "community_management", family2: "web_development" });
    expect(pair.count).toBe(2);
  });

  it("imports JSON Lines, keeps the good rows and reports the bad ones by line with the reason", async () => {
    const jsonl = [
      JSON.stringify({ text: offer("focused/seo_specialist.en.txt"), title: "SEO", url: "https://jobs.example/1" }),
      "{not json",
      JSON.stringify({ title: "no text" }),
      JSON.stringify({ text: offer("focused/content_writer.fr.txt"), date: "yesterday" }),
      JSON.stringify({ text: offer("focused/content_writer.fr.txt"), date: "2026-03-02" }),
      // PostgreSQL refuses U+0000 in text: it goes, the offer stays.
      JSON.stringify({ text: `${offer("focused/seo_specialist.en.txt")}\u0000`, title: "SEO\u0000" }),
    ].join("\n");
    const { summary, run: done } = await run("offers.jsonl", jsonl, "jsonl");
    expect(summary.total).toBe(3);
    expect(done.badRows).toEqual([
      { line: 2, reason: "bad_json" },
      { line: 3, field: "text", reason: "missing_text" },
      { line: 4, field: "date", reason: "bad_date" },
    ]);
    const listed = await listOffers(db(), { runId: summary.runId }, {});
    expect(listed.offers.map((o) => [o.line, o.verdict, o.title])).toEqual([
      [1, "focused", "SEO"],
      [5, "focused", null],
      [6, "focused", "SEO"],
    ]);
  });

  it("imports a zip of .txt, .html, .docx and .pdf files and reports the files it cannot use", async () => {
    const zip = makeZip({
      "offers/cm.txt": offer("classic-community-manager.fr.txt"),
      "offers/cm.html": offer("html.en.html"),
      "offers/designer.docx": makeDocx(offer("focused/graphic_designer.fr.txt").split("\n")),
      "offers/video.pdf": await makePdf([offer("focused/videographer.en.txt")]),
      "offers/photo.png": "not an offer",
      "offers/empty.txt": "   ",
      "__MACOSX/offers/._cm.txt": "resource fork",
    });
    const { summary, run: done } = await run("offers.zip", zip, "zip");
    expect(summary.total).toBe(4);
    expect(done.badRows.map((b) => [b.name, b.reason])).toEqual([
      ["offers/photo.png", "unsupported_file"],
      ["offers/empty.txt", "missing_text"],
    ]);
    const listed = await listOffers(db(), { runId: summary.runId }, {});
    expect(listed.offers.map((o) => o.verdict)).toEqual(["overloaded", "overloaded", "focused", "focused"]);
  });

  it("reads Excel's CSV exports, Windows-1252 and UTF-8 with a BOM, with their accents, œ and € intact", async () => {
    const text = `${offer("classic-community-manager.fr.txt")}\nRémunération : 32 000 € brut ; cœur de cible : l’événementiel à Besançon.`;
    const rows = (separator: string) => `Intitulé${separator}Texte${separator}Lieu\r\nCommunity manager H/F${separator}${csvCell(text)}${separator}Besançon\r\n`;
    const files: Array<[string, Buffer, string]> = [
      ["excel.csv", windows1252(rows(";")), "windows-1252"],
      ["excel-utf8.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows(","), "utf8")]), "utf-8"],
    ];
    for (const [name, bytes, encoding] of files) {
      const { summary, run: done } = await run(name, bytes, "csv");
      expect([summary.total, summary.badRowCount, done.encoding], name).toEqual([1, 0, encoding]);
      const stored = await findRunOffer(db(), summary.runId, 1);
      expect(stored?.text, name).toBe(text.trim());
      expect([stored?.title, stored?.location, stored?.verdict], name).toEqual(["Community manager H/F", "Besançon", "overloaded"]);
    }
  });

  it("refuses a workbook saved under a .csv name with a reason, as a run with no offers", async () => {
    const xlsx = makeZip({ "xl/workbook.xml": "<workbook/>" });
    const { summary, run: done } = await run("workbook.csv", xlsx, "csv");
    expect(summary.total).toBe(0);
    expect(done.status).toBe("done");
    expect(done.badRows).toEqual([{ line: 1, reason: "not_text" }]);
  });

  it("writes each offer's result once, however often a batch runs", async () => {
    const { summary } = await run("twice.csv", labelledCsv(), "csv");
    expect(await analyseBatch(db(), { runId: summary.runId, from: 1, to: LABELLED.length })).toBe(0);
    const rows = await figureRows(db(), { runId: summary.runId });
    expect(rows).toHaveLength(LABELLED.length);
  });
});
