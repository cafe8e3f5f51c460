import { stringify } from "csv-stringify";
import { Readable } from "node:stream";
import type { DB } from "#app/db.server";
import { exportRunResults, type ExportRow } from "#app/models/market-result.server";

const CSV_COLUMNS = [
  "line",
  "id",
  "title",
  "company",
  "location",
  "date",
  "url",
  "language",
  "title_profile",
  "verdict",
  "role_count",
  "roles",
  "families",
  "core_families",
] as const;

function csvRecord(row: ExportRow): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const a = row.analysis;
  return {
    line: row.line,
    id: row.externalId ?? "",
    title: row.title ?? "",
    company: row.company ?? "",
    location: row.location ?? "",
    date: row.postedOn ?? "",
    url: row.url ?? "",
    language: a.language,
    title_profile: a.title?.profile ?? "",
    verdict: a.verdict,
    role_count: a.roleCount,
    roles: a.roles.join("|"),
    families: a.families.map((f) => `${f.id}:${f.share}`).join("|"),
    core_families: a.families.filter((f) => f.depth === "core").map((f) => f.id).join("|"),
  };
}

function jsonLine(row: ExportRow): string {
  const { line, externalId, title, company, location, postedOn, url, analysis } = row;
  return `${JSON.stringify({ line, id: externalId, title, company, location, date: postedOn, url, analysis })}\n`;
}

/** Web streams carry bytes: whatever the source yields (strings, Buffers) goes out as UTF-8. */
async function* asBytes(source: AsyncIterable<string | Buffer>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}

function download(body: Readable, type: string, fileName: string): Response {
  return new Response(Readable.toWeb(Readable.from(asBytes(body))) as ReadableStream, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
  });
}

/** The run's analyses, streamed page by page from the database. */
export function exportRun(db: DB, runId: number, format: "csv" | "jsonl"): Response {
  const rows = exportRunResults(db, runId);
  if (format === "jsonl") {
    return download(Readable.from((async function* () { for await (const row of rows) yield jsonLine(row); })()), "application/x-ndjson; charset=utf-8", `market-run-${runId}.jsonl`);
  }
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS], bom: true });
  const source = Readable.from((async function* () { for await (const row of rows) yield csvRecord(row); })());
  source.on("error", (error) => csv.destroy(error));
  return download(source.pipe(csv), "text/csv; charset=utf-8", `market-run-${runId}.csv`);
}
