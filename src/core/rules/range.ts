/** range: a percent outside 0-100, a negative or fractional count, a negative amount. */
import type { AppendixRow } from "../appendix";
import type { Bilingual, Finding } from "../findings";
import { rowName } from "../rowName";
import { num, said } from "./text";
import type { Rule } from "./types";

/** What is wrong with the value, said after the row's name. */
function problem(row: AppendixRow, n: number): Bilingual | null {
  const kind = row.formRow.kind;
  const t = row.value.text;
  // A share of a plan or an estimate ("so với kế hoạch", revenue) may be above 100%.
  if (kind === "percent" && (n < 0 || (n > 100 && !row.formRow.canExceed)))
    return { vi: `ghi ${t}, ngoài khoảng 0-100%.`, en: `says ${t}, outside 0-100%.` };
  if (kind === "count" && n < 0) return { vi: `ghi số âm (${t}).`, en: `holds a negative count (${t}).` };
  if (kind === "count" && !Number.isInteger(n)) {
    // a number format may round what the cell shows ("3.001" for 3000,5): the value itself is said too
    const value = num(n);
    const shown = row.value.source === "number" && t !== "" && t !== value.vi && t !== value.en;
    const vi = shown ? `${value.vi} (ô hiển thị ${t})` : t;
    const en = shown ? `${value.en} (shown as ${t})` : t;
    return { vi: `ghi ${vi} nhưng số lượng phải là số nguyên.`, en: `says ${en} but a count must be a whole number.` };
  }
  if (kind === "amount" && n < 0) return { vi: `ghi số tiền âm (${t}).`, en: `holds a negative amount (${t}).` };
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
        ...said(rowName(ctx.appendix.form, row.code), what),
        expected: null,
        actual: row.value.number,
        quote: row.value.text,
      });
    }
    return out;
  },
};
