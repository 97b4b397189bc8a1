/**
 * not-a-number: a numeric row holding something other than a number.
 * - Unreadable text is an error; a dash or a "none" phrase a warning (write 0 or leave it blank, words in Ghi chú);
 *   "x", the statistical forms' sign for "does not apply here", an info.
 * - A number typed as text in ordinary notation ("02", "1.851", "98.49%", "100 %") is read with certainty: a quiet
 *   info (rule id "text-number") with a fix that turns the text into the real number, shown as before ("02" stays
 *   "02" with the format 00). Views group these into one item.
 * - A number read from text with a repair or a doubt ("69.843,53 2", "191 cả huyện"), or a number stored oddly
 *   (1.851 in a count, 76 in a percent-formatted cell): a warning saying how it was read. A total with its breakdown
 *   in brackets ("28 (huyện 27, xã 01)") is an info: the sum rule checks the breakdown.
 * - A yes/no row holding a number (1 = Có) is an info (views leave it out: nothing to do).
 */
import type { AppendixRow } from "../appendix";
import type { Bilingual, Finding, Fix } from "../findings";
import { rowName } from "../rowName";
import { isCertainNote, isCertainTextNumber, isNotApplicable } from "../values/readValue";
import { cellName, num, pct, said } from "./text";
import type { Rule, RuleContext } from "./types";

const NUMERIC = new Set(["count", "percent", "amount"]);

/** Rule id of the quiet "number typed as text" findings (kind not-a-number). */
export const TEXT_NUMBER_RULE = "text-number";

function finding(
  ctx: RuleContext,
  row: AppendixRow,
  severity: Finding["severity"],
  summary: Bilingual,
  by: "row" | "cell" = "row",
): Finding {
  const subject = by === "cell" ? cellName(row.valueCell) : rowName(ctx.appendix.form, row.code);
  return {
    ruleId: "not-a-number",
    kind: "not-a-number",
    severity,
    codes: [row.code],
    cells: [row.valueCell],
    ...said(subject, summary),
    expected: null,
    actual: row.value.status === "number" ? row.value.number : row.value.text,
    quote: row.value.text,
  };
}

/** The number as its row shows it: "số 2", "98,49%", "số 69.843,532". */
function reading(row: AppendixRow): Bilingual {
  const v = row.value;
  const n = v.number ?? 0;
  if (row.formRow.kind === "percent") return pct(n, v.decimals);
  const t = num(n, row.formRow.kind === "amount" ? v.decimals : 0);
  return { vi: `số ${t.vi}`, en: `the number ${t.en}` };
}

/** Number format that shows the converted number as the text showed it: "02" → 00, "1.851" → #,##0, "98.49%" → 0.00%. */
function formatKeepingLook(v: AppendixRow["value"], percent: boolean): string | undefined {
  const digits = /^\s*'?\s*[+-]?(\d+)/.exec(v.text)?.[1] ?? "";
  const zeros = digits.length > 1 && digits.startsWith("0") ? "0".repeat(digits.length) : null;
  const notes = v.readingNotes ?? [];
  const grouped = notes.includes("thousands-dot") || notes.includes("thousands-comma");
  const fraction = v.decimals > 0 ? `.${"0".repeat(v.decimals)}` : "";
  const integer = zeros ?? (grouped ? "#,##0" : "0");
  if (percent) return `${integer}${fraction}%`;
  if (!zeros && !grouped && !fraction) return undefined;
  return `${integer}${fraction}`;
}

/** The certain conversion of a number typed as text into the number itself (see TEXT_NUMBER_RULE). */
function conversion(row: AppendixRow): Fix {
  const v = row.value;
  const n = v.number ?? 0;
  const percentSign = /%\s*$/.test(v.text);
  const percent = row.formRow.kind === "percent" && percentSign;
  const value = percent ? Number((n / 100).toPrecision(12)) : n;
  const display = row.formRow.kind === "percent" ? pct(n, v.decimals) : num(n, v.decimals);
  const numberFormat = formatKeepingLook(v, percent);
  return { code: row.code, cell: row.valueCell, value, ...(numberFormat ? { numberFormat } : {}), number: n, display };
}

