/**
 * missing: a total left blank while its parts are filled; a percent left blank while its numerator and
 * denominator are filled; a percent filled while a part it is computed from is blank (it cannot be verified).
 */
import type { AppendixRow } from "../appendix";
import type { Finding } from "../findings";
import { rowName, rowsName } from "../rowName";
import { roundTo } from "../tolerance";
import { withRelationSeverity } from "./relationSeverity";
import { fixFor, maxDecimals, said, valueOf } from "./text";
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
    // Certain only when every part is filled and the parts are all of the total (no remainder such as tasks not due).
    const complete = filled.length === parts.length && !rel.remainder;
    const sum = filled.reduce((s, r) => s + (r.value.number ?? 0), 0);
    const decimals = maxDecimals(filled);
    const sumText = valueOf(total, sum, decimals);
    const form = ctx.appendix.form;
    const partsName = rowsName(form, rel.parts);
    out.push(
      withRelationSeverity(rel, {
        ruleId: "missing",
        kind: "missing",
        severity: "warning",
        codes: [rel.total, ...rel.parts],
        cells: [total.valueCell, ...filled.map((r) => r.valueCell)],
        ...said(rowName(form, rel.total), {
          vi: `để trống trong khi ${partsName.vi} đã có số liệu${complete ? `: tổng là ${sumText.vi}` : ""}.`,
          en: `is blank while ${partsName.en} are filled${complete ? `: the total is ${sumText.en}` : ""}.`,
        }),
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
          ...said(rowName(ctx.appendix.form, rel.percent), {
            vi: `để trống trong khi tử số và mẫu số đã có (${valueOf(n, n.value.number ?? 0).vi}/${valueOf(d, d.value.number ?? 0).vi}): tỷ lệ là ${shown.vi}.`,
            en: `is blank while its parts are filled (${valueOf(n, n.value.number ?? 0).en}/${valueOf(d, d.value.number ?? 0).en}): it is ${shown.en}.`,
          }),
          expected: exact,
          actual: null,
          fix: fixFor(p, exact, 2),
        }),
      );
    }
    // a plan gives no target for the parts of a rate ("Kế hoạch": 70% online, no count of files planned)
    if (isNumber(p) && !ctx.appendix.readsPlan) {
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
          ...said(rowsName(ctx.appendix.form, codes), {
            vi: `để trống nên không kiểm tra được tỷ lệ ${p.value.text} ở ${rowName(ctx.appendix.form, rel.percent).vi}.`,
            en: `${codes.length > 1 ? "are" : "is"} blank, so the percent ${p.value.text} of ${rowName(ctx.appendix.form, rel.percent).en} cannot be verified.`,
          }),
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
