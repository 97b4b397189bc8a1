/** XML text for the hand-written workbook parts: escaping, and the characters XML 1.0 cannot hold at all. */

// Control characters other than tab/newline/return, and lone surrogates: not allowed anywhere in an XML 1.0 document.
/* eslint-disable no-control-regex -- matching them is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Text for an element's content or an attribute value. */
export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 0-based column → letters (0 → A). */
export function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula or a link names it: 'Tổng hợp'. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute range on a sheet: 'Tổng hợp'!$B$2:$B$31 (rows and columns 0-based). */
export function absoluteRange(sheet: string, col: number, fromRow: number, toRow: number): string {
  const c = columnName(col);
  return `${sheetRef(sheet)}!$${c}$${fromRow + 1}:$${c}$${toRow + 1}`;
}
