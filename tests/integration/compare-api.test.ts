import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { expect, it } from "vitest";
import { action, loader } from "#app/routes/api.compare";
import { FR_OVERLOADED_CM, EN_FOCUSED_WEB_DEV } from "#tests/unit/compare/offers";
import { describeEachBackend } from "#tests/support/test-db";

type Json = Record<string, any>;

describeEachBackend("POST /api/compare", (db) => {
  const post = async (body: string, headers: Record<string, string> = { "Content-Type": "application/json" }) => {
    const request = new Request("http://localhost/api/compare", { method: "POST", body, headers: { "Accept-Language": "en", ...headers } });
    const response = (await action({ request, context: { db: db() }, params: {} } as ActionFunctionArgs)) as Response;
    return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
  };
  const postJson = (value: unknown, headers?: Record<string, string>) => post(JSON.stringify(value), { "Content-Type": "application/json", ...headers });

  it("compares an overloaded offer with the role its title names", async () => {
    const { status, headers, json } = await postJson({ text: FR_OVERLOADED_CM });
    expect(status).toBe(200);
    expect(headers.get("Content-Type")).toMatch(/application\/json/);
    expect(json.profile).toEqual({ id: "community_manager", label: "Community Manager" });
    expect(json.profileSource).toBe("title");
    expect(json.verdict).toBe("overloaded");
    expect(json.coverage.score).toBeGreaterThan(0);
    expect(json.coverageDefinition).toMatch(/Each area weighs the same/);
    // Visuals plus photo and video are one hybrid job on the market: the content creator.
    expect(json.extras.map((g: Json) => g.profile?.id)).toEqual(expect.arrayContaining(["web_developer", "content_creator"]));
    expect(json.extras[0].families[0].lines[0].text).toEqual(expect.any(String));
    expect(Array.isArray(json.missing)).toBe(true);
    expect(json.questions.length).toBeGreaterThan(2);
    expect(json.questions.every((q: Json) => typeof q.text === "string")).toBe(true);
    expect(json.summary).toMatch(/^About \d+% of this offer is/);
  });

  it("answers in French for a French caller and uses the profile given", async () => {
    const { status, json } = await postJson({ text: EN_FOCUSED_WEB_DEV, profile: "community_manager" }, { "Accept-Language": "fr-FR" });
    expect(status).toBe(200);
    expect(json.lang).toBe("fr");
    expect(json.profileSource).toBe("chosen");
    expect(json.summary).toMatch(/^Environ \d+\s% de cette offre relève du développement web/);
    expect(json.missing[0]).toMatchObject({ id: "community_management", absent: true });
  });

  it("treats a null or empty profile as 'let the title decide'", async () => {
    for (const profile of [null, ""]) {
      const { status, json } = await postJson({ text: FR_OVERLOADED_CM, profile });
      expect(status).toBe(200);
      expect(json.profileSource).toBe("title");
    }
  });

  it.each([
    ["missing text", {}, { text: ["Required."] }],
    ["text of the wrong type", { text: 42 }, { text: ["Must be a string."] }],
    ["profile of the wrong type", { text: "x", profile: 3 }, { profile: ["Must be a profile id (string) when given."] }],
    ["a body that is not an object", [1, 2], { body: ["Must be a JSON object."] }],
  ])("answers 400 invalid_request for %s, with the fields", async (_, body, fields) => {
    const { status, json } = await postJson(body);
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: "invalid_request", fields });
    expect(json.error.message).toEqual(expect.any(String));
  });

  it("says what is wrong with a field in the caller's language", async () => {
    const { status, json } = await postJson({ text: 42, profile: "astronaut" }, { "Accept-Language": "fr-FR" });
    expect(status).toBe(400);
    expect(json.error.fields).toEqual({ text: ["Doit être une chaîne de caractères."] });
    const unknown = await postJson({ text: FR_OVERLOADED_CM, profile: "astronaut" }, { "Accept-Language": "fr-FR" });
    expect(unknown.json.error.fields.profile[0]).toMatch(/^Métier inconnu\. Métiers connus : .*community_manager/);
  });

  it("answers 400 for an unknown profile and lists the known ones", async () => {
    const { status, json } = await postJson({ text: FR_OVERLOADED_CM, profile: "astronaut" });
    expect(status).toBe(400);
    expect(json.error.code).toBe("invalid_request");
    expect(json.error.fields.profile[0]).toMatch(/Unknown profile\. Known profiles: .*community_manager/);
  });

  it("answers 400 for broken JSON and for an empty text", async () => {
    expect((await post("{ not json")).json.error.code).toBe("invalid_json");
    const empty = await postJson({ text: "   " });
    expect(empty.status).toBe(400);
    expect(empty.json.error.code).toBe("empty_text");
  });

  it("answers 413 over 200 KB", async () => {
    const { status, json } = await postJson({ text: "community manager ".repeat(12_000) });
    expect(status).toBe(413);
    expect(json.error.code).toBe("payload_too_large");
  });

  it("answers 415 to anything but JSON", async () => {
    const { status, json } = await post("text=hello", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(status).toBe(415);
    expect(json.error.code).toBe("unsupported_media_type");
  });

  it("answers 405 to GET", async () => {
    const request = new Request("http://localhost/api/compare", { headers: { "Accept-Language": "en" } });
    const response = (await loader({ request, context: { db: db() }, params: {} } as LoaderFunctionArgs)) as Response;
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("POST");
    expect(((await response.json()) as Json).error.code).toBe("method_not_allowed");
  });

  it("keeps nothing", async () => {
    await postJson({ text: FR_OVERLOADED_CM });
    const row = await db().selectFrom("comparisons").select(db().fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(0);
  });
});
