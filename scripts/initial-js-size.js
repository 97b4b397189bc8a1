/**
 * How much JavaScript each page of the add-in loads before it can show anything: the files of its webpack entry point
 * (not the chunks loaded later on demand, such as the preview's ExcelJS), minified and gzipped as a web server sends
 * them. The production build prints it (InitialJsSizePlugin, in webpack.config.js); `npm run bench` reports it too.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Target for the task pane's initial JavaScript, gzipped (issue 10). */
const PANE_TARGET_KB = 250;

/** [{ entry, files, bytes, gzipBytes }] for every entry point of a finished compilation. */
function initialJsSizes(compilation) {
  const sizes = [];
  for (const [entry, entrypoint] of compilation.entrypoints) {
    const files = [...entrypoint.getFiles()].filter((f) => f.endsWith(".js"));
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
    sizes.push({ entry, files, bytes, gzipBytes });
  }
  return sizes;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function describe(size) {
  const target =
    size.entry === "taskpane"
      ? size.gzipBytes <= PANE_TARGET_KB * 1024
        ? `  (target ≤ ${PANE_TARGET_KB} KB: ok)`
        : `  (target ≤ ${PANE_TARGET_KB} KB: MISSED)`
      : "";
  return `${size.entry}: ${kb(size.gzipBytes)} gzipped (${kb(size.bytes)} minified)${target}`;
}

class InitialJsSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("InitialJsSizePlugin", (compilation) => {
      if (compilation.errors.length) return;
      const lines = initialJsSizes(compilation).map((s) => `  ${describe(s)}`);
      console.log(`[cchc] initial JavaScript per page:\n${lines.join("\n")}`);
    });
  }
}

module.exports = { InitialJsSizePlugin, initialJsSizes, describe, PANE_TARGET_KB };
