/**
 * The table under a header, as logical rows: blank rows and repeated headers skipped, labels wrapped over two
 * grid rows joined back together.
 */
import { cellAt, type Cell, type SheetGrid } from "../grid";
import { foldForMatch } from "../vn/normalize";
import { isColumnNumbering, isRepeatedHeaderRow, type HeaderMatch } from "./header";

export interface TableRow {
  /** 0-based grid row of the line holding the row's value (its first line when none does). */
  gridRow: number;
  /** 0-based grid row of the row's first line, where its label starts. */
  firstGridRow: number;
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

/**
 * A label opening with a sub-row's marker ("- Cấp xã", "+ Toàn trình", "a) Cấp tỉnh", "b/ …") or a list of parts
 * ("trong đó …", "gồm …"): a row of its own, never the rest of the label above.
 */
const SUB_ROW_START = /^([-–—+•*·]|[a-zđ][)./](\s|$)|(trong đó|bao gồm|gồm|chia ra|cụ thể)(\s|:|$))/;

/** The last word of a label that is left hanging, so the next line goes on with it ("… trên tổng số hồ sơ của"). */
const HANGING_END =
  /(,|\s(và|hoặc|của|trên|theo|cho|với|tại|từ|đến|được|là|các|những|về|thuộc|qua|bằng|trong|so với|đối với))$/;

/** How a line may go on with the label above: it starts in lower case or "(", or the label above is left hanging. */
function goesOnFrom(above: string, line: string): boolean {
  const text = foldForMatch(line);
  if (text === "" || SUB_ROW_START.test(text)) return false;
  return /^[\p{Ll}(]/u.test(line.normalize("NFC")) || HANGING_END.test(foldForMatch(above));
}

/**
 * A label line that only continues the one above: no STT, value or marker, starting in lower case or "("; its unit,
 * if any, where the line above has none (a unit typed on the last line of a merged row).
 */
function isContinuation(above: TableRow, row: TableRow): boolean {
  return (
    row.stt === "" &&
    (row.unit === "" || above.unit === "") &&
    isEmptyCell(row.valueCell) &&
    /^[\p{Ll}(]/u.test(row.label.normalize("NFC")) &&
    !SUB_ROW_START.test(foldForMatch(row.label))
  );
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

/** How a label starts: in lower case, in upper case, or with something else ("(", a digit). */
function startClass(label: string): "lower" | "upper" | "other" {
  const first = label.normalize("NFC").charAt(0);
  return /\p{Ll}/u.test(first) ? "lower" : /\p{Lu}/u.test(first) ? "upper" : "other";
}

/**
 * The rest of a numbered row's label, typed on the next grid row(s) and holding the row's value there ("2. Số hồ sơ
 * đã giải quyết xong trong kỳ" / "(tính cả hồ sơ kỳ trước chuyển sang) | hồ sơ | 2.290"): no STT or marker, the line
 * above has no value of its own, its label is not closed (":" or "."), and the line goes on with it. A line followed
 * by a line just like it (no STT or marker, a value, starting in the same case) is one of a heading's unmarked
 * sub-rows instead.
 */
function isValuedTail(above: TableRow, row: TableRow, next: TableRow | null): boolean {
  if (row.stt !== "" || isEmptyCell(row.valueCell) || !isEmptyCell(above.valueCell)) return false;
  if (above.label === "" || /[.:;!?]$/.test(above.label) || !goesOnFrom(above.label, row.label)) return false;
  if (row.unit !== "" && above.unit !== "" && foldForMatch(row.unit) !== foldForMatch(above.unit)) return false;
  const parallel =
    next !== null &&
    next.stt === "" &&
    !isEmptyCell(next.valueCell) &&
    !SUB_ROW_START.test(foldForMatch(next.label)) &&
    startClass(next.label) === startClass(row.label);
  return !parallel;
}

/** One logical row from a numbered line and the line(s) under it that finish its label. */
function joined(first: TableRow, rest: TableRow, valueFrom: TableRow): TableRow {
  return {
    gridRow: valueFrom.gridRow,
    firstGridRow: first.firstGridRow,
    stt: first.stt || rest.stt,
    label: `${first.label} ${rest.label}`,
    unit: first.unit || rest.unit,
    valueCell: valueFrom.valueCell,
    note: [first.note, rest.note].filter((n) => n !== "").join(" "),
  };
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

/** The table's non-blank grid rows as they stand, down to the signature block, repeated headers left out. */
function readLines(sheet: SheetGrid, header: HeaderMatch, endRow: number): TableRow[] {
  const col = header.columns;
  const at = (r: number, c: number | undefined): Cell =>
    c === undefined ? { value: null, text: "" } : cellAt(sheet, r, c);
  const lines: TableRow[] = [];
  const last = Math.min(endRow, header.lastRow + 1 + MAX_TABLE_GRID_ROWS);
  for (let r = header.lastRow + 1; r < last; r++) {
    const row: TableRow = {
      gridRow: r,
      firstGridRow: r,
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
    lines.push(row);
  }
  return lines;
}

/**
 * The table's logical rows: a label wrapped over two or three grid rows is one row, whichever of them holds the STT,
 * the unit and the value (the value cell is the grid cell holding it, so highlights and fixes land there).
 */
export function readTableRows(sheet: SheetGrid, header: HeaderMatch, endRow = sheet.cells.length): TableRow[] {
  const lines = readLines(sheet, header, endRow);
  const rows: TableRow[] = [];
  lines.forEach((row, i) => {
    const previous = rows[rows.length - 1];
    if (previous && previous.label && isContinuation(previous, row)) {
      rows[rows.length - 1] = joined(previous, row, previous);
    } else if (previous && isLabelHead(previous) && isLabelTail(row)) {
      rows[rows.length - 1] = joined(previous, row, row);
    } else if (previous && isValuedTail(previous, row, lines[i + 1] ?? null)) {
      rows[rows.length - 1] = joined(previous, row, row);
    } else rows.push(row);
  });
  return rows;
}
