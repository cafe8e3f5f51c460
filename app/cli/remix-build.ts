import type { ServerBuild } from "@remix-run/node";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// Under tsx (`npm run dev`) the server reads the Remix build from build/ at run time.
// app/cli/build.mjs swaps this module for a static import of that build, so build/server.js
// holds the server, the Remix build and their dependencies in one bundle: a start parses a
// few files instead of resolving hundreds of modules one by one.
export function loadRemixBuild(): Promise<ServerBuild> {
  // React and Remix pick their production code from this (the bundle has it built in);
  // `remix dev` sets "development".
  process.env.NODE_ENV ??= "production";
  const buildPath = resolve("build/index.js");
  if (!existsSync(buildPath)) {
    console.error("No build found: run `npm run build` first (npm start does it for you).");
    process.exit(1);
  }
  return import(pathToFileURL(buildPath).href) as Promise<ServerBuild>;
}
