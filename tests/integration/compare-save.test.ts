import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { expect, it } from "vitest";
import { deleteComparison, findComparison, saveComparison } from "#app/models/comparison.server";
import * as compareIndex from "#app/routes/compare._index";
import * as compareSaved from "#app/routes/compare.$id";
import { EN_FOCUSED_CM, FR_OVERLOADED_CM } from "#tests/unit/compare/offers";
import { describeEachBackend } from "#tests/support/test-db";

type Json = Record<string, any>;

function form(fields: Record<string, string>): Request {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return new Request("http://localhost/compare?index", { method: "POST", body, headers: { "Accept-Language": "fr" } });
}

describeEachBackend("saved comparisons", (db) => {
  const count = async () => Number((await db().selectFrom("comparisons").select(db().fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const submit = async (fields: Record<string, string>) =>
    (await compareIndex.action({ request: form(fields), context: { db: db() }, params: {} } as ActionFunctionArgs)) as Response;
  const load = (id: string) =>
    compareSaved.loader({ request: new Request(`http://localhost/compare/${id}`), context: { db: db() }, params: { id } } as unknown as LoaderFunctionArgs);

  it("keeps nothing unless the candidate ticks the box", async () => {
    const before = await count();
    const response = await submit({ "text-1": FR_OVERLOADED_CM, "text-2": EN_FOCUSED_CM, profile: "community_manager" });
    expect(response.status).toBe(200);
    const data = (await response.json()) as Json;
    expect(data.status).toBe("ok");
    expect(data.slots).toEqual([1, 2]);
    expect(data.comparisons.map((c: Json) => c.verdict)).toEqual(["overloaded", "focused"]);
    expect(await count()).toBe(before);
  });

  it("saves when asked, serves it at an unguessable permalink, and deletes it on request", async () => {
    const response = await submit({ "text-1": FR_OVERLOADED_CM, "text-3": EN_FOCUSED_CM, profile: "", save: "on" });
    expect(response.status).toBe(302);
    const location = response.headers.get("Location")!;
    const id = location.replace("/compare/", "");
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const saved = await findComparison(db(), id);
    expect(saved?.offers.map((o) => o.text)).toEqual([FR_OVERLOADED_CM, EN_FOCUSED_CM]);
    expect(saved?.profileId).toBeNull();
    expect(saved?.lang).toBe("fr");
    expect(saved?.comparisons.map((c) => c.verdict)).toEqual(["overloaded", "focused"]);
    expect(saved?.comparisons[0]!.summary.fr).toMatch(/^Environ/);

    const page = (await (await load(id)).json()) as Json;
    expect(page.slots).toEqual([1, 2]);
    expect(page.comparisons[1].profile.id).toBe("community_manager");
    expect(page.url).toBe(`http://localhost/compare/${id}`);

    const remove = async (fields: Record<string, string>) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(fields)) body.set(k, v);
      return (await compareSaved.action({
        request: new Request(`http://localhost/compare/${id}`, { method: "POST", body }),
        context: { db: db() },
        params: { id },
      } as unknown as ActionFunctionArgs)) as Response;
    };
    // Deleting asks first (a page without JavaScript shows the question), then deletes.
    const asked = await remove({ intent: "delete" });
    expect(asked.status).toBe(200);
    expect(await asked.json()).toEqual({ confirm: true });
    expect(await findComparison(db(), id)).not.toBeNull();
    const deleted = await remove({ intent: "delete", confirm: "yes" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("Location")).toBe("/compare?deleted=1");
    await expect(load(id)).rejects.toMatchObject({ status: 404 });
  });

  it("answers 404 for unknown or malformed ids without guessing", async () => {
    await expect(load("AAAAAAAAAAAAAAAAAAAAAAAA")).rejects.toMatchObject({ status: 404 });
    await expect(load("../../etc")).rejects.toMatchObject({ status: 404 });
    expect(await findComparison(db(), "x")).toBeNull();
    expect(await deleteComparison(db(), "x")).toBe(false);
  });

  it("round-trips the stored JSON exactly", async () => {
    const saved = await saveComparison(db(), { lang: "en", profileId: "community_manager", taxonomyVersion: "t1", offers: [{ text: "é « » \u2028 ✓" }], comparisons: [] });
    const found = await findComparison(db(), saved.id);
    expect(found).toMatchObject({ id: saved.id, lang: "en", profileId: "community_manager", taxonomyVersion: "t1", offers: [{ text: "é « » \u2028 ✓" }], comparisons: [] });
    expect(found?.createdAt).toBeInstanceOf(Date);
  });

  it("refuses an empty form and an unknown role with the typed values kept", async () => {
    const empty = await submit({ "text-1": "  ", profile: "" });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Json).code).toBe("empty");
    const unknown = await submit({ "text-1": EN_FOCUSED_CM, profile: "astronaut" });
    expect(unknown.status).toBe(400);
    const data = (await unknown.json()) as Json;
    expect(data.code).toBe("unknown_profile");
    // Multipart turns line breaks into CRLF, as browsers do; the textarea takes either.
    expect(data.values.texts[0].replace(/\r\n/g, "\n")).toBe(EN_FOCUSED_CM);
  });

  it("reports which slot holds an unreadable file", async () => {
    const body = new FormData();
    body.set("text-1", EN_FOCUSED_CM);
    body.set("file-2", new File([new Uint8Array([0, 1, 2])], "offer.pdf", { type: "application/pdf" }));
    const response = (await compareIndex.action({
      request: new Request("http://localhost/compare?index", { method: "POST", body }),
      context: { db: db() },
      params: {},
    } as ActionFunctionArgs)) as Response;
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ status: "error", code: "unreadable", slot: 2 });
  });
});
