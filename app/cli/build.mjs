// @ts-check
// `npm start`, `npm test` and `postinstall` run this: it builds only when the sources changed
// since the last build (`--force` always builds). Plain JavaScript so that the check itself
// costs a node start and a hash, not a TypeScript loader.
//   build/index.js            the Remix server build, build/public/ the browser assets
//   build/server.js           app/cli/serve.ts with the Remix build and dependencies: what `npm start` runs
//   build/analysis-worker.js  the analyzer thread of the worker pool
//   build/extract-worker.js   the upload text-extraction thread (capped heap and time)
//   build/chunks/             code these share, and what is loaded only when needed

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/**
 * build/server.js carries the Remix build: the module that loads it at run time under tsx
 * (app/cli/remix-build.ts) becomes a static import here, so esbuild bundles both as one graph.
 * @type {esbuild.Plugin}
 */
const bundledRemixBuild = {
  name: "bundled-remix-build",
  setup(build) {
    build.onResolve({ filter: /^\.\/remix-build$/ }, () => ({ path: "remix-build", namespace: "bundled-remix-build" }));
    build.onLoad({ filter: /.*/, namespace: "bundled-remix-build" }, () => ({
      contents: 'import * as build from "./build/index.js"; export const loadRemixBuild = async () => build;',
      resolveDir: root,
      loader: "js",
    }));
  },
};

/**
 * Dependencies are bundled in too (one parse instead of hundreds of module resolutions at each
 * start), except those that find files beside their own code at run time (PGlite's WebAssembly,
 * piscina's worker wrapper, PDFKit's fonts), those loaded only when needed (pg and
 * graphile-worker on PostgreSQL, the document converters in the extraction thread) and the fetch
 * polyfills @remix-run/node would only load if asked to install them.
 */
const EXTERNAL_PACKAGES = [
  "@electric-sql/pglite",
  "piscina",
  "pdfkit",
  "mammoth",
  "unpdf",
  "pg",
  "pg-native",
  "graphile-worker",
  "undici",
  "@remix-run/web-fetch",
];

// CommonJS dependencies bundled into ES modules still call require() for Node's own modules.
const REQUIRE_IN_ESM = 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);';

async function build() {
  const remix = spawnSync(process.execPath, [join(root, "node_modules/@remix-run/dev/dist/cli.js"), "build"], { cwd: root, stdio: "inherit" });
  if (remix.status !== 0) process.exit(remix.status ?? 1);
  rmSync(join(root, "build/chunks"), { recursive: true, force: true });
  const result = await esbuild.build({
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
    external: EXTERNAL_PACKAGES,
    // These files only ever run in production (`npm run dev` runs the sources under tsx):
    // React and Remix keep their production code paths and the development ones are dropped.
    define: { "process.env.NODE_ENV": '"production"' },
    minifySyntax: true,
    minifyWhitespace: true,
    banner: { js: REQUIRE_IN_ESM },
    sourcemap: true,
    plugins: [sourceImportMetaUrl, bundledRemixBuild],
    logLevel: "warning",
    write: false,
  });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith(".js") ? asciiOnly(file.text) : file.contents);
  }
  await esbuild.stop();
}

/**
 * esbuild escapes non-ASCII characters in strings but not in regular expression literals
 * ("•", "–" in the analyzer's patterns), and one such character makes V8 hold the whole
 * file in two bytes per character: 7.5 MB instead of 3.8 MB for the server. A \uXXXX escape
 * means the same character in a regular expression, a string, a template or an identifier.
 * @param {string} text
 */
function asciiOnly(text) {
  // After a backslash the escape would change meaning ("\\–" would become "\\\\u2013"): refuse rather than guess.
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error("build: a backslash before a non-ASCII character; write that character as \\uXXXX");
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
