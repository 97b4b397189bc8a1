/**
 * missing: a total left blank while its parts are filled; a percent left blank while its numerator and
 * denominator are filled; a percent filled while a part it is computed from is blank (it cannot be verified).
 */
import type { AppendixRow } from "../appendix";
import type { Finding } from "../findings";
import { roundTo } from "../tolerance";
import { withRelationSeverity } from "./relationSeverity";
import { fixFor, maxDecimals, valueOf } from "./text";
import type { Rule, RuleContext } from "./types";

const isBlank = (r: AppendixRow | undefined) => !!r && r.value.status === "empty";
const isNumber = (r: AppendixRow | undefined): r is AppendixRow => !!r && r.value.status === "number";

function blankTotals(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rel of ctx.appendix.form.relations) {
    if (rel.type !== "sum") continue;
    const total = ctx.row(rel.total);
    const parts = rel.parts.map((c) => ctx.row(c));
    if (!total || !isBlank(total) || parts.some((p) => !p)) continue;
    const filled = parts.filter(isNumber);
    if (filled.length === 0) continue;
    const complete = filled.length === parts.length;
    const sum = filled.reduce((s, r) => s + (r.value.number ?? 0), 0);
    const decimals = maxDecimals(filled);
    const sumText = valueOf(total, sum, decimals);
    out.push(
      withRelationSeverity(rel, {
        ruleId: "missing",
        kind: "missing",
        severity: "warning",
        codes: [rel.total, ...rel.parts],
        cells: [total.valueCell, ...filled.map((r) => r.valueCell)],
        message: {
          vi: `Dòng ${rel.total} (tổng) để trống trong khi các dòng ${rel.parts.join(", ")} đã có số liệu${complete ? `: tổng là ${sumText.vi}` : ""}.`,
          en: `Row ${rel.total} (the total) is blank while rows ${rel.parts.join(", ")} are filled${complete ? `: the total is ${sumText.en}` : ""}.`,
        },
        expected: complete ? sum : null,
        actual: null,
        fix: complete ? fixFor(total, sum, decimals) : undefined,
      }),
    );
  }
  return out;
}

function percents(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rel of ctx.appendix.form.relations) {
    if (rel.type !== "ratio") continue;
    const p = ctx.row(rel.percent);
    const n = ctx.row(rel.numerator);
    const d = ctx.row(rel.denominator);
    if (!p || !n || !d) continue;
    if (
      isBlank(p) &&
      isNumber(n) &&
      isNumber(d) &&
      (d.value.number ?? 0) > 0 &&
      (n.value.number ?? 0) <= (d.value.number ?? 0)
    ) {
      const exact = roundTo(((n.value.number ?? 0) / (d.value.number ?? 1)) * 100, 2);
      const shown = valueOf(p, exact, 2);
      out.push(
        withRelationSeverity(rel, {
          ruleId: "missing",
          kind: "missing",
          severity: "warning",
          codes: [rel.percent, rel.numerator, rel.denominator],
          cells: [p.valueCell, n.valueCell, d.valueCell],
          message: {
            vi: `Dòng ${rel.percent} (tỷ lệ) để trống trong khi dòng ${rel.numerator} và ${rel.denominator} đã có số liệu: tỷ lệ là ${shown.vi}.`,
            en: `Row ${rel.percent} (the percent) is blank while rows ${rel.numerator} and ${rel.denominator} are filled: it is ${shown.en}.`,
          },
          expected: exact,
          actual: null,
          fix: fixFor(p, exact, 2),
        }),
      );
    }
    if (isNumber(p)) {
      const blanks = [n, d].filter(isBlank);
      if (blanks.length === 0) continue;
      const codes = blanks.map((r) => r.code);
      out.push(
        withRelationSeverity(rel, {
          ruleId: "missing",
          kind: "missing",
          severity: "warning",
          codes: [...codes, rel.percent],
          cells: [...blanks.map((r) => r.valueCell), p.valueCell],
          message: {
            vi: `Dòng ${rel.percent} ghi ${p.value.text} nhưng dòng ${codes.join(", ")} để trống nên không kiểm tra được tỷ lệ.`,
            en: `Row ${rel.percent} says ${p.value.text} but row(s) ${codes.join(", ")} are blank, so the percent cannot be verified.`,
          },
          expected: null,
          actual: null,
        }),
      );
    }
  }
  return out;
}

export const missingRule: Rule = {
  id: "missing",
  kind: "missing",
  description: {
    vi: "Dòng tổng hoặc tỷ lệ để trống khi đã có số liệu thành phần, hoặc ngược lại.",
    en: "A total or percent left blank while its parts are filled, or the other way round.",
  },
  check: (ctx) => [...blankTotals(ctx), ...percents(ctx)],
};
