/**
 * Excel's displayed text for a number and a format code, for the formats officers use in the appendix
 * (General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%). An .xlsx holds raw values only; Office.js gives range.text.
 * Displayed in Excel's invariant style (dot decimals, comma grouping) like a file opened with English settings;
 * the core reads both notations.
 */
export function formatExcelNumber(value: number, numberFormat: string | undefined): string {
  const fmt = (numberFormat ?? "General").split(";")[0];
  if (!fmt || /^general$/i.test(fmt) || fmt === "@") return generalText(value);
  const percent = fmt.includes("%");
  const shown = percent ? value * 100 : value;
  const decimalsMatch = /\.(0+)/.exec(fmt);
  const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
  const grouped = /#,##0|0,0/.test(fmt);
  if (!/[0#]/.test(fmt)) return generalText(value);
  const text = shown.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

function generalText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Excel's General shows up to 11 significant digits.
  return String(Number(value.toPrecision(11)));
}
