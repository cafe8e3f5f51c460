import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { RuleSchema, WordListSchema, type RuleSet } from "#app/compliance/rule-schema";

const COMPLIANCE_DIR = join(fileURLToPath(new URL(".", import.meta.url)), "compliance");

const RuleFile = z.object({ rules: z.array(RuleSchema).optional(), lists: z.array(WordListSchema).optional() });

/** The compliance rules as shipped in seeds/compliance/, files in name order, validated. */
export function loadSeedRules(dir = COMPLIANCE_DIR): RuleSet {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const rules: RuleSet["rules"] = [];
  const lists: RuleSet["lists"] = [];
  for (const file of files) {
    const parsed = RuleFile.safeParse(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (!parsed.success) throw new Error(`seeds/compliance/${file}: ${parsed.error.message}`);
    rules.push(...(parsed.data.rules ?? []));
    lists.push(...(parsed.data.lists ?? []));
  }
  const version = createHash("sha256").update(JSON.stringify({ rules, lists })).digest("hex").slice(0, 12);
  return { version, rules, lists };
}
