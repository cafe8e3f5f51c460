// npm run market:import -- FILE --email you@example.org [--workspace ID] [--name NAME] [--no-wait]
// Imports a CSV, JSON Lines or zip file of offers as a market run, prints the rows it
// refused, then follows the analysis with a progress bar (on PGlite it does the work
// itself: stop the app first, PGlite is one process's database).
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { seedAll } from "#seeds/seed-all";
import { badRowText } from "#app/i18n/market";
import { importOffers } from "#app/market/import.server";
import { startMarketProcessing } from "#app/market/processing.server";
import { progressLine } from "#app/market/progress";
import { importFormat } from "#app/market/read-offers.server";
import { getRunProgress } from "#app/market/run-progress.server";
import { liveMarketWorkers } from "#app/models/market-worker.server";
import { findMarketRun } from "#app/models/market-run.server";
import { findUserByEmail } from "#app/models/user.server";
import { listMemberships } from "#app/models/workspace.server";
import { hasRole, RECRUITERS } from "#app/workspaces/roles";

const USAGE =
  "usage: npm run market:import -- <file.csv|file.jsonl|file.zip> --email <account> [--workspace <id>] [--name <run name>] [--no-wait]";

function fail(message: string): never {
  console.error(`market:import: ${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, workspace: { type: "string" }, name: { type: "string" }, "no-wait": { type: "boolean", default: false } },
  });
} catch (error) {
  fail((error as Error).message);
}
const [file] = parsed.positionals;
if (!file) fail("a file is required");
const format = importFormat(file);
if (!format) fail("the file must end in .csv, .jsonl, .ndjson or .zip");
if (!parsed.values.email) fail("an --email (the run's owner) is required");

const options = databaseOptionsFromEnv();
const handle = await openDatabase(options);
await migrateOrThrow(handle.db);
await seedAll(handle.db);
const user = await findUserByEmail(handle.db, parsed.values.email);
if (!user) fail(`no account for ${parsed.values.email} (create one with npm run user:create)`);
const memberships = await listMemberships(handle.db, user.id);
const membership = parsed.values.workspace
  ? memberships.find((m) => String(m.workspace.id) === parsed.values.workspace)
  : memberships[0];
if (!membership) fail(parsed.values.workspace ? `${user.email} is not a member of workspace ${parsed.values.workspace}` : `${user.email} belongs to no workspace`);
if (!hasRole(membership.role, RECRUITERS)) fail(`${user.email} may not import into workspace ${membership.workspace.id} (role ${membership.role})`);
const workspaceId = membership.workspace.id;

const processing = await startMarketProcessing(handle.db, { kind: handle.kind, url: options.url }, { inAppWorker: false, recoverImports: false });
const summary = await importOffers(handle.db, processing.queue, {
  path: resolve(file),
  format,
  name: parsed.values.name ?? basename(file),
  source: basename(file),
  workspaceId,
  createdBy: user.id,
});
const readAs = summary.encoding ? ` (read as ${summary.encoding})` : "";
console.log(`run ${summary.runId}: ${summary.total} offers imported, ${summary.badRowCount} rows refused${readAs}`);
for (const bad of summary.badRows.slice(0, 50)) console.log(`  ${badRowText(bad, "en")}`);
if (summary.badRowCount > 50) console.log(`  … and ${summary.badRowCount - 50} more`);

const wait = !parsed.values["no-wait"] && summary.total > 0;
let hinted = false;
while (wait) {
  const run = await findMarketRun(handle.db, workspaceId, summary.runId);
  const progress = await getRunProgress(handle.db, run!);
  process.stdout.write(`\r${progressLine(progress)}\x1b[K`);
  if (progress.done) break;
  if (handle.kind === "postgres" && !hinted && (await liveMarketWorkers(handle.db, 60)) === 0) {
    process.stdout.write("\nno worker is running: start one with `npm run worker`\n");
    hinted = true;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
if (wait) process.stdout.write("\n");
await processing.stop();
await handle.close();
