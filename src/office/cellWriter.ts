/**
 * "Sửa" and its undo with Office.js. A fix is written only into a cell that still holds what the check read, holds
 * no formula (a wrong total or ratio formula must be corrected as a formula, not replaced by a constant) and is not
 * locked on a protected sheet. Its snapshot keeps the cell's value with its type (a boolean stays a boolean, "02"
 * stays text) and number format, and what the fix wrote: undo puts the cell back only while it still holds that.
 * Each is 1 read + 1 write.
 */
import type { CellValue } from "../core/grid";
import { splitAddress } from "../core/grid";
import { sameValue } from "../host/sameValue";
import { CellWriteRefused, type CellSnapshot } from "../host/types";
import { toCellValue } from "./workbookReader";

type Ctx = Excel.RequestContext;

interface ExcelCellState {
  value: CellValue;
  numberFormat: string;
  /** What the fix wrote. */
  written: number | string;
  writtenFormat: string | undefined;
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
  range: Excel.Range;
  sheetProtected: Excel.WorksheetProtection;
  cellProtection: Excel.FormatProtection;
}

function loadCell(context: Ctx, address: string): Loaded {
  const range = rangeAt(context, address).load("values,formulas,numberFormat");
  return {
    range,
    sheetProtected: range.worksheet.protection.load("protected"),
    cellProtection: range.format.protection.load("locked"),
  };
}

function refuseLocked(address: string, { sheetProtected, cellProtection }: Loaded): void {
  if (sheetProtected.protected && cellProtection.locked !== false) throw new CellWriteRefused("protected", address);
}

export async function writeCellIn(
  context: Ctx,
  address: string,
  value: number | string,
  numberFormat: string | undefined,
  expected: CellValue | undefined,
): Promise<CellSnapshot> {
  const loaded = loadCell(context, address);
  await context.sync();
  const { range } = loaded;
  refuseLocked(address, loaded);
  const formula = range.formulas[0][0];
  if (typeof formula === "string" && formula.startsWith("=")) throw new CellWriteRefused("formula", address, formula);
  const current = toCellValue(range.values[0][0]);
  if (expected !== undefined && !sameValue(current, expected)) throw new CellWriteRefused("changed", address);
  const previousFormat = String(range.numberFormat[0][0] ?? "General");

  // The format first, so that the value lands in it.
  if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
  range.values = [[writable(value)]];
  await context.sync();
  const state: ExcelCellState = {
    value: current,
    numberFormat: previousFormat,
    written: value,
    writtenFormat: numberFormat,
  };
  return { cell: address, state };
}

export async function restoreCellIn(context: Ctx, snapshot: CellSnapshot): Promise<void> {
  const state = snapshot.state as ExcelCellState;
  const loaded = loadCell(context, snapshot.cell);
  await context.sync();
  refuseLocked(snapshot.cell, loaded);
  const { range } = loaded;
  if (!sameValue(toCellValue(range.values[0][0]), state.written === "" ? null : state.written))
    throw new CellWriteRefused("changed", snapshot.cell);
  range.numberFormat = [[state.numberFormat]];
  range.values = [[writable(state.value)]];
  await context.sync();
}
