/**
 * The command line's start, as an officer meets it: `node bin/cchc.js` (what `npm run cchc` and `npm link` run), the
 * built bundle with its code cache, measured from outside (a new process each time). Target: one `check` of the real
 * workbook ≤ 300 ms. On a busy machine the wall time grows with the load, so the process's own CPU time is printed
 * beside it. `npm run cchc` itself adds npm's own start on top (printed for reference).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ADVERSARIAL, ADVERSARIAL_TITLE } from "../helpers/adversarial";
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
  benchAdversarialCommand();
  const t0 = performance.now();
  spawnSync("npm", ["run", "--silent", "cchc", "--", "check", FIXTURE_XLSX], { cwd: ROOT, stdio: "ignore" });
  console.log(
    `${"npm run --silent cchc -- check (once)".padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(8)} ms`,
  );
}

/**
 * `cchc check <fixture> --report <1 MB adversarial text>` as a whole command: its wall time (target ≤ 2 s) and its peak
 * memory above the same command on a one-line report, against the input's size (target ≤ 20×). Printed twice: as
 * Node runs it (V8 leaves up to tens of MB of short-lived garbage in its young generation before collecting it), and
 * with a 1 MB young generation (--max-semi-space-size=1), which shows what the run really keeps alive.
 */
export function benchAdversarialCommand(): void {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-bench-adv-"));
  try {
    const run = (report: string, flags: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          ...flags,
          "-e",
          "process.on('exit', () => require('fs').writeSync(2, '\\nPEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));" +
            `process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)});`,
          "--",
          "check",
          FIXTURE_XLSX,
          "--report",
          report,
        ],
        { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 },
      );
      if (r.error) throw r.error;
      return { wall: performance.now() - t0, kb: Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) };
    };
    const small = path.join(dir, "small.txt");
    writeFileSync(small, `${ADVERSARIAL_TITLE}Đã tiếp nhận 12 hồ sơ.`);
    for (const flags of [[], ["--max-semi-space-size=1"]]) {
      run(small, flags); // the code cache
      const base = Math.min(...[0, 1, 2].map(() => run(small, flags).kb));
      console.log(
        `1 MB report through \`cchc check\`${flags.length ? ", young generation 1 MB" : ""}: peak memory above a one-line report (${(base / 1024).toFixed(0)} MB; target ≤ 20× the input), wall time (target ≤ 2 s)`,
      );
      for (const [name, text] of Object.entries(ADVERSARIAL)) {
        const file = path.join(dir, "report.txt");
        const body = ADVERSARIAL_TITLE + text;
        writeFileSync(file, body);
        const { wall, kb } = run(file, flags);
        const ratio = (kb - base) / (Buffer.byteLength(body) / 1024);
        console.log(
          `  ${name.padEnd(42)} ${((kb - base) / 1024).toFixed(1).padStart(6)} MB  ${ratio.toFixed(1).padStart(5)}×  ${wall.toFixed(0).padStart(6)} ms${ratio > 20 || wall > 2000 ? "  (over target)" : ""}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
