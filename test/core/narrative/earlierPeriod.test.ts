/**
 * The narrative against tables with a column of an earlier period ("Cùng kỳ năm trước", "Quý III/2025", "6 tháng đầu
 * năm 2025"): a figure the prose says is of that period is compared with that column and never with the current one;
 * a figure of a period the table has no column for is not compared. And a total beside its narrower rows: a figure
 * that names none of what makes a row narrower is the total.
 */
import { figurePeriod } from "../../../src/core/narrative/columns";
import { analyzeNarrative, findFigures, readPlainText, splitSentences } from "../../../src/core/narrative";
import { checked, type Typed } from "../unseen/grid";

/** A department's half year: 6 tháng | Cùng kỳ năm trước | a comparison column. */
const DEPARTMENT: Typed[][] = [
  ["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "", "Tăng/giảm (%)"],
  ["", "", "", "6 tháng đầu năm 2026", "Cùng kỳ năm trước", ""],
  ["1", "Số thủ tục hành chính thuộc thẩm quyền giải quyết", "Thủ tục", 152, 149, null],
  ["2", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 5210, 4630, null],
  ["-", "Hồ sơ từ kỳ trước chuyển sang", "Hồ sơ", 210, 190, null],
  ["-", "Hồ sơ tiếp nhận mới trong kỳ", "Hồ sơ", 5000, 4440, null],
  ["3", "Số hồ sơ đã giải quyết", "Hồ sơ", 4980, 4410, null],
  ["-", "Giải quyết trước hạn, đúng hạn", "Hồ sơ", 4950, 4380, null],
  ["-", "Giải quyết quá hạn", "Hồ sơ", 30, 30, null],
  ["4", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", { p: 99.4 }, { p: 99.32 }, null],
  ["5", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 4100, 3300, null],
  ["6", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", { p: 78.69 }, { p: 71.27 }, null],
];
const DEPARTMENT_HEAD = "SỞ XÂY DỰNG\nBÁO CÁO\nKết quả công tác cải cách hành chính 6 tháng đầu năm 2026\n";

/** A commune's quarter beside the same quarter of the year before. */
const COMMUNE: Typed[][] = [
  ["TT", "Nội dung", "Đơn vị tính", "Quý III/2026", "Quý III/2025"],
  ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", 1236, 812],
  ["-", "Trực tuyến", "Hồ sơ", 1002, 590],
  ["-", "Trực tiếp, qua bưu chính", "Hồ sơ", 234, 222],
  ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 1198, 800],
  ["-", "Đúng hạn", "Hồ sơ", 1190, 796],
  ["-", "Quá hạn", "Hồ sơ", 8, 4],
  ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", { p: 81.07 }, { p: 72.66 }],
  ["4", "Số cán bộ, công chức của xã", "Người", 22, 24],
];
const COMMUNE_HEAD = "ỦY BAN NHÂN DÂN XÃ ĐỒNG TÂM\nBÁO CÁO\nKết quả cải cách hành chính quý III năm 2026\n";

/** A quarter beside the year so far: no column of an earlier period. */
const NO_EARLIER: Typed[][] = [
  ["TT", "Nội dung", "ĐVT", "Kỳ báo cáo", "Lũy kế từ đầu năm"],
  ["1", "Số văn bản chỉ đạo, điều hành về CCHC", "Văn bản", 2, 7],
  ["2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", 1, 3],
  ["3", "Số hồ sơ tiếp nhận", "Hồ sơ", 1236, 3702],
  ["4", "Số hồ sơ đã giải quyết", "Hồ sơ", 1198, 3650],
  ["5", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", { p: 81.07 }, { p: 79.5 }],
  ["6", "Số cán bộ, công chức", "Người", 22, 22],
];

function findings(table: Typed[][], text: string) {
  const { appendix } = checked(table);
  return analyzeNarrative(readPlainText(text), appendix).findings;
}
const said = (table: Typed[][], text: string) =>
  findings(table, text)
    .filter((f) => f.severity !== "info")
    .map((f) => [f.codes[0], f.cells[0], f.expected, f.actual]);

test("a figure's period: “cùng kỳ …”, “năm trước” and a comparison's bracketed term are the earlier period", () => {
  const periods = (text: string) => {
    const [s] = splitSentences(readPlainText(text));
    return findFigures(s).map((f) => `${f.raw}:${figurePeriod(f)}`);
  };
  expect(periods("Cùng kỳ năm 2025, tỷ lệ hồ sơ trực tuyến đạt 71,27%.")).toEqual(["71,27%:previous"]);
  expect(periods("Cùng kỳ năm trước, Sở tiếp nhận 4.630 hồ sơ.")).toEqual(["4.630:previous"]);
  expect(
    periods("Trong 6 tháng, Sở tiếp nhận 5.210 hồ sơ, tăng 12,5% so với cùng kỳ năm trước (4.630 hồ sơ)."),
  ).toEqual(["5.210:half", "12,5%:half", "4.630:previous"]);
  // an aside in brackets keeps its period to itself; a comparison after a figure names none
  expect(
    periods("Đạt 99,4% (cùng kỳ năm trước đạt 99,32%); quá hạn 30 hồ sơ, đạt 100%, bằng cùng kỳ năm trước."),
  ).toEqual(["99,4%:null", "99,32%:previous", "30:null", "100%:null"]);
});

test("a department's consistent half year, with the same period of last year, raises nothing", () => {
  const text =
    DEPARTMENT_HEAD +
    "1. Cải cách thủ tục hành chính\n" +
    "6 tháng đầu năm 2026, Sở tiếp nhận 5.210 hồ sơ, tăng 12,53% so với cùng kỳ năm trước (4.630 hồ sơ); trong đó hồ sơ tiếp nhận mới trong kỳ 5.000 hồ sơ. " +
    "Đã giải quyết 4.980 hồ sơ, trong đó trước hạn, đúng hạn 4.950 hồ sơ, đạt 99,4% (cùng kỳ năm trước đạt 99,32%); quá hạn 30 hồ sơ. " +
    "Sở tiếp nhận trực tuyến 4.100 hồ sơ, đạt 78,69%. Cùng kỳ năm 2025, Sở tiếp nhận 4.630 hồ sơ, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 71,27%.";
  expect(findings(DEPARTMENT, text).map((f) => f.message.vi)).toEqual([]);
});

test("a wrong figure of last year is an error against the column of last year, naming it", () => {
  const head = DEPARTMENT_HEAD + "1. Cải cách thủ tục hành chính\n";
  // a percent: "Cùng kỳ năm trước" holds 71,27%, the current column 78,69%
  const percent = findings(DEPARTMENT, `${head}Cùng kỳ năm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 70,12%.`);
  expect(percent.map((f) => [f.severity, f.codes[0], f.cells[0], f.expected, f.actual])).toEqual([
    ["error", "6", "'Phụ lục'!E12", 71.27, 70.12],
  ]);
  expect(percent[0].message.vi).toBe(
    "Thuyết minh ghi 70,12% nhưng biểu (cột «Cùng kỳ năm trước») ghi 71,27% (dòng 6).",
  );
  // a count, said of "cùng kỳ năm trước" before it
  expect(said(DEPARTMENT, `${head}Cùng kỳ năm trước, Sở tiếp nhận 4.360 hồ sơ.`)).toEqual([
    ["2", "'Phụ lục'!E4", 4630, 4360],
  ]);
  // a count in brackets after the comparison
  expect(
    said(DEPARTMENT, `${head}Sở tiếp nhận 5.210 hồ sơ, tăng 12,53% so với cùng kỳ năm trước (4.360 hồ sơ).`),
  ).toEqual([["2", "'Phụ lục'!E4", 4630, 4360]]);
  // a percent in brackets after "cao hơn cùng kỳ …"; the same with the right value raises nothing
  expect(
    said(DEPARTMENT, `${head}Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 78,69%, cao hơn cùng kỳ năm 2025 (72,17%).`),
  ).toEqual([["6", "'Phụ lục'!E12", 71.27, 72.17]]);
  expect(
    said(DEPARTMENT, `${head}Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 78,69%, cao hơn cùng kỳ năm 2025 (71,27%).`),
  ).toEqual([]);
  // a bracket after a comparison with no period is no term of it
  expect(said(DEPARTMENT, `${head}Sở tiếp nhận 5.210 hồ sơ, cao hơn mức bình quân của tỉnh (4.100 hồ sơ).`)).toEqual(
    [],
  );
  // never against the current column: this year's value said of last year is wrong too
  expect(said(DEPARTMENT, `${head}Cùng kỳ năm 2025, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 78,69%.`)).toEqual([
    ["6", "'Phụ lục'!E12", 71.27, 78.69],
  ]);
});

test("a commune's quarter beside the same quarter of last year: the year named picks the column", () => {
  const head = COMMUNE_HEAD + "2. Cải cách thủ tục hành chính\n";
  expect(
    findings(
      COMMUNE,
      `${head}Quý III năm 2026, UBND xã tiếp nhận 1.236 hồ sơ, đã giải quyết 1.198 hồ sơ; quý III năm 2025 xã tiếp nhận 812 hồ sơ. ` +
        "Tỷ lệ tiếp nhận trực tuyến đạt 81,07% (cùng kỳ năm 2025: 72,66%).",
    ).map((f) => f.message.vi),
  ).toEqual([]);
  expect(said(COMMUNE, `${head}Quý III năm 2025, xã tiếp nhận 821 hồ sơ.`)).toEqual([["1", "'Phụ lục'!E2", 812, 821]]);
  expect(said(COMMUNE, `${head}Tỷ lệ tiếp nhận trực tuyến đạt 81,07% (cùng kỳ năm 2025: 76,26%).`)).toEqual([
    ["3", "'Phụ lục'!E8", 72.66, 76.26],
  ]);
});

test("a figure of a period the table has no column for is not compared, neither with the current column", () => {
  const head = COMMUNE_HEAD + "2. Cải cách thủ tục hành chính\n";
  // no earlier column at all
  expect(findings(NO_EARLIER, `${head}Cùng kỳ năm trước, xã tiếp nhận 999 hồ sơ, tỷ lệ trực tuyến đạt 60,5%.`)).toEqual(
    [],
  );
  // an earlier column of another year
  expect(said(COMMUNE, `${head}Quý III năm 2024, xã tiếp nhận 640 hồ sơ. Năm 2024, xã tiếp nhận 2.950 hồ sơ.`)).toEqual(
    [],
  );
  // a table of one column
  const single: Typed[][] = [
    ["STT", "Nội dung", "Đơn vị tính", "Kết quả"],
    ["1", "Số văn bản chỉ đạo, điều hành về CCHC", "Văn bản", 2],
    ["2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", 1],
    ["3", "Số hồ sơ tiếp nhận", "Hồ sơ", 1236],
    ["4", "Số hồ sơ đã giải quyết", "Hồ sơ", 1198],
    ["5", "Số cán bộ, công chức", "Người", 22],
  ];
  expect(said(single, `${head}Cùng kỳ năm trước, xã tiếp nhận 999 hồ sơ; quý này tiếp nhận 1.236 hồ sơ.`)).toEqual([]);
  expect(said(single, `${head}Quý này xã tiếp nhận 1.263 hồ sơ.`)).toEqual([["3", "'Phụ lục'!D4", 1236, 1263]]);
});

test("a total and its narrower rows: the figure that names none of their words is the total", () => {
  const head = DEPARTMENT_HEAD + "1. Cải cách thủ tục hành chính\n";
  // "tiếp nhận" alone: the total received, not "tiếp nhận mới trong kỳ" nor "tiếp nhận trực tuyến"
  expect(said(DEPARTMENT, `${head}Trong kỳ, Sở tiếp nhận 5.201 hồ sơ.`)).toEqual([["2", "'Phụ lục'!D4", 5210, 5201]]);
  // the sub-row's own word names it
  expect(said(DEPARTMENT, `${head}Sở tiếp nhận mới 5.100 hồ sơ.`)).toEqual([["2b", "'Phụ lục'!D6", 5000, 5100]]);
  // "đã giải quyết" alone: the total resolved, not the on-time sub-row
  expect(said(DEPARTMENT, `${head}Sở đã giải quyết 4.950 hồ sơ.`)).toEqual([["3", "'Phụ lục'!D7", 4980, 4950]]);
  // a commune's "- Trực tuyến" / "- Trực tiếp" under the total
  const commune = COMMUNE_HEAD + "2. Cải cách thủ tục hành chính\n";
  expect(said(COMMUNE, `${commune}Trong quý, xã tiếp nhận 1.263 hồ sơ.`)).toEqual([["1", "'Phụ lục'!D2", 1236, 1263]]);
  expect(said(COMMUNE, `${commune}Trong quý, xã tiếp nhận 1.236 hồ sơ, trong đó trực tuyến 1.020 hồ sơ.`)).toEqual([
    ["1a", "'Phụ lục'!D3", 1002, 1020],
  ]);
});

describe("dossiers carried over from the period before are of the report's own period", () => {
  // "hồ sơ (từ) kỳ trước chuyển sang" names a row of this period, not an earlier period: its figure, and every figure
  // after it in the sentence, are compared with the report's column (they were all left unchecked, silently).
  const ONE_COLUMN: Typed[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
    ["1", "Số thủ tục hành chính thuộc thẩm quyền giải quyết", "Thủ tục", 152],
    ["2", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 5210],
    ["-", "Hồ sơ từ kỳ trước chuyển sang", "Hồ sơ", 210],
    ["-", "Hồ sơ tiếp nhận mới trong kỳ", "Hồ sơ", 5000],
    ["3", "Số hồ sơ đã giải quyết", "Hồ sơ", 4980],
  ];
  const text =
    "Tổng số hồ sơ tiếp nhận là 5.210 hồ sơ (kỳ trước chuyển sang 201 hồ sơ, tiếp nhận mới 5.009 hồ sơ); đã giải quyết 4.890 hồ sơ.";

  test("a table of one column", () => {
    expect(said(ONE_COLUMN, DEPARTMENT_HEAD + text)).toEqual([
      ["2a", "'Phụ lục'!D4", 210, 201],
      ["2b", "'Phụ lục'!D5", 5000, 5009],
      ["3", "'Phụ lục'!D6", 4980, 4890],
    ]);
  });

  test("a table with a column of the year before: the report's column, never that one", () => {
    expect(said(DEPARTMENT, DEPARTMENT_HEAD + text)).toEqual([
      ["2a", "'Phụ lục'!D5", 210, 201],
      ["2b", "'Phụ lục'!D6", 5000, 5009],
      ["3", "'Phụ lục'!D7", 4980, 4890],
    ]);
  });
});
