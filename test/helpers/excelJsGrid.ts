/**
 * The reference the project's own .xlsx reader (src/io/xlsx.ts) is held to: an ExcelJS workbook → the core's cell
 * grids, as the CLI and the preview read workbooks until ExcelJS was replaced. Tests only (ExcelJS is a dev
 * dependency, also used to build workbooks): every workbook a test builds is read both ways and must give the same grid.
 */
import type { Workbook, Worksheet, Cell as ExcelCell, CellValue as ExcelCellValue } from "exceljs";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { formatExcelNumber } from "../../src/io/excelFormat";

export function gridFromExcelJs(workbook: Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => sheets.push(sheetGrid(ws)));
  return { sheets };
}

function sheetGrid(ws: Worksheet): SheetGrid {
  const cells: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Excel shows a merged range's value in its first cell only, and Office.js reads the others as empty;
      // ExcelJS repeats it in every cell of the range.
      out[colNumber - 1] =
        cell.isMerged && cell.master.address !== cell.address ? { value: null, text: "" } : toCell(cell);
    });
    for (let c = 0; c < out.length; c++) if (!out[c]) out[c] = { value: null, text: "" };
    cells[rowNumber - 1] = out;
  });
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  return { name: ws.name, cells, originRow: 0, originCol: 0 };
}

function toCell(cell: ExcelCell): Cell {
  const numberFormat = cell.numFmt || undefined;
  const value = plainValue(cell.value);
  if (typeof value === "number") return { value, text: formatExcelNumber(value, numberFormat), numberFormat };
  if (value === null) return { value: null, text: "", numberFormat };
  return { value, text: String(value), numberFormat };
}

/** Formulas give their cached result, rich text its plain text, hyperlinks their text, dates an ISO date. */
function plainValue(v: ExcelCellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result && "error" in result) return String((result as { error: string }).error);
      return plainValue(result as ExcelCellValue);
    }
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
    if ("error" in v) return String((v as { error: string }).error);
  }
  return String(v);
}
