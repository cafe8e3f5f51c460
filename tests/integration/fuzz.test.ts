import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "#tests/support/app-server";
import { rssMiB } from "#tests/support/process-memory";
import { pgliteFolderFromTemplate } from "#tests/support/test-db";

// Malformed requests of every kind to the API and the form actions of a running server:
// none may get a 5xx, crash it, or make its memory grow without bound.

const RUNS = 2_000;

const TARGETS = [
  "/api/analyze",
  "/api/compare",
  "/api/taxonomy",
  "/check?index",
  "/check?index&_data=routes%2Fcheck._index",
  "/compare?index",
  "/login",
  "/signup",
  "/logout",
  "/cards/scope",
  "/cards/new",
  "/taxonomy/entries/community_management.moderation",
  "/lang/en",
  "/check/abc",
  "/compare/abc",
];

const CONTENT_TYPES = [
  "application/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=fuzz",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "text/plain",
  "application/xml",
  "application/json; charset=latin1",
  "",
  "t\u00e9xt/h\u00fbh; boundary=\u00ff",
];

const FIELD_NAMES = ["text", "text-1", "file", "file-1", "email", "password", "confirm", "next", "intent", "language", "profile", "drop", "save", "duties.0.share", "__proto__", "scope"];

/** Strings with what breaks parsers: NULs, lone surrogates, control and bidi characters, percent signs. */
const nasty = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("\u0000", "%00", "%", "%E0%A4%A", "\ud800", "\u202e", "\r\n--fuzz--\r\n", "/\t/evil.example", "{\"text\":", "[]", "null", "1e999", "\\u0000"),
);

/** Lone surrogates cannot be percent-encoded; the raw variants below still send them as they are. */
const encode = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));

const urlencoded = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), nasty), nasty), { maxLength: 8 }).map((pairs) =>
  pairs.map(([k, v]) => `${encode(k)}=${v.length % 5 === 0 ? v : encode(v)}`).join("&"),
);

const multipart = fc
  .array(
    fc.record({
      name: fc.oneof(fc.constantFrom(...FIELD_NAMES), nasty),
      filename: fc.option(fc.constantFrom("offre.pdf", "offre.docx", "offre.txt", "x.exe", "", "a\"b.md"), { nil: undefined }),
      value: fc.oneof(nasty, fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("latin1"))),
    }),
    { maxLength: 6 },
  )
  .chain((parts) =>
    fc.constantFrom(true, false).map((closed) => {
      const body = parts
        .map(({ name, filename, value }) => {
          const file = filename === undefined ? "" : `; filename="${filename}"`;
          return `--fuzz\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${value}\r\n`;
        })
        .join("");
      return body + (closed ? "--fuzz--\r\n" : "");
    }),
  );

const json = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ text: fc.oneof(nasty, fc.integer(), fc.constant(null)), language: fc.oneof(nasty, fc.constant("fr")), profile: nasty }).map((v) => JSON.stringify(v)),
  nasty,
);

const requests = fc.record({
  path: fc.oneof(
    { arbitrary: fc.constantFrom(...TARGETS), weight: 8 },
    { arbitrary: nasty.map((s) => `/${encode(s)}`), weight: 1 },
    { arbitrary: fc.constantFrom("/taxonomy/entries/%00", "/cards/%ff", "/roles/..%2f..%2f"), weight: 1 },
  ),
  method: fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH"),
  contentType: fc.constantFrom(...CONTENT_TYPES),
  body: fc.oneof(urlencoded, multipart, json, fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b).toString("latin1"))),
  origin: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.constantFrom("null", "https://evil.example", "not a url"), weight: 1 }),
  lang: fc.constantFrom("fr", "en", "de", "*;q=abc"),
});

describe("fuzzing the API and the form actions", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "rolescope-fuzz-"));
  let app: RunningApp;

  beforeAll(async () => {
    await pgliteFolderFromTemplate(dataDir);
    // Generous limits, so that requests reach the parsers instead of stopping at 429.
    const env = { RATE_LIMIT_API_PER_MINUTE: "1000000", RATE_LIMIT_SAVES_PER_HOUR: "1000000", RATE_LIMIT_SIGNUPS_PER_HOUR: "1000000" };
    app = await startApp({ dataDir, env });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`answers ${RUNS} malformed requests without a 5xx or a crash, in bounded memory`, async () => {
    const pid = app.process.pid!;
    const startRss = rssMiB(pid);
    let sent = 0;
    let peak = startRss;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests, async (r) => {
        const headers: Record<string, string> = { "Accept-Language": r.lang };
        if (r.contentType) headers["Content-Type"] = r.contentType;
        if (r.origin) headers.Origin = r.origin;
        const hasBody = r.method !== "GET";
        const response = await fetch(app.baseUrl + r.path, { method: r.method, headers, body: hasBody ? r.body : undefined, redirect: "manual" });
        await response.arrayBuffer();
        sent++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (sent % 100 === 0) peak = Math.max(peak, rssMiB(pid));
        expect(response.status, `${r.method} ${r.path} (${r.contentType})`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    const endRss = rssMiB(pid);
    console.log(
      `fuzz: ${sent} requests; server RSS ${startRss} MiB at start, peak ${Math.max(peak, endRss)} MiB, ${endRss} MiB at end; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    expect(app.process.exitCode).toBeNull();
    expect((await fetch(app.baseUrl + "/healthz")).status).toBe(200);
    // Bounded: a leak of even a few KB per request would show over 2,000 of them.
    expect(endRss).toBeLessThan(startRss + 400);
  }, 600_000);
});
