import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { MarketProcessing } from "#app/market/processing.server";
import { action as marketAction, loader as marketLoader } from "#app/routes/market._index";
import { loader as runLoader } from "#app/routes/market.runs.$runId._index";
import { loader as progressLoader } from "#app/routes/market.runs.$runId.progress";
import { loader as offersLoader } from "#app/routes/market.runs.$runId.offers._index";
import { loader as offerLoader } from "#app/routes/market.runs.$runId.offers.$seq";
import { loader as exportLoader } from "#app/routes/market.runs.$runId.export.$format";
import { formPost, settle, signedIn } from "#tests/support/auth";
import { startProcessing, waitForRun } from "#tests/support/market";
import { describeEachBackend } from "#tests/support/test-db";

const BASE = "http://localhost";

describeEachBackend("market runs are private to their workspace", (db, backend) => {
  let processing: MarketProcessing;
  beforeAll(async () => {
    processing = await startProcessing(db(), backend);
  });
  afterAll(async () => {
    await processing?.stop();
  });

  const context = () => ({ db: db(), marketQueue: processing.queue });
  const get = (path: string, cookie?: string) => new Request(BASE + path, { headers: cookie ? { Cookie: cookie } : {} });
  const load = (loader: (args: LoaderFunctionArgs) => Promise<Response>, path: string, params: Record<string, string>, cookie?: string) =>
    settle(() => loader({ request: get(path, cookie), context: context(), params }));

  it("shows a workspace's runs, figures, offers and exports to its members only", async () => {
    const owner = await signedIn(db());
    const stranger = await signedIn(db());
    const imported = await settle(() => marketAction({ request: formPost(`${BASE}/market?index&demo=1`, {}, owner.cookie), context: context(), params: {} }));
    expect(imported.status).toBe(302);
    const runId = /\/market\/runs\/(\d+)$/.exec(imported.headers.get("Location") ?? "")?.[1];
    expect(runId).toBeDefined();
    await waitForRun(db(), owner.workspace.id, Number(runId));

    const ownList = (await (await load(marketLoader, "/market", {}, owner.cookie)).json()) as { runs: { id: number }[] };
    expect(ownList.runs.map((r) => r.id)).toEqual([Number(runId)]);
    const strangerList = (await (await load(marketLoader, "/market", {}, stranger.cookie)).json()) as { runs: unknown[] };
    expect(strangerList.runs).toEqual([]);

    const pages: Array<[(args: LoaderFunctionArgs) => Promise<Response>, string, Record<string, string>]> = [
      [runLoader, `/market/runs/${runId}`, { runId: runId! }],
      [progressLoader, `/market/runs/${runId}/progress`, { runId: runId! }],
      [offersLoader, `/market/runs/${runId}/offers?verdict=overloaded`, { runId: runId! }],
      [offerLoader, `/market/runs/${runId}/offers/1`, { runId: runId!, seq: "1" }],
      [exportLoader, `/market/runs/${runId}/export/csv`, { runId: runId!, format: "csv" }],
      [exportLoader, `/market/runs/${runId}/export/jsonl`, { runId: runId!, format: "jsonl" }],
    ];
    for (const [loader, path, params] of pages) {
      expect((await load(loader, path, params, owner.cookie)).status, path).toBe(200);
      expect((await load(loader, path, params, stranger.cookie)).status, path).toBe(404);
      expect((await load(loader, path, params)).status, path).toBe(302);
    }
    const jsonl = await (await load(exportLoader, `/market/runs/${runId}/export/jsonl`, { runId: runId!, format: "jsonl" }, owner.cookie)).text();
    expect(jsonl.trim().split("\n")).toHaveLength(40);
    const csv = await (await load(exportLoader, `/market/runs/${runId}/export/csv`, { runId: runId!, format: "csv" }, owner.cookie)).text();
    expect(csv.trim().split("\n")).toHaveLength(41);
  });

  it("refuses an import to an interviewer and to another site's form", async () => {
    const owner = await signedIn(db());
    const interviewer = await signedIn(db());
    const { addMember } = await import("#app/models/workspace.server");
    const { switchWorkspace } = await import("#app/workspaces/require-member.server");
    await addMember(db(), { workspaceId: owner.workspace.id, userId: interviewer.user.id, role: "interviewer" });
    const switched = await switchWorkspace(get("/", interviewer.cookie), db(), owner.workspace.id, "/market");
    const cookie = (switched.headers.get("Set-Cookie") ?? "").split(";")[0]!;
    const refused = await settle(() => marketAction({ request: formPost(`${BASE}/market?index&demo=1`, {}, cookie), context: context(), params: {} }));
    expect(refused.status).toBe(403);
    const crossSite = formPost(`${BASE}/market?index&demo=1`, {}, owner.cookie);
    crossSite.headers.set("Origin", "https://evil.example");
    expect((await settle(() => marketAction({ request: crossSite, context: context(), params: {} }))).status).toBe(403);
  });
});
