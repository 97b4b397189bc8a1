/**
 * Property-based tests (fast-check): the number reader, the figure extractor, the date finder, the sentence splitter
 * and the locator, on any string and any grid, never throw and stay within their bounds (offsets inside the text,
 * results no more than the input can hold, pieces no longer than their bound).
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { currentForm } from "../../src/core/form";
import type { Cell, WorkbookGrid } from "../../src/core/grid";
import { findFigures, readPlainText, splitSentences } from "../../src/core/narrative";
import { findDates } from "../../src/core/narrative/dates";
import { MAX_SENTENCE } from "../../src/core/narrative/sentences";
import { normalizeWithMap } from "../../src/core/vn/normalize";
import { findNumberTokens, parseVietnameseNumber } from "../../src/core/vn/numbers";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

/** Pieces of report prose: numbers in every notation, dates, document numbers, units, punctuation, legacy letters. */
const PIECES = [
  "1",
  "12",
  "1.851",
  "69.843,532",
  "7,75",
  "0.5",
  "03",
  "2022",
  "/",
  "%",
  " %",
  ".",
  ",",
  ";",
  ":",
  "-",
  "–",
  "(",
  ")",
  " ",
  " ",
  "\n",
  "\t",
  "ngày ",
  "tháng ",
  "năm ",
  "quý ",
  "II",
  "Nghị định số ",
  "/NĐ-CP",
  "/KH-UBND",
  "hồ sơ",
  "người",
  "triệu đồng",
  "tỷ đồng",
  "đạt ",
  "khoảng ",
  "trong đó ",
  "Tổng số ",
  "I. ",
  "1.2. ",
  "+ ",
  "TP.",
  "v.v.",
  "A",
  "đ",
  "ư",
  "\u0301",
  "\u00a0",
  "\u200b",
  "¸",
  "«",
  "Ö",
  "9001:2015",
  "31/02/2022",
  "12/12/2022",
  "01/2022",
];
const prose = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const RUNS = { numRuns: 300 };

test("the number reader reads any text without throwing; every token lies in the text", () => {
  fc.assert(
    fc.property(prose, (text) => {
      const tokens = findNumberTokens(text);
      expect(tokens.length).toBeLessThanOrEqual(text.length);
      let last = -1;
      for (const t of tokens) {
        expect(t.start).toBeGreaterThanOrEqual(0);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.raw).toBe(text.slice(t.start, t.end));
        last = t.start;
      }
      for (const expect_ of ["integer", "decimal", "percent"] as const) {
        const r = parseVietnameseNumber(text, expect_);
        if (r.ok) expect(Number.isNaN(r.reading.value)).toBe(false);
      }
    }),
    RUNS,
  );
});

test("sentences and figures: never throw, sentences within MAX_SENTENCE, figures inside their sentence", () => {
  fc.assert(
    fc.property(prose, (text) => {
      for (const s of splitSentences(readPlainText(text))) {
        if (!s.inTable) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
        for (const f of findFigures(s)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(s.text.length);
          expect(f.raw).toBe(s.text.slice(f.start, f.end));
          expect(s.toQuote(f.start)).toBeLessThanOrEqual(s.quote.length);
        }
      }
    }),
    RUNS,
  );
});

test("the date finder: dates in order, inside the text, never overlapping", () => {
  fc.assert(
    fc.property(prose, (text) => {
      const dates = findDates(text);
      for (let i = 0; i < dates.length; i++) {
        expect(dates[i].end).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(dates[i].start).toBeGreaterThanOrEqual(dates[i - 1].end);
      }
    }),
    RUNS,
  );
});

test("normalisation keeps a map into the original, the same with or without its fast path", () => {
  fc.assert(
    fc.property(prose, (text) => {
      const fast = normalizeWithMap(text);
      // a zero-width space at the end is removed, and forces the character-by-character path
      const slow = normalizeWithMap(`${text}\u200b`);
      expect(slow.text).toBe(fast.text);
      for (let i = 0; i <= fast.text.length; i++) {
        expect(fast.toOriginal(i)).toBeLessThanOrEqual(text.length);
        expect(fast.toOriginalEnd(i)).toBeLessThanOrEqual(text.length);
        if (i < fast.text.length) expect(slow.toOriginal(i)).toBe(fast.toOriginal(i));
      }
    }),
    RUNS,
  );
});

test("the locator: any grid, with the form's own words in it, is checked or refused, never thrown on", () => {
  const form = currentForm();
  const words = [
    "STT",
    "Chỉ tiêu thống kê",
    "Đơn vị tính",
    "Số liệu",
    "Ghi chú",
    "Người lập biểu",
    "",
    ...form.rows.slice(0, 40).map((r) => r.label),
    ...form.rows.slice(0, 40).map((r) => r.stt ?? ""),
  ];
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constantFrom(...words).map((t): Cell => ({ value: t === "" ? null : t, text: t })),
    fc.double({ noNaN: true }).map((n): Cell => ({ value: n, text: String(n) })),
    fc.string({ maxLength: 20 }).map((t): Cell => ({ value: t, text: t })),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 60 });
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (sheets) => {
      const wb: WorkbookGrid = { sheets: sheets.map((cells, i) => ({ name: `S${i}`, cells })) };
      const r = checkWorkbook(wb);
      if (r.status === "checked") {
        const sheet = wb.sheets.find((s) => s.name === r.sheetName)!;
        for (const row of r.appendix.rows.values()) expect(row.sheetRow).toBeLessThan(sheet.cells.length);
        for (const f of r.findings) for (const c of f.cells) expect(c.startsWith(`${r.sheetName}!`)).toBe(true);
      }
    }),
    { numRuns: 150 },
  );
});
