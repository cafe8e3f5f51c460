import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layers are rules of the project's own ESLint config: these lint one-line modules
// placed (by name only) in each layer, to show that a step across a layer fails `npm run lint`.

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: ".config/eslint.config.js" });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [value];\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the linter refuses an import across the layers", () => {
  it.each([
    ["the analyzer importing a model", "app/analysis/extra.ts", 'import { value } from "#app/models/role-card.server";', "pure analyzer"],
    ["the analyzer importing another folder of the app", "app/analysis/extra.ts", 'import { value } from "#app/cards/card";', "pure analyzer"],
    ["the analyzer importing db/", "app/analysis/extra.ts", 'import { value } from "#db/client";', "pure analyzer"],
    ["the analyzer importing a Node module", "app/analysis/extra.ts", 'import { value } from "node:fs";', "pure analyzer"],
    ["the analyzer importing Remix", "app/analysis/extra.ts", 'import { value } from "@remix-run/node";', "pure analyzer"],
    ["a route importing db/", "app/routes/extra.tsx", 'import { value } from "#db/client";', "Only app/db.server.ts and app/models/"],
    ["a route querying with Kysely", "app/routes/extra.tsx", 'import { sql as value } from "kysely";', "Queries belong in app/models/"],
    ["a feature's server module importing db/", "app/cards/extra.server.ts", 'import { value } from "#db/tables/market";', "Only app/db.server.ts and app/models/"],
    ["the session module querying with Kysely", "app/session.server.ts", 'import { sql as value } from "kysely";', "Queries belong in app/models/"],
    ["a model importing a component", "app/models/extra.server.ts", 'import { value } from "#app/components/form-field";', "never import routes, components"],
    ["a model importing a route", "app/models/extra.server.ts", 'import { value } from "#app/routes/cards._index";', "never import routes, components"],
    ["a model calling a feature's server code", "app/models/extra.server.ts", 'import { value } from "#app/cards/pages.server";', "features' server code"],
    ["a browser-safe module importing a model's value", "app/cards/extra.ts", 'import { value } from "#app/models/role-card.server";', "never values"],
    ["a component importing db/", "app/components/extra.tsx", 'import { value } from "#db/client";', "Only app/db.server.ts and app/models/"],
    // A path that climbs could name db/ or a route without the alias the rules above match.
    ["a route reaching db/ by climbing", "app/routes/extra.tsx", 'import { value } from "../../db/client";', "never by climbing"],
    ["the analyzer reaching another folder by climbing", "app/analysis/extra.ts", 'import { value } from "../cards/card";', "never by climbing"],
    ["a model climbing back out of an alias to a route", "app/models/extra.server.ts", 'import { value } from "#app/models/../routes/cards._index";', "never by climbing"],
    ["a test climbing to the app", "tests/unit/extra.test.ts", 'import { value } from "../../app/cards/card";', "never by climbing"],
    ["a CLI climbing to db/", "app/cli/extra.ts", 'import { value } from "../../db/client";', "never by climbing"],
  ])("%s", async (_, filePath, code, message) => {
    const messages = await restrictedImports(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });
});

describe("the linter lets each layer import what is below it", () => {
  it.each([
    ["the analyzer importing itself", "app/analysis/extra.ts", 'import { value } from "./taxonomy";'],
    ["the analyzer importing a plain library", "app/analysis/extra.ts", 'import { convert as value } from "html-to-text";'],
    ["a model importing db/ and Kysely", "app/models/extra.server.ts", 'import { value } from "#db/tables/market";\nimport { sql } from "kysely";\nvoid sql;'],
    ["a model importing another model", "app/models/extra.server.ts", 'import { value } from "./role-card.server";'],
    ["a model importing a pure domain module", "app/models/extra.server.ts", 'import { value } from "#app/workspaces/roles";'],
    ["a model importing a type from a feature's server code", "app/models/extra.server.ts", 'import type { value } from "#app/analysis-pool/pool.server";'],
    ["a route importing a model", "app/routes/extra.tsx", 'import { value } from "#app/models/role-card.server";'],
    ["a browser-safe module importing a model's type", "app/cards/extra.ts", 'import type { value } from "#app/models/role-card.server";'],
    ["the database handle importing db/", "app/db.server.ts", 'import { value } from "#db/client";'],
    ["a CLI opening the database", "app/cli/extra.ts", 'import { value } from "#db/client";'],
    ["a seed importing db/", "seeds/extra.ts", 'import { value } from "#db/client";'],
    ["a test importing a model by its alias", "tests/unit/extra.test.ts", 'import { value } from "#app/models/role-card.server";'],
  ])("%s", async (_, filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
