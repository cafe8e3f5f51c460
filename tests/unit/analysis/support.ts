// Shared by the analyzer tests: the seed taxonomy compiled once, fixture offers.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileTaxonomy, type CompiledTaxonomy } from "#app/analysis/index";
import { loadSeedTaxonomy } from "#seeds/taxonomy-files";

let compiled: CompiledTaxonomy | null = null;

export function seedTaxonomy(): CompiledTaxonomy {
  compiled ??= compileTaxonomy(loadSeedTaxonomy());
  return compiled;
}

export const OFFERS_DIR = fileURLToPath(new URL("../../fixtures/offers/", import.meta.url));
export const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/linkedin-fr-2025.jsonl", import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${OFFERS_DIR}${name}`, "utf8");
}

export function focusedFixtures(): { file: string; profile: string; lang: string; text: string }[] {
  return readdirSync(`${OFFERS_DIR}focused`)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const [profile, lang] = file.split(".");
      return { file, profile, lang, text: readFileSync(`${OFFERS_DIR}focused/${file}`, "utf8") };
    });
}

export interface CorpusOffer {
  id: string;
  title: string;
  text: string;
}

export function corpusOffers(): CorpusOffer[] {
  return readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusOffer);
}
