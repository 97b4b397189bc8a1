/**
 * A sheet described cell by cell, as an office lays out its appendix in Excel (title blocks, merged cells, numbers
 * typed as text, formulas with their cached results, percent formats), and written to a real .xlsx with ExcelJS.
 * The unseen cases (cases.ts) are written with it.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../../../src/core/grid";

/**
 * One cell as the officer left it:
 * - a number: a number in a General cell; a string: text (typed in a Text cell, or after an apostrophe);
 * - { n, fmt }: a number with a number format ("#,##0", "0.0");
 * - { p, d }: a percent stored as the fraction, formatted with d decimals (what typing "73,94%" gives);
 * - { f, v, fmt }: a formula with its cached result.
 */
export type CellSpec =
  | number
  | string
  | null
  | { n: number; fmt: string }
  | { p: number; d?: number }
  | { f: string; v: number | string; fmt?: string };

export interface SheetSpec {
  name: string;
  /** Rows from row 1, cells from column A. */
  rows: CellSpec[][];
  /** Merged ranges, "A1:B1". */
  merges?: string[];
  /** Column widths (characters), from column A. */
  widths?: number[];
}

export const pct = (p: number, d = 2): CellSpec => ({ p, d });
export const num = (n: number, fmt = "#,##0"): CellSpec => ({ n, fmt });

function write(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec === null || spec === "") return;
  if (typeof spec === "number" || typeof spec === "string") {
    cell.value = spec;
    return;
  }
  if ("p" in spec) {
    const d = spec.d ?? 2;
    cell.value = Number((spec.p / 100).toPrecision(12));
    cell.numFmt = d ? `0.${"0".repeat(d)}%` : "0%";
    return;
  }
  if ("n" in spec) {
    cell.value = spec.n;
    cell.numFmt = spec.fmt;
    return;
  }
  cell.value = { formula: spec.f.replace(/^=/, ""), result: spec.v } as ExcelJS.CellFormulaValue;
  if (spec.fmt) cell.numFmt = spec.fmt;
}

/** The workbook (several sheets) as .xlsx bytes. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "UBND";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((line, r) => line.forEach((spec, c) => write(ws.getCell(r + 1, c + 1), spec)));
    for (const m of s.merges ?? []) ws.mergeCells(m);
    (s.widths ?? []).forEach((w, c) => (ws.getColumn(c + 1).width = w));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A1 address of (0-based row, 0-based column). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
