import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import express from "express";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { databaseOptionsFromEnv, openDatabase } from "../../db/client";
import { migrateOrThrow } from "../../db/migrate";
import { seedAll } from "../../seeds/seed-all";
import { startMarketProcessing } from "../market/processing.server";

const buildPath = resolve("build/index.js");
if (!existsSync(buildPath)) {
  console.error("No build found: run `npm run build` first (npm start does it for you).");
  process.exit(1);
}

const startedAt = performance.now();
const options = databaseOptionsFromEnv();
const handle = await openDatabase(options);
await migrateOrThrow(handle.db);
console.log(await seedAll(handle.db));
// MARKET_IN_APP_WORKER=0 leaves a PostgreSQL queue to `npm run worker` processes alone.
const market = await startMarketProcessing(handle.db, { kind: handle.kind, url: options.url }, { inAppWorker: process.env.MARKET_IN_APP_WORKER !== "0" });

const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
const app = express();
app.disable("x-powered-by");
app.use("/build", express.static("build/public/build", { immutable: true, maxAge: "1y" }));
app.all("*", createRequestHandler({ build, getLoadContext: () => ({ db: handle.db, marketQueue: market.queue }) }));

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, () => {
  const where = options.url ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${options.dataDir}`;
  console.log(`RoleScope on http://localhost:${port} — ${where} — ready in ${Math.round(performance.now() - startedAt)} ms`);
  if (process.env.NODE_ENV === "development") broadcastDevReady(build);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  server.close();
  server.closeAllConnections();
  await market.stop();
  // PGlite writes its data folder on close; a killed process without this may lose the last writes.
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
