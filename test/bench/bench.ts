/**
 * `npm run bench`: prints figures (not a test). Targets: locate + check the seed's appendix ≤ 2 ms (median);
 * extract + match the seed's narrative ≤ 30 ms.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { gridFromExcelJs } from "../helpers/excelJsGrid";
import { FIXTURE_XLSX } from "../helpers/fixtures";

export interface Timing {
  name: string;
  median: number;
  p90: number;
  runs: number;
  target?: number;
}

export async function time(name: string, runs: number, fn: () => unknown | Promise<unknown>, target?: number): Promise<Timing> {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)], runs, target };
}

export function print(t: Timing): void {
  const verdict = t.target === undefined ? "" : t.median <= t.target ? `  (target ≤ ${t.target} ms: ok)` : `  (target ≤ ${t.target} ms: MISSED)`;
  console.log(`${t.name.padEnd(44)} median ${t.median.toFixed(3).padStart(8)} ms   p90 ${t.p90.toFixed(3).padStart(8)} ms   n=${t.runs}${verdict}`);
}

async function main(): Promise<void> {
  const bytes = readFileSync(FIXTURE_XLSX);
  let grid = gridFromExcelJs(new ExcelJS.Workbook());
  print(
    await time("read phu-luc.xlsx (ExcelJS → grid)", 50, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      grid = gridFromExcelJs(wb);
    }),
  );
  print(await time("locate + check the seed's appendix", 500, () => checkWorkbook(grid), 2));
  const extra = (await import("./narrative.bench").catch(() => null)) as { benchNarrative?: () => Promise<Timing[]> } | null;
  if (extra?.benchNarrative) for (const t of await extra.benchNarrative()) print(t);
}

if (require.main === module) void main();
