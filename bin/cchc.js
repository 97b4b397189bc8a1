#!/usr/bin/env node
// The `cchc` command: runs the TypeScript sources through tsx's require hook (no build step needed).
"use strict";
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`cchc: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
