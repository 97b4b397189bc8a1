/**
 * Test helpers: an Appendix built straight from the form and a {code: value} map (no workbook, no locator).
 */
import type { Appendix, AppendixRow, ReadValue } from "../../../src/core/appendix";
import { currentForm } from "../../../src/core/form";
import type { FormDefinition } from "../../../src/core/form/schema";
import type { Finding } from "../../../src/core/findings";
import type { FigureOutcome } from "../../../src/core/narrative";

/** A value as the officer typed it: a number (decimals inferred), a string, null (empty cell) or "-" (none). */
export type CellInput = number | string | null | { value: number; decimals: number };

function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export function readValue(input: CellInput): ReadValue {
  if (input === null || input === "") {
    return { status: "empty", number: null, yes: null, decimals: 0, text: "", notes: [] };
  }
  if (input === "-") return { status: "none", number: null, yes: null, decimals: 0, text: "-", notes: [] };
  if (typeof input === "string")
    return { status: "text", number: null, yes: null, decimals: 0, text: input, notes: [] };
  const value = typeof input === "number" ? input : input.value;
  const decimals = typeof input === "number" ? decimalsOf(input) : input.decimals;
  return { status: "number", number: value, yes: null, decimals, text: String(value), notes: [] };
}

/** Build an Appendix with every value row of the form; rows not in values are present but empty. */
export function appendixFrom(values: Record<string, CellInput>, form: FormDefinition = currentForm()): Appendix {
  const rows = new Map<string, AppendixRow>();
  form.rows.forEach((formRow, i) => {
    const v = Object.prototype.hasOwnProperty.call(values, formRow.code) ? values[formRow.code] : null;
    rows.set(formRow.code, {
      code: formRow.code,
      formRow,
      valueCell: `'Phụ lục'!D${i + 5}`,
      sheetRow: i + 4,
      valueCol: 3,
      labelText: formRow.label,
      value: readValue(v),
    });
  });
  for (const code of Object.keys(values)) {
    if (!rows.has(code)) throw new Error(`appendixFrom: unknown row code ${code}`);
  }
  return { form, sheetName: "Phụ lục", rows, missingCodes: [], unrecognised: [] };
}

/** The seed's appendix (Ngân Sơn, quarter III 2022), as typed in its table. */
export const SEED_VALUES: Record<string, CellInput> = {
  "1.1": 14,
  "1.2": 76,
  "1.2.1": 46,
  "1.2.2": 35,
  "1.3.1": 0,
  "1.3.2": 0,
  "1.3.3": 0,
  "1.3.4": 0,
  "1.4.1": 48,
  "1.4.2": 30,
  "1.6": 1,
  "2.1": 2,
  "2.2": 0,
  "2.3.1": 20,
  "2.3.2": 100,
  "2.3.2a": 2,
  "2.3.2b": 2,
  "3.1.2": 0,
  "3.1.3": 0,
  "3.1.4a": 256,
  "3.1.4b": 108,
  "3.2.1": 28,
  "3.2.2": 14,
  "3.2.3": 0,
  "3.3.1": 100,
  "3.3.1a": 254,
  "3.3.1b": 254,
  "3.3.2": 100,
  "3.3.2a": 1851,
  "3.3.2b": 1851,
  "3.4": 0,
  "3.4.1": 0,
  "3.4.2": 0,
  "4.1": 11,
  "4.2": 0,
  "4.3": 34,
  "4.5.1": 72,
  "4.5.2": 63,
  "4.5.3": 6,
  "4.5.4": 2,
  "4.5.5": "-",
  "4.6a": 694,
  "4.6.1": 622,
  "4.6.2": 0,
  "4.6.3": 0,
  "5.1.1": 97,
  "5.1.2": 97,
  "5.2.1": 0,
  "5.2.2": 0,
  "5.3.1": 0,
  "5.3.2": 0,
  "5.3.3": 0,
  "5.3.4": 0,
  "5.3.5": 0,
  "5.3.6": 0,
  "5.4.1": 2,
  "5.4.2": 0,
  "5.4.3": 0,
  "6.1": { value: 18.21, decimals: 2 },
  "6.1.1": { value: 69843.532, decimals: 3 },
  "6.1.2": { value: 12715.025, decimals: 3 },
  "6.2.1": 0,
  "6.2.2": 1,
  "6.2.3": 0,
  "6.2.4": 34,
  "6.2.5": 0,
  "7.1a": { value: 98.49, decimals: 2 },
  "7.1b": "100% văn bản được gửi điện tử trừ các VB mật",
  "7.2.1": "Không có TTHC ở mức độ 3",
  "7.2.1a": 0,
  "7.2.1b": 0,
  "7.2.1c": 0,
  "7.2.2": { value: 52.04, decimals: 2 },
  "7.2.2a": 191,
  "7.2.2b": 191,
  "7.2.2c": 11,
  "7.2.3": 100,
  "7.2.3a": 191,
  "7.2.4": { value: 5.75, decimals: 2 },
  "7.2.4a": 5106,
  "7.2.4b": 396,
  "7.2.5": 100,
  "7.2.5b": "TTHC nào có phát sinh phí, lệ phí đều có thể thanh toán trực tuyến",
};

/** The rows the matched figures went to (a pair's whole and tied candidates included). */
export function matchedCodes(outcomes: FigureOutcome[]): Set<string> {
  const matched = new Set<string>();
  for (const o of outcomes) {
    if (o.result.status !== "matched") continue;
    matched.add(o.result.best.code);
    if (o.result.best.wholeCode) matched.add(o.result.best.wholeCode);
    for (const t of o.result.tied) matched.add(t.code);
  }
  return matched;
}

/** The figure a narrative finding marks in its quote. */
export const spanText = (f: Finding): string =>
  f.quote && f.quoteSpan ? f.quote.slice(f.quoteSpan.start, f.quoteSpan.end) : "";
