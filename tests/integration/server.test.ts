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

  it("keeps its data across a stop and a restart, and does not seed twice", async () => {
    await app.stop();
    expect(app.output()).toContain("taxonomy: seeded");
    app = await startApp({ dataDir });
    expect(app.output()).toContain("taxonomy: unchanged");
    const res = await fetch(app.baseUrl + "/healthz");
    expect(res.status).toBe(200);
  });
});
