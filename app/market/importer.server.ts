import { hostname } from "node:os";
import { isRunning } from "#app/db.server";

// The process start time tells a restarted process from its previous life when both have
// the same pid (pid 1 in a container); every bundle of one process agrees on it.
const LIFE = Math.round(performance.timeOrigin).toString(36);

/** This process as the reader of a run's file: "host/pid/life". */
export const THIS_IMPORTER = `${hostname()}/${process.pid}/${LIFE}`;

/**
 * True when the named importer is known dead without waiting for its silence: a process
 * of this machine that no longer runs, or this process's previous life.
 */
export function importerIsGone(importer: string): boolean {
  const [life, pid, ...host] = importer.split("/").reverse();
  if (host.reverse().join("/") !== hostname()) return false;
  const n = Number(pid);
  if (!Number.isSafeInteger(n) || n <= 0) return true;
  if (n === process.pid) return life !== LIFE;
  return !isRunning(n);
}
