import { databaseOptionsFromEnv, openDatabase } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { seedAll } from "./seed-all";

const handle = await openDatabase(databaseOptionsFromEnv());
try {
  await migrateOrThrow(handle.db);
  const report = await seedAll(handle.db);
  console.log(report);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
