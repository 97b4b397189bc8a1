/** Findings like the check reports on the Ngân Sơn sample, for the pane's tests. */
import type { Finding } from "../../src/core/findings";

export const RATIO_724: Finding = {
  ruleId: "ratio",
  kind: "ratio",
  severity: "error",
  codes: ["7.2.4", "7.2.4b", "7.2.4a"],
  cells: ["'Phụ lục'!D120", "'Phụ lục'!D122", "'Phụ lục'!D121"],
  message: {
    vi: "Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%",
    en: "The ratio says 5.75% but 396/5106 = 7.76%",
  },
  expected: 7.76,
  actual: 5.75,
  fix: {
    code: "7.2.4",
    cell: "'Phụ lục'!D120",
    value: 0.0776,
    numberFormat: "0.00%",
    number: 7.76,
    display: { vi: "7,76%", en: "7.76%" },
  },
};

export const SUM_314: Finding = {
  ruleId: "sum",
  kind: "missing",
  severity: "warning",
  codes: ["3.1.4", "3.1.4a", "3.1.4b"],
  cells: ["'Phụ lục'!D39", "'Phụ lục'!D40", "'Phụ lục'!D41"],
  message: { vi: "Thiếu tổng số TTHC: 256 + 108 = 364", en: "Total missing: 256 + 108 = 364" },
  expected: 364,
  actual: null,
  fix: { code: "3.1.4", cell: "'Phụ lục'!D39", value: 364, number: 364, display: { vi: "364", en: "364" } },
};

export const TEXT_21: Finding = {
  ruleId: "text-number",
  kind: "not-a-number",
  severity: "info",
  codes: ["2.1"],
  cells: ["'Phụ lục'!D24"],
  message: {
    vi: 'Ô D24 ghi "02" dạng chữ, đã hiểu là số 2.',
    en: 'Cell D24 holds "02" as text, read as the number 2.',
  },
  quote: "02",
  actual: 2,
  fix: { code: "2.1", cell: "'Phụ lục'!D24", value: 2, numberFormat: "00", number: 2, display: { vi: "2", en: "2" } },
};

/** A number typed as text read under a ratio error of the same cell: folded into that card. */
export const TEXT_724: Finding = {
  ruleId: "text-number",
  kind: "not-a-number",
  severity: "info",
  codes: ["7.2.4"],
  cells: ["'Phụ lục'!D120"],
  message: {
    vi: 'Ô D120 ghi "5.75%" dạng chữ, đã hiểu là 5,75%.',
    en: 'Cell D120 holds "5.75%" as text, read as 5.75%.',
  },
  quote: "5.75%",
  actual: 5.75,
  fix: {
    code: "7.2.4",
    cell: "'Phụ lục'!D120",
    value: 0.0575,
    numberFormat: "0.00%",
    number: 5.75,
    display: { vi: "5,75%", en: "5.75%" },
  },
};

/** A note that needs no action: shown nowhere. */
export const YES_16: Finding = {
  ruleId: "not-a-number",
  kind: "not-a-number",
  severity: "info",
  codes: ["1.6"],
  cells: ["'Phụ lục'!D22"],
  message: { vi: 'Dòng 1.6 ghi 1, được hiểu là "Có".', en: 'Row 1.6 holds 1, read as "Yes".' },
};

/** A figure of the narrative that matches no row. */
export const UNMATCHED: Finding = {
  ruleId: "narrative-figure",
  kind: "narrative-mismatch",
  severity: "info",
  codes: [],
  cells: [],
  message: { vi: "Chưa đối chiếu được số liệu “12 tin” với dòng nào của biểu.", en: "Could not match “12 tin”." },
  quote: "Có 12 tin bài về CCHC.",
  quoteSpan: { start: 3, end: 5 },
};

export const NARRATIVE: Finding = {
  ruleId: "narrative-figure",
  kind: "narrative-mismatch",
  severity: "warning",
  codes: ["1.2.2"],
  cells: ["'Phụ lục'!D8"],
  message: { vi: "Thuyết minh ghi 36 nhiệm vụ, biểu ghi 35", en: "The narrative says 36 tasks, the table 35" },
  quote: "UBND huyện đã thực hiện 36/46 nội dung.",
  quoteSpan: { start: 24, end: 26 },
};
