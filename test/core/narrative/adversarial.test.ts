/**
 * No text makes the narrative check hang, crash or flood: 1 MB of each input that once took minutes (quadratic
 * scans, a backtracking pattern, a quote of the whole sentence per figure) is checked within the bounds on its work
 * (figures matched, sentence length, findings, quote length) and, as a last resort, a generous time.
 * The inputs are generated here, not committed.
 */
import { performance } from "node:perf_hooks";
import { analyzeNarrative, readPlainText, splitSentences } from "../../../src/core/narrative";
import {
  MAX_FIGURES,
  MAX_FIGURES_READ,
  MAX_SENTENCE_FIGURES,
  MAX_UNMATCHED_NOTES,
} from "../../../src/core/narrative/check";
import { findDates, MAX_DATES } from "../../../src/core/narrative/dates";
import { MAX_QUOTE, QUOTE_CONTEXT, quoteText } from "../../../src/core/narrative/quote";
import { MAX_SENTENCE } from "../../../src/core/narrative/sentences";
import { findNumberTokens } from "../../../src/core/vn/numbers";
import { ADVERSARIAL, ADVERSARIAL_TITLE } from "../../helpers/adversarial";
import { appendixFrom, SEED_VALUES } from "./helpers";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const MB = 1 << 20;
const TITLE = ADVERSARIAL_TITLE;

/** A generous bound on time, for a machine shared by several jobs: minutes before, well under a second now. */
const SECONDS_PER_MB = 10;

describe("1 MB adversarial texts", () => {
  const appendix = appendixFrom(SEED_VALUES);
  test.each(Object.entries(ADVERSARIAL))("%s", (_name, text) => {
    const doc = readPlainText(TITLE + text);
    const t0 = performance.now();
    const { findings, outcomes } = analyzeNarrative(doc, appendix);
    const seconds = (performance.now() - t0) / 1000;

    // the matcher's work is bounded: figures matched per document and per sentence; figures read at all, by the
    // prose read (a figure takes two characters at least)
    const matched = outcomes.filter((o) => o.result.status !== "skipped");
    expect(matched.length).toBeLessThanOrEqual(MAX_FIGURES + MAX_SENTENCE_FIGURES);
    expect(outcomes.length).toBeLessThanOrEqual(MAX_FIGURES_READ + MAX_SENTENCE / 2);
    // the output is bounded: few findings, each quoting a clause, not the whole text
    expect(findings.length).toBeLessThanOrEqual(MAX_UNMATCHED_NOTES + 2 * MAX_DATES);
    for (const f of findings) {
      expect((f.quote ?? "").length).toBeLessThanOrEqual(Math.max(MAX_QUOTE, MAX_SENTENCE + 4));
      expect(f.message.vi.length).toBeLessThan(1000);
    }
    expect(JSON.stringify(findings).length).toBeLessThan(text.length);
    expect(seconds).toBeLessThan(SECONDS_PER_MB);
  });

  test("sentences are read in pieces of at most MAX_SENTENCE characters", () => {
    const sentences = splitSentences(readPlainText(ADVERSARIAL["percents “12%”"]));
    expect(sentences.length).toBeGreaterThan(MB / MAX_SENTENCE);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  test("a long sentence is quoted by the piece the figure is in; a longer quote is cut to the clause around it", () => {
    const long = `${"Các xã đã tiếp nhận hồ sơ và trả kết quả đúng hạn cho người dân và doanh nghiệp, ".repeat(20)}trong đó 31/02/2022 là ngày không có.`;
    const f = analyzeNarrative(readPlainText(TITLE + long), appendix).findings.find((x) => x.kind === "date")!;
    expect(f.quote!.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(f.quote!.slice(f.quoteSpan!.start, f.quoteSpan!.end)).toBe("31/02/2022");
    // a table row (not cut into pieces) of a thousand words
    const row = `${"đơn vị ".repeat(500)}; ngày 31/02/2022 trong danh sách; ${"đơn vị ".repeat(500)}`;
    const at = row.indexOf("31/02/2022");
    const q = quoteText(row, at, at + 10);
    expect(q.quote).toBe("… ngày 31/02/2022 trong danh sách; …");
    expect(q.quote.slice(q.quoteSpan.start, q.quoteSpan.end)).toBe("31/02/2022");
    const plain = quoteText("x ".repeat(1000), 1000, 1001);
    expect(plain.quote.length).toBeLessThanOrEqual(2 * QUOTE_CONTEXT + 6);
  });

  test("repeated notes of one sentence are one note; repeated dates after the report date are one finding", () => {
    const list = "Kết quả: xã A 12 tin, xã B 13 tin, xã C 14 tin, xã D 15 tin, xã E 16 tin.";
    const notes = analyzeNarrative(readPlainText(TITLE + list), appendix).findings.filter((f) => f.severity === "info");
    expect(notes).toHaveLength(1);
    expect(notes[0].message.vi).toMatch(/^Chưa đối chiếu được 5 số liệu của câu này/);
    const dates = "Đã tổ chức các hội nghị ngày 12/12/2022, 13/12/2022, 14/12/2022 và 15/12/2022.";
    const after = analyzeNarrative(readPlainText(TITLE + dates), appendix).findings.filter((f) => f.kind === "date");
    expect(after).toHaveLength(1);
    expect(after[0].message.vi).toMatch(/^Câu này có 4 ngày sau ngày báo cáo/);
  });

  test("the token reader and the date finder alone are linear: 1 MB each in well under the bound", () => {
    for (const text of [ADVERSARIAL["slashes “12/”"], ADVERSARIAL["bare numbers “1 2 ”"]]) {
      const t0 = performance.now();
      const tokens = findNumberTokens(text);
      expect(tokens.length).toBeGreaterThan(1000);
      expect((performance.now() - t0) / 1000).toBeLessThan(SECONDS_PER_MB);
    }
    const t0 = performance.now();
    expect(findDates(ADVERSARIAL["dates “ngày 12/12/2022 ”"]).length).toBe(Math.ceil(MB / 16));
    expect((performance.now() - t0) / 1000).toBeLessThan(SECONDS_PER_MB);
  });
});
