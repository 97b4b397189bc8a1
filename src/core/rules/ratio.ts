/**
 * ratio: a percent row disagrees with its numerator / denominator. Tolerance comes from the decimals shown
 * (officers round or truncate). A zero denominator is not an error: the indicator did not arise ("không phát sinh").
 */
import type { Bilingual, Finding, Fix } from "../findings";
import type { RatioRelation } from "../form/schema";
import { rowName } from "../rowName";
import { agreesWithinDisplay, roundTo } from "../tolerance";
import { withRelationSeverity } from "./relationSeverity";
import { fixFor, pct, said, valueOf } from "./text";
import type { Rule, RuleContext } from "./types";

const FIX_DECIMALS = 2;

function checkRatio(ctx: RuleContext, rel: RatioRelation): Finding[] {
  const p = ctx.row(rel.percent);
  const nRow = ctx.row(rel.numerator);
  const dRow = ctx.row(rel.denominator);
  const n = ctx.num(rel.numerator);
  const d = ctx.num(rel.denominator);
  if (!p || !nRow || !dRow || n === null || d === null) return [];
  const form = ctx.appendix.form;
  const subject = rowName(form, rel.percent);
  const denominator = rowName(form, rel.denominator);
  const finding = (
    severity: Finding["severity"],
    summary: Bilingual,
    expected: number | null,
    fix?: Fix,
  ): Finding[] => [
    withRelationSeverity(rel, {
      ruleId: "ratio",
      kind: "ratio",
      severity,
      codes: [rel.percent, rel.numerator, rel.denominator],
      cells: [p.valueCell, nRow.valueCell, dRow.valueCell],
      ...said(subject, summary),
      expected,
      actual: shown,
      fix,
    }),
  ];
  const shown = p.value.status === "number" ? p.value.number : null;

  if (d === 0) {
    if (n !== 0) return []; // a part above a zero whole: part-exceeds-total reports it
    if (shown === null || shown === 0 || shown === 100) {
      return finding(
        "info",
        {
          vi: `có mẫu số bằng 0: chỉ tiêu không phát sinh trong kỳ.`,
          en: `has a denominator of 0: the indicator did not arise this period.`,
        },
        null,
      );
    }
    return finding(
      "error",
      {
        vi: `ghi ${pct(shown, p.value.decimals).vi} nhưng mẫu số (${denominator.vi}) bằng 0: chỉ tiêu không phát sinh, tỷ lệ phải để trống, 0 hoặc 100%.`,
        en: `says ${pct(shown, p.value.decimals).en} but the denominator (${denominator.en}) is 0: the indicator did not arise; leave it blank, 0 or 100%.`,
      },
      null,
    );
  }
  // blank: missing; part > whole: part-exceeds-total (unless the percent may exceed 100%: a share of a plan)
  if (shown === null || (n > d && !p.formRow.canExceed) || n < 0 || d < 0) return [];
  const exact = (n / d) * 100;
  if (agreesWithinDisplay(shown, p.value.decimals, exact)) return [];
  const expectedDecimals = Math.max(p.value.decimals, FIX_DECIMALS);
  const expected = roundTo(exact, expectedDecimals);
  const nText = valueOf(nRow, n);
  const dText = valueOf(dRow, d);
  const looksLikeFraction =
    p.value.source === "number" &&
    shown <= 1 &&
    agreesWithinDisplay(shown * 100, Math.max(0, p.value.decimals - 2), exact);
  if (looksLikeFraction) {
    return finding(
      "warning",
      {
        vi: `ghi ${p.value.text}, có vẻ là phân số chưa định dạng %: ${nText.vi}/${dText.vi} = ${pct(expected, expectedDecimals).vi}. Hãy định dạng ô là phần trăm.`,
        en: `holds ${p.value.text}, apparently a fraction not formatted as %: ${nText.en}/${dText.en} = ${pct(expected, expectedDecimals).en}. Format the cell as a percentage.`,
      },
      expected,
    );
  }
  return finding(
    "error",
    {
      vi: `ghi ${pct(shown, p.value.decimals).vi} nhưng ${nText.vi}/${dText.vi} = ${pct(expected, expectedDecimals).vi}.`,
      en: `says ${pct(shown, p.value.decimals).en} but ${nText.en}/${dText.en} = ${pct(expected, expectedDecimals).en}.`,
    },
    expected,
    fixFor(p, expected, expectedDecimals),
  );
}

export const ratioRule: Rule = {
  id: "ratio",
  kind: "ratio",
  description: {
    vi: "Tỷ lệ phải bằng tử số chia mẫu số (trong phạm vi làm tròn của số chữ số thập phân hiển thị).",
    en: "A percent must equal its numerator over its denominator, within the rounding of the decimals shown.",
  },
  check: (ctx) => ctx.appendix.form.relations.flatMap((rel) => (rel.type === "ratio" ? checkRatio(ctx, rel) : [])),
};
