// npm run retention
// Applies every workspace's retention setting once and exits: candidates of cards archived
// longer ago than the workspace keeps them are erased with their scorecards, and each
// erasure goes to the workspace's audit log. Run it on a schedule (cron, systemd timer,
// a Kubernetes CronJob); running it twice erases nothing more.
import { databaseOptionsFromEnv, openDatabase } from "#db/client";
import { migrateOrThrow } from "#db/migrate";
import { eraseExpiredCandidates } from "#app/models/candidate.server";

async function main() {
  const options = databaseOptionsFromEnv();
  const handle = await openDatabase(options);
  try {
    await migrateOrThrow(handle.db);
    const erased = await eraseExpiredCandidates(handle.db);
    const workspaces = new Set(erased.map((e) => e.workspaceId)).size;
    console.log(`retention: erased ${erased.length} candidate(s) in ${workspaces} workspace(s)`);
  } finally {
    await handle.close().catch(() => {});
  }
}

main().catch((error) => {
  console.error(`retention: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
