import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { databaseOptionsFromEnv, openDatabase } from "#db/client";
import { createAnalysisPool, type AnalysisPool } from "#app/analysis-pool/pool.server";
import { answerAnalyzeApi } from "#app/check/analyze-api.server";
import { migrateOrThrow } from "#db/migrate";
import { seedAll } from "#seeds/seed-all";
import { databaseDownResponse } from "#app/http/database-down.server";
import { hardenApp, requestContext } from "#app/http/harden.server";
import { nodeOfferApi } from "#app/http/node-api.server";
import { startMarketProcessing } from "#app/market/processing.server";
import { loadRemixBuild } from "./remix-build";

const startedAt = performance.now();
const options = databaseOptionsFromEnv();
const [handle, build] = await Promise.all([
  openDatabase({ ...options, unavailable: databaseDownResponse }),
  loadRemixBuild(),
]);
await migrateOrThrow(handle.db);
console.log(await seedAll(handle.db));
// MARKET_IN_APP_WORKER=0 leaves a PostgreSQL queue to `npm run worker` processes alone.
const market = await startMarketProcessing(handle.db, { kind: handle.kind, url: options.url }, { inAppWorker: process.env.MARKET_IN_APP_WORKER !== "0" });

// Analyses run on analyzer threads, started with the first analyses. `npm run dev` rebuilds
// only the Remix build, so it analyzes inline rather than on a stale thread bundle.
// ANALYSIS_THREADS=0 analyzes inline too (one process per core behind a load balancer).
const workerFile = resolve("build/analysis-worker.js");
const threads = Number(process.env.ANALYSIS_THREADS || availableParallelism());
const analysisPool: AnalysisPool | undefined =
  process.env.NODE_ENV !== "development" && threads > 0 && existsSync(workerFile) ? createAnalysisPool(workerFile, threads) : undefined;

const app = express();
app.disable("x-powered-by");
// Pages, scripts and JSON go out compressed (brotli or gzip) to clients that accept it, as every
// browser does: a phone on a slow network gets /check's scripts in about a third of their size.
// A client that does not ask (most API callers) is not routed through it at all.
const compress = compression();
app.use((req, res, next) => (req.headers["accept-encoding"] ? compress(req, res, next) : next()));
hardenApp(app, handle.db, { processOwnsDatabase: handle.kind === "pglite" });
// The analysis API is the hot path: it skips Remix's route matching and web Request/Response
// objects, and runs what the route module runs (app/routes/api.analyze.ts), behind the same
// guards and limits.
app.post("/api/analyze", nodeOfferApi((call) => answerAnalyzeApi(handle.db, call, analysisPool)));
app.use("/build", express.static("build/public/build", { immutable: true, maxAge: "1y" }));
app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({ db: handle.db, analysisPool, marketQueue: market.queue, ...requestContext(req, res) }),
  }),
);

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, () => {
  const where = options.url ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${options.dataDir}`;
  console.log(`RoleScope on http://localhost:${port} — ${where} — ready in ${Math.round(performance.now() - startedAt)} ms`);
  if (process.env.NODE_ENV === "development") broadcastDevReady(build);
});

const STOP_DEADLINE_MS = 15_000;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  // A database that stopped answering can hold its connections' goodbyes forever: a stop
  // that is asked for always ends, late rather than never.
  setTimeout(() => {
    console.error(`${signal}: still closing after ${STOP_DEADLINE_MS / 1000} s, exiting now`);
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  server.close();
  server.closeAllConnections();
  await market.stop();
  await analysisPool?.close();
  // PGlite writes its data folder on close; a killed process without this may lose the last writes.
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
