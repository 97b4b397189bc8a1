/**
 * The narrative against a table of several value columns ("Quý IV/2025 | Lũy kế năm 2025"): a figure is compared with
 * the column of the period its sentence names ("Quý IV tiếp nhận …", "Lũy kế năm 2025 …", "… trong năm"), a figure
 * of no named period agrees when any column holds it, a comparison ("so với cùng kỳ") names no period, and two
 * figures of one row in one sentence are two cells when their periods differ.
 */
import { columnPeriod, figurePeriod } from "../../../src/core/narrative/columns";
import { analyzeNarrative, findFigures, readPlainText, splitSentences } from "../../../src/core/narrative";
import { checked, type Typed } from "../unseen/grid";

const TABLE: Typed[][] = [
  ["TT", "Nội dung", "ĐVT", "Số liệu", "", "Ghi chú"],
  ["", "", "", "Quý IV/2025", "Lũy kế năm 2025", ""],
  ["I", "Công tác chỉ đạo, điều hành", "", "", ""],
  ["1", "Số văn bản chỉ đạo, điều hành về CCHC", "Văn bản", 3, 11],
  ["2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", 1, 2],
  ["3", "Số nhiệm vụ trong kế hoạch CCHC năm", "Nhiệm vụ", "x", 20],
  ["4", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "x", 19],
  ["II", "Cải cách thủ tục hành chính", "", "", ""],
  ["5", "Số hồ sơ tiếp nhận", "Hồ sơ", 1236, 4905],
  ["-", "Trực tuyến", "Hồ sơ", 1002, 3811],
  ["-", "Trực tiếp, bưu chính", "Hồ sơ", 234, 1094],
  ["6", "Tỷ lệ tiếp nhận trực tuyến", "%", { p: 81.07 }, { p: 77.7 }],
  ["III", "Tổ chức bộ máy", "", "", ""],
  ["7", "Biên chế được giao", "Người", "x", 36],
  ["8", "Số cán bộ dôi dư đã bố trí, giải quyết chế độ", "Người", 3, 8],
];

function check(text: string) {
  const { appendix } = checked(TABLE);
  return analyzeNarrative(readPlainText(text), appendix).findings.filter((f) => f.severity !== "info");
}

test("the columns' periods", () => {
  expect(
    ["Quý IV/2025", "Lũy kế năm 2025", "6 tháng đầu năm 2026", "Cùng kỳ năm 2025", "Kỳ báo cáo", "Số liệu"].map(
      columnPeriod,
    ),
  ).toEqual(["quarter", "year", "half", "previous", "report", null]);
});

test("a figure's period: the last one named before it, or in its own words after it; comparisons name none", () => {
  const periods = (text: string) => {
    const [s] = splitSentences(readPlainText(text));
    return findFigures(s).map((f) => `${f.raw}:${figurePeriod(f)}`);
  };
  expect(periods("Quý IV tiếp nhận 1.236 hồ sơ, lũy kế năm 2025 tiếp nhận 4.905 hồ sơ.")).toEqual([
    "1.236:quarter",
    "4.905:year",
  ]);
  expect(periods("Đã số hóa 4.530 hồ sơ trong năm, riêng quý IV số hóa 1.236 hồ sơ.")).toEqual([
    "4.530:year",
    "1.236:quarter",
  ]);
  expect(
    periods("Trong 6 tháng, Sở tiếp nhận 5.362 hồ sơ, tăng 30,2% so với cùng kỳ, trong đó trực tuyến 4.987 hồ sơ."),
  ).toEqual(["5.362:half", "30,2%:half", "4.987:half"]);
  expect(periods("Biên chế được giao 36 người.")).toEqual(["36:null"]);
});

test("a consistent report of the quarter and the year raises nothing", () => {
  expect(
    check(
      "Trong quý IV, UBND xã ban hành 03 văn bản chỉ đạo, điều hành về CCHC, nâng tổng số văn bản ban hành trong năm lên 11 văn bản. " +
        "Năm 2025 xã thực hiện 20 nhiệm vụ CCHC, đã hoàn thành 19 nhiệm vụ; tổ chức 02 cuộc kiểm tra công tác CCHC (quý IV: 01 cuộc). " +
        "Quý IV tiếp nhận 1.236 hồ sơ (trực tuyến 1.002 hồ sơ, đạt 81,07%). " +
        "Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ, trong đó trực tuyến 3.811 hồ sơ, đạt tỷ lệ 77,70%. " +
        "Biên chế được giao 36 người. Đã bố trí, giải quyết chế độ cho 08 cán bộ dôi dư (quý IV: 03 người).",
    ).map((f) => f.message.vi),
  ).toEqual([]);
});

test("a figure of the year that disagrees with the year's column is an error naming that column", () => {
  const findings = check("Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ, trong đó trực tuyến 3.181 hồ sơ.");
  expect(findings.map((f) => [f.codes[0], f.cells[0], f.expected, f.actual])).toEqual([
    ["5a", "'Phụ lục'!E10", 3811, 3181],
  ]);
  expect(findings[0].message.vi).toBe(
    "Thuyết minh ghi 3.181 nhưng biểu (cột «Lũy kế năm 2025») ghi 3.811 (dòng “Trực tuyến” (mục 5)).",
  );
});

test("the quarter's figure written for the year is an error (the period named decides, not any column)", () => {
  const findings = check("Lũy kế năm 2025 tiếp nhận 1.236 hồ sơ.");
  expect(findings.map((f) => [f.codes[0], f.expected, f.actual])).toEqual([["5", 4905, 1236]]);
});

test("a figure of no named period that no column holds is an error against the first column that holds a number", () => {
  const findings = check("Biên chế được giao 38 người.");
  expect(findings.map((f) => [f.codes[0], f.cells[0], f.expected, f.actual])).toEqual([["7", "'Phụ lục'!E14", 36, 38]]);
});

test("the year after a quarter or a half says which year it is: “Quý IV năm 2025” is the quarter, not the year", () => {
  const periods = (text: string) => {
    const [s] = splitSentences(readPlainText(text));
    return findFigures(s).map((f) => `${f.raw}:${figurePeriod(f)}`);
  };
  expect(periods("Trong quý IV năm 2025, UBND xã tiếp nhận 1.236 hồ sơ.")).toEqual(["1.236:quarter"]);
  expect(periods("Trong 6 tháng đầu năm 2026, Sở tiếp nhận 5.362 hồ sơ.")).toEqual(["5.362:half"]);
  expect(periods("Năm 2025, xã tiếp nhận 4.905 hồ sơ.")).toEqual(["4.905:year"]);
  // the quarter's figure agrees with the quarter's column: no error against “Lũy kế năm 2025”
  expect(check("Trong quý IV năm 2025, UBND xã tiếp nhận 1.236 hồ sơ.").map((f) => f.message.vi)).toEqual([]);
  expect(check("Quý IV năm 2025 tiếp nhận 1.263 hồ sơ.").map((f) => [f.codes[0], f.expected, f.actual])).toEqual([
    ["5", 1236, 1263],
  ]);
});
