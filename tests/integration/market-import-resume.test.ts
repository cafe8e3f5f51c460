import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DB } from "#db/client";
import { DEMO_OFFERS } from "#app/market/demo.server";
import { importOffers } from "#app/market/import.server";
import { THIS_IMPORTER } from "#app/market/importer.server";
import type { MarketProcessing } from "#app/market/processing.server";
import type { MarketQueue } from "#app/market/queue.server";
import { recoverImports } from "#app/market/recover-imports.server";
import { findMarketRun } from "#app/models/market-run.server";
import { action as runAction, loader as runLoader } from "#app/routes/market.runs.$runId._index";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { databaseUrl, startProcessing, waitForRun } from "#tests/support/market";
import { describeEachBackend } from "#tests/support/test-db";

const BASE = "http://localhost";
const dir = mkdtempSync(join(tmpdir(), "market-import-resume-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEMO = readFileSync(DEMO_OFFERS, "utf8").trim().split("\n");
/** Lines of the file that are not offers: they must be reported however often the file is read. */
const BAD_LINES = new Set([5, 900]);

/** `count` lines: the demo offers cycled, each with its line as id, and two broken lines. */
function offersFile(name: string, count: number): { path: string; goodLines: number[] } {
  const lines = Array.from({ length: count }, (_, i) =>
    BAD_LINES.has(i + 1) ? "{broken" : JSON.stringify({ ...JSON.parse(DEMO[i % DEMO.length]!), id: `offer-${i + 1}` }),
  );
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n"));
  return { path, goodLines: lines.map((_, i) => i + 1).filter((line) => !BAD_LINES.has(line)) };
}

/** A pid no process has any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

const noQueue: MarketQueue = { enqueueRun: async () => {} };

async function storedLines(db: DB, runId: number): Promise<number[]> {
  const { rows } = await sql<{ line: number }>`select line from market_offers where run_id = ${runId} order by seq`.execute(db);
  return rows.map((r) => r.line);
}

async function resultCounts(db: DB, runId: number) {
  const { rows } = await sql<{ n: number; distinct: number }>`
    select count(*)::int as n, count(distinct seq)::int as distinct from market_results where run_id = ${runId}`.execute(db);
  return rows[0]!;
}

describeEachBackend("market imports cut off by a killed process", (db, backend) => {
  let processing: MarketProcessing;
  let owner: Awaited<ReturnType<typeof signedIn>>;
  let who: { workspaceId: number; createdBy: number };

  beforeAll(async () => {
    // The tests sweep themselves, so that each knows what the sweep found.
    processing = await startProcessing(db(), backend, { recoverImports: false });
    owner = await signedIn(db());
    who = { workspaceId: owner.workspace.id, createdBy: owner.user.id };
  });
  afterAll(async () => {
    await processing?.stop();
  });

  /**
   * What a process killed while reading `file` leaves behind: the offers of its first
   * `storedGood` rows (whole chunks), the run still importing, its reader a dead process.
   */
  async function cutOffImport(file: string, storedLinesOfFile: number, fileOnRun: string | null, reader?: string): Promise<number> {
    const prefix = join(dir, `prefix-${backend}-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(prefix, readFileSync(file, "utf8").split("\n").slice(0, storedLinesOfFile).join("\n"));
    const { runId } = await importOffers(db(), noQueue, { path: prefix, format: "jsonl", name: "cut off", source: "offers.jsonl", ...who });
    const importer = reader ?? `${hostname()}/${await deadPid()}/previous`;
    await sql`update market_runs set status = 'importing', total = 0, bad_rows = '[]'::jsonb, bad_row_count = 0, importer = ${importer},
      import_beat_at = now(), file_path = ${fileOnRun}, file_host = ${hostname()}, file_format = 'jsonl', file_temporary = false
      where id = ${runId}`.execute(db());
    return runId;
  }

  const load = (runId: number) =>
    settle(() => runLoader({ request: new Request(`${BASE}/market/runs/${runId}`, { headers: { Cookie: owner.cookie } }), context: context(), params: { runId: String(runId) } }));
  const context = () => ({ db: db(), marketQueue: processing.queue });

  function upload(runId: number, content: string): Request {
    const form = new FormData();
    form.set("file", new File([content], "offers.jsonl", { type: "application/x-ndjson" }));
    return new Request(`${BASE}/market/runs/${runId}?index&intent=resume`, { method: "POST", headers: { Cookie: owner.cookie, Origin: BASE }, body: form });
  }

  it("resumes from the file left on this machine: every offer once, in file order, bad lines reported once", async () => {
    const { path, goodLines } = offersFile(`${backend}-left.jsonl`, 1200);
    // 501 lines of the file hold 500 offers (line 5 is broken): one stored chunk.
    const runId = await cutOffImport(path, 501, path);
    expect(await storedLines(db(), runId)).toHaveLength(500);

    expect(await recoverImports(db(), processing.queue)).toEqual({ resumed: [runId], interrupted: [] });
    const run = await waitForRun(db(), who.workspaceId, runId, 120_000);
    expect(run.total).toBe(goodLines.length);
    expect(run.badRows).toEqual([
      { line: 5, reason: "bad_json" },
      { line: 900, reason: "bad_json" },
    ]);
    expect(await storedLines(db(), runId)).toEqual(goodLines);
    expect(await resultCounts(db(), runId)).toEqual({ n: goodLines.length, distinct: goodLines.length });
    // The file is the user's (not an upload's copy): it stays.
    expect(readFileSync(path, "utf8").length).toBeGreaterThan(0);
  }, 180_000);

  it("leaves a live import alone and takes over one silent for too long", async () => {
    const { path } = offersFile(`${backend}-live.jsonl`, 600);
    const runId = await cutOffImport(path, 501, null, THIS_IMPORTER);
    expect(await recoverImports(db(), processing.queue)).toEqual({ resumed: [], interrupted: [] });
    await sql`update market_runs set import_beat_at = now() - interval '2 minutes' where id = ${runId}`.execute(db());
    expect(await recoverImports(db(), processing.queue)).toEqual({ resumed: [], interrupted: [runId] });
  });

  it("marks the run interrupted when the file is gone; the same file uploaded again resumes it, another is refused", async () => {
    const { path, goodLines } = offersFile(`${backend}-gone.jsonl`, 1100);
    const runId = await cutOffImport(path, 501, join(dir, "deleted-upload.jsonl"));
    expect(await recoverImports(db(), processing.queue)).toEqual({ resumed: [], interrupted: [runId] });

    const page = (await (await load(runId)).json()) as { run: { status: string }; progress: { stored: number } };
    expect(page.run.status).toBe("interrupted");
    expect(page.progress.stored).toBe(500);

    // Another file: its line 2 is not the run's second offer. Nothing changes.
    const other = readFileSync(path, "utf8").split("\n");
    [other[1], other[2]] = [other[2]!, other[1]!];
    const refused = await settle(() => runAction({ request: upload(runId, other.join("\n")), context: context(), params: { runId: String(runId) } }));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: "different_file", line: 2 });
    expect((await findMarketRun(db(), who.workspaceId, runId))?.status).toBe("interrupted");
    expect(await storedLines(db(), runId)).toHaveLength(500);

    const resumed = await settle(() => runAction({ request: upload(runId, readFileSync(path, "utf8")), context: context(), params: { runId: String(runId) } }));
    expect(resumed.status).toBe(302);
    await waitForRun(db(), who.workspaceId, runId, 120_000);
    expect(await storedLines(db(), runId)).toEqual(goodLines);
    expect(await resultCounts(db(), runId)).toEqual({ n: goodLines.length, distinct: goodLines.length });
  }, 180_000);

  it("deletes an interrupted run with its offers, for recruiters of its workspace only", async () => {
    const { path } = offersFile(`${backend}-delete.jsonl`, 600);
    const runId = await cutOffImport(path, 501, null);
    await recoverImports(db(), processing.queue);
    const stranger = await signedIn(db());
    const foreign = await settle(() => runAction({ request: formPost(`${BASE}/market/runs/${runId}?index&intent=delete`, {}, stranger.cookie), context: context(), params: { runId: String(runId) } }));
    expect(foreign.status).toBe(404);
    const deleted = await settle(() => runAction({ request: formPost(`${BASE}/market/runs/${runId}?index&intent=delete`, {}, owner.cookie), context: context(), params: { runId: String(runId) } }));
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("Location")).toBe("/market");
    expect(await findMarketRun(db(), who.workspaceId, runId)).toBeNull();
    expect(await storedLines(db(), runId)).toEqual([]);
  });

  if (backend !== "postgres") return;

  it("resumes an import whose process was killed (kill -9) while reading the file", async () => {
    const { path, goodLines } = offersFile("killed.jsonl", 4000);
    const child = spawn(process.execPath, ["--import", "tsx", "app/cli/market-import.ts", path, "--email", owner.user.email, "--name", "killed", "--no-wait"], {
      env: { ...process.env, DATABASE_URL: await databaseUrl(db()) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const killedRun = async () => {
      const { rows } = await sql<{ id: number; n: number }>`
        select r.id, (select count(*)::int from market_offers o where o.run_id = r.id) as n
        from market_runs r where r.name = 'killed' and r.workspace_id = ${who.workspaceId}`.execute(db());
      return rows[0];
    };
    const deadline = Date.now() + 120_000;
    let run = await killedRun();
    while (!run?.n) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the import never stored an offer:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
      run = await killedRun();
    }
    child.kill("SIGKILL");
    await exited;
    const atKill = (await findMarketRun(db(), who.workspaceId, run.id))!;
    expect(atKill.status).toBe("importing");
    const storedAtKill = (await storedLines(db(), run.id)).length;
    expect(storedAtKill).toBeLessThan(goodLines.length);

    expect(await recoverImports(db(), processing.queue)).toEqual({ resumed: [run.id], interrupted: [] });
    await waitForRun(db(), who.workspaceId, run.id, 240_000);
    expect(await storedLines(db(), run.id)).toEqual(goodLines);
    expect(await resultCounts(db(), run.id)).toEqual({ n: goodLines.length, distinct: goodLines.length });
  }, 360_000);
});
