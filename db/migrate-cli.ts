import { databaseOptionsFromEnv, openDatabase } from "./client";
import { migrateOrThrow } from "./migrate";

const handle = await openDatabase(databaseOptionsFromEnv());
try {
  const applied = await migrateOrThrow(handle.db);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
