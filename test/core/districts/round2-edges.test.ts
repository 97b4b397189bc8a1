/**
 * Round 2: values at the edges. Zero denominators with 0%, 100% or a blank percent; a percent written as points into
 * a percent-formatted cell (100 in a 0% cell shows 10000%); very large counts; amounts with three decimals; yes/no
 * written "có", "Không", "x" or 1.
 */
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { appendixGrid, pctCell, type CellInput } from "../../helpers/grids";
import { errors, summary } from "./book";
import { consistentFigures, round } from "./figures";
import { currentForm } from "../../../src/core/form";

type Checked = Extract<CheckResult, { status: "checked" }>;

const isPercent = (code: string) => currentForm().rows.find((r) => r.code === code)?.kind === "percent";

function base(): Record<string, CellInput> {
  const out: Record<string, CellInput> = {};
  for (const [code, v] of Object.entries(consistentFigures()))
    out[code] = isPercent(code) && typeof v === "number" ? pctCell(round(v, 2), 2) : v;
  return out;
}

/** A number stored in a percent-formatted cell, shown as Excel shows it (100 in 0% → "10000%"). */
const inPercentCell = (value: number, decimals = 0): CellInput => ({
  value,
  numberFormat: decimals ? `0.${"0".repeat(decimals)}%` : "0%",
  text: `${(value * 100).toFixed(decimals)}%`,
});

function check(values: Record<string, CellInput>): Checked {
  const r = checkWorkbook(appendixGrid(values));
  if (r.status !== "checked") throw new Error("appendix not found");
  return r;
}

const of = (r: Checked, code: string, kind?: Finding["kind"]) =>
  r.findings.filter((f) => f.codes[0] === code && (!kind || f.kind === kind));

describe("zero denominators: the indicator did not arise", () => {
  const values = base();
  Object.assign(values, {
    "1.3.2": 0,
    "1.3.3": 0,
    "1.3.4": pctCell(0), // 0 / 0 written 0%
    "2.2.1a": 0,
    "2.2.1b": 0,
    "2.2.1": pctCell(100), // 0 / 0 written 100%
    "2.3.2a": 0,
    "2.3.2b": 0,
    "2.3.2": null, // 0 / 0 left blank
    "3.4.1": 0,
    "3.4.2": 0,
    "3.4": "#DIV/0!",
  });
  const r = check(values);
  test("no error for 0%, 100%, blank or #DIV/0!; the only warning is #DIV/0! printed in the report", () => {
    expect(summary(errors(r.findings))).toBe("");
    expect(r.findings.filter((f) => f.severity === "warning").map((f) => [f.kind, f.codes[0]])).toEqual([
      ["not-a-number", "3.4"],
    ]);
  });
  test("0%, 100% and blank over a zero denominator are noted as 'did not arise', and not asked to be filled", () => {
    for (const code of ["1.3.4", "2.2.1", "2.3.2", "3.4"])
      expect([code, of(r, code, "ratio").map((f) => f.severity)]).toEqual([code, ["info"]]);
    expect(of(r, "2.3.2", "missing")).toEqual([]);
  });
  test("a percent over a zero denominator that is neither 0 nor 100 is an error", () => {
    const r2 = check({ ...values, "1.3.4": pctCell(50) });
    const f = of(r2, "1.3.4", "ratio");
    expect(f.map((x) => [x.severity, x.codes[0], x.cells[0]])).toEqual([
      ["error", "1.3.4", r2.appendix.rows.get("1.3.4")!.valueCell],
    ]);
  });
});