function checkRow(ctx: RuleContext, row: AppendixRow): Finding[] {
  const v = row.value;
  if (row.formRow.kind === "yesNo") {
    if (v.status === "text")
      return [
        finding(ctx, row, "warning", {
          vi: `ghi "${v.text}": ô này chỉ ghi Có hoặc Không.`,
          en: `holds "${v.text}": this cell takes Yes or No only.`,
        }),
      ];
    if (v.notes.length)
      return [
        finding(ctx, row, "info", {
          vi: `${v.notes.map((n) => n.vi).join("; ")}.`,
          en: `${v.notes.map((n) => n.en).join("; ")}.`,
        }),
      ];
    return [];
  }
  if (!NUMERIC.has(row.formRow.kind)) return [];
  if (v.status === "text")
    return [
      finding(ctx, row, "error", {
        vi: `ghi chữ "${v.text}", không đọc được thành số. Hãy ghi số và chuyển phần chữ sang cột Ghi chú.`,
        en: `holds text "${v.text}" that is not a number. Write the number and move the words to the Notes column.`,
      }),
    ];
  if (isNotApplicable(v))
    return [
      finding(ctx, row, "info", {
        vi: `ghi "${v.text}": chỉ tiêu không áp dụng ở cột này (quy ước của biểu thống kê), không có số liệu để kiểm tra.`,
        en: `says "${v.text}": the indicator does not apply in this column (the statistical forms' convention); there is no figure to check.`,
      }),
    ];
  if (v.status === "none")
    return [
      finding(ctx, row, "warning", {
        vi: `ghi "${v.text}" thay cho số. Nếu không phát sinh, hãy ghi 0 (hoặc để trống) và giải thích ở cột Ghi chú.`,
        en: `says "${v.text}" instead of a number. If nothing arose, write 0 (or leave it blank) and explain in the Notes column.`,
      }),
    ];
  if (v.status !== "number") return [];
  if (isCertainTextNumber(v)) {
    const r = reading(row);
    return [
      {
        ...finding(
          ctx,
          row,
          "info",
          { vi: `ghi "${v.text}" dạng chữ, đã hiểu là ${r.vi}.`, en: `holds "${v.text}" as text, read as ${r.en}.` },
          "cell",
        ),
        ruleId: TEXT_NUMBER_RULE,
        fix: conversion(row),
      },
    ];
  }
  if (v.source === "text") {
    const r = reading(row);
    const notes = v.notes.length
      ? { vi: `; ${v.notes.map((n) => n.vi).join("; ")}`, en: `; ${v.notes.map((n) => n.en).join("; ")}` }
      : { vi: "", en: "" };
    // A total with its breakdown, "28 (huyện 27, xã 01)", is the officers' own way to write it, and the sum rule
    // checks the breakdown: nothing to do.
    const onlyBreakdown = (v.readingNotes ?? []).every((n) => n === "breakdown" || isCertainNote(n));
    return [
      finding(
        ctx,
        row,
        onlyBreakdown ? "info" : "warning",
        {
          vi: `ghi "${v.text}" dạng chữ, đã hiểu là ${r.vi}${notes.vi}.`,
          en: `holds "${v.text}" as text, read as ${r.en}${notes.en}.`,
        },
        "cell",
      ),
    ];
  }
  if (v.notes.length)
    return [
      finding(
        ctx,
        row,
        "warning",
        { vi: `${v.notes.map((n) => n.vi).join("; ")}.`, en: `${v.notes.map((n) => n.en).join("; ")}.` },
        "cell",
      ),
    ];
  return [];
}

export const notANumberRule: Rule = {
  id: "not-a-number",
  kind: "not-a-number",
  description: {
    vi: "Ô số liệu phải chứa số; số nhập dạng chữ được đọc, và chuyển được thành số khi cách đọc là chắc chắn.",
    en: "Value cells must hold numbers; numbers typed as text are read, and can be turned into numbers when certain.",
  },
  check: (ctx) => [...ctx.appendix.rows.values()].flatMap((row) => checkRow(ctx, row)),
};
