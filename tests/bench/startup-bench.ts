import { readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp } from "../support/app-server";

function rssMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function timeToFirst200(dataDir: string) {
  const t0 = performance.now();
  const app = await startApp({ dataDir });
  const res = await fetch(app.baseUrl + "/");
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`home answered ${res.status}`);
  await res.text();
  const rss = rssMiB(app.process.pid);
  await app.stop();
  return { ms, rss };
}

/** Cold start (process spawn → first 200 on `/`) on a fresh and on a reused PGlite folder. */
export async function runStartupBench(runs = 3): Promise<void> {
  console.log("\n## Start-up (build/ must exist)");
  const fresh: number[] = [];
  const reused: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), "rolescope-bench-"));
    const first = await timeToFirst200(dir);
    const second = await timeToFirst200(dir);
    fresh.push(first.ms);
    reused.push(second.ms);
    rss.push(second.rss);
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`cold start to first 200, fresh PGlite folder (migrate + seed): median ${median(fresh).toFixed(0)} ms over ${runs} runs [${fresh.map((x) => x.toFixed(0)).join(", ")}]`);
  console.log(`cold start to first 200, reused PGlite folder: median ${median(reused).toFixed(0)} ms over ${runs} runs [${reused.map((x) => x.toFixed(0)).join(", ")}]`);
  console.log(`RSS after start and one request: median ${median(rss).toFixed(0)} MiB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartupBench();
