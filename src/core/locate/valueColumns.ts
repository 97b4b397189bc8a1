/**
 * A table with more than one value column ("Kỳ báo cáo | Lũy kế từ đầu năm", "Quý III | 9 tháng"): the same rows and
 * relations hold in each. The located appendix reads the first; this finds the others beside it and reads the same
 * rows there, so every column is checked.
 */
import type { Appendix, AppendixRow } from "../appendix";
import { cellAddress, cellAt, type Cell, type SheetGrid, type WorkbookGrid } from "../grid";
import { foldForMatch } from "../vn/normalize";
import { readValue } from "../values/readValue";
import { columnNumberOf, isColumnNumbering } from "./header";

export interface ValueColumn {
  /** 0-based grid column. */
  col: number;
  /** The column's heading as printed ("Lũy kế từ đầu năm"). */
  title: string;
}

/**
 * A column of comparisons or shares beside the figures ("So sánh (%)", "Tăng/giảm", "Tỷ lệ %", "% so với cùng kỳ"):
 * it holds percents of the figures, not the same quantities, so the rows' relations do not hold in it.
 */
const COMPARISON = /(^| )(so sánh|tăng ?[/,-]? ?giảm|chênh lệch|tốc độ|tỷ lệ|tỉ lệ)( |$)|%|±/;

/** At most this many more value columns are read. */
const MAX_COLUMNS = 4;
/** How many rows above the table are searched for a column's heading. */
const HEADING_ROWS = 3;

function textOf(cell: Cell): string {
  return (cell.text || (cell.value === null ? "" : String(cell.value))).replace(/\s+/g, " ").trim();
}

const isNumeric = (cell: Cell): boolean =>
  typeof cell.value === "number" || (/^[\d\s.,]+%?$/.test(textOf(cell)) && /\d/.test(textOf(cell)));

/** The column's heading: the nearest text above the table, past a row of column numbers ("(4)"). */
function headingOf(sheet: SheetGrid, firstRow: number, col: number): string {
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - HEADING_ROWS - 1); r--) {
    const cell = cellAt(sheet, r, col);
    const t = textOf(cell);
    if (t && !(columnNumberOf(cell) !== null && isColumnNumbering(sheet, r))) return t;
  }
  return "";
}

function located(workbook: WorkbookGrid, appendix: Appendix) {
  const sheet = workbook.sheets.find((s) => s.name === appendix.sheetName);
  const rows = [...appendix.rows.values()];
  if (!sheet || rows.length === 0) return null;
  const gridRow = (r: AppendixRow) => r.sheetRow - (sheet.originRow ?? 0);
  const valueCol = rows[0].valueCol - (sheet.originCol ?? 0);
  const firstRow = Math.min(...rows.map(gridRow));
  return { sheet, rows, gridRow, valueCol, firstRow };
}

const QUANTITIES = ["count", "percent", "amount"];

/**
 * The column right beside the value column that holds the rest of its figures ("Kết quả" over "Chi tiết | Tổng số":
 * the parts' figures in one, each total in the other, never both on one row), or null.
 */
export function complementaryColumn(workbook: WorkbookGrid, appendix: Appendix): number | null {
  const at = located(workbook, appendix);
  if (!at) return null;
  const { sheet, rows, gridRow, valueCol } = at;
  const col = valueCol + 1;
  const title = foldForMatch(headingOf(sheet, at.firstRow, col));
  if (!title || /(^| )ghi chú( |$)/.test(title)) return null;
  let both = 0;
  let mainOnly = 0;
  let otherOnly = 0;
  for (const r of rows) {
    if (!QUANTITIES.includes(r.formRow.kind)) continue;
    const main = textOf(cellAt(sheet, gridRow(r), valueCol)) !== "";
    const other = textOf(cellAt(sheet, gridRow(r), col)) !== "";
    if (main && other) both++;
    else if (main) mainOnly++;
    else if (other) otherOnly++;
  }
  return both === 0 && mainOnly >= 2 && otherOnly >= 2 ? col : null;
}

/** The appendix with the rows whose value cell is empty read from the complementary column `col`. */
export function withComplementaryColumn(workbook: WorkbookGrid, appendix: Appendix, col: number): Appendix {
  const at = located(workbook, appendix);
  if (!at) return appendix;
  const rows = new Map<string, AppendixRow>();
  for (const [code, row] of appendix.rows) {
    const r = at.gridRow(row);
    const cell = cellAt(at.sheet, r, col);
    rows.set(
      code,
      row.value.status === "empty" && textOf(cell) !== ""
        ? {
            ...row,
            valueCell: cellAddress(at.sheet, r, col),
            valueCol: (at.sheet.originCol ?? 0) + col,
            value: readValue(cell, row.formRow),
          }
        : row,
    );
  }
  return { ...appendix, rows };
}

