import type { DB } from "../db/client";
import { seedTaxonomy } from "./seed";
import { loadSeedTaxonomy } from "./taxonomy-files";

/** Everything a fresh database needs; each step is idempotent. */
export async function seedAll(db: DB): Promise<string> {
  const taxonomy = await seedTaxonomy(db, loadSeedTaxonomy());
  return `taxonomy: ${taxonomy}`;
}
