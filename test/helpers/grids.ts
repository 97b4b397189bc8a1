/** Build an appendix workbook from the form with chosen values: other districts' figures and faults. */
import { currentForm } from "../../src/core/form";
import type { FormDefinition } from "../../src/core/form/schema";
import type { Cell, WorkbookGrid } from "../../src/core/grid";

export type CellInput = string | number | { value: number; numberFormat: string; text: string } | null;

const cell = (v: CellInput): Cell => {
  if (v === null) return { value: null, text: "" };
  if (typeof v === "object") return { value: v.value, text: v.text, numberFormat: v.numberFormat };
  return { value: v, text: String(v) };
};

/** A percent typed as Excel stores "76%": 0.76 formatted 0%. */
export const pctCell = (points: number, decimals = 0): CellInput => ({
  value: points / 100,
  numberFormat: decimals ? `0.${"0".repeat(decimals)}%` : "0%",
  text: `${points.toFixed(decimals)}%`,
});

export function appendixGrid(values: Record<string, CellInput>, form: FormDefinition = currentForm(), sheetName = "Biểu"): WorkbookGrid {
  const rows: Cell[][] = [
    [cell("BIỂU THỐNG KÊ SỐ LIỆU")],
    [],
    ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"].map(cell),
  ];
  for (const r of form.rows) {
    rows.push([cell(r.stt ?? ""), cell(r.label), cell(r.unit ?? ""), cell(values[r.code] ?? null), cell(null)]);
  }
  return { sheets: [{ name: sheetName, cells: rows }] };
}
