#!/usr/bin/env node
/**
 * Builds the command line ahead of time: the TypeScript in src/ → build/cli/*.js (git-ignored), one bundle per entry
 * with its libraries inside, so that `cchc` starts without a TypeScript loader and without resolving hundreds of
 * modules (see `npm run bench`, "cchc start").
 *
 * Run by `npm ci` / `npm install` (the package's `prepare` script), and by bin/cchc.js whenever a source is newer
 * than the build (an edited file, another branch checked out), so `npm run cchc` always runs the code in src/.
 *
 *   node scripts/build-cli.js            build now
 *   node scripts/build-cli.js --if-stale build only if a source is newer than the build
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "build", "cli");

/** Each bundle: its source and the file it becomes in build/cli. */
const ENTRIES = [
  { source: "src/cli/main.ts", out: "main.js" },
  { source: "src/cli/batch/worker.ts", out: "checkAllWorker.js" },
];

/** What the bundles are made of: a change to any of these makes the build stale. */
const SOURCE_DIRS = ["src/cli", "src/core", "src/io"];
const SOURCE_FILES = ["package-lock.json", "scripts/build-cli.js", "tsconfig.json"];

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.isFile()) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The build's files, absolute. */
function outputs() {
  return ENTRIES.map((e) => path.join(outDir, e.out));
}

/** True when a bundle is missing or older than a source. */
function isStale() {
  let built = Infinity;
  for (const file of outputs()) {
    try {
      built = Math.min(built, fs.statSync(file).mtimeMs);
    } catch {
      return true;
    }
  }
  let newest = 0;
  for (const dir of SOURCE_DIRS) newest = Math.max(newest, newestMtime(path.join(root, dir)));
  for (const file of SOURCE_FILES) {
    try {
      newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
    } catch {
      // not every checkout has every file (no lock in a published copy)
    }
  }
  return newest > built;
}

/**
 * Bundles every entry with esbuild. Each file is written beside its place and renamed over it, so a `cchc` running at
 * the same moment never loads half a file.
 */
function build() {
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    throw new Error("esbuild is missing: run `npm ci` (or `npm install`) in " + root);
  }
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ENTRIES.map((e) => [e.out.replace(/\.js$/, ""), e.source])),
    outdir: outDir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    keepNames: true,
    legalComments: "linked",
    // tsx is only for running from source (check-all's worker then loads the TypeScript through it).
    external: ["tsx", "tsx/*"],
    logLevel: "warning",
    write: false,
  });
  fs.mkdirSync(outDir, { recursive: true });
  // V8 code caches of the previous bundles (bin/cchc.js makes them) must not outlive them.
  for (const name of fs.readdirSync(outDir))
    if (name.endsWith(".v8cache")) fs.rmSync(path.join(outDir, name), { force: true });
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
}

/** Builds if stale; returns the path of the CLI's main bundle. */
function ensureBuilt() {
  if (isStale()) build();
  return path.join(outDir, "main.js");
}

module.exports = { build, isStale, ensureBuilt, outDir };

if (require.main === module) {
  const onlyIfStale = process.argv.includes("--if-stale");
  if (!onlyIfStale || isStale()) {
    const t0 = Date.now();
    build();
    console.log(`cchc: command line built into ${path.relative(root, outDir)}/ in ${Date.now() - t0} ms`);
  }
}
