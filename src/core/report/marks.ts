/**
 * How a linked figure is marked in a Word file: a hidden bookmark around it whose name carries the row's code.
 * Bookmarks are what both Word and LibreOffice keep (LibreOffice 7.4 drops a content control's w:tag on a round
 * trip; bookmarks survive .docx → .docx and .docx → .odt → .docx with their names), and a name that starts with "_"
 * is a hidden bookmark in Word's bookmark list. Word allows letters, digits and "_" up to 40 characters, so the code's
 * dots become "_" and a serial number keeps the names unique:
 *
 *   _cchc_12_3_3_1b    figure 12, written from row 3.3.1b (its value, or "không phát sinh", "đã thực hiện", the text)
 *   _cchcz_4_5_3_1     row 5.3.1 stated as none (the span is the row's label under "Không phát sinh: …")
 *   _cchcl_7_6_2_1     row 6.2.1's label, which holds digits ("tự chủ 100% chi thường xuyên"): words, not a figure
 *   _cchc_31_2ab       row 2ab, a sub-row of a sub-row (a learnt form's "+" under "a" under "2")
 *   _cchc_9_II_4       row II.4 (a number printed again under another group)
 */

export type MarkKind = "figure" | "zero" | "label";

const PREFIX: Record<MarkKind, string> = { figure: "_cchc_", zero: "_cchcz_", label: "_cchcl_" };
/**
 * Every row code the form contract allows (src/core/form/schema.ts): dotted numbers, roman or capital-letter groups
 * ("II", "II.1", "B.2"), and sub-rows' letters, one or more ("3.3.1b", "11aa" under "11a").
 */
const CODE_RE = /^(?:[A-Z]+|\d+)(?:\.(?:\d+|[A-Z]+))*[a-z]*$/;
const NAME_RE = /^_cchc(z|l)?_(\d+)_([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)$/;
/** Word's limit on a bookmark's name. */
export const MAX_BOOKMARK_NAME = 40;

/** The bookmark name of the n-th mark of a row; null when the code cannot be written in a bookmark's name. */
export function markName(kind: MarkKind, serial: number, code: string): string | null {
  if (!CODE_RE.test(code)) return null;
  const name = `${PREFIX[kind]}${serial}_${code.replace(/\./g, "_")}`;
  return name.length <= MAX_BOOKMARK_NAME ? name : null;
}

/** A bookmark's name → its kind and row code, or null for any other bookmark. */
export function parseMarkName(name: string): { kind: MarkKind; code: string } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const kind: MarkKind = m[1] === "z" ? "zero" : m[1] === "l" ? "label" : "figure";
  const code = m[3].replace(/_/g, ".");
  return CODE_RE.test(code) ? { kind, code } : null;
}
