/**
 * The official appendix table (biểu thống kê số liệu) as a SheetTemplate, built from the form: a title block, the
 * form's two-row header (STT | Chỉ tiêu thống kê | "Kết quả thống kê" over "Đơn vị tính | Số liệu" | Ghi chú), then
 * every form row in order, "Trong đó" in the STT column where the form prints it.
 * Pure data: the Office.js adapter, the preview and the tests all insert exactly this.
 *
 * Percent rows: the value cell stays "General", so a percent shows as the officer writes it. Typing "76%" or
 * "98,49%" makes Excel store the fraction and format the cell "0%" or "0.00%" by itself (its automatic percent
 * entry), so it shows "76%" and "98,49%", not "76,00%"; the checker reads a percent-formatted number as percent
 * points and takes the decimals typed as the rounding tolerance (76% checks a ratio to the point, 98,49% to 0.01).
 * "76" typed without the sign is read as 76 points, as the unit column "%" says; "0,76" draws a warning (a fraction
 * that is not formatted as a percentage). A fix writes a real percent with the decimals it needs ("7,76%").
 * Other kinds: counts, amounts and Có/Không stay "General" (what is typed is what is shown; "#,##0" would show
 * 2.5 dossiers as "3"), free text and choices are "@" (text) so Excel keeps them exactly as typed.
 *
 * The input cells are filled (green) to show the officer where to type; the sheet prints in black and white, so the
 * fill (and the check's highlights) stay on screen and off the paper.
 */
import type { FormDefinition, FormRow, ValueKind } from "../form/schema";
import { attachmentLine, periodTitle, type ReportDetails } from "../report/details";
import type { SheetTemplate, TemplateCell, TemplateCellStyle } from "./types";

export const APPENDIX_SHEET_NAME = "Phụ lục";
export const APPENDIX_TITLE = "BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC";
export const APPENDIX_HEADERS = ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"] as const;
/** Over "Đơn vị tính | Số liệu", as the form prints it. */
export const APPENDIX_RESULT_HEADER = "Kết quả thống kê";

/** Column of each part of a row (0-based). */
export const APPENDIX_COLUMNS = { stt: 0, label: 1, unit: 2, value: 3, note: 4 } as const;

/** Fill of the cells an officer types into (Excel's "Green, Accent 6, Lighter 80%"), apart from the highlight colours. */
export const INPUT_FILL = "#E2EFDA";
const HEADER_FILL = "#D9D9D9";

/** What a fix writes into a blank percent cell (two decimals, the reports' precision). */
export const PERCENT_FORMAT = "0.00%";
const NUMBER_FORMATS: Record<ValueKind, string> = {
  heading: "General",
  count: "General",
  percent: "General",
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

/** First row of the two-row header in the template (0-based): after the four title lines and a blank row. */
export const APPENDIX_HEADER_ROW = 5;
/** First row of the table's body, below the header's two rows. */
export const APPENDIX_FIRST_ROW = APPENDIX_HEADER_ROW + 2;

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

/**
 * The header over two rows, as the form prints it: STT, Chỉ tiêu thống kê and Ghi chú span both; "Kết quả thống kê"
 * spans Đơn vị tính and Số liệu below it. Every cell of the block is bordered (merged cells keep their edges).
 */
function header(row: number): { cells: TemplateCell[]; merges: SheetTemplate["merges"] } {
  const style: TemplateCellStyle = { bold: true, horizontal: "center", wrap: true, border: true, fill: HEADER_FILL };
  const { stt, label, unit, value, note } = APPENDIX_COLUMNS;
  const top: (string | null)[] = [];
  top[stt] = APPENDIX_HEADERS[stt];
  top[label] = APPENDIX_HEADERS[label];
  top[unit] = APPENDIX_RESULT_HEADER;
  top[value] = null;
  top[note] = APPENDIX_HEADERS[note];
  const bottom: (string | null)[] = [null, null, null, null, null];
  bottom[unit] = APPENDIX_HEADERS[unit];
  bottom[value] = APPENDIX_HEADERS[value];
  const cells = [top, bottom].flatMap((values, k) =>
    values.map((value, col): TemplateCell => ({ row: row + k, col, value, style })),
  );
  const merges = [
    { fromRow: row, fromCol: stt, toRow: row + 1, toCol: stt },
    { fromRow: row, fromCol: label, toRow: row + 1, toCol: label },
    { fromRow: row, fromCol: unit, toRow: row, toCol: value },
    { fromRow: row, fromCol: note, toRow: row + 1, toCol: note },
  ];
  return { cells, merges };
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
      // A sub-row prints no STT, or what the form prints there ("Trong đó" before a total's breakdown).
      value: formRow.stt ?? formRow.sttText ?? "",
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
  const head = header(APPENDIX_HEADER_ROW);
  const body = form.rows.flatMap((formRow, i) => formRowCells(formRow, APPENDIX_FIRST_ROW + i));
  return {
    name: APPENDIX_SHEET_NAME,
    fontName: FONT_NAME,
    fontSize: FONT_SIZE,
    cells: [...title.cells, ...head.cells, ...body],
    merges: [...title.rows.map((row) => ({ fromRow: row, fromCol: 0, toRow: row, toCol: LAST_COL })), ...head.merges],
    columnWidths: [...COLUMN_WIDTHS],
    print: {
      paper: "A4",
      orientation: "portrait",
      repeatRows: { from: APPENDIX_HEADER_ROW, to: APPENDIX_HEADER_ROW + 1 },
      fitToWidth: true,
      blackAndWhite: true,
    },
  };
}
