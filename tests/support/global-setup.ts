import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { seedAll } from "#seeds/seed-all";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

// Booting and migrating PGlite costs seconds; loading a dumped data folder costs a fraction.
// So the suite migrates and seeds once, dumps, and every test file starts from a copy.
export default async function setup(project: TestProject) {
  const dir = join(process.cwd(), "tests", ".tmp");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `template-${process.pid}.tar.gz`);
  const handle = await openDatabase();
  await migrateOrThrow(handle.db);
  await seedAll(handle.db);
  const pglite = await handle.dump();
  writeFileSync(file, Buffer.from(await pglite.arrayBuffer()));
  await handle.close();
  project.provide("pgliteTemplate", file);
}
