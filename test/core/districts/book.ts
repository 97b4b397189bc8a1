/**
 * Writing a district's appendix the way other districts and communes really lay it out, with ExcelJS, and reading it
 * back through the same path as the CLI (xlsx buffer → src/io/xlsx → grid → check). Every book is also read with
 * ExcelJS, the reader the CLI used before, and must give the same grid.
 */
import ExcelJS from "exceljs";
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import { readXlsxGrid } from "../../../src/io/xlsx";
import type { Finding } from "../../../src/core/findings";
import { currentForm } from "../../../src/core/form";
import type { FormRow } from "../../../src/core/form/schema";
import { gridFromExcelJs } from "../../helpers/excelJsGrid";

/** A value cell: a number, text, a number with a format, or a formula over other rows' value cells. */
export type Value =
  | number
  | string
  | null
  | { n: number; fmt: string }
  | { formula: (cellOf: (code: string) => string) => string; result: number; fmt?: string };

export type Role = "stt" | "label" | "unit" | "value" | "extra" | "note";

export interface BookSpec {
  sheetName: string;
  /** Rows above the header (title block); each an array of cells from column A. */
  title?: (string | null)[][];
  /** One or two header rows, cells from column A. */
  header: (string | null)[][];
  /** Ranges to merge, in sheet coordinates (e.g. "C5:D5"); title rows count. */
  merges?: string[];
  /** What each column holds, from column A. */
  columns: Role[];
  /** STT of a form row as written: number, text or blank. Default: the form's STT as text. */
  stt?: (row: FormRow) => string | number | null;
  /** Label as written; return null to leave the row out. */
  label?: (row: FormRow) => string | null;
  unit?: (row: FormRow) => string | null;
  values: Record<string, Value>;
  /** The second value column (e.g. "Quý III" when the main one is "Lũy kế"). */
  extra?: Record<string, Value>;
  notes?: Record<string, string>;
  /** Codes after which a blank row is left. */
  blankAfter?: string[];
  /** Rows below the table (signatures). */
  footer?: (string | null)[][];
  /** A second sheet with the narrative. */
  narrative?: string[];
}

export interface Built {
  result: Extract<CheckResult, { status: "checked" }>;
  /** 'Sheet'!D12 of each form row's value cell as written. */
  cell: (code: string) => string;
  findings: Finding[];
}

const quote = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const letter = (c: number) => String.fromCharCode(65 + c);

function setValue(cell: ExcelJS.Cell, v: Value, cellOf: (code: string) => string): void {
  if (v === null) return;
  if (typeof v === "number" || typeof v === "string") {
    cell.value = v;
    return;
  }
  if ("formula" in v) {
    cell.value = { formula: v.formula(cellOf), result: v.result } as ExcelJS.CellFormulaValue;
    if (v.fmt) cell.numFmt = v.fmt;
    return;
  }
  cell.value = v.n;
  cell.numFmt = v.fmt;
}

export async function writeBook(spec: BookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheetName);
  const col = (role: Role) => spec.columns.indexOf(role);
  for (const r of spec.title ?? []) ws.addRow(r);
  for (const r of spec.header) ws.addRow(r);
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  const form = currentForm();
  // First pass: the sheet row of each form row (formulas refer to them).
  const rowOf = new Map<string, number>();
  let next = ws.rowCount + 1;
  const written: { row: FormRow; at: number; label: string }[] = [];
  for (const row of form.rows) {
    const label = spec.label ? spec.label(row) : row.label;
    if (label === null) continue;
    rowOf.set(row.code, next);
    written.push({ row, at: next, label });
    next += spec.blankAfter?.includes(row.code) ? 2 : 1;
  }
  const cellOf = (code: string) => {
    const at = rowOf.get(code);
    if (!at) throw new Error(`row ${code} not written`);
    return `${letter(col("value"))}${at}`;
  };
  for (const { row, at, label } of written) {
    const put = (role: Role, v: Value) => {
      const c = col(role);
      if (c >= 0) setValue(ws.getCell(at, c + 1), v, cellOf);
    };
    put("stt", spec.stt ? spec.stt(row) : row.stt);
    put("label", label);
    put("unit", spec.unit ? spec.unit(row) : row.unit);
    put("value", spec.values[row.code] ?? null);
    put("extra", spec.extra?.[row.code] ?? null);
    put("note", spec.notes?.[row.code] ?? null);
  }
  let footerAt = next + 1;
  for (const r of spec.footer ?? []) {
    r.forEach((v, c) => {
      if (v !== null) ws.getCell(footerAt, c + 1).value = v;
    });
    footerAt++;
  }
  if (spec.narrative) {
    const ns = wb.addWorksheet("Báo cáo");
    for (const p of spec.narrative) ns.addRow([p]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function checkBook(spec: BookSpec): Promise<Built> {
  const buffer = await writeBook(spec);
  const grid = await readXlsxGrid(buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  expect(grid).toEqual(gridFromExcelJs(wb));
  const result = checkWorkbook(grid);
  if (result.status !== "checked") throw new Error(`${spec.sheetName}: appendix not found`);
  // Addresses as written: recompute the layout.
  const valueCol = spec.columns.indexOf("value");
  const form = currentForm();
  const at = new Map<string, number>();
  let next = (spec.title?.length ?? 0) + spec.header.length + 1;
  for (const row of form.rows) {
    if (spec.label && spec.label(row) === null) continue;
    at.set(row.code, next);
    next += spec.blankAfter?.includes(row.code) ? 2 : 1;
  }
  const cell = (code: string) => `${quote(spec.sheetName)}!${letter(valueCol)}${at.get(code)}`;
  return { result, cell, findings: result.findings };
}

/** A percent cell as Excel stores "97,89%": the fraction with a % format. */
export const pct = (points: number, decimals = 0): Value => ({
  n: points / 100,
  fmt: decimals ? `0.${"0".repeat(decimals)}%` : "0%",
});

/** Findings about a row (codes[0]), optionally of one kind. */
export const about = (findings: Finding[], code: string, kind?: string) =>
  findings.filter((f) => f.codes[0] === code && (!kind || f.kind === kind));

export const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");

/** One line per finding, for failure messages. */
export const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.kind} ${f.codes.join(",")} ${f.cells[0] ?? ""} ${f.message.en}`).join("\n");
