/**
 * The text printed around the appendix's table: above its header the title block (the issuer "UBND PHƯỜNG BÌNH MINH",
 * "PHỤ LỤC", the title, "(Kèm theo Báo cáo số …)", sometimes the national motto, "Số: …" and the place and date), below
 * its last row the signature block ("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", a name). Kept as lines for the
 * export, which takes the report's details from them where the officer gave none (report/sheetDetails.ts).
 *
 * Lines are read block by block as the eye reads a two-column header: each column top to bottom, left column first
 * (the issuer's lines before the motto's, "Nơi nhận" and its list before the signing block). Another table above or
 * below (a row of many cells) ends the block.
 */
import { cellAt, type SheetGrid } from "../grid";

export interface SheetMargins {
  /** The lines above the table's header, nearest last. */
  above: string[];
  /** The lines below the table's last row. */
  below: string[];
}

/** Rows read above the header and below the table at most. */
const MAX_MARGIN_ROWS = 12;
/** A row with this many distinct texts is a table's, not a title's or a signature's. */
const TABLE_ROW_CELLS = 4;

function textAt(sheet: SheetGrid, r: number, c: number): string {
  const cell = cellAt(sheet, r, c);
  return (cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value))
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

/** The row's texts from column `from` on, with their columns; a text repeated in the next cell (a merge) once. */
function rowTexts(sheet: SheetGrid, r: number, from: number): { c: number; text: string }[] {
  const out: { c: number; text: string }[] = [];
  const width = sheet.cells[r]?.length ?? 0;
  for (let c = from; c < width; c++) {
    const text = textAt(sheet, r, c);
    if (text && out[out.length - 1]?.text !== text) out.push({ c, text });
  }
  return out;
}

function block(sheet: SheetGrid, rows: number[], from: number): string[] {
  const cells: { r: number; c: number; text: string }[] = [];
  for (const r of rows) {
    const texts = rowTexts(sheet, r, from);
    if (texts.length >= TABLE_ROW_CELLS) break;
    cells.push(...texts.map((t) => ({ r, ...t })));
  }
  cells.sort((a, b) => a.c - b.c || a.r - b.r);
  return cells.map((c) => c.text);
}

/**
 * The lines above the header row `headerRow` and below the table's last row `lastRow` (0-based grid rows), from the
 * table's first column `firstCol` rightwards.
 */
export function sheetMargins(sheet: SheetGrid, headerRow: number, lastRow: number, firstCol: number): SheetMargins {
  const up: number[] = [];
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - MAX_MARGIN_ROWS); r--) up.push(r);
  const down: number[] = [];
  for (let r = lastRow + 1; r < Math.min(sheet.cells.length, lastRow + 1 + MAX_MARGIN_ROWS); r++) down.push(r);
  // above: read upwards until another table, then in reading order
  const aboveRows: number[] = [];
  for (const r of up) {
    if (rowTexts(sheet, r, firstCol).length >= TABLE_ROW_CELLS) break;
    aboveRows.unshift(r);
  }
  return { above: block(sheet, aboveRows, firstCol), below: block(sheet, down, firstCol) };
}
