/**
 * Finding the appendix's header row: STT / Chỉ tiêu thống kê / Đơn vị tính / Số liệu / Ghi chú, in any position
 * and any column order, on one row or over two (Word's "Kết quả thống kê" over "Đơn vị tính | Số liệu").
 */
import { cellAt, type SheetGrid } from "../grid";
import { foldForMatch } from "../vn/normalize";

export type ColumnRole = "stt" | "label" | "unit" | "value" | "note";

export interface HeaderMatch {
  /** 0-based grid row of the first and last header rows. */
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<ColumnRole, number>>;
}

/** Phrases naming each column, most specific first. Compared on folded text. */
const ROLE_PHRASES: [ColumnRole, RegExp][] = [
  ["unit", /(^|\s)(đơn vị tính|đv tính|đvt)(\s|$)|^đơn vị$/],
  ["value", /(^|\s)(số liệu|giá trị|kết quả thống kê|kết quả)(\s|$)|^số lượng( ?[/,] ?t[ỷỉ] lệ)?$/],
  ["note", /(^|\s)ghi chú(\s|$)/],
  ["stt", /^(stt|tt|số tt|số thứ tự)$/],
  ["label", /(^|\s)(chỉ tiêu|nội dung|tên chỉ tiêu)(\s|$)/],
];

const roleMemo = new Map<string, ColumnRole | null>();
const HAS_LETTER = /\p{L}/u;

/** The column a header cell names, or null. Memoised: most cells are checked on every run. */
function roleOf(text: string): ColumnRole | null {
  // A header names its column in words: the figures of a large data sheet cost no normalisation at all.
  if (text.length > 60 || !HAS_LETTER.test(text)) return null;
  let role = roleMemo.get(text);
  if (role === undefined) {
    if (roleMemo.size > 5000) roleMemo.clear();
    role = computeRole(text);
    roleMemo.set(text, role);
  }
  return role;
}

function computeRole(text: string): ColumnRole | null {
  const folded = foldForMatch(text)
    .replace(/[.:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!folded || folded.length > 60) return null;
  for (const [role, re] of ROLE_PHRASES) if (re.test(folded)) return role;
  return null;
}

/** Column roles of grid row r, reading up to two rows below it as the header's continuation. */
function rolesAt(sheet: SheetGrid, r: number, span: number): Partial<Record<ColumnRole, number>> {
  const width = Math.max(...Array.from({ length: span }, (_, k) => sheet.cells[r + k]?.length ?? 0));
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (let c = 0; c < width; c++) {
    // The lowest header row is the most specific ("Số liệu" under "Kết quả thống kê").
    for (let k = span - 1; k >= 0; k--) {
      const role = roleOf(cellAt(sheet, r + k, c).text || String(cellAt(sheet, r + k, c).value ?? ""));
      if (role && columns[role] === undefined && !Object.values(columns).includes(c)) {
        columns[role] = c;
        break;
      }
    }
  }
  return columns;
}

function isHeader(columns: Partial<Record<ColumnRole, number>>): boolean {
  const found = Object.keys(columns).length;
  return columns.label !== undefined && (columns.value !== undefined || columns.unit !== undefined) && found >= 3;
}

/** Every header candidate in a sheet, top to bottom (a table pasted from Word repeats its header at page breaks). */
export function findHeaders(sheet: SheetGrid): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    const one = rolesAt(sheet, r, 1);
    if (one.label === undefined) continue;
    const twoRows = isRepeatedHeaderRow(sheet, r + 1) || isHeaderContinuation(sheet, r + 1, one.label);
    const best = twoRows ? { cols: rolesAt(sheet, r, 2), span: 2 } : { cols: one, span: 1 };
    if (!isHeader(best.cols)) continue;
    const columns = { ...best.cols };
    if (columns.value === undefined && columns.unit !== undefined) columns.value = columns.unit + 1;
    // The row of column numbers under the header ("1 | 2 | 3 | 4 | 5", "(1) | (2) | …") belongs to the header.
    const span = best.span + (isColumnNumbering(sheet, r + best.span) ? 1 : 0);
    found.push({ firstRow: r, lastRow: r + span - 1, columns });
    r += span - 1;
  }
  return found;
}

