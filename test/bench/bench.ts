/**
 * `npm run bench`: prints figures (not a test). Targets: locate + check the seed's appendix ≤ 2 ms (median);
 * extract + match the seed's narrative ≤ 30 ms; infer a form of 120 rows ≤ 10 ms (forms.bench.ts); each 1 MB
 * adversarial text ≤ 200 ms (adversarial.bench.ts); the
 * seed's full Word report ≤ 300 ms and the export chunk's size; the command line's start with one check ≤ 300 ms
 * (cli.bench.ts); `check-all` on 500 workbooks ≤ 30 s, memory flat (checkAll.bench.ts); the task pane's initial
 * JavaScript ≤ 250 KB gzipped, aiming at ≤ 210 KB, and the ribbon's function file's ≤ 50 KB (pane.bench.ts); with a 50,000-row data sheet beside the appendix, the pane's full check
 * (the sheet read through the host's window) ≤ 250 ms and its live check (the edited sheet only) ≤ 5 ms, far from the
 * 5 s after which desktop Office restarts an unresponsive add-in.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { WINDOW_COLUMNS, WINDOW_ROWS } from "../../src/host/readWindow";
import { readXlsxGrid } from "../../src/io/xlsx";
import { gridFromExcelJs } from "../helpers/excelJsGrid";
import { FIXTURE_XLSX } from "../helpers/fixtures";

export interface Timing {
  name: string;
  median: number;
  p90: number;
  /** Median CPU time of a run (this process's user + system time): on a machine shared by several jobs the wall time
   * also counts the waiting for a core; the CPU time is what the code costs. Targets are judged on the smaller. */
  cpu: number;
  runs: number;
  target?: number;
}

export async function time(
  name: string,
  runs: number,
  fn: () => unknown | Promise<unknown>,
  target?: number,
  warmUps = Math.min(20, runs),
): Promise<Timing> {
  for (let i = 0; i < warmUps; i++) await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = samples[Math.floor(runs / 2)];
  return { name, median, p90: samples[Math.floor(runs * 0.9)], cpu: cpu[Math.floor(runs / 2)], runs, target };
}

export function print(t: Timing): void {
  const cost = Math.min(t.median, t.cpu);
  const verdict =
    t.target === undefined
      ? ""
      : cost <= t.target
        ? `  (target ≤ ${t.target} ms: ok)`
        : `  (target ≤ ${t.target} ms: MISSED)`;
  console.log(
    `${t.name.padEnd(52)} median ${t.median.toFixed(3).padStart(8)} ms   p90 ${t.p90.toFixed(3).padStart(8)} ms   cpu ${t.cpu.toFixed(1).padStart(6)} ms   n=${t.runs}${verdict}`,
  );
}

async function main(): Promise<void> {
  const bytes = readFileSync(FIXTURE_XLSX);
  let grid = await readXlsxGrid(bytes);
  print(
    await time("read phu-luc.xlsx (src/io/xlsx → grid)", 50, async () => {
      grid = await readXlsxGrid(bytes);
    }),
  );
  print(
    await time("  the same with ExcelJS (as before)", 50, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      gridFromExcelJs(wb);
    }),
  );
  print(await time("locate + check the seed's appendix", 500, () => checkWorkbook(grid), 2));
  for (const t of largeWorkbook(grid)) print(await t());
  const extra = (await import("./narrative.bench").catch(() => null)) as {
    benchNarrative?: () => Promise<Timing[]>;
  } | null;
  if (extra?.benchNarrative) for (const t of await extra.benchNarrative()) print(t);
  for (const t of await (await import("./forms.bench")).benchForms()) print(t);
  const hostile = (await import("./adversarial.bench")) as { benchAdversarial: () => Promise<Timing[]> };
  for (const t of await hostile.benchAdversarial()) print(t);
  const exp = await import("./export.bench");
  for (const t of await exp.benchExport()) print(t);
  const size = await exp.exportChunkSize();
  console.log(
    `${"export chunk (report model + docx + renderers)".padEnd(52)} ${(size.raw / 1024).toFixed(0)} kB minified, ${(size.gzip / 1024).toFixed(0)} kB gzipped`,
  );
  await (await import("./cli.bench")).bench();
  await (await import("./checkAll.bench")).bench();
  await (await import("./pane.bench")).bench();
}

/** A data sheet of rows × 20 columns (village names and figures) before the appendix. */
function dataSheet(rows: number): SheetGrid {
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 20 }, (_, c) =>
      c % 4 === 0 ? { value: `Thôn ${r} xã ${c}`, text: `Thôn ${r} xã ${c}` } : { value: r * c, text: String(r * c) },
    ),
  );
  return { name: "Dữ liệu", cells };
}

function largeWorkbook(seed: WorkbookGrid): (() => Promise<Timing>)[] {
  const data = dataSheet(50_000);
  const windowed = { ...data, cells: data.cells.slice(0, WINDOW_ROWS).map((r) => r.slice(0, WINDOW_COLUMNS)) };
  const appendix = seed.sheets.find((s) => checkWorkbook({ sheets: [s] }).status === "checked") ?? seed.sheets[0];
  return [
    () =>
      time("… beside a 50,000-row data sheet, read in full", 5, () =>
        checkWorkbook({ sheets: [data, ...seed.sheets] }),
      ),
    () =>
      time(
        "… the data sheet through the host's window",
        20,
        () => checkWorkbook({ sheets: [windowed, ...seed.sheets] }),
        250,
      ),
    () =>
      time(
        "… live check: the edited appendix sheet only",
        200,
        () => checkWorkbook({ sheets: [appendix] }, { preferredSheets: [appendix.name] }),
        5,
      ),
  ];
}

if (require.main === module) void main();
