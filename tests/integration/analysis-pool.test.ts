import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyze, compileTaxonomy } from "#app/analysis/index";
import type { Taxonomy } from "#app/analysis/taxonomy";
import { createAnalysisPool, type AnalysisPool } from "#app/analysis-pool/pool.server";
import { checkedAnalysis } from "#app/compliance/checked-analysis";
import { compileRules } from "#app/compliance/compile";
import type { RuleSet } from "#app/compliance/rule-schema";
import { loadSeedRules } from "#seeds/compliance-files";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";
import { OVERLOADED_FR } from "#tests/support/check-offers";

// The pool runs the bundle `npm start` runs (build/analysis-worker.js; `npm test` builds it).
const WORKER = resolve("build/analysis-worker.js");

describe("the analyzer thread pool", () => {
  let pool: AnalysisPool;
  const seed = loadSeedTaxonomy();

  beforeAll(() => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first`);
    pool = createAnalysisPool(WORKER, 2);
  });
  afterAll(() => pool?.close());

  it("answers what the analyzer answers in this thread, for offers in parallel", async () => {
    const texts = [OVERLOADED_FR, "Community manager H/F", "Développeur web PHP / MySQL", "Graphic designer, Illustrator"];
    const answers = await Promise.all(texts.map((text) => pool.analyze(text, undefined, seed)));
    const compiled = compileTaxonomy(seed);
    expect(answers.map((json) => JSON.parse(json))).toEqual(texts.map((text) => JSON.parse(JSON.stringify(analyze(text, compiled)))));
  });

  it("honours the language asked for", async () => {
    const answer = JSON.parse(await pool.analyze(OVERLOADED_FR, "en", seed));
    expect(answer.language).toBe("en");
  });

  it("picks up a new taxonomy version on the next analysis", async () => {
    // A titled offer: a bare line with no job title reads as out of scope, with no families.
    const VIDEO_OFFER = "Vidéaste H/F\n\nMissions\n- Tournage de vidéos pour nos clients\n- Montage vidéo sur Premiere Pro\n";
    expect(JSON.parse(await pool.analyze(VIDEO_OFFER, undefined, seed)).families.map((f: { id: string }) => f.id)).toContain("photo_video");
    // Without the family and the profiles built on it (a title names a profile's families too).
    const withoutVideo: Taxonomy = {
      ...seed,
      version: `${seed.version}.test`,
      families: seed.families.filter((f) => f.id !== "photo_video"),
      profiles: seed.profiles.filter((p) => !p.core.includes("photo_video") && !p.light.includes("photo_video")),
    };
    const answers = await Promise.all([1, 2, 3, 4].map(() => pool.analyze(VIDEO_OFFER, undefined, withoutVideo)));
    for (const json of answers) {
      const analysis = JSON.parse(json);
      expect(analysis.taxonomyVersion).toBe(withoutVideo.version);
      expect(analysis.families.map((f: { id: string }) => f.id)).not.toContain("photo_video");
    }
  });

  it("checks compliance on the thread, with the rules it is given, and picks up edited rules", async () => {
    const rules = loadSeedRules();
    const offer = "Assistante marketing\n\nNous recherchons une jeune femme de 25 à 30 ans, dynamique.";
    const answer = JSON.parse(await pool.analyze(offer, "fr", seed, rules));
    expect(answer).toEqual(JSON.parse(JSON.stringify(checkedAnalysis(offer, compileTaxonomy(seed), compileRules(rules), "fr"))));
    expect(answer.compliance.findings.length).toBeGreaterThan(0);
    // An administrator retires every rule: the next analyses, on every thread, find nothing.
    const retired: RuleSet = { ...rules, version: `${rules.version}.test`, rules: rules.rules.map((r) => ({ ...r, retired: true })) };
    const answers = await Promise.all([1, 2, 3, 4].map(() => pool.analyze(offer, "fr", seed, retired)));
    for (const json of answers) expect(JSON.parse(json).compliance).toEqual({ rulesVersion: retired.version, findings: [] });
  });
});

describe("an idle analyzer pool", () => {
  it("holds no thread until analyses come, one per core while they do, and none once idle again", async () => {
    const seed = loadSeedTaxonomy();
    const pool = createAnalysisPool(WORKER, 2, 100);
    try {
      expect(pool.threads()).toBe(0);
      const texts = [OVERLOADED_FR, "Community manager H/F", "Développeur web PHP / MySQL", "Graphic designer, Illustrator"];
      let first: string[] = [];
      // A thread kept by a race shows in some rounds only: several rounds catch it.
      for (let round = 0; round < 15; round++) {
        const answers = await Promise.all(texts.map((text) => pool.analyze(text, undefined, seed)));
        if (round === 0) first = answers;
        // A thread started afresh gets the taxonomy again and answers as the first ones did.
        expect(answers).toEqual(first);
        // Never more threads than cores; a thread idle for 100 ms while another works may already be gone.
        expect(pool.threads()).toBeGreaterThan(0);
        expect(pool.threads()).toBeLessThanOrEqual(2);
        // Idle for 100 ms, the threads end; a machine busy with other tests may take longer to reap them.
        await vi.waitFor(() => expect(pool.threads()).toBe(0), { timeout: 15_000, interval: 50 });
      }
    } finally {
      await pool.close();
    }
  });
});
