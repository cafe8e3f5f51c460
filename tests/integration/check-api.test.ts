import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Analysis } from "#app/analysis/types";
import type { CheckActionData } from "#app/check/check-action.server";
import { MAX_TEXT_BYTES, MAX_UPLOAD_BYTES } from "#app/intake/limits";
import { countAnalyses, findAnalysis, saveAnalysis, StoredAnalysisJson } from "#app/models/analysis.server";
import { getCompiledTaxonomy } from "#app/analysis-service/analyze-offers.server";
import { action as apiAction, loader as apiLoader } from "#app/routes/api.analyze";
import { loader as savedLoader } from "#app/routes/check.$id";
import { action as checkAction } from "#app/routes/check._index";
import { Kysely, PostgresDialect } from "kysely";
import type { DB } from "#db/client";
import type { Database } from "#db/schema";
import { startApp, type RunningApp } from "#tests/support/app-server";
import { OVERLOADED_EN, OVERLOADED_FR } from "#tests/support/check-offers";
import { fileOf, makeDocx } from "#tests/support/document-fixtures";
import { describeEachBackend } from "#tests/support/test-db";

const BASE = "http://localhost";

function apiRequest(body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "application/json" }, method = "POST") {
  return new Request(`${BASE}/api/analyze`, { method, headers, body });
}

function callApi(db: DB, request: Request) {
  return apiAction({ request, context: { db }, params: {} } as ActionFunctionArgs) as Promise<Response>;
}

function checkForm(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request(`${BASE}/check?index`, { method: "POST", body: form, headers: { "Accept-Language": "fr" } });
}

function callCheck(db: DB, request: Request) {
  return checkAction({ request, context: { db }, params: {} } as ActionFunctionArgs) as Promise<Response>;
}

/** Every evidence passage must point at its own words in the display text. */
function expectConsistentEvidence(analysis: Analysis) {
  for (const family of analysis.families) {
    for (const e of family.evidence) expect(analysis.text.slice(e.start, e.end)).toBe(e.text);
  }
}

function expectContractShape(analysis: Analysis) {
  expect(analysis.language === "fr" || analysis.language === "en").toBe(true);
  expect(Array.isArray(analysis.families)).toBe(true);
  for (const f of analysis.families) {
    expect(typeof f.id).toBe("string");
    expect(["core", "light"]).toContain(f.depth);
    expect(f.share).toBeGreaterThanOrEqual(0);
    expect(f.share).toBeLessThanOrEqual(1);
  }
  expect(Array.isArray(analysis.roles)).toBe(true);
  expect(analysis.roleCount).toBe(analysis.roles.length);
  expect(["focused", "stretched", "overloaded", "out_of_scope"]).toContain(analysis.verdict);
  expect(typeof analysis.analyzerVersion).toBe("string");
  expect(typeof analysis.taxonomyVersion).toBe("string");
}

