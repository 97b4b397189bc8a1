/**
 * `cchc check-all` on a province's worth of reports: 500 workbooks (the real one with its figures varied, so that each
 * has its own errors; every fifth with the seed report beside it as .txt), checked by the built command with its
 * worker threads. Target: ≤ 30 s. Memory: the peak of the whole process (workers included) for 100 and for 500
 * workbooks: flat means about the same.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import JSZip from "jszip";
import { FIXTURE_XLSX, SEED_TXT } from "../helpers/fixtures";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/cchc.js");
const TARGET_S = 30;

/** A small deterministic random generator (mulberry32), so every run makes the same folder. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n workbooks in a new folder: the fixture with about one value in eight of column D changed. */
export async function makeFolder(n: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), `cchc-bench-${n}-`));
  const original = await JSZip.loadAsync(readFileSync(FIXTURE_XLSX));
  const sheet = await original.file("xl/worksheets/sheet1.xml")!.async("string");
  for (let i = 0; i < n; i++) {
    const rnd = random(i + 1);
    const varied = sheet.replace(/(<c r="D\d+"(?: s="\d+")?>)<v>([\d.]+)<\/v>/g, (all, open: string, v: string) => {
      if (rnd() > 0.125) return all;
      const x = Number(v);
      const changed = Number.isInteger(x) ? Math.round(x * (0.5 + rnd())) : Math.round(x * (0.5 + rnd()) * 100) / 100;
      return `${open}<v>${changed}</v>`;
    });
    original.file("xl/worksheets/sheet1.xml", varied);
    const name = `don-vi-${String(i + 1).padStart(3, "0")}`;
    writeFileSync(
      path.join(dir, `${name}.xlsx`),
      await original.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    );
    if (i % 5 === 0) copyFileSync(SEED_TXT, path.join(dir, `${name}.txt`));
  }
  return dir;
}

/** Runs the built command; its process prints its own peak memory (workers are threads of it) as it exits. */
function runCheckAll(dir: string, out: string): { seconds: number; peakMb: number; stdout: string } {
  const wrapper =
    "process.on('exit', () => require('fs').writeSync(2, '\\nPEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));" +
    `process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-e", wrapper, "--", "check-all", dir, "--out", out], { encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMb: kb / 1024, stdout: r.stdout };
}

export async function bench(): Promise<void> {
  const small = await makeFolder(100);
  const large = await makeFolder(500);
  const outDir = mkdtempSync(path.join(tmpdir(), "cchc-bench-out-"));
  mkdirSync(outDir, { recursive: true });
  try {
    runCheckAll(small, path.join(outDir, "warm.xlsx")); // builds build/cli if stale
    const a = runCheckAll(small, path.join(outDir, "100.xlsx"));
    const b = runCheckAll(large, path.join(outDir, "500.xlsx"));
    const verdict = b.seconds <= TARGET_S ? "ok" : "MISSED";
    console.log(
      `${"check-all 500 workbooks (built, worker threads)".padEnd(44)} ${b.seconds.toFixed(1).padStart(8)} s   (target ≤ ${TARGET_S} s: ${verdict})`,
    );
    console.log(`${"check-all 100 workbooks".padEnd(44)} ${a.seconds.toFixed(1).padStart(8)} s`);
    console.log(
      `${"check-all peak memory, 100 → 500 workbooks".padEnd(44)} ${a.peakMb.toFixed(0).padStart(8)} MB → ${b.peakMb.toFixed(0)} MB`,
    );
    const summary = b.stdout.trim().split("\n")[0];
    console.log(`  ${summary}`);
  } finally {
    for (const d of [small, large, outDir]) rmSync(d, { recursive: true, force: true });
  }
}
