import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, startArguments } from "#tests/support/app-server";
import { median, row, rssMiB } from "./report";

/** Spawn to healthy, and the RSS once the home page has been served. */
async function startOnce(dataDir: string) {
  const t0 = performance.now();
  const app = await startApp({ dataDir, timeoutMs: 300_000 });
  const ms = performance.now() - t0;
  const res = await fetch(app.baseUrl + "/");
  if (res.status !== 200) throw new Error(`home answered ${res.status}`);
  await res.text();
  const rss = rssMiB(app.process.pid);
  await app.stop();
  return { ms, rss };
}

// The floor: a node process with the server's flags that only opens the same PGlite folder.
const OPEN_PGLITE = `import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create({ dataDir: process.argv[1] });
await db.query("select 1");
console.log("open");
await db.close();`;

function openPgliteOnce(dataDir: string): Promise<number> {
  const flags = startArguments().filter((a) => a.startsWith("--"));
  const t0 = performance.now();
  const child = spawn(process.execPath, [...flags, "--input-type=module", "-e", OPEN_PGLITE, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("open") && resolve(performance.now() - t0));
    child.on("exit", (code) => code !== 0 && reject(new Error(`opening PGlite alone failed (${code})`)));
  });
}

/** Start-up against a fresh and a reused PGlite folder, next to the time to open that folder alone. */
export async function runStartupBench(runs = 3): Promise<void> {
  console.log("\n## Start-up and memory (build/ must exist)");
  const fresh: number[] = [];
  const reused: number[] = [];
  const floor: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), "rolescope-bench-"));
    fresh.push((await startOnce(dir)).ms);
    floor.push(await openPgliteOnce(dir));
    const second = await startOnce(dir);
    reused.push(second.ms);
    rss.push(second.rss);
    rmSync(dir, { recursive: true, force: true });
  }
  const list = (xs: number[]) => `[${xs.map((x) => x.toFixed(0)).join(", ")}]`;
  console.log(`fresh PGlite folder (migrate + seed) to healthy: median ${median(fresh).toFixed(0)} ms ${list(fresh)}`);
  row("start to healthy, reused PGlite folder", `${median(reused).toFixed(0)} ms ${list(reused)}`, `open that folder alone ${median(floor).toFixed(0)} ms ${list(floor)}`, `${(median(reused) / median(floor)).toFixed(2)}x`, "<= 2.5x");
  row("RSS after start", `${median(rss).toFixed(0)} MiB ${list(rss)}`, "", "", "<= 300 MiB (goal 200)");
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartupBench();
