import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningApp {
  baseUrl: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The node arguments of `npm start`'s serving half ("node <args>" after the build step). */
export function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  const serve = scripts.start.split("&&").at(-1)!.trim().split(/\s+/);
  if (serve[0] !== "node") throw new Error(`npm start should end with a node command: ${scripts.start}`);
  return serve.slice(1);
}

/**
 * Starts the built app as `npm start` serves it (build/ must exist: `npm test` builds first)
 * on a free port with a fresh PGlite folder, and waits for /healthz.
 */
export async function startApp(options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "rolescope-e2e-"));
  const child = spawn(process.execPath, startArguments(), {
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), PGLITE_DIR: dataDir, NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  // A crowded machine (CI running the browser suites side by side) can take long to start one.
  const timeoutMs = options.timeoutMs ?? 150_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`app did not answer /healthz in ${timeoutMs / 1000} s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    baseUrl,
    dataDir,
    process: child,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
