/**
 * The command line's start, as an officer meets it: `node bin/cchc.js` (what `npm run cchc` and `npm link` run), the
 * built bundle with its code cache, measured from outside (a new process each time). Target: one `check` of the real
 * workbook ≤ 300 ms. `npm run cchc` itself adds npm's own start on top (printed for reference).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FIXTURE_XLSX } from "../helpers/fixtures";
import { print, type Timing } from "./bench";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/cchc.js");

function timeProcess(name: string, runs: number, command: string, args: string[], target?: number): Timing {
  const once = () => {
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, stdio: "ignore" });
    if (r.error) throw r.error;
    return performance.now() - t0;
  };
  once(); // builds build/cli if stale, makes the code cache
  once();
  const samples = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return { name, median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)], runs, target };
}

export async function bench(): Promise<void> {
  const node = process.execPath;
  print(timeProcess("node (an empty script), for reference", 10, node, ["-e", "0"]));
  print(timeProcess("cchc --help (start)", 10, node, [BIN, "--help"]));
  print(timeProcess("cchc check phu-luc.xlsx (start + check)", 10, node, [BIN, "check", FIXTURE_XLSX], 300));
  print(
    timeProcess("npm run --silent cchc -- check phu-luc.xlsx", 5, "npm", [
      "run",
      "--silent",
      "cchc",
      "--",
      "check",
      FIXTURE_XLSX,
    ]),
  );
}