describeEachBackend("POST /api/analyze and the /check form", (db) => {
  it("analyzes the classic overloaded offer and stores nothing", async () => {
    const before = await countAnalyses(db());
    const res = await callApi(db(), apiRequest(JSON.stringify({ text: OVERLOADED_FR })));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    const analysis = (await res.json()) as Analysis;
    expectContractShape(analysis);
    expectConsistentEvidence(analysis);
    expect(analysis.language).toBe("fr");
    expect(analysis.verdict).toBe("overloaded");
    expect(analysis.roleCount).toBeGreaterThanOrEqual(3);
    expect(analysis.families.map((f) => f.id)).toEqual(expect.arrayContaining(["web_development", "graphic_design", "photo_video"]));
    expect(await countAnalyses(db())).toBe(before);
  });

  it("honours a forced language", async () => {
    const res = await callApi(db(), apiRequest(JSON.stringify({ text: OVERLOADED_EN, language: "fr" })));
    expect(res.status).toBe(200);
    expect(((await res.json()) as Analysis).language).toBe("fr");
  });

  it.each([
    ["a missing text", {}, "text"],
    ["a number as text", { text: 42 }, "text"],
    ["null as text", { text: null }, "text"],
    ["an array as text", { text: ["a"] }, "text"],
    ["an unknown language", { text: "SEO", language: "de" }, "language"],
    ["a language of the wrong type", { text: "SEO", language: 1 }, "language"],
  ])("answers 400 with the field for %s", async (_label, body, field) => {
    const res = await callApi(db(), apiRequest(JSON.stringify(body)));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string[]> } };
    expect(error.code).toBe("invalid_request");
    expect(error.message).toBeTruthy();
    expect(Object.keys(error.fields)).toEqual([field]);
  });

  it("answers 400 for malformed JSON, a non-object body and an empty text", async () => {
    const bad = await callApi(db(), apiRequest("{ text: "));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
    const list = await callApi(db(), apiRequest("[1,2]"));
    expect(list.status).toBe(400);
    expect(((await list.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    const blank = await callApi(db(), apiRequest(JSON.stringify({ text: " \n\t " })));
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as { error: { code: string; fields: object } }).error).toMatchObject({ code: "empty_text", fields: { text: expect.any(Array) } });
  });

  it("answers 413 for a text over 200 KB, a body over the limit, and a declared length over it", async () => {
    const long = await callApi(db(), apiRequest(JSON.stringify({ text: "é".repeat(MAX_TEXT_BYTES / 2 + 1) })));
    expect(long.status).toBe(413);
    expect(((await long.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

    const padded = JSON.stringify({ text: "SEO" }) + " ".repeat(MAX_TEXT_BYTES + 4096);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(padded);
        for (let i = 0; i < bytes.length; i += 16_384) controller.enqueue(bytes.subarray(i, i + 16_384));
        controller.close();
      },
    });
    const streamed = new Request(`${BASE}/api/analyze`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: chunked,
      duplex: "half",
    } as RequestInit);
    expect(streamed.headers.get("Content-Length")).toBeNull();
    expect((await callApi(db(), streamed)).status).toBe(413);

    const declared = apiRequest(JSON.stringify({ text: "SEO" }), { "Content-Type": "application/json", "Content-Length": String(10 * 1024 * 1024) });
    expect((await callApi(db(), declared)).status).toBe(413);
  });

  it("answers 415 for a body that is not declared as JSON", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", ""]) {
      const res = await callApi(db(), apiRequest(JSON.stringify({ text: "SEO" }), type ? { "Content-Type": type } : {}));
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    }
    const charset = await callApi(db(), apiRequest(JSON.stringify({ text: "SEO" }), { "Content-Type": "application/json; charset=utf-8" }));
    expect(charset.status).toBe(200);
  });

  it("answers 405 with Allow: POST for GET", async () => {
    const res = (await apiLoader({ request: new Request(`${BASE}/api/analyze`, { headers: { "Accept-Language": "en" } }), context: { db: db() }, params: {} } as LoaderFunctionArgs)) as Response;
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("POST");
    expect(await res.json()).toEqual({ error: { code: "method_not_allowed", message: "Use POST to analyze an offer." } });
  });

  it("analyzes pasted HTML as its text, and never returns markup in evidence", async () => {
    const html = `<h1>Community Manager</h1><p>Vos missions :</p><ul><li>Créer des visuels sur <b>Photoshop</b></li><li>Intégration <code>HTML/CSS</code> et développement PHP</li><li><script>alert("x")</script>Animer la communauté</li></ul><img src=x onerror="alert(1)">`;
    const res = await callApi(db(), apiRequest(JSON.stringify({ text: html })));
    expect(res.status).toBe(200);
    const analysis = (await res.json()) as Analysis;
    expectConsistentEvidence(analysis);
    expect(analysis.text).not.toMatch(/<\/?(h1|p|ul|li|b|img|script)\b/i);
    expect(analysis.families.map((f) => f.id)).toContain("web_development");
  });

  it("survives odd Unicode: emoji, combining accents, zero-width marks, RTL text, NUL and lone surrogates", async () => {
    const text = [
      "Community Manager 🚀🎬 H/F",
      "Cre\u0301ation de visuels sur Photosh\u200Bop et Illustrator",
      "Retouche photo • montage vidéo 👩🏽‍💻",
      "مدير المجتمع — développement PHP\u0000",
      "Lone \uD800 surrogate, ﬁnance, ＳＥＯ",
    ].join("\n");
    const res = await callApi(db(), apiRequest(JSON.stringify({ text })));
    expect(res.status).toBe(200);
    const analysis = (await res.json()) as Analysis;
    expectContractShape(analysis);
    expectConsistentEvidence(analysis);
  });

  it("answers 503 when the database is down", async () => {
    // A pool that cannot connect: what the app sees when PostgreSQL is unreachable.
    const down: DB = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: { connect: () => Promise.reject(new Error("connect ECONNREFUSED")), end: async () => {} } as never }),
    });
    const res = await callApi(down, apiRequest(JSON.stringify({ text: OVERLOADED_FR })));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");

    const form = await callCheck(down, checkForm({ intent: "analyze", text: OVERLOADED_FR }));
    expect(form.status).toBe(503);
    expect(await form.json()).toMatchObject({ status: "error", code: "db_down", values: { text: OVERLOADED_FR } });
  });

  it("compiles the taxonomy once per version", async () => {
    const first = await getCompiledTaxonomy(db());
    expect(await getCompiledTaxonomy(db())).toBe(first);
  });

  it("saves a checked offer under an unguessable id and shows it again at its permalink", async () => {
    const before = await countAnalyses(db());
    const res = await callCheck(db(), checkForm({ intent: "analyze", text: OVERLOADED_FR.replace(/\n/g, "\r\n"), language: "" }));
    expect(res.status).toBe(302);
    const location = res.headers.get("Location") ?? "";
    const id = /^\/check\/([A-Za-z0-9_-]+)$/.exec(location)?.[1];
    expect(id).toBeDefined();
    expect(id!.length).toBeGreaterThanOrEqual(16);
    expect(await countAnalyses(db())).toBe(before + 1);

    const saved = await findAnalysis(db(), StoredAnalysisJson, id!);
    expect(saved).not.toBeNull();
    // Browsers send CRLF; what is stored and analyzed uses LF, so offsets match the text shown.
    expect(saved!.text).toBe(OVERLOADED_FR);
    expect(saved!.language).toBe("fr");
    expect(saved!.analyzerVersion).toBe(saved!.result.analyzerVersion);
    expect(saved!.taxonomyVersion).toBe(saved!.result.taxonomyVersion);
    expect(saved!.createdAt).toBeInstanceOf(Date);
    expect(saved!.result.verdict).toBe("overloaded");

    const page = (await savedLoader({
      request: new Request(`${BASE}${location}`, { headers: { "Accept-Language": "en" } }),
      context: { db: db() },
      params: { id },
    } as unknown as LoaderFunctionArgs)) as Response;
    const data = (await page.json()) as { url: string; view: { verdict: string; roleCount: number; text: string; roles: { id: string; cardHref: string }[] } };
    expect(data.url).toBe(`${BASE}${location}`);
    expect(data.view.verdict).toBe("overloaded");
    expect(data.view.roleCount).toBe(saved!.result.roleCount);
    expect(data.view.text).toBe(saved!.result.text);
    for (const role of data.view.roles) expect(role.cardHref).toMatch(new RegExp(`^/cards/new\\?profile=${role.id}(&duties=[\\w.,-]+)?$`));
  });

  it("answers 404 for unknown and malformed permalinks", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAAAA", "short", "../../etc/passwd", "x".repeat(500)]) {
      const call = savedLoader({ request: new Request(`${BASE}/check/x`), context: { db: db() }, params: { id } } as unknown as LoaderFunctionArgs);
      await expect(call).rejects.toSatisfy((r: unknown) => r instanceof Response && r.status === 404);
    }
  });

  it("shows the result but stores nothing when the offer is not to be kept, or only previewed", async () => {
    const before = await countAnalyses(db());
    const dropped = await callCheck(db(), checkForm({ intent: "analyze", text: OVERLOADED_FR, drop: "on" }));
    expect(dropped.status).toBe(200);
    const data = (await dropped.json()) as CheckActionData;
    expect(data.status).toBe("ok");
    if (data.status !== "ok") return;
    expect(data.preview).toBe(false);
    expect(data.values.drop).toBe(true);
    expect(data.view.verdict).toBe("overloaded");
    for (const m of data.view.marks) expect(m.end).toBeGreaterThan(m.start);

    const preview = await callCheck(db(), checkForm({ intent: "preview", text: OVERLOADED_FR }));
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as CheckActionData & { preview: boolean }).preview).toBe(true);
    expect(await countAnalyses(db())).toBe(before);
  });

  it("analyzes an uploaded .docx and puts its text back in the form", async () => {
    const docx = makeDocx(OVERLOADED_FR.split("\n").filter(Boolean));
    const res = await callCheck(db(), checkForm({ intent: "analyze", text: "", drop: "on", file: fileOf("offre.docx", docx) }));
    expect(res.status).toBe(200);
    const data = (await res.json()) as CheckActionData;
    expect(data.status).toBe("ok");
    if (data.status !== "ok") return;
    expect(data.fromFile).toBe(true);
    expect(data.values.text).toContain("Community Manager H/F");
    expect(data.view.verdict).toBe("overloaded");
  });

  it("explains form errors and keeps what was typed", async () => {
    const empty = await callCheck(db(), checkForm({ intent: "analyze", text: "  \r\n " }));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ status: "error", code: "empty" });

    const typed = "Texte tapé à garder";
    const unsupported = await callCheck(db(), checkForm({ text: typed, file: fileOf("offre.odt", "x") }));
    expect(unsupported.status).toBe(415);
    expect(await unsupported.json()).toMatchObject({ status: "error", code: "unsupported_type", values: { text: typed } });

    const corrupt = await callCheck(db(), checkForm({ text: typed, file: fileOf("offre.pdf", "%PDF-1.7 nothing else") }));
    expect(corrupt.status).toBe(422);
    expect(await corrupt.json()).toMatchObject({ code: "unreadable", values: { text: typed } });

    const big = await callCheck(db(), checkForm({ text: typed, drop: "on", file: fileOf("offre.txt", Buffer.alloc(MAX_UPLOAD_BYTES + 10, 0x61)) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: "file_too_big", values: { text: typed, drop: true } });

    const long = await callCheck(db(), checkForm({ text: "a".repeat(MAX_TEXT_BYTES + 1) }));
    expect(long.status).toBe(413);
    expect(await long.json()).toMatchObject({ code: "text_too_long" });
  });

  it("round-trips a stored result through the repository unchanged", async () => {
    const result = { verdict: "focused", nested: { list: [1, "é", null] } };
    const saved = await saveAnalysis(db(), { text: "t", result, analyzerVersion: "a", taxonomyVersion: "b", language: "en" });
    const found = await findAnalysis(db(), z.unknown(), saved.id);
    expect(found).toMatchObject({ id: saved.id, text: "t", result, analyzerVersion: "a", taxonomyVersion: "b", language: "en" });
    expect(await findAnalysis(db(), z.unknown(), saved.id.slice(0, -1) + (saved.id.endsWith("A") ? "B" : "A"))).toBeNull();
  });
});

