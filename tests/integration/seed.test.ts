import { expect, it } from "vitest";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { seedTaxonomy } from "#seeds/seed";
import { readTaxonomy } from "#app/models/taxonomy.server";
import { migrateToLatest } from "#db/migrate";
import { describeEachBackend } from "#tests/support/test-db";

describeEachBackend("migrations and seed", (db) => {
  it("has every family, entry and profile of the seed files", async () => {
    const taxonomy = loadSeedTaxonomy();
    const families = await db().selectFrom("role_families").select(["id", "label_fr", "label_en"]).execute();
    expect(families.map((f) => f.id).sort()).toEqual(taxonomy.families.map((f) => f.id).sort());
    const entries = await db().selectFrom("taxonomy_entries").select(db().fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(entries.n)).toBe(taxonomy.families.reduce((n, f) => n + f.entries.length, 0));
    const profiles = await db().selectFrom("role_profiles").select("id").execute();
    expect(profiles).toHaveLength(taxonomy.profiles.length);
    // What a job leaves out of its own families travels through the database to the analyzer.
    const stored = await readTaxonomy(db(), "test");
    const creator = (t: typeof taxonomy) => t.profiles.find((p) => p.id === "content_creator")?.excludes;
    expect(creator(stored)).toEqual(creator(taxonomy));
    expect(creator(stored)).toContain("graphic_design.print_design");
    const events = (t: typeof taxonomy) => t.profiles.find((p) => p.id === "pr_events_officer")?.absorbs;
    expect(events(stored)).toEqual(["office_admin"]);
    const webDesigner = (t: typeof taxonomy) => t.profiles.find((p) => p.id === "graphic_web_designer")?.alsoOwns;
    expect(webDesigner(stored)).toEqual(webDesigner(taxonomy));
    expect(webDesigner(stored)).toContain("web_development.html_css_integration");
  });

  it("changes nothing when run again, even with the version forgotten", async () => {
    const taxonomy = loadSeedTaxonomy();
    const count = async () =>
      Number(
        (await db().selectFrom("entry_synonyms").select(db().fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n,
      );
    const before = await count();
    expect(await seedTaxonomy(db(), taxonomy)).toBe("unchanged");
    await db().deleteFrom("seed_state").execute();
    expect(await seedTaxonomy(db(), taxonomy)).toBe("seeded");
    expect(await count()).toBe(before);
  });

  it("reports an up-to-date schema on a second migration", async () => {
    const { error, results } = await migrateToLatest(db());
    expect(error).toBeUndefined();
    expect(results).toEqual([]);
  });
});