/** The heading of the located value column and the other value columns to its right. */
export function valueColumns(workbook: WorkbookGrid, appendix: Appendix): { main: string; others: ValueColumn[] } {
  const at = located(workbook, appendix);
  if (!at) return { main: "", others: [] };
  const { sheet, rows, gridRow, valueCol, firstRow } = at;
  const quantities = rows.filter((r) => QUANTITIES.includes(r.formRow.kind));
  const filled = quantities.filter((r) => isNumeric(cellAt(sheet, gridRow(r), valueCol))).length;
  const width = Math.max(...rows.map((r) => sheet.cells[gridRow(r)]?.length ?? 0));
  const complementary = complementaryColumn(workbook, appendix);
  const others: ValueColumn[] = [];
  for (let col = valueCol + 1; col < width && others.length < MAX_COLUMNS; col++) {
    const title = headingOf(sheet, firstRow, col);
    if (!title || /(^| )ghi chú( |$)/.test(foldForMatch(title))) break;
    if (COMPARISON.test(foldForMatch(title)) || col === complementary) continue;
    const numbers = quantities.filter((r) => isNumeric(cellAt(sheet, gridRow(r), col))).length;
    if (numbers < 2 || numbers < filled / 2) break;
    others.push({ col, title });
  }
  return { main: headingOf(sheet, firstRow, valueCol), others };
}

/**
 * The same appendix read from another value column; as: read every cell as this kind of value (a rate column holds
 * percents whatever its row counts).
 */
export function appendixInColumn(workbook: WorkbookGrid, appendix: Appendix, col: number, as?: "percent"): Appendix {
  const at = located(workbook, appendix);
  if (!at) return appendix;
  const rows = new Map<string, AppendixRow>();
  for (const [code, row] of appendix.rows) {
    const r = at.gridRow(row);
    const formRow =
      as && row.formRow.kind !== "heading" ? { ...row.formRow, kind: as, unit: "%", canExceed: true } : row.formRow;
    rows.set(code, {
      ...row,
      formRow,
      valueCell: cellAddress(at.sheet, r, col),
      valueCol: (at.sheet.originCol ?? 0) + col,
      value: readValue(cellAt(at.sheet, r, col), formRow),
    });
  }
  return { ...appendix, rows };
}

/** A plan or target column ("Kế hoạch", "KH", "Chỉ tiêu giao", "Dự toán", "Mục tiêu", "Kế hoạch năm 2026"). */
const PLAN = /^(kế hoạch|kh|chỉ tiêu( được)? giao|chỉ tiêu năm|dự toán|mục tiêu)( |$)/;
/** A column of results ("Thực hiện", "Kết quả", "TH", "Thực hiện quý I/2026", "Ước thực hiện", "Lũy kế thực hiện"). */
const RESULTS = /(^| )(thực hiện|kết quả|th|ước th|đã thực hiện)( |$)/;
/** A rate of results to plan ("Tỷ lệ (%)", "Tỷ lệ thực hiện (%)", "So với KH (%)", "% so với kế hoạch"). */
const RATE = /(^| )(tỷ lệ|tỉ lệ|so với|so sánh)( |$)|%/;

const folded = (title: string) =>
  foldForMatch(title)
    .replace(/[().:,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

export const isPlanTitle = (title: string): boolean => PLAN.test(folded(title)) && !RESULTS.test(folded(title));
export const isResultsTitle = (title: string): boolean =>
  RESULTS.test(folded(title)) && !COMPARISON.test(foldForMatch(title));

/**
 * A table of "Kế hoạch | Thực hiện | Tỷ lệ (%)": the plan, the results reported, and the rate of one to the other
 * (null when the table has none).
 */
export interface PlanColumns {
  plan: ValueColumn;
  results: ValueColumn;
  rate: ValueColumn | null;
}

/**
 * The plan and results columns when the located value column is a plan with a column of results after it, or results
 * with a plan after them ("Thực hiện | Kế hoạch"): the results are the figures reported (what the rules, the narrative
 * and the export read), the plan is beside them; the rate, when a rate column follows both.
 */
export function planColumns(workbook: WorkbookGrid, appendix: Appendix): PlanColumns | null {
  const at = located(workbook, appendix);
  if (!at) return null;
  const { sheet, rows, gridRow, valueCol, firstRow } = at;
  const mainTitle = headingOf(sheet, firstRow, valueCol);
  const planFirst = isPlanTitle(mainTitle);
  if (!planFirst && !isResultsTitle(mainTitle)) return null;
  const width = Math.max(...rows.map((r) => sheet.cells[gridRow(r)]?.length ?? 0));
  const quantities = rows.filter((r) => QUANTITIES.includes(r.formRow.kind));
  const numbersIn = (col: number) => quantities.filter((r) => isNumeric(cellAt(sheet, gridRow(r), col))).length;
  const main = { col: valueCol, title: mainTitle };
  let second: ValueColumn | null = null;
  for (let col = valueCol + 1; col < Math.min(width, valueCol + 1 + MAX_COLUMNS); col++) {
    const title = headingOf(sheet, firstRow, col);
    if (!title || /(^| )ghi chú( |$)/.test(foldForMatch(title))) break;
    const fits = planFirst ? isResultsTitle(title) : isPlanTitle(title);
    if (fits && numbersIn(col) >= 2) {
      second = { col, title };
      break;
    }
  }
  if (!second) return null;
  const next = second.col + 1;
  const rateTitle = next < width ? headingOf(sheet, firstRow, next) : "";
  const rate = rateTitle && (RATE.test(folded(rateTitle)) || COMPARISON.test(foldForMatch(rateTitle)));
  return {
    plan: planFirst ? main : second,
    results: planFirst ? second : main,
    rate: rate ? { col: next, title: rateTitle } : null,
  };
}