describe("POST /api/analyze over HTTP", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("serves the analysis and the errors as JSON", async () => {
    const ok = await fetch(`${app.baseUrl}/api/analyze`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: OVERLOADED_EN }),
    });
    expect(ok.status).toBe(200);
    const analysis = (await ok.json()) as Analysis;
    expect(analysis.language).toBe("en");
    expect(analysis.verdict).toBe("overloaded");

    const get = await fetch(`${app.baseUrl}/api/analyze`, { headers: { "Accept-Language": "fr-FR" } });
    expect(get.status).toBe(405);
    expect(((await get.json()) as { error: { message: string } }).error.message).toBe("Utilisez POST pour analyser une offre.");

    const form = await fetch(`${app.baseUrl}/api/analyze`, { method: "POST", body: new URLSearchParams({ text: "SEO" }) });
    expect(form.status).toBe(415);

    const big = await fetch(`${app.baseUrl}/api/analyze`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(MAX_TEXT_BYTES + 1) }),
    });
    expect(big.status).toBe(413);
  });

  it("stores a no-JavaScript form post and redirects to its permalink", async () => {
    const form = new FormData();
    form.append("text", OVERLOADED_FR);
    form.append("intent", "analyze");
    const res = await fetch(`${app.baseUrl}/check?index`, { method: "POST", body: form, redirect: "manual" });
    expect(res.status).toBe(302);
    const location = res.headers.get("Location")!;
    const page = await fetch(new URL(location, app.baseUrl), { headers: { "Accept-Language": "fr" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Poste surchargé");
    expect(html).toMatch(/\d métiers en un/);

    const missing = await fetch(`${app.baseUrl}/check/AAAAAAAAAAAAAAAAAAAAAAAA`, { headers: { "Accept-Language": "en" } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Analysis not found");
  });
});
