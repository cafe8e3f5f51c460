import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze, compileTaxonomy } from "../../app/analysis/index";
import type { Taxonomy } from "../../app/analysis/taxonomy";
import { createAnalysisPool, type AnalysisPool } from "../../app/analysis-pool/pool.server";
import { loadSeedTaxonomy } from "../../seeds/taxonomy-files";
import { OVERLOADED_FR } from "../support/check-offers";

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
    const answers = await Promise.all(texts.map((text) => pool.analyze(text, seed)));
    const compiled = compileTaxonomy(seed);
    expect(answers.map((json) => JSON.parse(json))).toEqual(texts.map((text) => JSON.parse(JSON.stringify(analyze(text, compiled)))));
  });

  it("honours the language asked for", async () => {
    const answer = JSON.parse(await pool.analyze(OVERLOADED_FR, seed, "en"));
    expect(answer.language).toBe("en");
  });

  it("picks up a new taxonomy version on the next analysis", async () => {
    // A titled offer: a bare line with no job title reads as out of scope, with no families.
    const VIDEO_OFFER = "Vidéaste H/F\n\nMissions\n- Tournage de vidéos pour nos clients\n- Montage vidéo sur Premiere Pro\n";
    expect(JSON.parse(await pool.analyze(VIDEO_OFFER, seed)).families.map((f: { id: string }) => f.id)).toContain("photo_video");
    // Without the family and the profiles built on it (a title names a profile's families too).
    const withoutVideo: Taxonomy = {
      ...seed,
      version: `${seed.version}.test`,
      families: seed.families.filter((f) => f.id !== "photo_video"),
      profiles: seed.profiles.filter((p) => !p.core.includes("photo_video") && !p.light.includes("photo_video")),
    };
    const answers = await Promise.all([1, 2, 3, 4].map(() => pool.analyze(VIDEO_OFFER, withoutVideo)));
    for (const json of answers) {
      const analysis = JSON.parse(json);
      expect(analysis.taxonomyVersion).toBe(withoutVideo.version);
      expect(analysis.families.map((f: { id: string }) => f.id)).not.toContain("photo_video");
    }
  });
});
