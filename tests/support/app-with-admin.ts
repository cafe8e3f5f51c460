import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useAppAndBrowser, type AppAndBrowser } from "./app-and-browser";

/**
 * As `useAppAndBrowser`, on a data folder that already holds an administrator account:
 * a PGlite folder cannot be opened by two processes, so the admin is created (through
 * `npm run user:create`'s own code) before the app starts.
 */
export function useAppWithAdmin(admin: { email: string; password: string }): AppAndBrowser {
  const dataDir = mkdtempSync(join(tmpdir(), "rolescope-admin-e2e-"));
  return useAppAndBrowser({
    start: { dataDir },
    beforeStart() {
      const cli = spawnSync(process.execPath, ["--import", "tsx", "app/cli/user-create.ts", "--admin", "--email", admin.email], {
        env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, USER_PASSWORD: admin.password },
        encoding: "utf8",
      });
      if (cli.status !== 0) throw new Error(`user:create failed:\n${cli.stdout}${cli.stderr}`);
    },
    afterStop() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
