import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "#tests/support/app-server";

describe("the server on embedded PGlite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "rolescope-restart-"));
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ dataDir });
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers /healthz with the database status", async () => {
    const res = await fetch(app.baseUrl + "/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ db: "ok" });
  });

  it("serves pages without JavaScript, in the Accept-Language", async () => {
    const res = await fetch(app.baseUrl + "/", { headers: { "Accept-Language": "en-US,en;q=0.9,fr;q=0.5" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("One job, one role.");
  });

  it("sends pages, scripts and JSON compressed to clients that accept it, and plain to those that do not", async () => {
    const { request } = await import("node:http");
    // fetch always asks for compression and decodes it: a raw request shows what goes over the wire.
    const raw = (path: string, headers: Record<string, string>, body?: string) =>
      new Promise<{ encoding?: string; bytes: number }>((resolve, reject) => {
        const req = request(app.baseUrl + path, { method: body ? "POST" : "GET", headers }, (res) => {
          let bytes = 0;
          res.on("data", (chunk: Buffer) => (bytes += chunk.length));
          res.on("end", () => resolve({ encoding: res.headers["content-encoding"], bytes }));
        });
        req.on("error", reject);
        req.end(body);
      });
    const page = await raw("/check", { "Accept-Encoding": "gzip" });
    const plain = await raw("/check", {});
    expect(page.encoding).toBe("gzip");
    expect(plain.encoding).toBeUndefined();
    expect(page.bytes).toBeLessThan(plain.bytes / 2);
    const script = /(?:src|href)="(\/build\/[^"]+\.js)"/.exec(await (await fetch(app.baseUrl + "/check")).text())![1]!;
    expect((await raw(script, { "Accept-Encoding": "gzip, deflate, br" })).encoding).toBe("br");
    const api = await raw("/api/analyze", { "Accept-Encoding": "gzip", "Content-Type": "application/json" }, JSON.stringify({ text: "Community manager H/F\nAnimer nos réseaux sociaux et modérer la communauté." }));
    expect(api.encoding).toBe("gzip");
  });

  it("keeps its data across a stop and a restart, and does not seed twice", async () => {
    await app.stop();
    expect(app.output()).toContain("taxonomy: seeded");
    app = await startApp({ dataDir });
    expect(app.output()).toContain("taxonomy: unchanged");
    const res = await fetch(app.baseUrl + "/healthz");
    expect(res.status).toBe(200);
  });
});
