import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importOffers } from "#app/market/import.server";
import { graphileQueue, releaseWorkerUtils } from "#app/market/graphile.server";
import { DEMO_OFFERS } from "#app/market/demo.server";
import { findMarketRun } from "#app/models/market-run.server";
import { createUser } from "#app/models/user.server";
import { createWorkspace } from "#app/models/workspace.server";
import { postgresTestDatabase } from "#tests/support/postgres-db";
import { load } from "./report";

const OFFERS = 10_000;
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/linkedin-fr-2025.jsonl", import.meta.url));

/**
 * 10,000 offers cycled from MARKET_BENCH_OFFERS (a JSON Lines file of your own), else the
 * shared corpus (real lengths), else the demo offers.
 */
function benchFile(dir: string): { path: string; source: string } {
  const own = process.env.MARKET_BENCH_OFFERS;
  const from = own || (existsSync(CORPUS) ? CORPUS : DEMO_OFFERS);
  const lines = readFileSync(from, "utf8").trim().split("\n");
  const out: string[] = [];
  for (let i = 0; i < OFFERS; i++) {
    const o = JSON.parse(lines[i % lines.length]!) as { text: string; title?: string; location?: string; listedAt?: number; date?: string };
    const date = o.listedAt ? new Date(o.listedAt).toISOString().slice(0, 10) : o.date;
    out.push(JSON.stringify({ id: String(i), text: o.text, title: o.title, location: o.location, date }));
  }
  const path = join(dir, "bench.jsonl");
  writeFileSync(path, out.join("\n"));
  const name = own ? own : from === CORPUS ? "../shared/corpus" : "the demo offers (../shared/corpus absent)";
  return { path, source: `${name}, ${lines.length} offers cycled` };
}

function rssMiB(pid: number): number {
  return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim()) / 1024;
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "app/cli/worker.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (/ ready/.test(String(d))) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

/**
 * `npm run bench`: import + analysis of 10,000 offers through the graphile-worker queue on
 * real PostgreSQL, with 1 and then 2 worker processes; prints offers/s, the ratio and the
 * workers' peak RSS. Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a server where it may
 * create a throwaway database).
 */
export async function runMarketBench(): Promise<void> {
  console.log("\n## Market import + analysis (10,000 offers, PostgreSQL, graphile-worker)");
  const server = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!server) {
    console.log("skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "market-bench-"));
  const { path, source } = benchFile(dir);
  console.log(`offers: ${source}; load average (1 / 5 / 15 min): ${load()}`);
  const rates: number[] = [];
  try {
    for (const workers of [1, 2]) {
      const test = await postgresTestDatabase(server);
      const children: ChildProcess[] = [];
      try {
        const user = await createUser(test.db, { email: "bench@example.com", password: "correct horse battery" });
        const workspaceId = (await createWorkspace(test.db, { name: "bench", ownerId: user.id })).id;
        for (let i = 0; i < workers; i++) children.push(await startWorker(test.url!));
        let peak = 0;
        const t0 = performance.now();
        const summary = await importOffers(test.db, graphileQueue(test.url!), { path, format: "jsonl", name: "bench", source: "bench", workspaceId, createdBy: user.id });
        const imported = (performance.now() - t0) / 1000;
        for (;;) {
          for (const child of children) peak = Math.max(peak, rssMiB(child.pid!));
          if ((await findMarketRun(test.db, workspaceId, summary.runId))?.status === "done") break;
          await new Promise((r) => setTimeout(r, 250));
        }
        const seconds = (performance.now() - t0) / 1000;
        rates.push(summary.total / seconds);
        console.log(
          `${workers} worker${workers > 1 ? "s" : ""}: ${summary.total} offers in ${seconds.toFixed(1)} s (import ${imported.toFixed(1)} s) → ${(summary.total / seconds).toFixed(0)} offers/s; worker RSS peak ${peak.toFixed(0)} MiB`,
        );
      } finally {
        for (const child of children) {
          const exited = new Promise((r) => child.once("exit", r));
          child.kill("SIGTERM");
          await exited;
        }
        await releaseWorkerUtils();
        await test.close();
      }
    }
    console.log(`2 workers / 1 worker: ${(rates[1]! / rates[0]!).toFixed(2)}× (2 cores shared with the database and the importer); load average now: ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runMarketBench();
}
