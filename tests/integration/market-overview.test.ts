import type { LoaderFunctionArgs } from "@remix-run/node";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_OFFERS } from "#app/market/demo.server";
import { computeFigures, type Figures } from "#app/market/figures";
import { importOffers } from "#app/market/import.server";
import type { MarketProcessing } from "#app/market/processing.server";
import { taxonomyLabels } from "#app/market/run-page.server";
import { figureRows, listOffers, type RunOfferSummary } from "#app/models/market-result.server";
import { loader as overviewLoader } from "#app/routes/market.overview._index";
import { loader as overviewOffersLoader } from "#app/routes/market.overview.offers";
import { settle, signedIn } from "#tests/support/auth";
import { startProcessing, waitForRun } from "#tests/support/market";
import { describeEachBackend } from "#tests/support/test-db";

const BASE = "http://localhost";
const dir = mkdtempSync(join(tmpdir(), "market-overview-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEMO = readFileSync(DEMO_OFFERS, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, string>);

/** Demo offers `from`..`to` (1-based), all placed in `location`. */
function slice(name: string, from: number, to: number, location: string): string {
  const path = join(dir, name);
  writeFileSync(path, DEMO.slice(from - 1, to).map((o) => JSON.stringify({ ...o, location })).join("\n"));
  return path;
}

type Member = Awaited<ReturnType<typeof signedIn>>;

describeEachBackend("market figures across the runs of a workspace", (db, backend) => {
  let processing: MarketProcessing;
  let a: Member;
  let b: Member;
  let families: string[];
  const runs: Record<string, number> = {};

  async function run(member: Member, name: string, path: string, finished = true): Promise<number> {
    const queue = finished ? processing.queue : { enqueueRun: async () => {} };
    const { runId } = await importOffers(db(), queue, { path, format: "jsonl", name, source: name, workspaceId: member.workspace.id, createdBy: member.user.id });
    if (finished) await waitForRun(db(), member.workspace.id, runId, 120_000);
    else await db().updateTable("market_runs").set({ status: "interrupted" }).where("id", "=", runId).execute();
    return runId;
  }

  beforeAll(async () => {
    processing = await startProcessing(db(), backend);
    [a, b] = [await signedIn(db()), await signedIn(db())];
    families = (await taxonomyLabels(db(), "en")).familyOrder;
    // Workspace A: offers 1–30 in January's export, 21–40 in February's (21–30 again, moved to Paris).
    runs.january = await run(a, "january", slice(`${backend}-jan.jsonl`, 1, 30, "Lyon"));
    runs.february = await run(a, "february", slice(`${backend}-feb.jsonl`, 21, 40, "Paris"));
    // Not finished: neither counted nor hiding the finished runs' copies of its offers.
    runs.pending = await run(a, "pending", slice(`${backend}-pending.jsonl`, 1, 40, "Nantes"), false);
    // Workspace B: the same 40 offers in one run.
    runs.other = await run(b, "other", slice(`${backend}-other.jsonl`, 1, 40, "Dakar"));
  }, 300_000);
  afterAll(async () => {
    await processing?.stop();
  });

  const figures = async (scope: Parameters<typeof figureRows>[1]): Promise<Figures> => computeFigures(await figureRows(db(), scope), families);

  it("pools the finished runs, an offer imported twice counting once, as its latest import", async () => {
    const pooled = await figures({ workspaceId: a.workspace.id });
    expect(pooled.total).toBe(40);
    expect(pooled.byLocation.map((g) => [g.key, g.count])).toEqual([
      ["lyon", 20],
      ["paris", 20],
    ]);
    // The same 40 offers analysed once each: every figure but the places matches workspace B's single run.
    const single = await figures({ runId: runs.other! });
    expect(pooled.verdicts).toEqual(single.verdicts);
    expect(pooled.byTitle).toEqual(single.byTitle);
    expect(pooled.byMonth).toEqual(single.byMonth);
    expect(pooled.cooccurrence).toEqual(single.cooccurrence);
  });

  it("gives a workspace with one run the figures of that run", async () => {
    expect(await figures({ workspaceId: b.workspace.id })).toEqual(await figures({ runId: runs.other! }));
  });

  it("drills down across runs to exactly the offers a figure counts", async () => {
    const pooled = await figures({ workspaceId: a.workspace.id });
    const lyon = await listOffers(db(), { workspaceId: a.workspace.id }, { location: "lyon" });
    expect(lyon.count).toBe(20);
    expect(new Set(lyon.offers.map((o) => o.runName))).toEqual(new Set(["january"]));
    const paris = await listOffers(db(), { workspaceId: a.workspace.id }, { location: "paris" });
    expect(paris.count).toBe(20);
    expect(new Set(paris.offers.map((o) => o.runId))).toEqual(new Set([runs.february]));
    for (const verdict of ["overloaded", "stretched", "focused", "out_of_scope"] as const) {
      expect((await listOffers(db(), { workspaceId: a.workspace.id }, { verdict })).count, verdict).toBe(pooled.verdicts[verdict]);
    }
    const cm = pooled.byTitle.find((g) => g.key === "community_manager")!;
    expect((await listOffers(db(), { workspaceId: a.workspace.id }, { title: "community_manager" })).count).toBe(cm.count);
  });

  it("shows a workspace's pooled figures and offers to its members only", async () => {
    const context = { db: db(), marketQueue: processing.queue };
    const load = (loader: (args: LoaderFunctionArgs) => Promise<Response>, path: string, cookie?: string) =>
      settle(() => loader({ request: new Request(BASE + path, { headers: cookie ? { Cookie: cookie } : {} }), context, params: {} }));

    const ownA = (await (await load(overviewLoader, "/market/overview", a.cookie)).json()) as { runs: number; duplicates: number; figures: Figures };
    expect([ownA.runs, ownA.duplicates, ownA.figures.total]).toEqual([2, 10, 40]);
    const ownB = (await (await load(overviewLoader, "/market/overview", b.cookie)).json()) as { runs: number; duplicates: number; figures: Figures };
    expect([ownB.runs, ownB.duplicates, ownB.figures.total]).toEqual([1, 0, 40]);
    expect(ownB.figures.byLocation.map((g) => g.key)).toEqual(["dakar"]);

    const listA = (await (await load(overviewOffersLoader, "/market/overview/offers?location=paris", a.cookie)).json()) as { count: number; offers: RunOfferSummary[] };
    expect(listA.count).toBe(20);
    const listB = (await (await load(overviewOffersLoader, "/market/overview/offers?location=paris", b.cookie)).json()) as { count: number };
    expect(listB.count).toBe(0);
    expect((await load(overviewLoader, "/market/overview")).status).toBe(302);
    expect((await load(overviewOffersLoader, "/market/overview/offers")).status).toBe(302);
  });
});
