// Requests against the built server (`npm start`'s command): analyses under load next to
// the analyzer's own one-core rate, the JavaScript /check ships, and a 200 KB offer's page.
import autocannon from "autocannon";
import { gzipSync } from "node:zlib";
import { analyze, compileTaxonomy } from "#app/analysis/index";
import { checkedAnalysis } from "#app/compliance/checked-analysis";
import { compileRules } from "#app/compliance/compile";
import { loadSeedRules } from "#seeds/compliance-files";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { launchBrowser } from "#tests/support/chromium";
import { startApp, type RunningApp } from "#tests/support/app-server";
import { buildOffers, corpusTexts } from "./analyzer-bench";
import { median, row, rssMiB } from "./report";

const SECONDS = 10;

/** Runs per second of `work` on one core, in this process, with no HTTP around it. */
function oneCoreRate(work: () => unknown): number {
  for (let i = 0; i < 200; i++) work();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    work();
    n++;
  }
  return (n / (performance.now() - t0)) * 1000;
}

async function apiRate(app: RunningApp, offer: string) {
  const request = { method: "POST" as const, headers: { "content-type": "application/json" }, body: JSON.stringify({ text: offer }) };
  // Warm-up: the analyzer threads compile the taxonomy and the JIT settles.
  await autocannon({ url: `${app.baseUrl}/api/analyze`, connections: 50, duration: 3, ...request });
  const result = await autocannon({ url: `${app.baseUrl}/api/analyze`, connections: 50, duration: SECONDS, timeout: 30, ...request });
  if (result.non2xx) throw new Error(`/api/analyze under load: ${result.non2xx} answers were not 2xx`);
  return { perSecond: result.requests.average, p99: result.latency.p99, timeouts: result.timeouts };
}

/** Every script /check loads (entry, route modules, their imports), gzipped as a server would send them. */
async function checkJsGzip(app: RunningApp): Promise<number> {
  const html = await (await fetch(`${app.baseUrl}/check`)).text();
  const urls = new Set([...html.matchAll(/(?:src|href)="(\/build\/[^"]+\.js)"/g)].map((m) => m[1]!));
  let bytes = 0;
  for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(app.baseUrl + url)).arrayBuffer())).length;
  return bytes;
}

/** A 200 KB offer stored through the form (no JavaScript), then its permalink: server times and a browser's. */
async function bigOffer(app: RunningApp, offer: string) {
  const server: number[] = [];
  const permalink: number[] = [];
  let location = "";
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const posted = await fetch(`${app.baseUrl}/check?index`, { method: "POST", body: new URLSearchParams({ intent: "analyze", text: offer }), redirect: "manual" });
    location = posted.headers.get("Location") ?? "";
    if (posted.status !== 302 || !location) throw new Error(`POST /check answered ${posted.status}`);
    const t1 = performance.now();
    const page = await fetch(app.baseUrl + location);
    await page.text();
    permalink.push(performance.now() - t1);
    server.push(performance.now() - t0);
  }
  const browser = await launchBrowser();
  const loads: number[] = [];
  try {
    const page = await browser.newPage();
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await page.goto(app.baseUrl + location, { waitUntil: "load" });
      loads.push(performance.now() - t0);
    }
  } finally {
    await browser.close();
  }
  return { server: median(server), permalink: median(permalink), browser: median(loads) };
}

export async function runServerBench(): Promise<void> {
  console.log("\n## Requests (the built server, PGlite)");
  const texts = corpusTexts();
  const [offer5k] = buildOffers(texts, 5_000, 1);
  const offer200k = buildOffers(texts, 199_000, 1)[0]!.slice(0, 199_000);
  const compiled = compileTaxonomy(loadSeedTaxonomy());
  const rules = compileRules(loadSeedRules());
  const floor = oneCoreRate(() => analyze(offer5k!, compiled));
  // The API answers the analysis with its compliance check (issue 16), serialized: the same work on one core.
  const sameWork = oneCoreRate(() => JSON.stringify(checkedAnalysis(offer5k!, compiled, rules)));
  // Many clients share this one address here; the per-address API quota would measure the limiter, not the server.
  const app = await startApp({ timeoutMs: 300_000, env: { RATE_LIMIT_API_PER_MINUTE: "100000000" } });
  try {
    const api = await apiRate(app, offer5k!);
    row(
      "POST /api/analyze, 50 connections, 5 KB offer",
      `${api.perSecond.toFixed(0)} req/s, p99 ${api.p99.toFixed(0)} ms${api.timeouts ? `, ${api.timeouts} timed out` : ""}`,
      `analyzer alone on one core ${floor.toFixed(0)}/s; analysis + compliance + JSON on one core ${sameWork.toFixed(0)}/s`,
      `${(api.perSecond / floor).toFixed(2)}x; ${(api.perSecond / sameWork).toFixed(2)}x of the same work`,
      ">= 1.3x",
    );
    // Analyzer threads start with the first analyses: what the server holds once they run.
    row("RSS after the API load (analyzer threads up)", `${rssMiB(app.process.pid).toFixed(0)} MiB`, "", "", "—");
    const js = await checkJsGzip(app);
    row("gzipped JS on /check", `${(js / 1024).toFixed(1)} KB`, "", "", "<= 120 KB (goal 90)");
    const big = await bigOffer(app, offer200k);
    row(
      "a 200 KB offer on /check",
      `stored and shown ${big.server.toFixed(0)} ms (permalink GET ${big.permalink.toFixed(0)} ms); Chromium permalink load ${big.browser.toFixed(0)} ms`,
      "",
      "",
      "< 500 ms",
    );
  } finally {
    await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runServerBench();
