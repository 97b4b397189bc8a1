/**
 * Round 2: the workbook as the add-in reads it through Office.js in Excel with Vietnamese regional settings. Office.js
 * gives each cell's displayed text in the user's locale ("1.851" for 1851 with #,##0, "18,21" for 18.21 with 0.00,
 * "76%" for 0.76 with 0%) while numberFormat stays invariant ("0.00", "#,##0"); empty cells come as "" (read as null)
 * and every cell has a format ("General"). The same workbook read as the CLI reads it must give the same result.
 */
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import type { FormRow } from "../../../src/core/form/schema";
import { formatExcelNumber } from "../../../src/io/excelFormat";
import { readXlsxGrid } from "../../../src/io/xlsx";
import { errors, summary, writeBook, type BookSpec, type Value } from "./book";
import { consistentFigures, round, written } from "./figures";

/** Excel's invariant display text → the Vietnamese locale's: dot groups thousands, comma marks decimals. */
export function viText(invariant: string): string {
  return invariant.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

/** The grid Office.js gives for the same sheets in a Vietnamese-locale Excel. */
export function asOfficeJsVi(wb: WorkbookGrid): WorkbookGrid {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((row) =>
        row.map((c): Cell => {
          const numberFormat = c.numberFormat ?? "General";
          if (typeof c.value === "number")
            return { value: c.value, text: viText(formatExcelNumber(c.value, numberFormat)), numberFormat };
          return { value: c.value, text: c.value === null ? "" : String(c.value), numberFormat };
        }),
      ),
    })),
  };
}

async function cliGrid(spec: BookSpec): Promise<WorkbookGrid> {
  return readXlsxGrid(await writeBook(spec));
}

type Checked = Extract<CheckResult, { status: "checked" }>;
const checked = (r: CheckResult): Checked => {
  if (r.status !== "checked") throw new Error("appendix not found");
  return r;
};

/** What must not depend on the locale: each finding's kind, severity, rows, cells and numbers. */
const shape = (fs: Finding[]) =>
  fs.map((f) => ({
    kind: f.kind,
    severity: f.severity,
    codes: f.codes,
    cells: f.cells,
    expected: f.expected,
    actual: f.actual,
  }));

const numericStt = (row: FormRow) => (row.stt && /^\d+(\.\d+)?$/.test(row.stt) ? Number(row.stt) : row.stt);

function spec(values: Record<string, Value>): BookSpec {
  return {
    sheetName: "Phụ lục",
    title: [["PHỤ LỤC"], ["BIỂU THỐNG KÊ SỐ LIỆU"], []],
    header: [["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"]],
    columns: ["stt", "label", "unit", "value", "note"],
    stt: numericStt,
    values,
  };
}

/** Counts and amounts with grouping formats, so their Vietnamese text has thousands dots and decimal commas. */
function formatted(percent: (p: number) => Value): Record<string, Value> {
  return written(consistentFigures(), percent, (v, code) => {
    if (typeof v !== "number") return v;
    if (code.startsWith("6.1.")) return { n: v, fmt: "#,##0.000" };
    if (code === "4.5.5") return v;
    return { n: v, fmt: "#,##0" };
  });
}

describe.each([
  ["fractions formatted 0.00%", (p: number) => ({ n: round(p, 2) / 100, fmt: "0.00%" }) as Value],
  ["fractions formatted 0%", (p: number) => ({ n: round(p, 0) / 100, fmt: "0%" }) as Value],
  ["points formatted 0.00", (p: number) => ({ n: round(p, 2), fmt: "0.00" }) as Value],
])("Vietnamese-locale Office.js grid, percents as %s", (_name, percent) => {
  let viaExcelJs: Checked;
  let viaOffice: Checked;
  let officeGrid: WorkbookGrid;
  beforeAll(async () => {
    const grid = await cliGrid(spec(formatted(percent)));
    officeGrid = asOfficeJsVi(grid);
    viaExcelJs = checked(checkWorkbook(grid));
    viaOffice = checked(checkWorkbook(officeGrid));
  });

  test("the grid really is localized", () => {
    const texts = officeGrid.sheets[0].cells.flat().map((c) => c.text);
    expect(texts).toContain("69.843,532");
    expect(texts).toContain("1.204");
  });
  test("consistent figures: no error and no warning either way", () => {
    expect(summary(errors(viaOffice.findings))).toBe("");
    expect(viaOffice.findings.filter((f) => f.severity === "warning")).toEqual([]);
    expect(viaOffice.appendix.missingCodes).toEqual([]);
  });
  test("the same rows, values and findings as through the CLI's reader", () => {
    expect(viaOffice.rows).toEqual(viaExcelJs.rows);
    const numbers = (r: Checked) =>
      [...r.appendix.rows.values()].map((row) => [
        row.code,
        row.value.status,
        row.value.number,
        row.value.yes,
        row.value.decimals,
      ]);
    expect(numbers(viaOffice)).toEqual(numbers(viaExcelJs));
    expect(shape(viaOffice.findings)).toEqual(shape(viaExcelJs.findings));
  });
});

describe("Vietnamese-locale Office.js grid with planted faults: the same findings as through the CLI's reader", () => {
  let viaExcelJs: Checked;
  let viaOffice: Checked;
  beforeAll(async () => {
    const values = formatted((p) => ({ n: round(p, 2) / 100, fmt: "0.00%" }));
    Object.assign(values, {
      "3.3.1": { n: 0.9521, fmt: "0.00%" }, // 1204/1230 = 97,89%
      "3.1.4": { n: 1360, fmt: "#,##0" }, // 262 + 108 = 370
      "6.1.2": { n: 72715.025, fmt: "#,##0.000" }, // above the 69.843,532 planned
      "4.5.5": { n: 12.5, fmt: "0.00" }, // fine: 12,50
      "1.2.2": { n: 1.851, fmt: "General" }, // "1.851" typed with English settings: 1851 tasks, above 40 planned
    });
    const grid = await cliGrid(spec(values));
    viaExcelJs = checked(checkWorkbook(grid));
    viaOffice = checked(checkWorkbook(asOfficeJsVi(grid)));
  });

  test("each fault is found at its cell", () => {
    const one = (code: string, kind: Finding["kind"]) => {
      const found = viaOffice.findings.filter((f) => f.codes[0] === code && f.kind === kind);
      expect([code, kind, found.length, summary(viaOffice.findings)]).toEqual([
        code,
        kind,
        1,
        summary(viaOffice.findings),
      ]);
      return found[0];
    };
    const cell = (code: string) => viaOffice.rows.find((r) => r.code === code)?.valueCell;
    const r = one("3.3.1", "ratio");
    expect([r.severity, r.cells[0], r.actual]).toEqual(["error", cell("3.3.1"), 95.21]);
    expect(r.expected).toBeCloseTo(97.89, 2);
    const s = one("3.1.4", "sum");
    expect([s.severity, s.cells[0], s.expected, s.actual]).toEqual(["error", "'Phụ lục'!D40", 370, 1360]);
    const p = one("6.1.2", "part-exceeds-total");
    expect([p.severity, p.cells[0], p.actual]).toEqual(["error", cell("6.1.2"), 72715.025]);
    const t = one("1.2.2", "part-exceeds-total");
    expect([t.severity, t.actual]).toEqual(["error", 1851]);
  });
  test("the same findings as through the CLI's reader", () => {
    expect(shape(viaOffice.findings)).toEqual(shape(viaExcelJs.findings));
  });
});
