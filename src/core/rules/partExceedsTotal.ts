/** part-exceeds-total: a part above its whole (explicit part-of relations, and every ratio's numerator/denominator). */
import type { Finding } from "../findings";
import { rowByCode } from "../form";
import type { Relation } from "../form/schema";
import { rowName } from "../rowName";
import { withRelationSeverity } from "./relationSeverity";
import { said, valueOf } from "./text";
import type { Rule, RuleContext } from "./types";

function pairs(ctx: RuleContext): [string, string, Relation][] {
  const seen = new Set<string>();
  const out: [string, string, Relation][] = [];
  for (const rel of ctx.appendix.form.relations) {
    // A ratio whose percent may exceed 100% (a share of a plan) says nothing about which of its rows is larger.
    const pair: [string, string] | null =
      rel.type === "part-of"
        ? [rel.part, rel.whole]
        : rel.type === "ratio" && !rowByCode(ctx.appendix.form, rel.percent)?.canExceed
          ? [rel.numerator, rel.denominator]
          : null;
    if (!pair || seen.has(pair.join(">"))) continue;
    seen.add(pair.join(">"));
    out.push([...pair, rel]);
  }
  return out;
}

function checkPair(ctx: RuleContext, partCode: string, wholeCode: string, rel: Relation): Finding[] {
  const part = ctx.num(partCode);
  const whole = ctx.num(wholeCode);
  const partRow = ctx.row(partCode);
  const wholeRow = ctx.row(wholeCode);
  if (part === null || whole === null || !partRow || !wholeRow || part <= whole + 1e-9) return [];
  const p = valueOf(partRow, part);
  const w = valueOf(wholeRow, whole);
  const wholeName = rowName(ctx.appendix.form, wholeCode);
  return [
    withRelationSeverity(rel, {
      ruleId: "part-exceeds-total",
      kind: "part-exceeds-total",
      severity: "error",
      codes: [partCode, wholeCode],
      cells: [partRow.valueCell, wholeRow.valueCell],
      ...said(rowName(ctx.appendix.form, partCode), {
        vi: `ghi ${p.vi}, lớn hơn ${w.vi} ở ${wholeName.vi} mà nó là một phần.`,
        en: `says ${p.en}, more than the ${w.en} of ${wholeName.en}, of which it is a part.`,
      }),
      expected: whole,
      actual: part,
    }),
  ];
}

export const partExceedsTotalRule: Rule = {
  id: "part-exceeds-total",
  kind: "part-exceeds-total",
  description: {
    vi: "Số liệu thành phần không được lớn hơn số liệu tổng chứa nó.",
    en: "A part cannot exceed the whole it belongs to.",
  },
  check: (ctx) => pairs(ctx).flatMap(([part, whole, rel]) => checkPair(ctx, part, whole, rel)),
};
