/** Shared wording for rule messages: numbers in each language's notation, row references. */
import type { AppendixRow } from "../appendix";
import type { Bilingual, Fix } from "../findings";
import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "../vn/format";

export function num(value: number, decimals?: number): Bilingual {
  return { vi: formatNumberVi(value, decimals), en: formatNumberEn(value, decimals) };
}

export function pct(points: number, decimals: number): Bilingual {
  return { vi: formatPercentVi(points, decimals), en: formatPercentEn(points, decimals) };
}

/** A value as the row's kind shows it. */
export function valueOf(row: AppendixRow, value: number, decimals = row.value.decimals): Bilingual {
  return row.formRow.kind === "percent"
    ? pct(value, decimals)
    : num(value, row.formRow.kind === "amount" ? decimals : 0);
}

export function rowRef(row: AppendixRow | { code: string }): Bilingual {
  return { vi: `dòng ${row.code}`, en: `row ${row.code}` };
}

export function list(codes: string[]): string {
  return codes.join(", ");
}

/** Decimals of an amount as written: enough to show every part. */
export function maxDecimals(rows: AppendixRow[]): number {
  return rows.reduce((d, r) => Math.max(d, r.value.decimals), 0);
}

/** The value to write into a cell for a fix, in the cell's own style (see Fix.value). */
export function fixFor(row: AppendixRow, number: number, decimals: number): Fix {
  const display = valueOf(row, number, decimals);
  const v = row.value;
  const percent = row.formRow.kind === "percent";
  if (percent && (v.source === "text" || v.status !== "number")) {
    // Text such as "5.75%" (or a blank) becomes a real percent: the fraction, formatted to the decimals shown.
    const numberFormat = decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
    return { code: row.code, cell: row.valueCell, value: number / 100, numberFormat, number, display };
  }
  // A percent-formatted cell stores the fraction; a plain one the percent points; counts and amounts their number.
  const value = percent && /%\s*$/.test(v.text) ? number / 100 : number;
  return { code: row.code, cell: row.valueCell, value, number, display };
}
