/**
 * An uploaded .xlsx (bytes) → the preview's in-memory workbook: the cell grid the core reads (values, Excel's
 * displayed text, number formats) plus what the sheet view draws (fills, bold/italic, merges, column widths).
 *
 * ExcelJS is loaded on demand (`import("exceljs")`), never statically, so the pane's bundle does not carry it:
 * under webpack (target web) the package's "browser" field resolves it to dist/exceljs.min.js, a self-contained
 * browser build that webpack puts in its own chunk; under Node (tests) it is the regular package.
 */
import type { Workbook, Worksheet, Fill } from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import { gridFromExcelJs } from "../io/xlsxGrid";
import type { CellStyle, MemoryWorkbookInput, MergeRange } from "./memoryHost";

type ExcelJsModule = typeof import("exceljs");

let excelJs: Promise<ExcelJsModule> | null = null;

/** ExcelJS, loaded once. Handles both module shapes (namespace with Workbook, or CommonJS under default). */
export function loadExcelJs(): Promise<ExcelJsModule> {
  if (!excelJs) {
    excelJs = import(/* webpackChunkName: "exceljs" */ "exceljs").then((mod) => {
      const m = mod as ExcelJsModule & { default?: ExcelJsModule };
      const resolved = typeof m.Workbook === "function" ? m : m.default;
      if (!resolved || typeof resolved.Workbook !== "function") throw new Error("ExcelJS did not load");
      return resolved;
    });
    excelJs.catch(() => {
      excelJs = null;
    });
  }
  return excelJs;
}

/** The file is not an Excel workbook: a Word document (docx), or anything else. */
export class NotAWorkbookError extends Error {
  constructor(readonly what: "word" | "other") {
    super(what === "word" ? "A Word document, not an Excel workbook" : "Not an Excel workbook (.xlsx)");
    this.name = "NotAWorkbookError";
  }
}

/** Whether the bytes are a zip holding word/document.xml (a .docx: zip entry names are stored as plain text). */
function isWordDocument(bytes: Uint8Array): boolean {
  const name = new TextEncoder().encode("word/document.xml");
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbookInput> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (isWordDocument(bytes)) throw new NotAWorkbookError("word");
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's load() types ask for a Buffer; the browser build takes an ArrayBuffer and Node's takes either.
    await workbook.xlsx.load(data as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  } catch {
    throw new NotAWorkbookError("other");
  }
  // Any zip loads: a file without a single sheet is no workbook.
  if (workbook.worksheets.length === 0) throw new NotAWorkbookError("other");
  return workbookInput(workbook);
}

/** An ExcelJS workbook (already loaded) → the preview's workbook. */
export function workbookInput(workbook: Workbook): MemoryWorkbookInput {
  const grid: WorkbookGrid = gridFromExcelJs(workbook);
  const fills: Record<string, Record<string, string>> = {};
  const styles: Record<string, Record<string, CellStyle>> = {};
  const merges: Record<string, MergeRange[]> = {};
  const columnWidths: Record<string, number[]> = {};
  const formulas: Record<string, Record<string, string>> = {};

  workbook.eachSheet((ws) => {
    const sheetFills: Record<string, string> = {};
    const sheetFormulas: Record<string, string> = {};
    const sheetStyles: Record<string, CellStyle> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.formula) sheetFormulas[cell.address] = `=${cell.formula}`;
        const fill = solidFill(cell.fill);
        if (fill) sheetFills[cell.address] = fill;
        const style: CellStyle = {};
        if (cell.font?.bold) style.bold = true;
        if (cell.font?.italic) style.italic = true;
        const h = cell.alignment?.horizontal;
        if (h === "left" || h === "center" || h === "right") style.horizontal = h;
        if (style.bold || style.italic || style.horizontal) sheetStyles[cell.address] = style;
      });
    });
    fills[ws.name] = sheetFills;
    formulas[ws.name] = sheetFormulas;
    styles[ws.name] = sheetStyles;
    merges[ws.name] = sheetMerges(ws);
    columnWidths[ws.name] = sheetColumnWidths(ws);
  });

  return { grid, fills, styles, merges, columnWidths, formulas };
}

function solidFill(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

function sheetMerges(ws: Worksheet): MergeRange[] {
  const ranges = (ws.model as { merges?: string[] }).merges ?? [];
  const out: MergeRange[] = [];
  for (const range of ranges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(range.replace(/\$/g, ""));
    if (!m) continue;
    out.push({
      fromRow: Number(m[2]) - 1,
      fromCol: colIndex(m[1]),
      toRow: Number(m[4]) - 1,
      toCol: colIndex(m[3]),
    });
  }
  return out;
}

function sheetColumnWidths(ws: Worksheet): number[] {
  const widths: number[] = [];
  const count = ws.columnCount;
  for (let c = 1; c <= count; c++) {
    const w = ws.getColumn(c).width;
    widths.push(typeof w === "number" && w > 0 ? w : 0);
  }
  return widths;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
