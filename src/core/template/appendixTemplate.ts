/**
 * The official appendix table (biểu thống kê số liệu) as a SheetTemplate, built from the form: a title block, the
 * header row STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú, then every form row in order.
 * Pure data: the Office.js adapter, the preview and the tests all insert exactly this.
 *
 * Percent rows: the value cell is formatted "0.00%". Excel then stores what the officer types, "76" or "76%", as the
 * fraction 0.76 and shows "76.00%" (Excel's automatic percent entry applies to cells formatted as percentages
 * before typing). The checker reads a percent-formatted number as percent points (0.76 → 76) and takes the shown
 * decimals as the rounding tolerance, so two decimals check a ratio to 0.01 points, the precision the reports
 * use (98,49%, 52,04%, 5,75%), and a fix is written and shown with the same two decimals. A plain "General" cell
 * would leave "76" (meaning 76%) and "0.76" ambiguous, and "0%" would hide the decimals an officer typed.
 * Other kinds: counts, amounts and Có/Không stay "General" (what is typed is what is shown; "#,##0" would show
 * 2.5 dossiers as "3"), free text and choices are "@" (text) so Excel keeps them exactly as typed.
 */
import type { FormDefinition, FormRow, ValueKind } from "../form/schema";
import { attachmentLine, periodTitle, type ReportDetails } from "../report/details";
import type { SheetTemplate, TemplateCell, TemplateCellStyle } from "./types";

export const APPENDIX_SHEET_NAME = "Phụ lục";
export const APPENDIX_TITLE = "BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC";
export const APPENDIX_HEADERS = ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"] as const;

/** Column of each part of a row (0-based). */
export const APPENDIX_COLUMNS = { stt: 0, label: 1, unit: 2, value: 3, note: 4 } as const;

/** Fill of the cells an officer types into (Excel's "Green, Accent 6, Lighter 80%"), apart from the highlight colours. */
export const INPUT_FILL = "#E2EFDA";
const HEADER_FILL = "#D9D9D9";

export const PERCENT_FORMAT = "0.00%";
const NUMBER_FORMATS: Record<ValueKind, string> = {
  heading: "General",
  count: "General",
  percent: PERCENT_FORMAT,
  amount: "General",
  yesNo: "General",
  choice: "@",
  text: "@",
};

const FONT_NAME = "Times New Roman";
const FONT_SIZE = 12;
const TITLE_FONT_SIZE = 13;
/** Widths in characters: STT, label, unit, value, note. About one A4 portrait page wide; print fits to width. */
const COLUMN_WIDTHS = [7, 52, 13, 13, 15];

const LAST_COL = APPENDIX_HEADERS.length - 1;

/** Row of the header in the template (0-based): after the four title lines and a blank row. */
export const APPENDIX_HEADER_ROW = 5;

function titleBlock(details: ReportDetails | undefined): { cells: TemplateCell[]; rows: number[] } {
  const lines: [string, TemplateCellStyle][] = [
    [APPENDIX_SHEET_NAME, { bold: true }],
    [APPENDIX_TITLE, { bold: true, wrap: true }],
    [periodTitle(details), { bold: true }],
    [attachmentLine(details), { italic: true, wrap: true }],
  ];
  const cells = lines.map(([value, style], row): TemplateCell => ({
    row,
    col: 0,
    value,
    style: { ...style, horizontal: "center", fontSize: TITLE_FONT_SIZE },
  }));
  return { cells, rows: lines.map((_, row) => row) };
}

function headerCells(row: number): TemplateCell[] {
  const style: TemplateCellStyle = { bold: true, horizontal: "center", wrap: true, border: true, fill: HEADER_FILL };
  return APPENDIX_HEADERS.map((value, col) => ({ row, col, value, style }));
}

/** The cells of one form row: STT, label, unit, value (coded, marked for input unless a heading), note. */
export function formRowCells(formRow: FormRow, row: number): TemplateCell[] {
  const text: TemplateCellStyle = { border: true, bold: formRow.parent === null, italic: formRow.italic };
  const input = formRow.kind !== "heading";
  const value: TemplateCell = {
    row,
    col: APPENDIX_COLUMNS.value,
    value: null,
    code: formRow.code,
    style: {
      ...text,
      horizontal: "center",
      numberFormat: NUMBER_FORMATS[formRow.kind],
      ...(input ? { fill: INPUT_FILL } : {}),
    },
  };
  return [
    {
      row,
      col: APPENDIX_COLUMNS.stt,
      value: formRow.stt ?? "",
      style: { ...text, horizontal: "center", numberFormat: "@" },
    },
    { row, col: APPENDIX_COLUMNS.label, value: formRow.label, style: { ...text, horizontal: "left", wrap: true } },
    {
      row,
      col: APPENDIX_COLUMNS.unit,
      value: formRow.unit ?? "",
      style: { ...text, horizontal: "center", wrap: true },
    },
    value,
    { row, col: APPENDIX_COLUMNS.note, value: null, style: { ...text, horizontal: "left", wrap: true } },
  ];
}

export function buildAppendixTemplate(form: FormDefinition, details?: ReportDetails): SheetTemplate {
  const title = titleBlock(details);
  const first = APPENDIX_HEADER_ROW + 1;
  const body = form.rows.flatMap((formRow, i) => formRowCells(formRow, first + i));
  return {
    name: APPENDIX_SHEET_NAME,
    fontName: FONT_NAME,
    fontSize: FONT_SIZE,
    cells: [...title.cells, ...headerCells(APPENDIX_HEADER_ROW), ...body],
    merges: title.rows.map((row) => ({ fromRow: row, fromCol: 0, toRow: row, toCol: LAST_COL })),
    columnWidths: [...COLUMN_WIDTHS],
    print: {
      paper: "A4",
      orientation: "portrait",
      repeatRows: { from: APPENDIX_HEADER_ROW, to: APPENDIX_HEADER_ROW },
      fitToWidth: true,
    },
  };
}
