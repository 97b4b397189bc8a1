/**
 * The appendix at the end of the report: "Phụ lục", the title, the period, "(Kèm theo Báo cáo số …)" and the table as
 * the officer's sheet prints it (STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú; groups in bold, sub-rows
 * in italics), its values in Vietnamese notation. A table of several value columns ("Quý IV/2025 | Lũy kế năm 2025",
 * "Kế hoạch | Thực hiện | Tỷ lệ (%)") prints each, in the sheet's order, under its own heading. Landscape when the
 * columns do not fit the width of a portrait page.
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
import type { AppendixTable, AppendixTableColumn, AppendixTableRow } from "./model";
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
/** A value column among several: "100,00%" or "Kế hoạch" whole (a lone column is 22 mm at least, as its heading). */
const MIN_VALUE_MM = 18;
/**
 * With several value columns, what the label leaves beyond this share of the width (and beyond 70 mm) widens the value
 * columns up to their headings on one line (a bold character about 2,4 mm; at most 30 mm) and Ghi chú up to its longest
 * note on one line (at most 45 mm).
 */
const ROOMY_LABEL = 0.4;
const BOLD_CHAR_MM = 2.4;
const MAX_VALUE_MM = 30;
const MAX_NOTE_MM = 45;
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

/** A value column of the sheet, its rows read there. */
interface SheetColumn extends AppendixTableColumn {
  rows: Map<string, AppendixRow>;
}

/** Where a column stands in the sheet: the grid column most of its rows are read from. */
function sheetColumn(rows: Map<string, AppendixRow>): number {
  const count = new Map<number, number>();
  for (const r of rows.values()) count.set(r.valueCol, (count.get(r.valueCol) ?? 0) + 1);
  let best = -1;
  let most = 0;
  for (const [col, n] of count) if (n > most || (n === most && col < best)) [best, most] = [col, n];
  return best;
}

/**
 * The value columns as the sheet orders them: the main one (the rows' values), the others (Lũy kế, Cùng kỳ, Kế hoạch)
 * and the rate of results to plan; one column titled "Số liệu" when the table has one.
 */
function sheetColumns(appendix: Appendix): SheetColumn[] {
  const others = appendix.otherColumns ?? [];
  const rate = appendix.rateColumn;
  if (others.length === 0 && !rate) return [{ title: "Số liệu", main: true, rows: appendix.rows }];
  const columns: SheetColumn[] = [
    { title: appendix.columnTitle?.trim() || "Số liệu", main: true, rows: appendix.rows },
    ...others.map((c) => ({ title: c.title.trim(), main: false, ...(c.plan && { plan: true }), rows: c.rows })),
    ...(rate ? [{ title: rate.title.trim(), main: false, rate: true, rows: rate.rows }] : []),
  ];
  const at = new Map(columns.map((c) => [c, sheetColumn(c.rows)]));
  // a stable sort: columns whose place is unknown keep the order above
  return columns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => at.get(a.c)! - at.get(b.c)! || a.i - b.i)
    .map(({ c }) => c);
}

/** A rate printed under a heading that says "%" ("Tỷ lệ (%)") is the number alone, as the sheet prints it. */
function valueText(column: SheetColumn, located: AppendixRow): string {
  const text = tableText(located);
  return column.rate && column.title.includes("%") ? text.replace(/%$/u, "") : text;
}

export function buildAppendixTable(appendix: Appendix, details: ReportDetails): AppendixTable {
  const form = appendix.form;
  const learnt = form.id === INFERRED_FORM_ID;
  const columns = sheetColumns(appendix);
  const rows: AppendixTableRow[] = form.rows.map((r) => {
    const located = appendix.rows.get(r.code);
    const values = columns.map((c) => {
      const there = c.rows.get(r.code);
      return there && r.kind !== "heading" ? valueText(c, there) : "";
    });
    const value = values[columns.findIndex((c) => c.main)];
    // a breakdown written beside a figure of another column ("Lũy kế: 28 (huyện 27, xã 01)") goes to Ghi chú, named
    const besideOthers = columns
      .filter((c) => !c.main)
      .map((c) => {
        const there = c.rows.get(r.code);
        const words = there && r.kind !== "heading" ? besideFigure(there) : "";
        return words && `${c.title}: ${words}`;
      })
      .filter((t) => t !== "");
    return {
      code: r.code,
      stt: sttOf(r, located, learnt),
      label: labelOf(r, located),
      unit: r.unit ?? "",
      value,
      values,
      note: [noteOf(located), ...besideOthers].filter((t) => t !== "").join("; "),
      linked: value !== "",
      bold: r.parent === null,
      italic: r.italic,
    };
  });
  const width = (texts: string[], min: number) => Math.max(min, Math.ceil(longestWord(texts) * CHAR_MM + PAD_MM));
  // The STT is never wrapped ("Trong đó" on one line): its column fits its longest text whole.
  const stt = Math.max(12, Math.ceil(longest(rows.map((r) => r.stt).concat("STT")) * STT_CHAR_MM + PAD_MM));
  let unit = width(rows.map((r) => r.unit).concat("Đơn vị"), 22);
  // Several columns under "Số liệu": each as wide as its longest word (its heading's too), the heading wrapping.
  const minValue = columns.length === 1 ? 22 : MIN_VALUE_MM;
  let values = columns.map((c, i) => width(rows.map((r) => r.values[i]).concat(c.title), minValue));
  let note = width(
    rows.map((r) => r.note),
    20,
  );
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  const landscape = stt + unit + sum(values) + note + MIN_LABEL_MM > PORTRAIT_TEXT_MM;
  const text = landscape ? LANDSCAPE_TEXT_MM : PORTRAIT_TEXT_MM;
  // On a landscape page the label keeps a third of the width at least: long unit or value words wrap instead.
  const minLabel = landscape ? Math.round(text / 3) : MIN_LABEL_MM;
  const over = stt + unit + sum(values) + note + minLabel - text;
  if (over > 0) {
    const share = Math.ceil(over / (values.length + 1));
    unit = Math.max(22, unit - share);
    values = values.map((w) => Math.max(minValue, w - share));
  }
  if (columns.length > 1) {
    // Room the label does not need goes to the headings (each on one line, "Kế hoạch", "Lũy kế năm 2025") and the notes.
    let spare = text - stt - unit - sum(values) - note - Math.max(MIN_LABEL_MM, Math.round(text * ROOMY_LABEL));
    const grow = (w: number, whole: number, cap: number) => {
      const more = Math.max(0, Math.min(spare, Math.min(whole, cap) - w));
      spare -= more;
      return w + more;
    };
    values = values.map((w, i) =>
      grow(w, Math.ceil(longest([columns[i].title]) * BOLD_CHAR_MM + PAD_MM), MAX_VALUE_MM),
    );
    note = grow(note, Math.ceil(longest(rows.map((r) => r.note)) * CHAR_MM + PAD_MM), MAX_NOTE_MM);
  }
  const label = text - stt - unit - sum(values) - note;
  const title = titleOf(appendix).toLocaleUpperCase("vi-VN");
  return {
    heading: "Phụ lục",
    title,
    period: NAMES_A_PERIOD.test(title) ? null : periodTitle(details),
    attachment: attachmentLine(details),
    columns: columns.map((c) => ({
      title: c.title,
      main: c.main,
      ...(c.plan && { plan: true }),
      ...(c.rate && { rate: true }),
    })),
    rows,
    widthsMm: [stt, label, unit, ...values, note],
    orientation: landscape ? "landscape" : "portrait",
  };
}
