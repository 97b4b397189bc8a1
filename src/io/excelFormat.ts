/**
 * Excel's displayed text for a number and a format code, for the formats officers use in the appendix
 * (General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%). An .xlsx holds raw values only; Office.js gives range.text.
 * Displayed in Excel's invariant style (dot decimals, comma grouping) like a file opened with English settings, or,
 * with locale "vi", as Excel with Vietnamese settings shows it (comma decimals, dot grouping: "7,76%", "1.851");
 * the core reads both notations.
 */
export type NumberLocale = "en" | "vi";

export function formatExcelNumber(
  value: number,
  numberFormat: string | undefined,
  locale: NumberLocale = "en",
): string {
  const fmt = (numberFormat ?? "General").split(";")[0];
  if (!fmt || /^general$/i.test(fmt) || fmt === "@") return generalText(value, locale);
  const percent = fmt.includes("%");
  const shown = percent ? value * 100 : value;
  const decimalsMatch = /\.(0+)/.exec(fmt);
  const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
  const grouped = /#,##0|0,0/.test(fmt);
  if (!/[0#]/.test(fmt)) return generalText(value, locale);
  // "00" shows 2 as "02" (the zero-padded style of administrative documents).
  const integerZeros = /(0+)(?:\.|%|$)/.exec(fmt.replace(/[#,]/g, ""))?.[1].length ?? 1;
  const text = shown.toLocaleString(locale === "vi" ? "vi-VN" : "en-US", {
    minimumIntegerDigits: Math.max(1, Math.min(integerZeros, 21)),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

function generalText(value: number, locale: NumberLocale): string {
  if (Number.isInteger(value)) return String(value);
  // Excel's General shows up to 11 significant digits, without grouping.
  const text = String(Number(value.toPrecision(11)));
  return locale === "vi" ? text.replace(".", ",") : text;
}
