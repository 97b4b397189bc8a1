#!/usr/bin/env node
// The `cchc` command: runs the command line built ahead of time into build/cli (scripts/build-cli.js, run by
// `npm ci`); rebuilds it first if a source under src/ is newer, so it always runs the code as it is in src/.
// The bundle is compiled with V8's code cache (build/cli/main.js.<mtime>-<size>.v8cache, made on the first run,
// dropped by every build): the start then skips most of the parsing of the bundled libraries. The cache is named
// after the very bundle it was made from, since V8 itself only checks that the source has the same length.
"use strict";
const fs = require("fs");
const path = require("path");

const fail = (what, err) => {
  process.stderr.write(`cchc: ${what}${err && err.message ? err.message : String(err)}\n`);
  process.exit(2);
};

/**
 * Loads a CommonJS bundle like require() does, with a code cache beside it; returns its exports and a saver. One cache
 * per subcommand: V8 caches the functions compiled by the time it is made, and `check` runs other code than `--help`.
 */
function loadWithCodeCache(file, command) {
  const vm = require("vm");
  const Module = require("module");
  const source = fs.readFileSync(file, "utf8");
  const { mtimeMs, size } = fs.statSync(file);
  const cacheFile = `${file}.${Math.round(mtimeMs)}-${size}.${command}.v8cache`;
  let cached;
  try {
    cached = fs.readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod.loaded = true;
  const localRequire = (id) => mod.require(id);
  localRequire.resolve = (id) => Module._resolveFilename(id, mod);
  script.runInThisContext().call(mod.exports, mod.exports, localRequire, mod, file, path.dirname(file));
  const save = () => {
    if (cached && !script.cachedDataRejected) return;
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {
      // a read-only checkout: run without the cache
    }
  };
  return { exports: mod.exports, save };
}

let mainFile;
try {
  mainFile = require("../scripts/build-cli.js").ensureBuilt();
} catch (err) {
  fail("the command line could not be built: ", err);
}
let cli;
try {
  const command = /^[a-z][a-z-]{0,30}$/.test(process.argv[2] || "") ? process.argv[2] : "help";
  cli = loadWithCodeCache(mainFile, command);
} catch {
  cli = { exports: require(mainFile), save: () => {} };
}
cli.exports.main(process.argv.slice(2)).then(
  (code) => {
    cli.save();
    process.exit(code);
  },
  (err) => fail("", err),
);