describe("a percent written as points into a percent-formatted cell", () => {
  // Typed before the cell was formatted, pasted, or =B/A*100 formatted as %: Excel shows 10000%. A percent-formatted
  // cell holding 1.5 or more means points: 1.5 as a fraction would be 150%, far above any percent of the form,
  // while 1.5% and up are ordinary percents. Below 1.5 (1.05 → 105%) the cell is read as Excel shows it.
  const values = base();
  Object.assign(values, {
    "7.1b": inPercentCell(100), // shows 10000%
    "7.2.3": inPercentCell(97.87, 2), // 230/235 = 97,87%, shows 9787.00%
    "7.2.5": inPercentCell(75), // 96/120 = 80%: wrong, shows 7500%
    "7.1a": inPercentCell(1.05), // shows 105%: over 100
  });
  const r = check(values);
  const cell = (code: string) => r.appendix.rows.get(code)!.valueCell;
  test("read as points, with a warning saying how", () => {
    expect(r.appendix.rows.get("7.1b")?.value.number).toBe(100);
    expect(r.appendix.rows.get("7.2.3")?.value.number).toBe(97.87);
    for (const code of ["7.1b", "7.2.3"]) {
      const f = of(r, code);
      expect(f.map((x) => [x.kind, x.severity, x.codes[0], x.cells[0]])).toEqual([
        ["not-a-number", "warning", code, cell(code)],
      ]);
      expect(f[0].message.en).toMatch(/percent points/);
    }
  });
  test("a wrong one is a ratio error whose fix writes the fraction", () => {
    const [f] = of(r, "7.2.5", "ratio");
    expect([f.severity, f.cells[0], f.actual, f.expected]).toEqual(["error", cell("7.2.5"), 75, 80]);
    expect(f.fix?.value).toBeCloseTo(0.8, 9);
  });
  test("105% stays 105%: a range error", () => {
    const [f] = of(r, "7.1a", "range");
    expect([f.severity, f.cells[0], f.actual]).toEqual(["error", cell("7.1a"), 105]);
  });
  test("no other error", () => {
    expect(summary(errors(r.findings).filter((f) => !["7.2.5", "7.1a"].includes(f.codes[0])))).toBe("");
  });
});

describe("very large counts, amounts with three decimals", () => {
  const values = base();
  Object.assign(values, {
    "7.2.4a": { value: 1234567, numberFormat: "#,##0", text: "1,234,567" },
    "7.2.4b": "1.204.000",
    "7.2.4": pctCell(round((1204000 / 1234567) * 100, 2), 2),
    "6.1.1": "69.843,532",
    "6.1.2": { value: 12715.025, numberFormat: "#,##0.000", text: "12,715.025" },
    "3.3.1a": 123456789,
    "3.3.1b": 120000000,
    "3.3.1": pctCell(round((120000000 / 123456789) * 100, 2), 2),
  });
  const r = check(values);
  test("no error", () => expect(summary(errors(r.findings))).toBe(""));
  test("the values", () => {
    expect(r.appendix.rows.get("7.2.4b")?.value.number).toBe(1204000);
    expect(r.appendix.rows.get("6.1.1")?.value.number).toBe(69843.532);
    expect(r.appendix.rows.get("6.1.1")?.value.decimals).toBe(3);
  });
  test("a large total one short of its parts is a sum error", () => {
    const r2 = check({ ...values, "3.1.4a": 1000000, "3.1.4b": 234567, "3.1.4": "1.234.566" });
    const f = of(r2, "3.1.4", "sum");
    expect(f.map((x) => [x.severity, x.cells[0], x.expected, x.actual])).toEqual([
      ["error", r2.appendix.rows.get("3.1.4")!.valueCell, 1234567, 1234566],
    ]);
  });
  test("an amount disagreeing in the third decimal is a ratio-visible part, not a rounding excuse", () => {
    const r3 = check({ ...values, "6.1.2": "69.843,533" });
    const f = of(r3, "6.1.2", "part-exceeds-total");
    expect(f.map((x) => [x.severity, x.cells[0]])).toEqual([["error", r3.appendix.rows.get("6.1.2")!.valueCell]]);
  });
});

describe.each([
  ["có", true, []],
  ["Không", false, []],
  ["x", true, []],
  ["X", true, []],
  [1, true, ["info"]],
  [0, false, ["info"]],
] as [CellInput, boolean, string[]][])("yes/no written %p", (written, yes, severities) => {
  const r = check({ ...base(), "1.6": written });
  test("read, without error or warning", () => {
    expect(r.appendix.rows.get("1.6")?.value.yes).toBe(yes);
    expect(of(r, "1.6").map((f) => f.severity)).toEqual(severities);
    expect(summary(errors(r.findings))).toBe("");
  });
});

test("yes/no written as something else: a warning at its cell", () => {
  const r = check({ ...base(), "1.6": "đang chuẩn bị" });
  expect(of(r, "1.6").map((f) => [f.kind, f.severity, f.cells[0]])).toEqual([
    ["not-a-number", "warning", r.appendix.rows.get("1.6")!.valueCell],
  ]);
});
