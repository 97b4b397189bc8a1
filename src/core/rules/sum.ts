/**
 * sum: a total is not the sum of its parts. Blank parts are named (they say which parts are missing). Which side is
 * wrong is not certain when both are filled, so no fix is offered (a blank total is the missing rule's, with a fix).
 * A relation with a remainder (form/schema.ts: tasks not yet due sit in no part) only asks that the parts do not
 * exceed the total, and names what blank parts leave unaccounted for.
 * Also a total written with its breakdown in one cell, "28 (huyện 27, xã 01)": 27 + 1 must make 28.
 */
import type { AppendixRow } from "../appendix";
import type { Bilingual, Finding } from "../findings";
import type { SumRelation } from "../form/schema";
import { rowName, rowsName } from "../rowName";
import { withRelationSeverity } from "./relationSeverity";
import { cellName, maxDecimals, said, valueOf } from "./text";
import type { Rule, RuleContext } from "./types";

function equalAmounts(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) < Math.pow(10, -decimals) / 2 + 1e-9;
}

/**
 * A part's number; a blank part that is itself a total whose parts are all filled counts as their sum (the missing
 * rule reports the blank once, and the total above it is not called wrong for it: 4.3 over a blank 6.2.3).
 */
function partNumber(ctx: RuleContext, row: AppendixRow): number | null {
  if (row.value.status === "number") return row.value.number;
  if (row.value.status !== "empty") return null;
  for (const rel of ctx.appendix.form.relations) {
    if (rel.type !== "sum" || rel.total !== row.code || rel.remainder) continue;
    const parts = rel.parts.map((code) => ctx.num(code));
    if (parts.every((n): n is number => n !== null)) return parts.reduce((s, n) => s + n, 0);
  }
  return null;
}

/** " Còn trống: dòng 1.4.3, 1.4.4." and the unreadable parts, for the message. */
function blanksNote(ctx: RuleContext, empty: string[], unreadable: string[]): Bilingual {
  const form = ctx.appendix.form;
  const e = empty.length ? rowsName(form, empty) : null;
  const u = unreadable.length ? rowsName(form, unreadable) : null;
  return {
    vi: `${e ? ` Còn trống: ${e.vi}.` : ""}${u ? ` Không đọc được: ${u.vi}.` : ""}`,
    en: `${e ? ` Blank: ${e.en}.` : ""}${u ? ` Unreadable: ${u.en}.` : ""}`,
  };
}

/** Said of a relation a correct report may break (severity "warning"). */
const MAY_DIFFER: Bilingual = {
  vi: " Hai số thường bằng nhau nhưng có thể khác nhau hợp lệ (khác thời điểm hoặc phạm vi thống kê); hãy xem lại.",
  en: " The two usually agree but may legitimately differ (other dates or scopes); please review.",
};

