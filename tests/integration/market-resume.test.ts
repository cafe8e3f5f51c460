import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DB } from "#db/client";
import { startInProcessRunner } from "#app/market/in-process.server";
import { importOffers } from "#app/market/import.server";
import { DEMO_OFFERS } from "#app/market/demo.server";
import { createUser } from "#app/models/user.server";
import { createWorkspace } from "#app/models/workspace.server";
import { databaseUrl, startProcessing, waitForRun } from "#tests/support/market";
import { describeEachBackend } from "#tests/support/test-db";

const dir = mkdtempSync(join(tmpdir(), "market-resume-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo offers ten times over: 400 offers, four queue jobs of 100. */
function offersFile(name: string): string {
  const demo = readFileSync(DEMO_OFFERS, "utf8").trim();
  const path = join(dir, name);
  writeFileSync(path, Array.from({ length: 10 }, () => demo).join("\n"));
  return path;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function resultCounts(db: DB, runId: number) {
  const { rows } = await sql<{ n: number; distinct: number }>`
    select count(*)::int as n, count(distinct seq)::int as distinct from market_results where run_id = ${runId}`.execute(db);
  return rows[0]!;
}

function startWorker(url: string): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", "app/cli/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url, MARKET_WORKER_STALE_SECONDS: "2" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += d;
      const id = /worker (\S+) ready/.exec(out)?.[1];
      if (id) resolve(id);
    });
    child.stderr!.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${out}`)));
  });
  return { child, ready };
}

describeEachBackend("market runs survive a stopped or killed worker", (db, backend) => {
  let who: { workspaceId: number; createdBy: number };
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    const user = await createUser(db(), { email: `resume-${backend}@example.com`, password: "correct horse battery" });
    who = { workspaceId: (await createWorkspace(db(), { name: "resume", ownerId: user.id })).id, createdBy: user.id };
  });
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  });

  if (backend === "pglite") {
    it("resumes where a stopped in-process runner left off, each offer analysed once", async () => {
      const first = startInProcessRunner(db(), 10);
      const summary = await importOffers(db(), first, { path: offersFile("pglite.jsonl"), format: "jsonl", name: "resume", source: "resume", ...who });
      await until("the first results", async () => (await resultCounts(db(), summary.runId)).n > 0);
      await first.stop();
      const before = (await resultCounts(db(), summary.runId)).n;
      expect(before).toBeLessThan(summary.total);

      const second = startInProcessRunner(db(), 10);
      await waitForRun(db(), who.workspaceId, summary.runId, 120_000);
      await second.stop();
      expect(await resultCounts(db(), summary.runId)).toEqual({ n: summary.total, distinct: summary.total });
    });
    return;
  }

  it("hands a kill -9'd worker's job to another worker process: nothing lost, nothing doubled", async () => {
    const url = await databaseUrl(db());
    const queueOnly = await startProcessing(db(), backend, { inAppWorker: false });
    const summary = await importOffers(db(), queueOnly.queue, { path: offersFile("pg.jsonl"), format: "jsonl", name: "kill", source: "kill", ...who });
    expect(summary.total).toBe(400);

    const lockedBy = async (id: string) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where locked_by = ${id}`.execute(db());
      return rows[0]!.n;
    };
    // On a busy machine the worker may finish its job between the check and the kill, and be
    // killed between two jobs: that run proves nothing about a held job, so another worker is
    // started and killed (a few tries at most).
    let doomedId = "";
    for (let attempt = 0; attempt < 3; attempt++) {
      const doomed = startWorker(url);
      children.push(doomed.child);
      doomedId = await doomed.ready;
      const id = doomedId;
      await until("the worker to hold a job after writing results", async () => (await resultCounts(db(), summary.runId)).n > 0 && (await lockedBy(id)) > 0, 120_000);
      const exited = new Promise((r) => doomed.child.once("exit", r));
      doomed.child.kill("SIGKILL");
      await exited;
      if ((await lockedBy(doomedId)) > 0) break;
    }
    const atKill = await resultCounts(db(), summary.runId);
    expect(atKill.n).toBeLessThan(summary.total);
    // graphile-worker alone would keep that job locked for 4 hours.
    expect(await lockedBy(doomedId)).toBeGreaterThan(0);

    const rescuer = startWorker(url);
    children.push(rescuer.child);
    await rescuer.ready;
    await waitForRun(db(), who.workspaceId, summary.runId, 150_000);
    expect(await resultCounts(db(), summary.runId)).toEqual({ n: summary.total, distinct: summary.total });
    expect(await lockedBy(doomedId)).toBe(0);

    const stopped = new Promise((r) => rescuer.child.once("exit", r));
    rescuer.child.kill("SIGTERM");
    await stopped;
    await queueOnly.stop();
  }, 300_000);
});
