/** Shared wording for rule messages: numbers in each language's notation, row references. */
import type { AppendixRow } from "../appendix";
import type { Bilingual, Fix } from "../findings";
import { capitalise } from "../rowName";
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

/**
 * A finding's words: the full message opens with what it is about (a row, a cell); the summary is the rest, for
 * views that show the row beside it.
 */
export function said(subject: Bilingual, summary: Bilingual): { message: Bilingual; summary: Bilingual } {
  return {
    message: { vi: `${capitalise(subject.vi)} ${summary.vi}`, en: `${capitalise(subject.en)} ${summary.en}` },
    summary,
  };
}

/** A cell by its local address: "ô D24" / "cell D24". */
export function cellName(address: string): Bilingual {
  const bang = address.lastIndexOf("!");
  const local = bang < 0 ? address : address.slice(bang + 1);
  return { vi: `ô ${local}`, en: `cell ${local}` };
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
