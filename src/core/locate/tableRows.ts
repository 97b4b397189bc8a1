/**
 * The table under a header, as logical rows: blank rows and repeated headers skipped, labels wrapped over two
 * grid rows joined back together.
 */
import { cellAt, type Cell, type SheetGrid } from "../grid";
import { foldForMatch } from "../vn/normalize";
import { isColumnNumbering, isRepeatedHeaderRow, type HeaderMatch } from "./header";

export interface TableRow {
  /** 0-based grid row of the row's first line (where its value is). */
  gridRow: number;
  stt: string;
  label: string;
  unit: string;
  valueCell: Cell;
  note: string;
}

function textOf(cell: Cell): string {
  const t = cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value);
  return t.replace(/\s+/g, " ").trim();
}

function isEmptyCell(cell: Cell): boolean {
  return textOf(cell) === "";
}

/** A label line that only continues the one above: no STT, unit or value, starting in lower case. */
function isContinuation(row: TableRow): boolean {
  return row.stt === "" && row.unit === "" && isEmptyCell(row.valueCell) && /^[\p{Ll}(]/u.test(row.label);
}

/** A line holding only the start of a label (no STT, unit, value or note), not ending a sentence or a heading. */
function isLabelHead(row: TableRow): boolean {
  return (
    row.label !== "" &&
    row.stt === "" &&
    row.unit === "" &&
    isEmptyCell(row.valueCell) &&
    row.note === "" &&
    !/[.:;!?]$/.test(row.label)
  );
}

/**
 * The rest of a label whose start is on the line above, written on the line with the STT and the value (a table
 * pasted from a PDF or a web page, where the row's cells are bottom-aligned): it starts in lower case, or with a dash
 * and lower case ("Số ĐVSN tự bảo đảm từ 70%" / "- dưới 100% chi thường xuyên").
 */
function isLabelTail(row: TableRow): boolean {
  return (row.stt !== "" || !isEmptyCell(row.valueCell)) && /^([\p{Ll}(]|[-–]\s*\p{Ll})/u.test(row.label);
}

/**
 * The signature block under the table ("Người lập biểu", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:",
 * "(Ký, ghi rõ họ tên)"): where the table ends. Folded text of a cell, matched at its start.
 */
const FOOTER =
  /^(người lập( biểu)?|người tổng hợp|nơi nhận|tm\.? ?(ủy ban|ubnd|uỷ ban)|kt\.? ?(chủ tịch|trưởng phòng|giám đốc)|(phó )?chủ tịch$|thủ trưởng( cơ quan| đơn vị)?|trưởng phòng$|\(ký[\s,)])/;

function isFooterRow(sheet: SheetGrid, r: number): boolean {
  const width = sheet.cells[r]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const t = textOf(cellAt(sheet, r, c));
    if (t !== "" && t.length <= 60 && FOOTER.test(foldForMatch(t))) return true;
  }
  return false;
}

/**
 * Grid rows read under a header at most. The appendix has about 150 rows (twice that with wrapped labels and blank
 * lines); what lies further down a sheet of 200,000 rows is not its table, and reading it would make the alignment
 * (table rows × form rows) take minutes and gigabytes.
 */
export const MAX_TABLE_GRID_ROWS = 5000;

export function readTableRows(sheet: SheetGrid, header: HeaderMatch, endRow = sheet.cells.length): TableRow[] {
  const col = header.columns;
  const at = (r: number, c: number | undefined): Cell =>
    c === undefined ? { value: null, text: "" } : cellAt(sheet, r, c);
  const rows: TableRow[] = [];
  const last = Math.min(endRow, header.lastRow + 1 + MAX_TABLE_GRID_ROWS);
  for (let r = header.lastRow + 1; r < last; r++) {
    const row: TableRow = {
      gridRow: r,
      stt: textOf(at(r, col.stt)),
      label: textOf(at(r, col.label)),
      unit: textOf(at(r, col.unit)),
      valueCell: at(r, col.value),
      note: textOf(at(r, col.note)),
    };
    if (!row.stt && !row.label && !row.unit && isEmptyCell(row.valueCell) && !row.note) continue;
    if (!row.stt && isFooterRow(sheet, r)) break;
    // a header repeated at a page break, with its row of column numbers
    if (isRepeatedHeaderRow(sheet, r) || isColumnNumbering(sheet, r)) continue;
    const previous = rows[rows.length - 1];
    if (previous && previous.label && isContinuation(row)) {
      previous.label = `${previous.label} ${row.label}`;
      continue;
    }
    if (previous && isLabelHead(previous) && isLabelTail(row)) {
      rows[rows.length - 1] = { ...row, label: `${previous.label} ${row.label}` };
      continue;
    }
    rows.push(row);
  }
  return rows;
}
