/**
 * End to end, a ward's "Kế hoạch | Thực hiện | Tỷ lệ (%)" table and its report: checkWorkbook reads the results, checks
 * the rate column, and the narrative compares each figure with the results, or with the plan where its words speak of
 * the plan.
 */
import { checkNarrative, readPlainText } from "../../../src/core/narrative";
import { checked, type Typed } from "../unseen/grid";

const TABLE: Typed[][] = [
  ["PHỤ LỤC SỐ LIỆU CCHC QUÝ I NĂM 2026"],
  ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện quý I/2026", "Tỷ lệ thực hiện (%)", "Ghi chú"],
  ["1", "2", "3", "4", "5", "6=5/4", "7"],
  ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "", "", "", "", ""],
  ["1.1", "Số văn bản chỉ đạo, điều hành về CCHC được ban hành", "Văn bản", "4", "3", "75", ""],
  ["1.2", "Số nhiệm vụ CCHC trong kế hoạch năm", "Nhiệm vụ", "32", "32", "100", ""],
  ["1.3", "Số nhiệm vụ CCHC đã hoàn thành", "Nhiệm vụ", "32", "8", "25", ""],
  ["1.4", "Số cuộc kiểm tra công tác CCHC", "Cuộc", "4", "1", "25", ""],
  ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
  ["2.1", "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", "", "1.480", "", ""],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", "", "1.110", "", ""],
  ["-", "Tiếp nhận trực tiếp tại Bộ phận một cửa", "Hồ sơ", "", "370", "", ""],
  ["2.2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "70", "75", "107,14", ""],
  ["3", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
  ["3.1", "Số cán bộ, công chức của phường (có mặt/biên chế được giao)", "Người", "28", "26", "92,86", ""],
  ["3.2", "Số cán bộ, công chức được cử đi đào tạo, bồi dưỡng", "Người", "28", "9", "23,14", ""],
];

const result = checked(TABLE);

test("the table: the rate of 3.2 is wrong (9/28 = 32,14), nothing else; the column numbers are no row", () => {
  const errors = result.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.ruleId, f.cells[0], f.expected])).toEqual([["plan-rate", "'Phụ lục'!F16", 32.14]]);
  expect(result.findings.filter((f) => f.severity === "warning")).toEqual([]);
  expect(result.appendix.form.rows.map((r) => r.code)).not.toContain("0.1");
});

const narrative = (text: string) =>
  checkNarrative(readPlainText(text), result.appendix, { reportDate: { y: 2026, m: 3, d: 25 } }).filter(
    (f) => f.kind === "narrative-mismatch" && f.severity !== "info",
  );

test("a figure of the quarter is compared with the results, not the plan", () => {
  expect(narrative("Trong quý I/2026, UBND phường đã ban hành 03 văn bản chỉ đạo, điều hành về CCHC.")).toEqual([]);
  const [f] = narrative("Trong quý, phường đã tổ chức 02 cuộc kiểm tra công tác CCHC.");
  expect(f.message.vi).toMatch(/ghi 02 nhưng biểu \(cột «Thực hiện quý I\/2026»\) ghi 1/);
  expect(f.cells).toEqual(["'Phụ lục'!E8"]);
});

test("a figure its words say is of the plan is compared with the plan", () => {
  expect(
    narrative(
      "Kế hoạch CCHC năm 2026 của phường đề ra 32 nhiệm vụ; tính đến thời điểm báo cáo đã hoàn thành 8 nhiệm vụ.",
    ),
  ).toEqual([]);
  expect(narrative("Phường hiện có 26 cán bộ, công chức trên tổng số 28 biên chế được giao.")).toEqual([]);
  const [f] = narrative("Kế hoạch CCHC năm 2026 của phường đề ra 30 nhiệm vụ; đã hoàn thành 8 nhiệm vụ.");
  expect(f.message.vi).toMatch(/ghi 30 nhưng biểu \(cột «Kế hoạch năm 2026»\) ghi 32/);
});

test("a figure of the results equal to the plan's is not taken for the plan's", () => {
  // 1.1: plan 4, results 3: "4 văn bản" in a sentence of the quarter is wrong
  const [f] = narrative("Trong quý I/2026, UBND phường đã ban hành 04 văn bản chỉ đạo, điều hành về CCHC.");
  expect(f.message.vi).toMatch(/ghi 04 nhưng biểu \(cột «Thực hiện quý I\/2026»\) ghi 3/);
});

test("a figure of no period is compared with the results only: the plan's value does not make it right", () => {
  const [f] = narrative("Phường đã tổ chức 04 cuộc kiểm tra công tác CCHC tại Bộ phận một cửa.");
  expect(f.message.vi).toMatch(/ghi 04 nhưng biểu \(cột «Thực hiện quý I\/2026»\) ghi 1/);
});

test("a plan figure of no period is compared with the plan only", () => {
  expect(narrative("Theo kế hoạch giao 32 nhiệm vụ CCHC.")).toEqual([]);
  const [f] = narrative("Kế hoạch giao 30 nhiệm vụ CCHC trong năm.");
  expect(f.message.vi).toMatch(/ghi 30 nhưng biểu \(cột «Kế hoạch năm 2026»\) ghi 32/);
});