function checkSum(ctx: RuleContext, rel: SumRelation): Finding[] {
  const form = ctx.appendix.form;
  const totalRow = ctx.row(rel.total);
  const total = ctx.num(rel.total);
  if (!totalRow || total === null) return []; // blank total: the missing rule
  const parts = rel.parts.map((code) => ctx.row(code)).filter((r): r is AppendixRow => r !== undefined);
  if (parts.length < rel.parts.length) return []; // the table lacks a part row: nothing certain to say
  const numbers = parts.map((r) => partNumber(ctx, r));
  const filled = parts.filter((_, i) => numbers[i] !== null);
  if (filled.length === 0) return [];
  const blank = parts.filter((_, i) => numbers[i] === null).map((r) => r.code);
  const sum = numbers.reduce<number>((s, n) => s + (n ?? 0), 0);
  const decimals = maxDecimals([totalRow, ...filled]);
  if (equalAmounts(sum, total, decimals)) return [];
  // A part holding words ("đang rà soát") is not blank: its number is unknown (not-a-number reports it), so the
  // total is only certainly wrong when the readable parts already exceed it.
  const unreadable = parts.filter((r, i) => numbers[i] === null && r.value.status === "text").map((r) => r.code);
  if (unreadable.length && sum < total) return [];
  const empty = blank.filter((code) => !unreadable.includes(code));
  // Some of the total sits in no part: only parts above the total are wrong; blank parts leave some unaccounted for.
  if (rel.remainder && sum < total && empty.length === 0) return [];
  const totalText = valueOf(totalRow, total, decimals);
  const sumText = valueOf(totalRow, sum, decimals);
  const partsName = rowsName(form, rel.parts, " + ");
  const blanks = blanksNote(ctx, empty, unreadable);
  const base = {
    ruleId: "sum",
    kind: "sum" as const,
    codes: [rel.total, ...rel.parts],
    cells: [totalRow.valueCell, ...parts.map((r) => r.valueCell)],
    expected: sum,
    actual: total,
  };
  if (rel.remainder && sum < total) {
    const left = valueOf(totalRow, total - sum, decimals);
    const what = { vi: rel.remainder.label, en: rel.remainder.labelEn ?? rel.remainder.label };
    return [
      {
        ...base,
        severity: "warning",
        ...said(rowName(form, rel.total), {
          vi: `ghi ${totalText.vi} nhưng ${partsName.vi} mới có ${sumText.vi}: ${left.vi} ${what.vi}?${blanks.vi} Nếu không có, hãy ghi 0.`,
          en: `says ${totalText.en} but ${partsName.en} account for ${sumText.en}: ${left.en} ${what.en}?${blanks.en} If there are none, write 0.`,
        }),
      },
    ];
  }
  const exceeds = rel.remainder ? { vi: ", nhiều hơn tổng", en: ", more than the total" } : { vi: "", en: "" };
  return [
    withRelationSeverity(rel, {
      ...base,
      severity: "error",
      ...said(rowName(form, rel.total), {
        vi: `ghi ${totalText.vi} nhưng ${partsName.vi} cộng lại là ${sumText.vi}${exceeds.vi}.${blanks.vi}${rel.severity === "warning" ? MAY_DIFFER.vi : ""}`,
        en: `says ${totalText.en} but ${partsName.en} add up to ${sumText.en}${exceeds.en}.${blanks.en}${rel.severity === "warning" ? MAY_DIFFER.en : ""}`,
      }),
    }),
  ];
}

function checkBreakdown(row: AppendixRow): Finding[] {
  const { breakdown, number } = row.value;
  if (!breakdown || breakdown.length < 2 || number === null) return [];
  const sum = breakdown.reduce((s, n) => s + n, 0);
  if (equalAmounts(sum, number, row.value.decimals)) return [];
  return [
    {
      ruleId: "sum",
      kind: "sum",
      severity: "error",
      codes: [row.code],
      cells: [row.valueCell],
      ...said(cellName(row.valueCell), {
        vi: `ghi "${row.value.text}": các số chi tiết cộng lại ${valueOf(row, sum).vi}, không bằng ${valueOf(row, number).vi}.`,
        en: `holds "${row.value.text}": the breakdown adds up to ${valueOf(row, sum).en}, not ${valueOf(row, number).en}.`,
      }),
      expected: sum,
      actual: number,
      quote: row.value.text,
    },
  ];
}

export const sumRule: Rule = {
  id: "sum",
  kind: "sum",
  description: {
    vi: "Dòng tổng phải bằng tổng các dòng thành phần (hoặc không nhỏ hơn, khi biểu không có dòng cho mọi phần).",
    en: "A total must equal the sum of its parts (or not be below it, where the form has no row for every part).",
  },
  check: (ctx) => [
    ...ctx.appendix.form.relations.flatMap((rel) => (rel.type === "sum" ? checkSum(ctx, rel) : [])),
    ...[...ctx.appendix.rows.values()].flatMap(checkBreakdown),
  ],
};