/**
 * True when grid row r continues the header above it with columns of its own beside named ones: "Kết quả thống kê"
 * merged over "ĐVT | Quý III | Lũy kế". Short cells, at least one naming a column, nothing under the label header
 * (merged down), no STT or number.
 */
function isHeaderContinuation(sheet: SheetGrid, r: number, labelCol: number): boolean {
  const width = sheet.cells[r]?.length ?? 0;
  let roles = 0;
  for (let c = 0; c < width; c++) {
    const cell = cellAt(sheet, r, c);
    const t = (cell.text || String(cell.value ?? "")).trim();
    if (t === "") continue;
    if (c === labelCol || typeof cell.value === "number" || t.length > 30 || /^\d+([.,]\d+)*\.?$/.test(t)) return false;
    if (roleOf(t)) roles++;
  }
  return roles >= 1;
}

/** A column number as printed under a header: 1, "(2)", "3.", "A", "(B)". */
const ONE_NUMBER = String.raw`\(?\s*(?:\d{1,2}|[A-Z])\s*\)?`;
/**
 * A column number, or one with the formula of a computed column: "(6)=(5)/(4)", "4=3/2", "(7) = (5) - (4)",
 * "5=(3)x100/(4)".
 */
const COLUMN_NUMBER = new RegExp(
  String.raw`^${ONE_NUMBER}\.?$|^${ONE_NUMBER}\s*=\s*${ONE_NUMBER}(?:\s*[-+*/:x×]\s*(?:${ONE_NUMBER}|100))+$`,
);

/** The text of a column-number cell, or null when the cell is something else. */
export function columnNumberOf(cell: { value: unknown; text: string }): string | null {
  const t = (cell.text || (cell.value === null || cell.value === undefined ? "" : String(cell.value))).trim();
  return COLUMN_NUMBER.test(t) ? t : null;
}

/**
 * True when grid row r numbers the columns ("1 | 2 | 3 | 4 | 5", "(1) | (2) | …", "A | B | 1 | 2"): three cells or
 * more, each a column number, the numbers rising from left to right, or, where every one is in brackets, each number
 * once (columns moved after the numbers were printed: "(1) (2) (3) (5) (4) (6)=(5)/(4)"). Many forms print it under
 * the header; it is no row of the table.
 */
export function isColumnNumbering(sheet: SheetGrid, r: number): boolean {
  const width = sheet.cells[r]?.length ?? 0;
  let count = 0;
  let rising = true;
  let bracketed = true;
  let last = -Infinity;
  const seen = new Set<number>();
  for (let c = 0; c < width; c++) {
    const cell = cellAt(sheet, r, c);
    if ((cell.text || String(cell.value ?? "")).trim() === "") continue;
    const t = columnNumberOf(cell);
    if (t === null) return false;
    if (!t.startsWith("(")) bracketed = false;
    const n = /\d+/.exec(t);
    if (n) {
      const k = Number(n[0]);
      if (seen.has(k)) return false;
      seen.add(k);
      if (k <= last) rising = false;
      last = k;
    }
    count++;
  }
  return count >= 3 && (rising || bracketed);
}

/** True when grid row r repeats the header (page-break repeats in a table pasted from Word). */
export function isRepeatedHeaderRow(sheet: SheetGrid, r: number): boolean {
  const width = sheet.cells[r]?.length ?? 0;
  let roles = 0;
  for (let c = 0; c < width; c++) {
    const t = cellAt(sheet, r, c).text || String(cellAt(sheet, r, c).value ?? "");
    if (t.trim() === "") continue;
    if (!roleOf(t)) return false;
    roles++;
  }
  // Two column names at least: a heading row alone ("Kết quả giải quyết TTHC", "Số liệu về biên chế") is not a header.
  return roles >= 2;
}
