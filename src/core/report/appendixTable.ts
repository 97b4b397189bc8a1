/**
 * The appendix at the end of the report: "Phụ lục", the form's title, the period, "(Kèm theo Báo cáo số …)" and the
 * table as the insert step prints it (STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú; groups in bold,
 * sub-rows in italics, "Trong đó" before the first part of a total), its values in Vietnamese notation. Landscape when
 * the columns do not fit the width of a portrait page.
 */
import type { Appendix } from "../appendix";
import { childrenOf, relationsOf } from "../form";
import type { FormDefinition, FormRow } from "../form/schema";
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
const MIN_LABEL_MM = 70;

/** "Trong đó" in the STT column: the first sub-row without STT under a total of its parts, or under a heading. */
function inWhichLabel(form: FormDefinition, row: FormRow): boolean {
  if (row.stt !== null || row.parent === null) return false;
  const siblings = childrenOf(form, row.parent);
  if (siblings[0]?.code !== row.code) return false;
  const parent = form.rows.find((r) => r.code === row.parent);
  if (!parent) return false;
  if (parent.kind === "heading" && parent.parent !== null) return true;
  return relationsOf(form, parent.code).some(
    (rel) => rel.type === "sum" && rel.total === parent.code && rel.parts.includes(row.code),
  );
}

const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => [...w].length));

export function buildAppendixTable(appendix: Appendix, details: ReportDetails): AppendixTable {
  const form = appendix.form;
  const rows: AppendixTableRow[] = form.rows.map((r) => {
    const located = appendix.rows.get(r.code);
    const value = located && r.kind !== "heading" ? tableText(located) : "";
    return {
      code: r.code,
      stt: r.stt ?? (inWhichLabel(form, r) ? "Trong đó" : ""),
      label: r.label,
      unit: r.unit ?? "",
      value,
      linked: value !== "",
      bold: r.parent === null,
      italic: r.italic,
    };
  });
  const width = (texts: string[], min: number) => Math.max(min, Math.ceil(longestWord(texts) * CHAR_MM + PAD_MM));
  const stt = width(rows.map((r) => r.stt).concat("STT"), 12);
  let unit = width(rows.map((r) => r.unit).concat("Đơn vị"), 22);
  let value = width(rows.map((r) => r.value).concat("Số liệu"), 22);
  const note = 20;
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
  return {
    heading: "Phụ lục",
    title: form.title.toLocaleUpperCase("vi-VN"),
    period: periodTitle(details),
    attachment: attachmentLine(details),
    rows,
    widthsMm: [stt, label, unit, value, note],
    orientation: landscape ? "landscape" : "portrait",
  };
}
