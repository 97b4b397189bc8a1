/** range: a percent outside 0-100, a negative or fractional count, a negative amount. */
import type { AppendixRow } from "../appendix";
import type { Bilingual, Finding } from "../findings";
import type { Rule } from "./types";

function problem(row: AppendixRow, n: number): Bilingual | null {
  const kind = row.formRow.kind;
  // A share of a plan or an estimate ("so với kế hoạch", revenue) may be above 100%.
  if (kind === "percent" && (n < 0 || (n > 100 && !row.formRow.canExceed)))
    return {
      vi: `tỷ lệ ${row.value.text} nằm ngoài khoảng 0-100%`,
      en: `the percent ${row.value.text} is outside 0-100%`,
    };
  if (kind === "count" && n < 0)
    return { vi: `số lượng âm (${row.value.text})`, en: `a negative count (${row.value.text})` };
  if (kind === "count" && !Number.isInteger(n))
    return {
      vi: `số lượng phải là số nguyên, ô ghi ${row.value.text}`,
      en: `a count must be a whole number, the cell holds ${row.value.text}`,
    };
  if (kind === "amount" && n < 0)
    return { vi: `số tiền âm (${row.value.text})`, en: `a negative amount (${row.value.text})` };
  return null;
}

export const rangeRule: Rule = {
  id: "range",
  kind: "range",
  description: {
    vi: "Tỷ lệ trong khoảng 0-100%; số lượng là số nguyên không âm; số tiền không âm.",
    en: "Percents within 0-100%; counts whole and not negative; amounts not negative.",
  },
  check: (ctx) => {
    const out: Finding[] = [];
    for (const row of ctx.appendix.rows.values()) {
      if (row.value.status !== "number" || row.value.number === null) continue;
      const what = problem(row, row.value.number);
      if (!what) continue;
      out.push({
        ruleId: "range",
        kind: "range",
        severity: "error",
        codes: [row.code],
        cells: [row.valueCell],
        message: { vi: `Dòng ${row.code}: ${what.vi}.`, en: `Row ${row.code}: ${what.en}.` },
        expected: null,
        actual: row.value.number,
        quote: row.value.text,
      });
    }
    return out;
  },
};
