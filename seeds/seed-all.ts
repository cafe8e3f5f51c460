import type { DB } from "#db/client";
import { loadSeedRules } from "./compliance-files";
import { seedComplianceRules } from "./seed-compliance";
import { loadSeedQuestionBank } from "./interview-files";
import { seedTaxonomy } from "./seed";
import { seedQuestionBank } from "./seed-question-bank";
import { loadSeedTaxonomy } from "./taxonomy-files";

/** Everything a fresh database needs; each step is idempotent. */
export async function seedAll(db: DB): Promise<string> {
  const taxonomy = await seedTaxonomy(db, loadSeedTaxonomy());
  const questions = await seedQuestionBank(db, loadSeedQuestionBank());
  const compliance = await seedComplianceRules(db, loadSeedRules());
  return `taxonomy: ${taxonomy}, question bank: ${questions}, compliance rules: ${compliance}`;
}
