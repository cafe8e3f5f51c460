import { expect, it } from "vitest";
import { z } from "zod";
import { addSynonym } from "#app/models/taxonomy-edit.server";
import { loader } from "#app/routes/api.taxonomy";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { signedIn } from "#tests/support/auth";
import { describeEachBackend } from "#tests/support/test-db";

const Localized = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const TaxonomyJson = z.object({
  version: z.string().min(1),
  families: z.array(
    z.object({
      id: z.string(),
      label: Localized,
      definition: Localized,
      entries: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(["duty", "skill", "tool"]),
          depth: z.enum(["core", "light"]),
          label: Localized,
          synonyms: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }),
          escoUri: z.string().nullable(),
        }),
      ),
    }),
  ),
  profiles: z.array(
    z.object({ id: z.string(), label: Localized, core: z.array(z.string()), light: z.array(z.string()), escoUri: z.string().nullable() }),
  ),
});

describeEachBackend("GET /api/taxonomy", (db) => {
  const get = (headers: Record<string, string> = {}) =>
    loader({ request: new Request("http://localhost/api/taxonomy", { headers }), context: { db: db() }, params: {} });

  it("returns the whole taxonomy in the documented shape", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/application\/json/);
    const body = TaxonomyJson.parse(await response.json());
    const seed = loadSeedTaxonomy();
    expect(body.families.map((f) => f.id)).toEqual(seed.families.map((f) => f.id));
    expect(body.families.reduce((n, f) => n + f.entries.length, 0)).toBe(seed.families.reduce((n, f) => n + f.entries.length, 0));
    expect(body.profiles.map((p) => p.id)).toEqual(seed.profiles.map((p) => p.id));
    for (const family of body.families) for (const entry of family.entries) expect(entry.id.startsWith(`${family.id}.`)).toBe(true);
    const php = body.families.find((f) => f.id === "web_development")!.entries.find((e) => e.synonyms.en.some((s) => /\bphp\b/i.test(s)));
    expect(php).toBeDefined();
  });

  it("answers 304 to a matching ETag, and a new version after an edit", async () => {
    const first = await get();
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await get({ "If-None-Match": etag })).status).toBe(304);

    const { user } = await signedIn(db(), { isAdmin: true });
    await addSynonym(db(), user.id, "seo.seo_audit", { lang: "en", text: "search visibility review" });
    const second = await get({ "If-None-Match": etag });
    expect(second.status).toBe(200);
    const body = await second.json();
    expect(body.version).not.toBe(JSON.parse(etag));
    const entry = body.families.find((f: { id: string }) => f.id === "seo").entries.find((e: { id: string }) => e.id === "seo.seo_audit");
    expect(entry.synonyms.en).toContain("search visibility review");
  });
});
