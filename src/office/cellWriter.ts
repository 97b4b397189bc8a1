/**
 * "Sửa", "Chuyển N ô thành số" and their undo with Office.js. A cell is written only when it still holds what the check
 * read, holds no formula (a wrong total or ratio formula must be corrected as a formula, not replaced by a constant)
 * and is not locked on a protected sheet; several cells are one action, refused as a whole before anything is
 * written. A snapshot keeps each cell's value with its type (a boolean stays a boolean, "02" stays text) and number
 * format, and what was written: undo puts the cells back only while they still hold that.
 * Writing or undoing any number of cells is 1 read + 1 write.
 */
import type { CellValue } from "../core/grid";
import { splitAddress } from "../core/grid";
import { sameValue } from "../host/sameValue";
import { CellWriteRefused, type CellSnapshot, type CellWrite } from "../host/types";
import { toCellValue } from "./workbookReader";

type Ctx = Excel.RequestContext;

interface ExcelCellState {
  value: CellValue;
  numberFormat: string;
  /** What the write put in the cell. */
  written: number | string;
}

/** The range at "'Phụ lục'!D45" (or "D45" on the active sheet). */
export function rangeAt(context: Ctx, address: string): Excel.Range {
  const { sheet, local } = splitAddress(address);
  const worksheets = context.workbook.worksheets;
  const ws = sheet ? worksheets.getItem(sheet) : worksheets.getActiveWorksheet();
  return ws.getRange(local);
}

/** A value as Office.js writes it back unchanged: text with a leading apostrophe ("02" is not the number 2). */
export function writable(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && value !== "") return `'${value}`;
  return value;
}

interface Loaded {
  address: string;
  range: Excel.Range;
  sheetProtection: Excel.WorksheetProtection;
  cellProtection: Excel.FormatProtection;
}

/** Queues the loads of every cell (value, formula, format, protection); the caller syncs once. */
function loadCells(context: Ctx, addresses: string[]): Loaded[] {
  return addresses.map((address) => {
    const range = rangeAt(context, address).load("values,formulas,numberFormat");
    return {
      address,
      range,
      sheetProtection: range.worksheet.protection.load("protected"),
      cellProtection: range.format.protection.load("locked"),
    };
  });
}

/** Throws for the first cell that may not be written: locked on a protected sheet, a formula, or changed. */
function refuse(cells: Loaded[], expected: (CellValue | undefined)[]): void {
  cells.forEach(({ address, range, sheetProtection, cellProtection }, i) => {
    if (sheetProtection.protected && cellProtection.locked !== false) throw new CellWriteRefused("protected", address);
    const formula = range.formulas[0][0];
    if (typeof formula === "string" && formula.startsWith("=")) throw new CellWriteRefused("formula", address, formula);
    const want = expected[i];
    if (want !== undefined && !sameValue(toCellValue(range.values[0][0]), want))
      throw new CellWriteRefused("changed", address);
  });
}

export async function writeCellsIn(context: Ctx, writes: CellWrite[]): Promise<CellSnapshot[]> {
  if (writes.length === 0) return [];
  const cells = loadCells(
    context,
    writes.map((w) => w.address),
  );
  await context.sync();
  refuse(
    cells,
    writes.map((w) => w.expected),
  );
  const snapshots = cells.map(({ address, range }, i): CellSnapshot => {
    const state: ExcelCellState = {
      value: toCellValue(range.values[0][0]),
      numberFormat: String(range.numberFormat[0][0] ?? "General"),
      written: writes[i].value,
    };
    return { cell: address, state };
  });
  writes.forEach(({ value, numberFormat }, i) => {
    const { range } = cells[i];
    // The format first, so that the value lands in it.
    if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
    range.values = [[writable(value)]];
  });
  await context.sync();
  return snapshots;
}

export async function restoreCellsIn(context: Ctx, snapshots: CellSnapshot[]): Promise<void> {
  if (snapshots.length === 0) return;
  const states = snapshots.map((s) => s.state as ExcelCellState);
  const cells = loadCells(
    context,
    snapshots.map((s) => s.cell),
  );
  await context.sync();
  refuse(
    cells,
    states.map((state) => (state.written === "" ? null : state.written)),
  );
  // In reverse order: a cell written twice in one action ends as it was before the first write.
  for (let i = cells.length - 1; i >= 0; i--) {
    cells[i].range.numberFormat = [[states[i].numberFormat]];
    cells[i].range.values = [[writable(states[i].value)]];
  }
  await context.sync();
}
