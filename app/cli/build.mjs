// @ts-check
// `npm start`, `npm test` and `postinstall` run this: it builds only when the sources changed
// since the last build (`--force` always builds). Plain JavaScript so that the check itself
// costs a node start and a hash, not a TypeScript loader.
//   build/index.js            the Remix server build, build/public/ the browser assets
//   build/server.js           app/cli/serve.ts bundled: what `npm start` runs
//   build/analysis-worker.js  the analyzer thread of the worker pool
//   build/extract-worker.js   the upload text-extraction thread (capped heap and time)
//   build/chunks/             code these share, and what is loaded only when needed

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCES = ["app", "db", "seeds", "package.json", "package-lock.json", "remix.config.js", "tsconfig.json"];
const STAMP = join(root, "build/.sources-hash");
const OUTPUTS = ["build/index.js", "build/server.js", "build/analysis-worker.js", "build/extract-worker.js"];

/** @param {string} path the files under a folder, or the file itself */
function filesOf(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** By content, not modification time: a checkout or a copy does not fool it. */
function sourcesHash() {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap(filesOf).sort()) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/**
 * The seed loaders find their JSON beside their own file through import.meta.url; once
 * bundled into build/, that URL is rebuilt from the bundle's own, so a moved folder still works.
 * @type {esbuild.Plugin}
 */
const sourceImportMetaUrl = {
  name: "source-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url") || args.path.includes("node_modules")) return undefined;
      const fromBuild = relative(join(root, "build"), args.path).split("\\").join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBuild)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

async function build() {
  const remix = spawnSync(process.execPath, [join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], { cwd: root, stdio: "inherit" });
  if (remix.status !== 0) process.exit(remix.status ?? 1);
  rmSync(join(root, "build/chunks"), { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      server: "app/cli/serve.ts",
      "analysis-worker": "app/analysis-pool/worker.ts",
      "extract-worker": "app/intake/extract-worker.server.ts",
    },
    outdir: "build",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // What only some runs need (graphile-worker on PostgreSQL) is imported when needed, from a chunk of its own.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    // node_modules load from node_modules; only our own TypeScript is compiled in.
    packages: "external",
    sourcemap: true,
    // The Remix build is loaded at run time, not bundled twice.
    external: ["./index.js"],
    plugins: [sourceImportMetaUrl],
    logLevel: "warning",
  });
  await esbuild.stop();
}

const force = process.argv.includes("--force");
const hash = sourcesHash();
const fresh = !force && OUTPUTS.every((f) => existsSync(join(root, f))) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash;
if (fresh) {
  console.log("build: up to date");
} else {
  const t0 = performance.now();
  await build();
  writeFileSync(STAMP, hash);
  console.log(`build: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
