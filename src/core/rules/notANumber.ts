/**
 * not-a-number: a numeric row holding text. Unreadable text is an error; a dash or a "none" phrase is a warning
 * (write 0 or leave it blank and put the words in Ghi chú); a number read from text, repaired or ambiguous is a
 * warning saying how it was read, so the officer can see it.
 */
import type { AppendixRow } from "../appendix";
import type { Finding } from "../findings";
import type { Rule } from "./types";

const NUMERIC = new Set(["count", "percent", "amount"]);

function finding(row: AppendixRow, severity: Finding["severity"], vi: string, en: string): Finding {
  return {
    ruleId: "not-a-number",
    kind: "not-a-number",
    severity,
    codes: [row.code],
    cells: [row.valueCell],
    message: { vi: `Dòng ${row.code}: ${vi}`, en: `Row ${row.code}: ${en}` },
    expected: null,
    actual: row.value.status === "number" ? row.value.number : row.value.text,
    quote: row.value.text,
  };
}

function checkRow(row: AppendixRow): Finding[] {
  const v = row.value;
  if (row.formRow.kind === "yesNo") {
    if (v.status === "text")
      return [finding(row, "warning", `ô Có/Không ghi "${v.text}".`, `the yes/no cell holds "${v.text}".`)];
    if (v.notes.length)
      return [
        finding(row, "info", `${v.notes.map((n) => n.vi).join("; ")}.`, `${v.notes.map((n) => n.en).join("; ")}.`),
      ];
    return [];
  }
  if (!NUMERIC.has(row.formRow.kind)) return [];
  if (v.status === "text")
    return [
      finding(
        row,
        "error",
        `ô số liệu ghi chữ "${v.text}", không đọc được thành số. Hãy ghi số và chuyển phần chữ sang cột Ghi chú.`,
        `the value cell holds text "${v.text}" that is not a number. Write the number and move the words to the Notes column.`,
      ),
    ];
  if (v.status === "none")
    return [
      finding(
        row,
        "warning",
        `ô số liệu ghi "${v.text}" thay cho số. Nếu không phát sinh, hãy ghi 0 (hoặc để trống) và giải thích ở cột Ghi chú.`,
        `the value cell says "${v.text}" instead of a number. If nothing arose, write 0 (or leave it blank) and explain in the Notes column.`,
      ),
    ];
  if (v.status === "number" && v.notes.length)
    return [
      finding(row, "warning", `${v.notes.map((n) => n.vi).join("; ")}.`, `${v.notes.map((n) => n.en).join("; ")}.`),
    ];
  return [];
}

export const notANumberRule: Rule = {
  id: "not-a-number",
  kind: "not-a-number",
  description: {
    vi: "Ô số liệu phải chứa số; số nhập dạng văn bản được đọc và ghi chú cách đọc.",
    en: "Value cells must hold numbers; numbers typed as text are read and the reading is noted.",
  },
  check: (ctx) => [...ctx.appendix.rows.values()].flatMap(checkRow),
};
