/**
 * The command line's start, as an officer meets it: `node bin/cchc.js` (what `npm run cchc` and `npm link` run), the
 * built bundle with its code cache, measured from outside (a new process each time). Target: one `check` of the real
 * workbook ≤ 300 ms. On a busy machine the wall time grows with the load, so the process's own CPU time is printed
 * beside it. `npm run cchc` itself adds npm's own start on top (printed for reference).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FIXTURE_XLSX } from "../helpers/fixtures";
import { print, type Timing } from "./bench";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/cchc.js");

/** Runs `node <script> args` in a new process that reports its CPU time (user + system, ms) as it exits. */
function runNode(script: string | null, args: string[]): { wall: number; cpu: number } {
  const report =
    "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, '\\nCPU_US ' + (u.user + u.system) + '\\n'); });";
  const load = script
    ? `process.argv.splice(1, 0, ${JSON.stringify(script)}); require(${JSON.stringify(script)});`
    : "";
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-e", report + load, "--", ...args], { cwd: ROOT, encoding: "utf8" });
  const wall = performance.now() - t0;
  if (r.error) throw r.error;
  return { wall, cpu: Number(/CPU_US (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000 };
}

function timeNode(name: string, runs: number, script: string | null, args: string[], target?: number): void {
  runNode(script, args); // builds build/cli if stale, makes the code cache
  runNode(script, args);
  const samples = Array.from({ length: runs }, () => runNode(script, args));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const walls = samples.map((s) => s.wall).sort((a, b) => a - b);
  const timing: Timing = {
    name,
    median: walls[Math.floor(runs / 2)],
    p90: walls[Math.floor(runs * 0.9)],
    cpu: median(samples.map((s) => s.cpu)),
    runs,
    target,
  };
  print(timing);
  console.log(
    `${"  its CPU time (user + system)".padEnd(44)} median ${median(samples.map((s) => s.cpu))
      .toFixed(3)
      .padStart(8)} ms`,
  );
}

export async function bench(): Promise<void> {
  timeNode("node (an empty script), for reference", 10, null, []);
  timeNode("cchc --help (start)", 10, BIN, ["--help"]);
  timeNode("cchc check phu-luc.xlsx (start + check)", 10, BIN, ["check", FIXTURE_XLSX], 300);
  const t0 = performance.now();
  spawnSync("npm", ["run", "--silent", "cchc", "--", "check", FIXTURE_XLSX], { cwd: ROOT, stdio: "ignore" });
  console.log(
    `${"npm run --silent cchc -- check (once)".padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(8)} ms`,
  );
}
