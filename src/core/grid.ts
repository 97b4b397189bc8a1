/**
 * The cell grid: the one shape every source (Office.js, an .xlsx file, a test) is turned into before the core reads it.
 * Pure data, no host objects.
 */

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** The stored value: a number, a string, a boolean, or null for an empty cell. */
  value: CellValue;
  /** What the cell shows (Excel's formatted text), e.g. "76%" for 0.76 formatted 0%. Empty string when unknown. */
  text: string;
  /** The number format code, e.g. "0%", "#,##0", "General". Optional. */
  numberFormat?: string;
}

export interface SheetGrid {
  name: string;
  /** Row-major cells of the used range. cells[r][c] is the cell at (originRow + r, originCol + c). Rows may be ragged. */
  cells: Cell[][];
  /** 0-based row of cells[0][0] in the sheet (Office.js used ranges need not start at A1). Default 0. */
  originRow?: number;
  /** 0-based column of cells[0][0]. Default 0. */
  originCol?: number;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: "" }) as Cell;

export function cellAt(sheet: SheetGrid, r: number, c: number): Cell {
  return sheet.cells[r]?.[c] ?? EMPTY_CELL;
}

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Quote a sheet name the way Excel does in references: 'Phụ lục'!D45. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Address of grid position (r, c) of a sheet, in A1 notation with the sheet name: 'Phụ lục'!D45. */
export function cellAddress(sheet: SheetGrid, r: number, c: number): string {
  return `${quoteSheetName(sheet.name)}!${localAddress(sheet, r, c)}`;
}

/** A1 address without the sheet: D45. */
export function localAddress(sheet: SheetGrid, r: number, c: number): string {
  return `${columnLetters((sheet.originCol ?? 0) + c)}${(sheet.originRow ?? 0) + r + 1}`;
}

/** Split "'Phụ lục'!D45" into its sheet name and local address. */
export function splitAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "D45" → { row: 44, col: 3 } (0-based sheet coordinates). */
export function parseLocalAddress(local: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(local.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
