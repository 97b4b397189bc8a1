/**
 * The narrative matcher on wordings of 2025-2026 reports it had not met (phase 2, "unseen"), against forms learnt from
 * the sheet: each case is a sentence, the figure and where it must go (a row, or nowhere: another body, another year,
 * a target, a change), with the table consistent, so that a wrong match shows as a false error.
 */
import { analyzeNarrative, readPlainText, type FigureOutcome } from "../../../src/core/narrative";
import type { Appendix } from "../../../src/core/appendix";
import { checked, type Typed } from "../unseen/grid";

const WARD: Typed[][] = [
  ["TT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"],
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", ""],
  [1, "Số văn bản chỉ đạo, điều hành về CCHC được ban hành", "Văn bản", 7],
  [2, "Số nhiệm vụ trong Kế hoạch CCHC năm 2025", "Nhiệm vụ", 40],
  [3, "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 37],
  ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
  [6, "Tổng số TTHC thuộc thẩm quyền giải quyết của UBND phường", "Thủ tục", 341],
  [9, "Tổng số hồ sơ TTHC tiếp nhận trong kỳ", "Hồ sơ", 2847],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", 2105],
  ["-", "Tiếp nhận trực tiếp tại Trung tâm Phục vụ hành chính công", "Hồ sơ", 698],
  ["-", "Tiếp nhận qua dịch vụ bưu chính công ích", "Hồ sơ", 44],
  [10, "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", { p: 73.94 }],
  [11, "Số hồ sơ đã giải quyết", "Hồ sơ", 2690],
  ["-", "Giải quyết trước hạn", "Hồ sơ", 1320],
  ["-", "Giải quyết đúng hạn", "Hồ sơ", 1352],
  ["-", "Giải quyết quá hạn", "Hồ sơ", 18],
  [13, "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "%", { p: 99.33 }],
  [14, "Số hồ sơ được số hóa khi tiếp nhận", "Hồ sơ", 2512],
  [15, "Tỷ lệ hồ sơ được số hóa", "%", { p: 88.23 }],
  [16, "Số hồ sơ thanh toán trực tuyến phí, lệ phí", "Hồ sơ", 1034],
  [17, "Số hồ sơ tiếp nhận không phụ thuộc vào địa giới hành chính", "Hồ sơ", 412],
  [18, "Số văn bản xin lỗi tổ chức, cá nhân do giải quyết quá hạn", "Văn bản", 18],
  ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", ""],
  [19, "Số biên chế cán bộ, công chức được giao", "Người", 58],
  [20, "Số cán bộ, công chức hiện có", "Người", 71],
  [21, "Số người nghỉ việc theo chính sách tinh giản biên chế", "Người", 17],
  [22, "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Lượt người", 236],
  ["IV", "TÀI CHÍNH CÔNG", "", ""],
  [23, "Dự toán thu ngân sách nhà nước năm 2025", "Tỷ đồng", 5840],
  [24, "Thu ngân sách nhà nước thực hiện", "Tỷ đồng", 7732.5],
  [25, "Chỉ số hài lòng của người dân, doanh nghiệp", "Điểm", 92.35],
];

let appendix: Appendix;
beforeAll(() => {
  appendix = checked(WARD).appendix;
});

/** Where each figure of the text went: its row, or its status (skipped: why). */
/** The report is of the year 2025, dated 10 December 2025. */
const OPTIONS = { reportDate: { y: 2025, m: 12, d: 10 } };

function placed(text: string): string[] {
  const { outcomes } = analyzeNarrative(readPlainText(text), appendix, OPTIONS);
  return outcomes
    .map((o: FigureOutcome) => {
      const r = o.result;
      const where = r.status === "matched" ? r.best.code : r.status === "skipped" ? `skipped:${r.reason}` : r.status;
      return `${o.figure.raw} → ${where}`;
    })
    .sort(byPlace(text));
}

/** In the order the figures are written. */
const byPlace = (text: string) => (a: string, b: string) =>
  text.indexOf(a.split(" → ")[0]) - text.indexOf(b.split(" → ")[0]);

function errors(text: string): string[] {
  return analyzeNarrative(readPlainText(text), appendix, OPTIONS)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => f.message.vi);
}

test.each<[string, string, string[]]>([
  [
    "the total received at the ward's centre (its name is no row's words), and each channel",
    "Trung tâm Phục vụ hành chính công phường đã tiếp nhận 2.847 hồ sơ (tiếp nhận trực tuyến 2.105 hồ sơ, trực tiếp 698 hồ sơ, qua dịch vụ bưu chính công ích 44 hồ sơ).",
    ["2.847 → 9", "2.105 → 9a", "698 → 9b", "44 → 9c"],
  ],
  [
    "trước hạn and đúng hạn are two rows",
    "Đã giải quyết 2.690 hồ sơ, trong đó trước hạn 1.320 hồ sơ, đúng hạn 1.352 hồ sơ, quá hạn 18 hồ sơ.",
    ["2.690 → 11", "1.320 → 11a", "1.352 → 11b", "18 → 11c"],
  ],
  [
    "digitised dossiers and their share",
    "Thực hiện số hóa hồ sơ, kết quả giải quyết TTHC: đã số hóa 2.512 hồ sơ, đạt 88,23%.",
    ["2.512 → 14", "88,23% → 15"],
  ],
  [
    "letters of apology, not the directive documents issued",
    "Quá hạn 18 hồ sơ; UBND phường đã ban hành 18 văn bản xin lỗi tổ chức, cá nhân.",
    ["18 → 11c", "18 → 18"],
  ],
  [
    "dossiers received wherever the applicant lives are their own row",
    "Trong đó có 412 hồ sơ tiếp nhận không phụ thuộc vào địa giới hành chính.",
    ["412 → 17"],
  ],
  [
    "tasks done after the plan's tasks (Kế hoạch … năm 2025 is the plan, not the year's words)",
    "Kế hoạch CCHC năm 2025 đề ra 40 nhiệm vụ, đến nay hoàn thành 37 nhiệm vụ.",
    ["40 → 2", "37 → 3"],
  ],
  [
    "a directive count says no verb: the documents issued",
    "UBND phường đã ban hành 07 văn bản chỉ đạo, điều hành về CCHC.",
    ["07 → 1"],
  ],
  [
    "the procedures of the ward's competence, with a missing tone mark",
    "UBND phường đã công khai đầy đủ 341 thủ tục hành chinh thuộc thẩm quyền giải quyết.",
    ["341 → 6"],
  ],
  [
    "visits of staff trained, the pair of nouns written with a comma",
    "Trong năm cử 236 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.",
    ["236 → 22"],
  ],
  ["a score in points is the score row", "Chỉ số hài lòng của người dân, doanh nghiệp đạt 92,35 điểm.", ["92,35 → 25"]],
  [
    "revenue in tỷ đồng against rows in tỷ đồng: realised, not the estimate of the same year",
    "Thu ngân sách nhà nước năm 2025 thực hiện 7.732,5 tỷ đồng.",
    ["7.732,5 → 24"],
  ],
  [
    "the province's figures are another body's",
    "Toàn tỉnh trong quý tiếp nhận 412.650 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,8%.",
    ["412.650 → none", "97,8% → none"],
  ],
  [
    "the province's average after the ward's own rate",
    "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 73,94%, cao hơn mức bình quân chung của tỉnh (65,2%).",
    ["73,94% → 10", "65,2% → none"],
  ],
  [
    "after 'trong đó' a part, never the row of the whole before it",
    "Trong kỳ đã giải quyết cho 17 người nghỉ việc theo chính sách tinh giản biên chế, trong đó 12 người nghỉ hưu trước tuổi.",
    ["17 → 21", "12 → ambiguous"],
  ],
  [
    "staff above the quota: the excess is a change, the figures are the rows'",
    "Biên chế được giao là 58 người; hiện có 71 người (vượt 13 người so với biên chế được giao).",
    ["58 → 19", "71 → 20", "13 → skipped:change"],
  ],
  [
    "a result before a forecast in the same sentence is checked; the forecast is not",
    "Đã giải quyết chế độ cho 17 người nghỉ việc theo chính sách tinh giản biên chế, 04 người còn lại dự kiến giải quyết xong trong tháng 10/2025.",
    ["17 → 21", "04 → skipped:forward-sentence"],
  ],
])("%s", (_name, text, expected) => {
  expect(placed(text)).toEqual(expected);
  expect(errors(text)).toEqual([]);
});

test("a share in brackets after last year's figure is last year's too; this year's rate beside it is checked", () => {
  const text =
    "Đã giải quyết 2.690 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,33% (cùng kỳ năm 2024 đạt 98,6%); năm 2024 hoàn thành 11/25 nhiệm vụ (44%).";
  expect(placed(text)).toEqual([
    "2.690 → 11",
    "99,33% → 13",
    "98,6% → skipped:other-year",
    "11/25 → skipped:other-year",
    "44% → skipped:other-year",
  ]);
});

test("a provincial report's 'toàn tỉnh' is its own whole", () => {
  const province = checked([
    ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
    ["1", "Tổng số hồ sơ TTHC tiếp nhận của tỉnh", "Hồ sơ", 412650],
    ["-", "Cấp tỉnh", "Hồ sơ", 120300],
    ["-", "Cấp xã", "Hồ sơ", 292350],
    ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 401200],
    ["3", "Số TTHC thuộc thẩm quyền giải quyết của UBND tỉnh", "Thủ tục", 1650],
    ["4", "Số văn bản chỉ đạo về CCHC của UBND tỉnh", "Văn bản", 42],
  ]).appendix;
  expect(province.form.level).toBe("province");
  const { outcomes } = analyzeNarrative(readPlainText("Toàn tỉnh tiếp nhận 412.650 hồ sơ."), province);
  expect(outcomes.map((o) => (o.result.status === "matched" ? o.result.best.code : o.result.status))).toEqual(["1"]);
});

test("an amount of a row in tỷ đồng is compared in tỷ đồng, and said so", () => {
  const findings = analyzeNarrative(
    readPlainText("Thu ngân sách nhà nước năm 2025 thực hiện 7.800 tỷ đồng."),
    appendix,
    OPTIONS,
  ).findings.filter((f) => f.severity === "error");
  expect(findings.map((f) => [f.codes[0], f.expected, f.actual])).toEqual([["24", 7732.5, 7800]]);
  expect(findings[0].message.vi).toBe("Thuyết minh ghi 7.800 nhưng biểu ghi 7.732,5 tỷ đồng (dòng 24).");
  // within the decimals written: 7.733 tỷ đồng (rounded to the unit) agrees with 7.732,5
  expect(
    analyzeNarrative(
      readPlainText("Thu ngân sách nhà nước thực hiện 7.733 tỷ đồng."),
      appendix,
      OPTIONS,
    ).findings.filter((f) => f.severity === "error"),
  ).toEqual([]);
});
