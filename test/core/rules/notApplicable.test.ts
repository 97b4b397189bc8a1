/**
 * "x" in a value cell: the statistical forms' sign for "does not apply here" (a quarter's cell of a yearly figure, a
 * headcount in a period column). Nothing to write instead, so an info, not the warning "-" and "không phát sinh" get
 * (write 0 and explain in Ghi chú); and no figure for the narrative to compare with.
 */
import { analyzeNarrative, readPlainText } from "../../../src/core/narrative";
import { checked, type Typed } from "../unseen/grid";

const TABLE: Typed[][] = [
  ["TT", "Nội dung", "ĐVT", "Quý IV/2025", "Ghi chú"],
  ["I", "Công tác chỉ đạo", "", ""],
  ["1", "Số văn bản chỉ đạo về CCHC", "Văn bản", "03"],
  ["2", "Số nhiệm vụ trong kế hoạch CCHC năm", "Nhiệm vụ", "x"],
  ["3", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "x"],
  ["4", "Biên chế được giao", "Người", "x"],
  ["5", "Số phản ánh, kiến nghị", "PAKN", "-"],
  ["6", "Số cuộc kiểm tra", "Cuộc", "Không phát sinh"],
];

test('"x" is an info saying the indicator does not apply; "-" and "Không phát sinh" stay warnings', () => {
  const { findings } = checked(TABLE);
  const notNumbers = findings.filter((f) => f.kind === "not-a-number" && f.ruleId === "not-a-number");
  expect(notNumbers.map((f) => [f.codes[0], f.severity])).toEqual([
    ["2", "info"],
    ["3", "info"],
    ["4", "info"],
    ["5", "warning"],
    ["6", "warning"],
  ]);
  expect(notNumbers[0].message.vi).toBe(
    'Dòng 2 ghi "x": chỉ tiêu không áp dụng ở cột này (quy ước của biểu thống kê), không có số liệu để kiểm tra.',
  );
});

test('the narrative compares nothing with "x" (it is not 0), but a dash is none: 0', () => {
  const { appendix } = checked(TABLE);
  const text =
    "Năm 2025 xã thực hiện 20 nhiệm vụ CCHC, đã hoàn thành 19 nhiệm vụ. Biên chế được giao 36 người. Tiếp nhận 02 phản ánh, kiến nghị.";
  const { findings } = analyzeNarrative(readPlainText(text), appendix);
  expect(findings.filter((f) => f.severity === "error").map((f) => [f.codes[0], f.expected, f.actual])).toEqual([
    ["5", 0, 2],
  ]);
});
