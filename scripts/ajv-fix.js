/**
 * Work-around for the installed dependency tree, loaded with `node -r ./scripts/ajv-fix.js` or required first thing.
 *
 * package-lock.json (made with legacy-peer-deps) hoists ajv@6 for eslint, but ajv-keywords@5 (loaded by
 * schema-utils: webpack and its plugins) and ajv-draft-04 (loaded by office-addin-manifest, hence
 * office-addin-debugging) need ajv@8 as a peer and find the hoisted ajv@6:
 *   Cannot find module 'ajv/dist/compile/codegen'   /   Cannot find module 'ajv/dist/core'
 * Until the lockfile is fixed (e.g. `npm install -D ajv@^8` so that ajv@8 is hoisted and eslint keeps its own
 * ajv@6), this sends those packages' requests for ajv to an ajv@8 already in the tree. A no-op once ajv@8 is hoisted.
 */
"use strict";
const Module = require("module");
const path = require("path");

const PEERS_NEEDING_AJV8 = ["ajv-keywords", "ajv-draft-04"];

function findAjv8() {
  // Packages that carry their own nested ajv@8.
  for (const owner of ["schema-utils", "ajv-formats", "@microsoft/app-manifest"]) {
    try {
      const dir = path.dirname(require.resolve(`${owner}/package.json`));
      const ajv = path.dirname(require.resolve("ajv/package.json", { paths: [dir] }));
      if (Number(require(path.join(ajv, "package.json")).version.split(".")[0]) >= 8) return ajv;
    } catch {
      // not installed: try the next one
    }
  }
  return null;
}

function install() {
  let hoisted;
  try {
    hoisted = require("ajv/package.json").version;
  } catch {
    return;
  }
  if (Number(hoisted.split(".")[0]) >= 8) return;
  const ajv8 = findAjv8();
  if (!ajv8) return;
  const dirs = PEERS_NEEDING_AJV8.map((p) => `${path.sep}node_modules${path.sep}${p}${path.sep}`);
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const from = parent && parent.filename;
    if (from && /^ajv(\/|$)/.test(request) && dirs.some((d) => from.includes(d))) {
      return resolve.call(this, request.replace(/^ajv/, ajv8), parent, ...rest);
    }
    return resolve.call(this, request, parent, ...rest);
  };
}

install();
