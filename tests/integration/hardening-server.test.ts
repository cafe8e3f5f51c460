import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoleCardSchema } from "#app/cards/card-schema";
import { createRoleCard } from "#app/models/role-card.server";
import { createWorkspace } from "#app/models/workspace.server";
import { createUser } from "#app/models/user.server";
import { startApp, type RunningApp } from "#tests/support/app-server";
import { makeDocxBomb } from "#tests/support/document-fixtures";
import { rssMiB, watchRss } from "#tests/support/process-memory";
import { pgliteFolderFromTemplate } from "#tests/support/test-db";
import { validCard } from "#tests/unit/cards/support";

const EMAIL = "owner@example.com";
const PASSWORD = "correct horse battery staple";
const OFFER = "Community manager H/F. Missions : animer la communauté, modérer les commentaires.";

describe("the hardened HTTP server", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "rolescope-hardening-"));
  let app: RunningApp;
  let cardId = 0;

  beforeAll(async () => {
    // An account and a card, so a PDF can be asked for.
    await pgliteFolderFromTemplate(dataDir, async (db) => {
      const owner = await createUser(db, { email: EMAIL, password: PASSWORD });
      const workspace = await createWorkspace(db, { name: "Hardening", ownerId: owner.id });
      const scope = { workspaceId: workspace.id, userId: owner.id, role: "owner" as const };
      cardId = (await createRoleCard(db, scope, RoleCardSchema.parse(validCard()))).id;
    });
    app = await startApp({ dataDir, env: { TRUST_PROXY: "loopback" } });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(app.baseUrl + path, { method: "POST", body, headers, redirect: "manual" });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

  async function logIn(): Promise<string> {
    const response = await post("/login", form({ email: EMAIL, password: PASSWORD, next: "/cards" }), FORM);
    expect(response.status).toBe(302);
    return response.headers.get("Set-Cookie")!.split(";")[0]!;
  }

  it("sends a nonce-based CSP and the other security headers on pages, JSON and PDF", async () => {
    const page = await fetch(app.baseUrl + "/check");
    const csp = page.headers.get("Content-Security-Policy")!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
    const html = await page.text();
    // Every inline script carries this response's nonce, and no other script is inline.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect((await fetch(app.baseUrl + "/check")).headers.get("Content-Security-Policy")).not.toContain(nonce);

    const cookie = await logIn();
    const pdf = await fetch(`${app.baseUrl}/cards/${cardId}/kit.pdf`, { headers: { Cookie: cookie } });
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    const json = await fetch(app.baseUrl + "/api/taxonomy");
    expect(json.headers.get("Content-Type")).toMatch(/^application\/json/);
    for (const response of [page, pdf, json]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("X-Frame-Options")).toBe("DENY");
      expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
      expect(response.headers.get("Strict-Transport-Security")).toBeNull();
    }
    // Behind a trusted proxy that terminated https, browsers are told to stay on https.
    const secure = await fetch(app.baseUrl + "/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(secure.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
  });

  it("refuses cross-site posts, wrong content types, oversized and chunked form bodies before reading them", async () => {
    const statusOf = async (path: string, body: BodyInit, headers: Record<string, string>) => (await post(path, body, headers)).status;
    expect(await statusOf("/check", form({ text: OFFER }), { ...FORM, Origin: "https://evil.example" })).toBe(403);
    expect(await statusOf("/cards/new", form({}), { ...FORM, Origin: "https://evil.example" })).toBe(403);
    expect(await statusOf("/api/analyze", JSON.stringify({ text: OFFER }), { "Content-Type": "application/json", Origin: "https://evil.example" })).toBe(403);
    expect(await statusOf("/check", JSON.stringify({ text: OFFER }), { "Content-Type": "application/json" })).toBe(415);
    expect(await statusOf("/login", "email=a", { "Content-Type": "text/plain" })).toBe(415);
    expect(await statusOf("/check", "--b\r\nnot multipart at all", { "Content-Type": "multipart/form-data; boundary=b" })).toBe(400);

    const huge = `text=${"a".repeat(5 * 1024 * 1024)}`;
    const tooLarge = await post("/check", huge, { ...FORM, "Accept-Language": "en" });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toMatch(/could not be read/);

    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("text=endless"));
      },
    });
    const chunked = await fetch(app.baseUrl + "/check", { method: "POST", body: stream, headers: FORM, duplex: "half" } as RequestInit);
    expect(chunked.status).toBe(411);
  });

  it("answers 404 to a NUL byte in an address instead of a 500", async () => {
    for (const path of ["/taxonomy/entries/%00", "/check/%00", "/cards/%00", "/roles/%00x", "/taxonomy/%E0%A4%A"]) {
      expect((await fetch(app.baseUrl + path)).status, path).toBe(404);
    }
  });

  it("never redirects off-site, whatever trick `next` holds", async () => {
    for (const next of ["/%09/evil.example", "/%0A/evil.example", "/%5Cevil.example", "//evil.example", "/%0D%0A/evil.example"]) {
      const lang = await fetch(`${app.baseUrl}/lang/en?next=${next}`, { redirect: "manual" });
      expect(lang.status, next).toBe(302);
      expect(lang.headers.get("Location"), next).toBe("/");
      const login = await fetch(`${app.baseUrl}/login?next=${next}`);
      expect(login.status, next).toBe(200);
      // The form posts the cleaned value back; the page keeps no other trace of it as a target.
      expect(await login.text(), next).toContain('<input type="hidden" name="next" value="/"/>');
    }
  });

  it("answers 429 with Retry-After and a localized message after repeated wrong passwords", async () => {
    const attempt = (password: string) => post("/login", form({ email: "target@example.com", password }), { ...FORM, "Accept-Language": "fr" });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong ${i}`)).status).toBe(400);
    const refused = await attempt("whatever");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(29);
    expect(await refused.text()).toContain("Trop de tentatives");
  });

  it("ends a session at logout: the old cookie no longer opens /cards", async () => {
    const cookie = await logIn();
    expect((await fetch(app.baseUrl + "/cards/new", { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(200);
    const out = await post("/logout", "", { ...FORM, Cookie: cookie });
    expect(out.status).toBe(302);
    const replay = await fetch(app.baseUrl + "/cards/new", { headers: { Cookie: cookie }, redirect: "manual" });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("Location")).toMatch(/^\/login\?next=/);
  });

  it("refuses a decompression bomb in seconds with a localized 413, and keeps answering meanwhile", async () => {
    const bomb = await makeDocxBomb(300 * 1024 * 1024);
    const body = new FormData();
    body.set("text", "");
    body.set("file", new File([new Uint8Array(bomb)], "offre.docx"));
    const before = rssMiB(app.process.pid!);
    const rss = watchRss(app.process.pid!);
    const started = performance.now();
    const answer = fetch(app.baseUrl + "/check?index", { method: "POST", body, headers: { "Accept-Language": "en" } });
    const health = await fetch(app.baseUrl + "/healthz");
    const response = await answer;
    const seconds = (performance.now() - started) / 1000;
    const peak = rss.stop();
    console.log(`bomb: ${Math.round(bomb.length / 1024)} KB inflating to 300 MiB → ${response.status} in ${seconds.toFixed(2)} s; server RSS ${before} MiB before, peak ${peak} MiB`);
    expect(health.status).toBe(200);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Once unpacked, this file is far larger");
    expect((await fetch(app.baseUrl + "/healthz")).status).toBe(200);
  });

  it("lets `user:create` refuse clearly while the server holds the PGlite folder", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "app/cli/user-create.ts", "--email", "late@example.com"], {
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, USER_PASSWORD: "long enough pass" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`is in use by process ${app.process.pid}`);
    expect(run.stdout).not.toContain("created");
  });
});
