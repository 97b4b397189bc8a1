/**
 * sum: a total is not the sum of its parts. Blank parts are named (they say which parts are missing).
 * Also a total written with its breakdown in one cell, "28 (huyện 27, xã 01)": 27 + 1 must make 28.
 */
import type { AppendixRow } from "../appendix";
import type { Finding } from "../findings";
import type { SumRelation } from "../form/schema";
import { withRelationSeverity } from "./relationSeverity";
import { fixFor, list, maxDecimals, valueOf } from "./text";
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
    if (rel.type !== "sum" || rel.total !== row.code) continue;
    const parts = rel.parts.map((code) => ctx.num(code));
    if (parts.every((n): n is number => n !== null)) return parts.reduce((s, n) => s + n, 0);
  }
  return null;
}

function checkSum(ctx: RuleContext, rel: SumRelation): Finding[] {
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
  const totalText = valueOf(totalRow, total, decimals);
  const sumText = valueOf(totalRow, sum, decimals);
  const partsText = rel.parts.join(" + ");
  const empty = blank.filter((code) => !unreadable.includes(code));
  const blankNote = {
    vi: `${empty.length ? ` Còn trống: dòng ${list(empty)}.` : ""}${unreadable.length ? ` Không đọc được: dòng ${list(unreadable)}.` : ""}`,
    en: `${empty.length ? ` Blank: row(s) ${list(empty)}.` : ""}${unreadable.length ? ` Unreadable: row(s) ${list(unreadable)}.` : ""}`,
  };
  return [
    withRelationSeverity(rel, {
      ruleId: "sum",
      kind: "sum",
      severity: "error",
      codes: [rel.total, ...rel.parts],
      cells: [totalRow.valueCell, ...parts.map((r) => r.valueCell)],
      message: {
        vi: `Dòng ${rel.total} ghi ${totalText.vi} nhưng tổng các dòng ${partsText} là ${sumText.vi}.${blankNote.vi}`,
        en: `Row ${rel.total} says ${totalText.en} but rows ${partsText} add up to ${sumText.en}.${blankNote.en}`,
      },
      expected: sum,
      actual: total,
      // Certain only when every part is filled.
      fix: blank.length === 0 ? fixFor(totalRow, sum, decimals) : undefined,
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
      message: {
        vi: `Dòng ${row.code} ghi "${row.value.text}": các số chi tiết cộng lại ${valueOf(row, sum).vi}, không bằng ${valueOf(row, number).vi}.`,
        en: `Row ${row.code} says "${row.value.text}": the breakdown adds up to ${valueOf(row, sum).en}, not ${valueOf(row, number).en}.`,
      },
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
    vi: "Dòng tổng phải bằng tổng các dòng thành phần.",
    en: "A total must equal the sum of its parts.",
  },
  check: (ctx) => [
    ...ctx.appendix.form.relations.flatMap((rel) => (rel.type === "sum" ? checkSum(ctx, rel) : [])),
    ...[...ctx.appendix.rows.values()].flatMap(checkBreakdown),
  ],
};
