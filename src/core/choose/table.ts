/**
 * The table to learn a form from, when no known form fits the workbook: of every header (STT / Chỉ tiêu or Nội dung /
 * Đơn vị tính / Số liệu or Kết quả) on every sheet, the one with the most rows that look like indicators.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import { findHeaders, type HeaderMatch } from "../locate/header";
import { readTableRows, type TableRow } from "../locate/tableRows";

export interface FoundTable {
  sheet: SheetGrid;
  header: HeaderMatch;
  rows: TableRow[];
  /** The text above the header (the title block): "BIỂU THỐNG KÊ … NĂM 2025". */
  title: string;
}

function indicatorRows(rows: TableRow[]): number {
  return rows.filter((r) => r.label !== "" && (r.unit !== "" || r.stt !== "")).length;
}

/** Fewer indicator rows than this on a preferred sheet and its table is not taken before the others. */
const MIN_PREFERRED_ROWS = 5;

/** preferredSheets: the sheets the officer works on, first first; the first holding a table is read. */
export function findTable(
  workbook: WorkbookGrid,
  preferredSheets: readonly (string | null | undefined)[] = [],
): FoundTable | null {
  for (const name of preferredSheets) {
    const sheet = name ? workbook.sheets.find((s) => s.name === name) : undefined;
    const table = sheet ? findTable({ sheets: [sheet] }) : null;
    if (table && indicatorRows(table.rows) >= MIN_PREFERRED_ROWS) return table;
  }
  let best: FoundTable | null = null;
  let bestScore = 0;
  for (const sheet of workbook.sheets) {
    for (const header of findHeaders(sheet)) {
      const rows = readTableRows(sheet, header);
      const score = indicatorRows(rows);
      if (score > bestScore) {
        const title: string[] = [];
        for (let r = Math.max(0, header.firstRow - 8); r < header.firstRow; r++)
          for (const cell of sheet.cells[r] ?? [])
            if (cell?.text || typeof cell?.value === "string") title.push(cell.text || String(cell.value));
        best = { sheet, header, rows, title: title.join(" ") };
        bestScore = score;
      }
    }
  }
  return best;
}

/** The year a title names ("NĂM 2025", "quý III năm 2025"), or null. */
export function yearOf(title: string): number | null {
  const m = /(?:năm|nam)\s+(20\d{2})/i.exec(title) ?? /\b(20\d{2})\b/.exec(title);
  return m ? Number(m[1]) : null;
}
