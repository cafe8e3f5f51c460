// npm run worker — analyses queued market runs from graphile-worker on the PostgreSQL
// server of DATABASE_URL. Start as many as there are cores, on as many machines as needed.
import { databaseOptionsFromEnv, openDatabase } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { graphileQueue, releaseWorkerUtils, startMarketWorker } from "#app/market/graphile.server";
import { startImportRecovery } from "#app/market/recover-imports.server";

const options = databaseOptionsFromEnv();
if (!options.url) {
  console.error("worker: set DATABASE_URL to a PostgreSQL server (on the embedded PGlite database, `npm start` analyses runs itself)");
  process.exit(1);
}
const handle = await openDatabase(options);
await migrateOrThrow(handle.db);
const staleAfterSeconds = Number(process.env.MARKET_WORKER_STALE_SECONDS) || undefined;
const worker = await startMarketWorker(handle.db, options.url, { staleAfterSeconds });
// A worker restarted on the machine where an import was cut off resumes it from the file left there.
const recovery = startImportRecovery(handle.db, graphileQueue(options.url));
console.log(`worker ${worker.id} ready`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the current batch`);
  recovery.stop();
  await worker.stop();
  await releaseWorkerUtils();
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
await worker.promise;
