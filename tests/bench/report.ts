import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const rows: string[] = [];

/** One row of the table: what, measured, its floor in the same run, the ratio, the target. */
export function row(what: string, measured: string, floor: string, ratio: string, target: string): void {
  const line = `| ${what} | ${measured} | ${floor || "—"} | ${ratio || "—"} | ${target} |`;
  rows.push(line);
  console.log(line);
}

export function printTable(): void {
  console.log(["\n| what | measured | floor, same run | ratio | target |", "|---|---|---|---|---|", ...rows].join("\n"));
}

/** The machine is shared: the load average says how far to trust the absolute figures. */
export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}

/** Resident memory of a process, threads included. */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}
