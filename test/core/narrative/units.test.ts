/** Sentences, figures and dates, module by module. */
import { readPlainText, splitSentences, findFigures, reportDateFrom } from "../../../src/core/narrative";
import { checkDates, findDates, reportPeriodFrom } from "../../../src/core/narrative/dates";
import type { Sentence } from "../../../src/core/narrative";

const sentences = (text: string) => splitSentences(readPlainText(text));
const one = (text: string): Sentence =>
  sentences(text)
    .filter((s) => !s.isHeading)
    .pop()!;
const figs = (text: string) => findFigures(one(text)).map((f) => [f.kind, f.raw, f.value, f.unit] as const);

describe("splitSentences", () => {
  it("does not break at numbers, dates, abbreviations or the paragraph's numbering label", () => {
    const s = sentences(
      "2.1. Kết quả giải quyết: đã giải quyết 1.851 hồ sơ ngày 04/3/2022 tại TP. Bắc Kạn, đạt 7,75%. Ông Nguyễn V. A ký. Còn lại 18 hồ sơ.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "2.1. Kết quả giải quyết:",
      "đã giải quyết 1.851 hồ sơ ngày 04/3/2022 tại TP. Bắc Kạn, đạt 7,75%.",
      "Ông Nguyễn V. A ký.",
      "Còn lại 18 hồ sơ.",
    ]);
    expect(s[0].isHeading).toBe(true);
  });

  it("keeps the headings each sentence is under, by their numbers", () => {
    const s = sentences(`I. KẾT QUẢ
3. Cải cách tổ chức bộ máy
3.3. Biên chế:
Tổng số công chức là 64/72.
4. Cải cách chế độ công vụ
+ Tuyển dụng 19 viên chức.`);
    const body = s.filter((x) => !x.isHeading);
    expect(body[0].headings.map((h) => h.text)).toEqual(["I. KẾT QUẢ", "3. Cải cách tổ chức bộ máy", "3.3. Biên chế:"]);
    expect(body[1].headings.map((h) => h.text)).toEqual(["I. KẾT QUẢ", "4. Cải cách chế độ công vụ"]);
    expect(body[1].text).toBe("Tuyển dụng 19 viên chức."); // the "+" list marker is not part of the sentence
  });

  it("maps offsets back to the original text when it was decomposed (NFD)", () => {
    const original = "Tỷ lệ đúng hạn đạt 98,5%.".normalize("NFD");
    const s = sentences(original)[0];
    expect(s.quote).toBe(original);
    const i = s.text.indexOf("98,5%");
    expect(s.quote.slice(s.toQuote(i), s.toQuoteEnd(i + 5))).toBe("98,5%");
  });
});

describe("findFigures", () => {
  it("reads counts with units, pairs, percents, amounts and zero-padded counts", () => {
    expect(
      figs("đã thực hiện 35/46 nhiệm vụ, kiểm tra 03 đơn vị cấp xã, đạt 18,21 %; vốn 69.843,532 triệu đồng."),
    ).toEqual([
      ["pair", "35/46", 35, "nhiệm vụ"],
      ["count", "03", 3, "đơn vị"],
      ["percent", "18,21 %", 18.21, null],
      ["amount", "69.843,532", 69843.532, "triệu đồng"],
    ]);
    const [amount] = findFigures(one("giải ngân 45,1 tỷ đồng."));
    expect([amount.value, amount.decimals]).toEqual([45100, -2]);
  });

  it("skips document numbers, dates, years, articles, standards, list labels, durations and service levels", () => {
    expect(
      figs(
        "Thực hiện Kế hoạch số 16/KH-UBND ngày 22/01/2022, Nghị định 30/2020/NĐ-CP, Điều 5, ISO 9001:2015, quý III, trong 6 tháng và 9 tháng đầu năm 2022, dịch vụ công trực tuyến mức độ 3, 4, giai đoạn 2021-2025, ĐT 0209.3870.123.",
      ),
    ).toEqual([]);
  });

  it("marks approximate figures and bare numbers, and lends a parallel figure's unit", () => {
    const f = findFigures(one("Biên chế được giao 68, có mặt 65 người; khoảng 200 hồ sơ; Đại học 164."));
    expect(f.map((x) => [x.raw, x.unit, x.approximate, x.weak])).toEqual([
      ["68", "người", false, false],
      ["65", "người", false, false],
      ["200", "hồ sơ", true, false],
      ["164", null, false, true],
    ]);
  });

  it("reads the percent's base noun", () => {
    expect(findFigures(one("Có 100% các cơ quan, đơn vị thực hiện.")).map((f) => f.base)).toEqual(["cơ quan"]);
  });
});

describe("dates", () => {
  it("finds dates written with slashes, dots, words and month/year", () => {
    expect(
      findDates("ngày 04/3/2022, ngày 26.01.2022, ngày 04 tháng 3 năm 2022, tháng 3/2022, số 1.851").map((d) => d.raw),
    ).toEqual(["04/3/2022", "26.01.2022", "ngày 04 tháng 3 năm 2022", "3/2022"]);
  });

  it("takes the report date from the header, else the end of the period in the title", () => {
    expect(
      reportDateFrom(readPlainText("Chợ Đồn, ngày 15 tháng 6 năm 2023\nBÁO CÁO\nCông tác CCHC 6 tháng đầu năm 2023")),
    ).toEqual({ y: 2023, m: 6, d: 15 });
    expect(reportDateFrom(readPlainText("BÁO CÁO\nKết quả công tác CCHC quý II năm 2023"))).toEqual({
      y: 2023,
      m: 6,
      d: 30,
    });
    expect(reportDateFrom(readPlainText("BÁO CÁO\nKết quả công tác CCHC 9 tháng đầu năm 2023"))).toEqual({
      y: 2023,
      m: 9,
      d: 30,
    });
    expect(reportDateFrom(readPlainText("BÁO CÁO\nKết quả công tác cải cách hành chính năm 2023"))).toEqual({
      y: 2023,
      m: 12,
      d: 31,
    });
    expect(
      reportPeriodFrom(readPlainText("BÁO CÁO\nTình hình CCHC quý III, phương hướng nhiệm vụ quý IV năm 2022")),
    ).toMatchObject({ kind: "quarter", quarter: 3, year: 2022 });
  });

  it("flags impossible and future dates and results of another quarter, not plans, ranges or comparisons", () => {
    const text = `BÁO CÁO
Kết quả công tác CCHC quý III năm 2022
Ban hành Kế hoạch số 5/KH-UBND ngày 31/02/2022 và ngày 32/1/2022.
Quyết định số 12/QĐ-UBND ngày 15/10/2022 về việc công bố TTHC.
Dự kiến tổ chức hội nghị vào ngày 20/11/2022.
Số liệu tính từ 15/6/2022 - 09/9/2022; kế hoạch thực hiện từ 01/7/2022 đến 31/12/2022.
Kết quả: trong quý II đã giải quyết 20 hồ sơ.
Sẽ đánh giá vào quý IV/2022; thực hiện từ quý II đến quý IV/2022; tăng so với quý II.`;
    const ss = splitSentences(readPlainText(text));
    const f = checkDates(ss, { reportDate: { y: 2022, m: 9, d: 30 }, period: reportPeriodFrom(readPlainText(text)) });
    const got = f.map((x) => [x.severity, x.quote!.slice(x.quoteSpan!.start, x.quoteSpan!.end)]);
    expect(got).toEqual([
      ["error", "31/02/2022"],
      ["error", "32/1/2022"],
      ["error", "15/10/2022"],
      ["warning", "quý II"],
    ]);
  });
});
