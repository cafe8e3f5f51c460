import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// PGlite is one process's database: a second process opening the same folder works on
// its own copy in memory and the two overwrite each other's files. So whoever opens a
// folder first (the server, a CLI) writes its pid beside it (`<folder>.lock`: PGlite
// wants the folder itself to hold nothing but its own files), and the others refuse.

export class DataDirInUse extends Error {
  constructor(dir: string, pid: number) {
    super(`the PGlite folder ${dir} is in use by process ${pid} (the running app?): stop it first, or use DATABASE_URL to share a PostgreSQL server`);
    this.name = "DataDirInUse";
  }
}

/** Whether a process of this machine runs under `pid`. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder for this process; the returned function gives it back. A lock left by a dead process is taken over. */
export function lockDataDir(dir: string): () => void {
  const file = `${resolve(dir)}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
      const holder = Number(readFileSync(file, "utf8"));
      if (Number.isInteger(holder) && isRunning(holder)) throw new DataDirInUse(dir, holder);
      unlinkSync(file);
    }
  }
  return () => {
    try {
      if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
    } catch {
      // Already gone: nothing to give back.
    }
  };
}
