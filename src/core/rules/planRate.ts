/**
 * plan-rate: in a "Kế hoạch | Thực hiện | Tỷ lệ (%)" table, each row's rate must be its results over its plan × 100
 * (within the rounding of the decimals shown, as for the ratio rule). A blank rate, a rate beside a blank or textual
 * cell, and a plan of 0 are left alone: the rate can only be checked where both cells are numbers, and only there is
 * the fix certain.
 */
import type { AppendixRow } from "../appendix";
import type { Finding, Fix } from "../findings";
import { rowName } from "../rowName";
import { agreesWithinDisplay, roundTo } from "../tolerance";
import { cellName, fixFor, num, pct, said, valueOf } from "./text";
import type { Rule, RuleContext } from "./types";

const FIX_DECIMALS = 2;

/** The fix in the rate cell's own style: a percent where it shows one ("23,14%"), else the points (23,14). */
function rateFix(rate: AppendixRow, expected: number, decimals: number): Fix {
  if (/%\s*$/.test(rate.value.text)) return fixFor(rate, expected, decimals);
  // a plain cell holds the points: the fix says what it writes ("120,00", not "120,00%")
  return { code: rate.code, cell: rate.valueCell, value: expected, number: expected, display: num(expected, decimals) };
}

const local = (address: string) => address.slice(address.lastIndexOf("!") + 1);

function checkRow(ctx: RuleContext, rate: AppendixRow): Finding[] {
  const column = ctx.appendix.rateColumn!;
  const results = ctx.row(rate.code);
  const plan = column.planRows.get(rate.code);
  if (!results || !plan || rate.value.status !== "number") return [];
  if (results.value.status !== "number" || plan.value.status !== "number") return [];
  const done = results.value.number!;
  const planned = plan.value.number!;
  const shown = rate.value.number!;
  if (planned <= 0 || done < 0) return [];
  const exact = (done / planned) * 100;
  if (agreesWithinDisplay(shown, rate.value.decimals, exact)) return [];
  const decimals = Math.max(rate.value.decimals, FIX_DECIMALS);
  const expected = roundTo(exact, decimals);
  const r = cellName(rate.valueCell);
  const cells = cellName(`${local(results.valueCell)}/${local(plan.valueCell)}`);
  const doneText = valueOf(results, done);
  const planText = valueOf(plan, planned);
  return [
    {
      ruleId: "plan-rate",
      kind: "ratio",
      severity: "error",
      codes: [rate.code],
      cells: [rate.valueCell, results.valueCell, plan.valueCell],
      ...said(rowName(ctx.appendix.form, rate.code), {
        vi: `cột «${column.title}» ghi ${pct(shown, rate.value.decimals).vi} (${r.vi}) nhưng «${column.resultsTitle}» / «${column.planTitle}» = ${doneText.vi}/${planText.vi} (${cells.vi}) = ${pct(expected, decimals).vi}.`,
        en: `column «${column.title}» says ${pct(shown, rate.value.decimals).en} (${r.en}) but «${column.resultsTitle}» / «${column.planTitle}» = ${doneText.en}/${planText.en} (${cells.en}) = ${pct(expected, decimals).en}.`,
      }),
      expected,
      actual: shown,
      fix: rateFix(rate, expected, decimals),
    },
  ];
}

export const planRateRule: Rule = {
  id: "plan-rate",
  kind: "ratio",
  acrossColumns: true,
  description: {
    vi: "Cột tỷ lệ thực hiện so với kế hoạch phải bằng Thực hiện chia Kế hoạch nhân 100 ở từng dòng (trong phạm vi làm tròn).",
    en: "The rate column must equal results over plan × 100 on each row, within the rounding of the decimals shown.",
  },
  check: (ctx) => [...(ctx.appendix.rateColumn?.rows.values() ?? [])].flatMap((rate) => checkRow(ctx, rate)),
};
