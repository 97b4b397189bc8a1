/**
 * An uploaded .xlsx (bytes) → the preview's in-memory workbook: the cell grid the core reads (values, Excel's
 * displayed text, number formats) plus what the sheet view draws (fills, bold/italic, alignment, merges, column
 * widths). The same reader as the command line (src/io/xlsx: bounded zip, the project's own XML reading), so the
 * preview shows exactly the grid the CLI checks. Loaded on demand (its own chunk, with jszip), not with the page.
 */
import type { CellStyle, MemoryWorkbookInput, MergeRange } from "./memoryHost";

export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbookInput> {
  const { readXlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../io/xlsx");
  const workbook = await readXlsxWorkbook(data, { styles: true });
  const fills: Record<string, Record<string, string>> = {};
  const styles: Record<string, Record<string, CellStyle>> = {};
  const merges: Record<string, MergeRange[]> = {};
  const columnWidths: Record<string, number[]> = {};
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
    styles[name] = sheetStyles;
    merges[name] = sheet.merges.map((m) => ({ ...m }));
    columnWidths[name] = sheet.columnWidths;
  }
  return { grid: { sheets: workbook.sheets.map((s) => s.grid) }, fills, styles, merges, columnWidths };
}
