/**
 * Writing a SheetTemplate into a new worksheet with Office.js: values, number formats, fonts, alignment, wrap,
 * borders, fills, merges, column widths and the print set-up, all queued for one sync (the caller syncs).
 * Cells of a row with the same style are formatted as one range, so a table row costs a handful of operations.
 */
import type { SheetTemplate, TemplateCell, TemplateCellStyle } from "../core/template/types";

/** A run of cells on one row, side by side, with the same style. */
export interface StyleRun {
  row: number;
  fromCol: number;
  toCol: number;
  style: TemplateCellStyle;
}

/** Style keys that are formatting (number formats are written as one matrix instead). */
function styleKey(style: TemplateCellStyle | undefined): string {
  if (!style) return "";
  const { numberFormat: _ignored, ...rest } = style;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

export function styleRuns(cells: TemplateCell[]): StyleRun[] {
  const sorted = [...cells].filter((c) => styleKey(c.style) !== "").sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRun[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const style = cell.style as TemplateCellStyle;
    if (last && last.row === cell.row && last.toCol === cell.col - 1 && styleKey(last.style) === styleKey(style)) {
      last.toCol = cell.col;
    } else {
      runs.push({ row: cell.row, fromCol: cell.col, toCol: cell.col, style });
    }
  }
  return runs;
}

/** Template size: rows × columns covering every cell and every column width. */
export function templateSize(t: SheetTemplate): { rows: number; cols: number } {
  const rows = Math.max(1, ...t.cells.map((c) => c.row + 1), ...t.merges.map((m) => m.toRow + 1));
  const cols = Math.max(
    1,
    t.columnWidths.length,
    ...t.cells.map((c) => c.col + 1),
    ...t.merges.map((m) => m.toCol + 1),
  );
  return { rows, cols };
}

/** The values and number formats as matrices, written with one assignment each. Text cells are formatted "@". */
export function templateMatrices(t: SheetTemplate): { values: (string | number)[][]; numberFormat: string[][] } {
  const { rows, cols } = templateSize(t);
  const values = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of t.cells) {
    values[c.row][c.col] = c.value ?? "";
    numberFormat[c.row][c.col] = c.style?.numberFormat ?? (typeof c.value === "string" ? "@" : "General");
  }
  return { values, numberFormat };
}

/** Column width in characters (of the default font's digits) → points, as Excel converts it (7 px digits, 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

// Office.js enums are given by their string values, so this module does not need the Excel global to load.
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical";
const OUTER_EDGES: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

function applyBorders(range: Excel.Range, multiColumn: boolean): void {
  const edges: Edge[] = multiColumn ? [...OUTER_EDGES, "InsideVertical"] : OUTER_EDGES;
  for (const edge of edges) range.format.borders.getItem(edge).style = "Continuous";
}

function applyStyle(range: Excel.Range, style: TemplateCellStyle, multiColumn: boolean): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill) format.fill.color = style.fill;
  if (style.border) applyBorders(range, multiColumn);
}

function applyPrintSetup(sheet: Excel.Worksheet, print: SheetTemplate["print"]): void {
  const layout = sheet.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = print.orientation === "portrait" ? "Portrait" : "Landscape";
  layout.setPrintTitleRows(`$${print.repeatRows.from + 1}:$${print.repeatRows.to + 1}`);
  // One page wide, as many pages tall as needed (what Excel's "Fit All Columns on One Page" sets).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // The input cells' fill (and the check's highlights) are for the screen: the paper gets the plain table.
  if (print.blackAndWhite) layout.blackAndWhite = true;
}

export interface WriteOptions {
  /** Page layout (paper, orientation, print titles, fit to width) needs ExcelApi 1.9; skipped without it. */
  pageLayout: boolean;
}

/** Queues the whole template into an empty sheet. Nothing is read, so the caller's one sync does it all. */
export function writeTemplate(sheet: Excel.Worksheet, t: SheetTemplate, options: WriteOptions): void {
  const { rows, cols } = templateSize(t);
  const all = sheet.getRangeByIndexes(0, 0, rows, cols);
  all.format.font.name = t.fontName;
  all.format.font.size = t.fontSize;
  all.format.verticalAlignment = "Center";
  const { values, numberFormat } = templateMatrices(t);
  // Formats first: "@" keeps the STT "1.1" and "02" as text when the values land.
  all.numberFormat = numberFormat;
  all.values = values;
  for (const run of styleRuns(t.cells)) {
    const width = run.toCol - run.fromCol + 1;
    applyStyle(sheet.getRangeByIndexes(run.row, run.fromCol, 1, width), run.style, width > 1);
  }
  for (const m of t.merges) {
    sheet.getRangeByIndexes(m.fromRow, m.fromCol, m.toRow - m.fromRow + 1, m.toCol - m.fromCol + 1).merge(false);
  }
  t.columnWidths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
  });
  all.format.autofitRows();
  if (options.pageLayout) applyPrintSetup(sheet, t.print);
}
