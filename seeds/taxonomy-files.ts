import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FAMILY_IDS, type AmbiguousTerm, type RoleFamily, type RoleProfile, type Taxonomy } from "#app/analysis/taxonomy";

const TAXONOMY_DIR = join(fileURLToPath(new URL(".", import.meta.url)), "taxonomy");

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** A short content hash: the same data always gives the same version. */
export function taxonomyVersion(content: Omit<Taxonomy, "version">): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 12);
}

/** The taxonomy as shipped in seeds/taxonomy/, families in the DESIGN.md order. */
export function loadSeedTaxonomy(dir = TAXONOMY_DIR): Taxonomy {
  const files = readdirSync(join(dir, "families")).filter((f) => f.endsWith(".json"));
  const order = (id: string) => {
    const i = (FAMILY_IDS as readonly string[]).indexOf(id);
    return i === -1 ? FAMILY_IDS.length : i;
  };
  const families = files
    .map((f) => readJson<RoleFamily>(join(dir, "families", f)))
    .sort((a, b) => order(a.id) - order(b.id) || a.id.localeCompare(b.id));
  const profiles = readJson<RoleProfile[]>(join(dir, "profiles.json"));
  const ambiguous = readJson<AmbiguousTerm[]>(join(dir, "ambiguous.json"));
  const content = { families, profiles, ambiguous };
  return { version: taxonomyVersion(content), ...content };
}
