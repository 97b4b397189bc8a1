/**
 * An uploaded .xlsx (bytes) → the preview's in-memory workbook: the cell grid the core reads (values, Excel's
 * displayed text, number formats) plus what the sheet view draws (fills, bold/italic, alignment, merges, column
 * widths). The same reader as the command line (src/io/xlsx: bounded zip, the project's own XML reading), so the
 * preview shows exactly the grid the CLI checks. Loaded on demand (its own chunk, with jszip), not with the page.
 */
import type { CellStyle, MemoryWorkbookInput, MergeRange } from "./memoryHost";

/** The file is not an Excel workbook: a Word document (docx), or anything else. */
export class NotAWorkbookError extends Error {
  constructor(readonly what: "word" | "other") {
    super(what === "word" ? "A Word document, not an Excel workbook" : "Not an Excel workbook (.xlsx)");
    this.name = "NotAWorkbookError";
  }
}

/** The workbook unpacks past the reader's bounds (a zip bomb, a sheet of millions of cells). */
export class WorkbookTooLargeError extends Error {
  constructor(readonly reason: Error) {
    super(reason.message);
    this.name = "WorkbookTooLargeError";
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
  const { readXlsxWorkbook, XlsxTooLargeError, ZipLimitError } = await import(
    /* webpackChunkName: "xlsx" */ "../io/xlsx"
  );
  let workbook: Awaited<ReturnType<typeof readXlsxWorkbook>>;
  try {
    workbook = await readXlsxWorkbook(bytes, { styles: true });
  } catch (e) {
    if (e instanceof ZipLimitError || e instanceof XlsxTooLargeError) throw new WorkbookTooLargeError(e);
    throw new NotAWorkbookError("other");
  }
  // A zip with a workbook part but not a single sheet of cells is no workbook either.
  if (workbook.sheets.length === 0) throw new NotAWorkbookError("other");
  const fills: Record<string, Record<string, string>> = {};
  const styles: Record<string, Record<string, CellStyle>> = {};
  const merges: Record<string, MergeRange[]> = {};
  const columnWidths: Record<string, number[]> = {};
  const formulas: Record<string, Record<string, string>> = {};
  for (const sheet of workbook.sheets) {
    const name = sheet.grid.name;
    const sheetFills: Record<string, string> = {};
    const sheetStyles: Record<string, CellStyle> = {};
    for (const [address, look] of Object.entries(sheet.styles)) {
      if (look.fill) sheetFills[address] = look.fill;
      const style: CellStyle = {};
      if (look.bold) style.bold = true;
      if (look.italic) style.italic = true;
      if (look.horizontal) style.horizontal = look.horizontal;
      if (style.bold || style.italic || style.horizontal) sheetStyles[address] = style;
    }
    fills[name] = sheetFills;
    formulas[name] = { ...sheet.formulas };
    styles[name] = sheetStyles;
    merges[name] = sheet.merges.map((m) => ({ ...m }));
    columnWidths[name] = sheet.columnWidths;
  }
  return { grid: { sheets: workbook.sheets.map((s) => s.grid) }, fills, styles, merges, columnWidths, formulas };
}
