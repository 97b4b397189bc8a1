/**
 * The appendix at the end of the report: "Phụ lục", the title, the period, "(Kèm theo Báo cáo số …)" and the table as
 * the officer's sheet prints it (STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú; groups in bold, sub-rows
 * in italics), its values in Vietnamese notation. Landscape when the columns do not fit the width of a portrait page.
 *
 * As printed: the title is the sheet's own (above its table), else the form's; the STT column prints a built-in form's
 * ("Trong đó" where the paper form says so, nothing on the rows under it), a learnt form's as the sheet's STT cells
 * hold it ("-", "+", "a"); a label the sheet writes with its bullet or letter ("a) Số hồ sơ tiếp nhận trực tuyến") keeps it;
 * the Ghi chú column carries the sheet's notes, or the breakdown written beside a figure ("28 (huyện 27, xã 01)":
 * 28 in Số liệu, "huyện 27, xã 01" in Ghi chú).
 */
import type { Appendix, AppendixRow } from "../appendix";
import { INFERRED_FORM_ID } from "../form/infer";
import type { FormRow } from "../form/schema";
import { foldForMatch } from "../vn/normalize";
import { attachmentLine, periodTitle, type ReportDetails } from "./details";
import type { AppendixTable, AppendixTableRow } from "./model";
import { tableText } from "./phrases";

/** A4 with the margins of Nghị định 30/2020 used by the renderer: left 30 mm, right 15 mm. */
export const PAGE_MM = { width: 210, height: 297, left: 30, right: 15, top: 20, bottom: 20 };
const PORTRAIT_TEXT_MM = PAGE_MM.width - PAGE_MM.left - PAGE_MM.right;
const LANDSCAPE_TEXT_MM = PAGE_MM.height - PAGE_MM.left - PAGE_MM.right;
/** About the width of one character of Times New Roman 12 pt, and a cell's padding, in millimetres. */
const CHAR_MM = 2.2;
const PAD_MM = 3;
/** The STT column's text is short and mostly digits, narrower than the average character. */
const STT_CHAR_MM = 2;
const MIN_LABEL_MM = 70;
/** The title of an appendix whose form was learnt from a sheet that prints no title of its own. */
export const DEFAULT_APPENDIX_TITLE = "Biểu thống kê số liệu kết quả thực hiện công tác cải cách hành chính";

const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => [...w].length));
const longest = (texts: string[]) => Math.max(0, ...texts.map((t) => [...t].length));

/** A bullet or letter written at the start of a label: "- ", "+ ", "a) ", "b. ". */
const LABEL_MARK = /^\s*([-–—+•*·]|[a-zđ][).])\s*/u;
const loose = (s: string) => foldForMatch(s).replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The STT as printed, one source for the whole column: a built-in form prints its own (the paper form's "Trong đó" over
 * a breakdown, nothing beside the rows under it), whatever marker the officer typed; a learnt form prints the officer's
 * sheet, its markers ("-", "+", "a)") included.
 */
function sttOf(row: FormRow, located: AppendixRow | undefined, learnt: boolean): string {
  if (row.stt !== null) return row.stt;
  if (row.sttText) return row.sttText;
  if (!learnt) return "";
  const sheet = located?.sttText?.trim() ?? "";
  return sheet.length <= 10 && !/\d/.test(sheet) ? sheet : "";
}

/** The label as printed: the sheet's when it is the form's with a bullet or letter before it, else the form's. */
function labelOf(row: FormRow, located: AppendixRow | undefined): string {
  const sheet = located?.labelText?.trim() ?? "";
  if (sheet && LABEL_MARK.test(sheet) && loose(sheet.replace(LABEL_MARK, "")) === loose(row.label)) return sheet;
  return row.label;
}

/** The words written in brackets beside a figure typed as text: "28 (huyện 27, xã 01)" → "huyện 27, xã 01". */
function besideFigure(located: AppendixRow): string {
  const v = located.value;
  if (v.status !== "number" || v.source !== "text") return "";
  const m = /^[^()]*\d[^()]*\(([^()]+)\)\s*\.?$/u.exec(v.text.trim());
  return m ? m[1].trim() : "";
}

function noteOf(located: AppendixRow | undefined): string {
  if (!located) return "";
  return located.note?.trim() || besideFigure(located);
}

/** The title over the table: the sheet's own, else the form's (a learnt form's generic name is not a title). */
function titleOf(appendix: Appendix): string {
  const sheet = appendix.title?.trim();
  if (sheet) return sheet;
  return appendix.form.id === INFERRED_FORM_ID ? DEFAULT_APPENDIX_TITLE : appendix.form.title;
}

/** A title that already names its period ("… QUÝ III NĂM 2022", "… NĂM 2025") needs no period line under it. */
const NAMES_A_PERIOD = /(^|\D)(19|20)\d{2}(\D|$)/u;

export function buildAppendixTable(appendix: Appendix, details: ReportDetails): AppendixTable {
  const form = appendix.form;
  const learnt = form.id === INFERRED_FORM_ID;
  const rows: AppendixTableRow[] = form.rows.map((r) => {
    const located = appendix.rows.get(r.code);
    const value = located && r.kind !== "heading" ? tableText(located) : "";
    return {
      code: r.code,
      stt: sttOf(r, located, learnt),
      label: labelOf(r, located),
      unit: r.unit ?? "",
      value,
      note: noteOf(located),
      linked: value !== "",
      bold: r.parent === null,
      italic: r.italic,
    };
  });
  const width = (texts: string[], min: number) => Math.max(min, Math.ceil(longestWord(texts) * CHAR_MM + PAD_MM));
  // The STT is never wrapped ("Trong đó" on one line): its column fits its longest text whole.
  const stt = Math.max(12, Math.ceil(longest(rows.map((r) => r.stt).concat("STT")) * STT_CHAR_MM + PAD_MM));
  let unit = width(rows.map((r) => r.unit).concat("Đơn vị"), 22);
  let value = width(rows.map((r) => r.value).concat("Số liệu"), 22);
  const note = width(
    rows.map((r) => r.note),
    20,
  );
  const landscape = stt + unit + value + note + MIN_LABEL_MM > PORTRAIT_TEXT_MM;
  const text = landscape ? LANDSCAPE_TEXT_MM : PORTRAIT_TEXT_MM;
  // On a landscape page the label keeps a third of the width at least: long unit or value words wrap instead.
  const minLabel = landscape ? Math.round(text / 3) : MIN_LABEL_MM;
  const over = stt + unit + value + note + minLabel - text;
  if (over > 0) {
    const cut = (w: number) => Math.max(22, w - Math.ceil(over / 2));
    [unit, value] = [cut(unit), cut(value)];
  }
  const label = text - stt - unit - value - note;
  const title = titleOf(appendix).toLocaleUpperCase("vi-VN");
  return {
    heading: "Phụ lục",
    title,
    period: NAMES_A_PERIOD.test(title) ? null : periodTitle(details),
    attachment: attachmentLine(details),
    rows,
    widthsMm: [stt, label, unit, value, note],
    orientation: landscape ? "landscape" : "portrait",
  };
}
