/**
 * A percent that names its denominator ("… trên tổng số hồ sơ tiếp nhận") in a table of blocks alike (one per unit,
 * per level): it takes its own block's whole, above it, not the next block's just under it; and a table as long as
 * the locator reads (MAX_TABLE_GRID_ROWS) is learnt in time linear in its rows (the denominator was once looked for
 * in every row of the table for each such percent: 4,000 rows took 15 s, 500 rows 0.4 s). The bound on time is
 * generous, for a shared machine: it catches the quadratic scan, it does not time the learning.
 */
import { performance } from "node:perf_hooks";
import { relationKey } from "../../../../src/core/form/relations";
import { inferForm, type InferRow } from "../../../../src/core/form/infer";
import { MAX_TABLE_GRID_ROWS } from "../../../../src/core/locate/tableRows";
import type { Cell } from "../../../../src/core/grid";

jest.setTimeout(120_000);

const cell = (v: number | string): Cell => ({ value: v, text: String(v) });

/** Blocks one after the other: received, online and its share of what was received, in person and its share. */
function blocks(n: number): InferRow[] {
  const rows: InferRow[] = [];
  const share = (stt: string, how: string) => ({
    stt,
    label: `Tỷ lệ hồ sơ ${how} trên tổng số hồ sơ tiếp nhận`,
    unit: "%",
    value: cell("40%"),
  });
  for (let i = 1; i <= n; i++) {
    rows.push({ stt: `${i}`, label: "Tổng số hồ sơ tiếp nhận", unit: "Hồ sơ", value: cell(1000 + i) });
    rows.push({ stt: `${i}.1`, label: "Số hồ sơ tiếp nhận trực tuyến", unit: "Hồ sơ", value: cell(500) });
    rows.push(share(`${i}.2`, "trực tuyến"));
    rows.push({ stt: `${i}.3`, label: "Số hồ sơ tiếp nhận trực tiếp", unit: "Hồ sơ", value: cell(400) });
    rows.push(share(`${i}.4`, "trực tiếp"));
  }
  return rows;
}

const ratios = (rows: InferRow[]) =>
  inferForm(rows)
    .relations.map(relationKey)
    .filter((k) => k.startsWith("ratio"));

test("a percent naming its whole takes its own block's, above it, not the next block's just under it", () => {
  expect(ratios(blocks(2))).toEqual([
    "ratio 1.2 = 1.1 / 1",
    "ratio 1.4 = 1.3 / 1",
    "ratio 2.2 = 2.1 / 2",
    "ratio 2.4 = 2.3 / 2",
  ]);
});

test("a table of thousands of percents naming their whole is learnt in linear time", () => {
  // (STT up to 999: the outline reads "1000" otherwise)
  const n = Math.min(999, Math.floor(MAX_TABLE_GRID_ROWS / 5));
  const rows = blocks(n);
  const t0 = performance.now();
  const keys = ratios(rows);
  const seconds = (performance.now() - t0) / 1000;
  expect(keys).toHaveLength(2 * n);
  expect(keys[2 * n - 1]).toBe(`ratio ${n}.4 = ${n}.3 / ${n}`);
  expect(seconds).toBeLessThan(5);
});
