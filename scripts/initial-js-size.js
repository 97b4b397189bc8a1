/**
 * How much JavaScript each page of the add-in loads before it can show anything: the files of its webpack entry point,
 * minified and gzipped as a web server sends them; and what it loads later, on demand (each import() chunk with the
 * shared chunks it brings that the page does not have yet). The production build prints them (InitialJsSizePlugin, in
 * webpack.config.js); `npm run bench` reports them too.
 *
 * Targets (gzipped, initial): the task pane ≤ 250 KB (issue 10), aiming at ≤ 210 KB so that later features have room;
 * the ribbon's function file (commands) ≤ 50 KB, as some hosts load it when Excel starts.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Target for the task pane's initial JavaScript, gzipped (issue 10), and the weight aimed at. */
const PANE_TARGET_KB = 250;
const PANE_AIM_KB = 210;
/** Target for the ribbon's function file, gzipped. */
const COMMANDS_TARGET_KB = 50;

function fileSizes(compilation, files) {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    // Once the compilation is over, webpack keeps only the sizes: then the emitted file is read.
    let buffer;
    try {
      buffer = compilation.getAsset(file).source.buffer();
    } catch {
      buffer = fs.readFileSync(path.join(compilation.outputOptions.path, file));
    }
    bytes += buffer.length;
    gzipBytes += zlib.gzipSync(buffer).length;
  }
  return { bytes, gzipBytes };
}

const jsFiles = (group) => [...group.getFiles()].filter((f) => f.endsWith(".js"));

/**
 * [{ entry, files, bytes, gzipBytes, onDemand: [{ name, files, bytes, gzipBytes }] }] for every entry point of a
 * finished compilation. An on-demand chunk counts only the files its page does not have when it is asked for (those of
 * the entry and of the chunks that ask for it are there already).
 */
function initialJsSizes(compilation) {
  const sizes = [];
  for (const [entry, entrypoint] of compilation.entrypoints) {
    const files = jsFiles(entrypoint);
    const onDemand = [];
    const seen = new Set();
    const walk = (group, loaded) => {
      for (const child of group.getChildren()) {
        if (seen.has(child)) continue;
        seen.add(child);
        const own = jsFiles(child).filter((f) => !loaded.has(f));
        onDemand.push({ name: child.name ?? own.join("+"), files: own, ...fileSizes(compilation, own) });
        walk(child, new Set([...loaded, ...own]));
      }
    };
    walk(entrypoint, new Set(files));
    sizes.push({ entry, files, ...fileSizes(compilation, files), onDemand });
  }
  return sizes;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function verdict(size) {
  const gz = size.gzipBytes;
  if (size.entry === "taskpane")
    return gz <= PANE_AIM_KB * 1024
      ? `  (target ≤ ${PANE_TARGET_KB} KB, aim ≤ ${PANE_AIM_KB} KB: ok)`
      : gz <= PANE_TARGET_KB * 1024
        ? `  (target ≤ ${PANE_TARGET_KB} KB: ok; aim ≤ ${PANE_AIM_KB} KB: MISSED)`
        : `  (target ≤ ${PANE_TARGET_KB} KB: MISSED)`;
  if (size.entry === "commands")
    return gz <= COMMANDS_TARGET_KB * 1024
      ? `  (target ≤ ${COMMANDS_TARGET_KB} KB: ok)`
      : `  (target ≤ ${COMMANDS_TARGET_KB} KB: MISSED)`;
  return "";
}

/** One line: the initial JavaScript and its target. */
function describe(size) {
  return `${size.entry}: ${kb(size.gzipBytes)} gzipped (${kb(size.bytes)} minified)${verdict(size)}`;
}

/** One line, or "" when the page loads nothing on demand: each chunk with what it adds, gzipped. */
function describeOnDemand(size) {
  if (!size.onDemand?.length) return "";
  return `later, on demand: ${size.onDemand.map((c) => `${c.name} ${kb(c.gzipBytes)}`).join(", ")}`;
}

class InitialJsSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("InitialJsSizePlugin", (compilation) => {
      if (compilation.errors.length) return;
      const lines = initialJsSizes(compilation).flatMap((s) => {
        const later = describeOnDemand(s);
        return [`  ${describe(s)}`, ...(later ? [`    ${later}`] : [])];
      });
      console.log(`[cchc] initial JavaScript per page (gzipped):\n${lines.join("\n")}`);
    });
  }
}

module.exports = {
  InitialJsSizePlugin,
  initialJsSizes,
  describe,
  describeOnDemand,
  PANE_TARGET_KB,
  PANE_AIM_KB,
  COMMANDS_TARGET_KB,
};
