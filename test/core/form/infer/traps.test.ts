/**
 * Traps that must stay quiet: rows whose words look like a part and its whole, or a percent of them, where a correct
 * report legitimately goes beyond (staff present above the quota after a merger, visits above the headcount, revenue
 * above the estimate, a percent of a plan above 100%, dossiers resolved from the backlog, a percent compared with
 * 2015). A wrong relation costs more than a missing one: each trap table is consistent, and the check of the form
 * inferred from it must raise nothing.
 */
import { checkWorkbook } from "../../../../src/core/check";
import { relationCodes } from "../../../../src/core/form";
import { shapeGrid, type Shape, type ShapeRow, type Value } from "./shapes";

const r = (stt: string, label: string, unit: string, value: Value): ShapeRow => ({ stt, label, unit, values: [value] });
const pct = (points: number, decimals = 0): Value => ({ pct: points, decimals });

/** A small appendix: a few ordinary rows around the trap, so that the table is found. */
function table(rows: ShapeRow[]): Shape {
  return {
    name: "trap",
    title: ["BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
    header: [["STT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"]],
    columns: { stt: 0, label: 1, unit: 2, values: [3], note: 4 },
    rows: [
      r("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", null),
      r("1", "Số văn bản chỉ đạo về CCHC đã ban hành", "Văn bản", 8),
      r("2", "Số cuộc kiểm tra công vụ", "Cuộc", 2),
      r("II", "NỘI DUNG KHÁC", "", null),
      ...rows,
    ],
  };
}

interface Trap {
  name: string;
  rows: ShapeRow[];
  /**
   * Pairs of labels that no relation may hold one within the other: no part-of, no sum, and no ratio unless its
   * percent may be above 100% (thu / dự toán = 124% is right; thu ≤ dự toán is wrong).
   */
  unrelated: [string, string][];
}

const TRAPS: Trap[] = [
  {
    name: "over-staffing after a merger (siblings)",
    rows: [
      r("3", "Số biên chế cán bộ, công chức được giao", "Người", 45),
      r("4", "Số cán bộ, công chức hiện có", "Người", 52),
      r("5", "Tỷ lệ cán bộ, công chức hiện có so với biên chế được giao", "%", pct(115.56, 2)),
    ],
    unrelated: [["Số cán bộ, công chức hiện có", "Số biên chế cán bộ, công chức được giao"]],
  },
  {
    name: "over-staffing after a merger (staff present as a sub-row of the quota)",
    rows: [
      r("3", "Tổng số biên chế công chức được giao", "Người", 62),
      r("-", "Số công chức có mặt", "Người", 71),
      r("4", "Số người làm việc được giao tại đơn vị sự nghiệp", "Người", 40),
      r("-", "Số người làm việc có mặt", "Người", 43),
    ],
    unrelated: [
      ["Số công chức có mặt", "Tổng số biên chế công chức được giao"],
      ["Số người làm việc có mặt", "Số người làm việc được giao tại đơn vị sự nghiệp"],
    ],
  },
  {
    name: "'lượt người' trained above the headcount",
    rows: [
      r("3", "Số cán bộ, công chức", "Người", 52),
      r("-", "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Lượt người", 86),
      r("4", "Tổng số cán bộ, công chức, viên chức", "Người", 120),
      r("5", "Số lượt người được tập huấn nghiệp vụ", "Lượt người", 310),
    ],
    unrelated: [
      ["Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Số cán bộ, công chức"],
      ["Số lượt người được tập huấn nghiệp vụ", "Tổng số cán bộ, công chức, viên chức"],
    ],
  },
  {
    name: "revenue above the estimate, and its percent above 100%",
    rows: [
      r("3", "Dự toán thu ngân sách nhà nước được giao", "Triệu đồng", 5000),
      r("4", "Thu ngân sách nhà nước thực hiện", "Triệu đồng", 6200),
      r("5", "Tỷ lệ thu ngân sách so với dự toán", "%", pct(124)),
      r("6", "Tổng dự toán thu phí, lệ phí", "Triệu đồng", 800),
      r("-", "Số thu phí, lệ phí đã thực hiện", "Triệu đồng", 950.5),
    ],
    unrelated: [
      ["Thu ngân sách nhà nước thực hiện", "Dự toán thu ngân sách nhà nước được giao"],
      ["Số thu phí, lệ phí đã thực hiện", "Tổng dự toán thu phí, lệ phí"],
    ],
  },
  {
    name: "a percent of a plan above 100% (training, recruitment)",
    rows: [
      r("3", "Số lớp tập huấn theo kế hoạch", "Lớp", 5),
      r("4", "Số lớp tập huấn đã tổ chức thực hiện", "Lớp", 7),
      r("5", "Tỷ lệ thực hiện so với kế hoạch", "%", pct(140)),
      r("6", "Chỉ tiêu tuyển dụng viên chức được giao", "Người", 10),
      r("7", "Số viên chức đã tuyển dụng", "Người", 12),
      r("8", "Tỷ lệ hoàn thành chỉ tiêu tuyển dụng", "%", pct(120)),
    ],
    unrelated: [
      ["Số lớp tập huấn đã tổ chức thực hiện", "Số lớp tập huấn theo kế hoạch"],
      ["Số viên chức đã tuyển dụng", "Chỉ tiêu tuyển dụng viên chức được giao"],
    ],
  },
  {
    name: "dossiers resolved from the backlog, above those newly received",
    rows: [
      r("3", "Số hồ sơ mới tiếp nhận trong kỳ", "Hồ sơ", 300),
      r("4", "Số hồ sơ từ kỳ trước chuyển sang", "Hồ sơ", 90),
      r("5", "Số hồ sơ đã giải quyết", "Hồ sơ", 350),
      r("6", "Số hồ sơ đang giải quyết", "Hồ sơ", 40),
    ],
    unrelated: [
      ["Số hồ sơ đã giải quyết", "Số hồ sơ mới tiếp nhận trong kỳ"],
      ["Số hồ sơ đang giải quyết", "Số hồ sơ mới tiếp nhận trong kỳ"],
    ],
  },
  {
    name: "a percent compared with 2015 or the same period, not with the rows above it",
    rows: [
      r("3", "Số biên chế công chức được giao", "Người", 45),
      r("4", "Số biên chế đã tinh giản", "Người", 3),
      r("5", "Tỷ lệ biên chế đã tinh giản so với năm 2015", "%", pct(12.5, 1)),
      r("6", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 1200),
      r("7", "Tỷ lệ tăng so với cùng kỳ năm trước", "%", pct(15)),
    ],
    unrelated: [["Số biên chế đã tinh giản", "Số biên chế công chức được giao"]],
  },
];

describe.each(TRAPS)("$name", ({ rows, unrelated }) => {
  const result = checkWorkbook(shapeGrid(table(rows)));
  if (result.status !== "checked") throw new Error("not checked");
  const form = result.used.form;
  const codeOf = (label: string) => form.rows.find((row) => row.label === label)!.code;

  test("the form is inferred from the table", () => {
    expect(result.used.source).toBe("inferred");
  });

  test("no relation ties the rows that may go beyond each other", () => {
    for (const [a, b] of unrelated) {
      const pair = [codeOf(a), codeOf(b)];
      const tying = form.relations.filter(
        (rel) =>
          pair.every((c) => relationCodes(rel).includes(c)) &&
          !(rel.type === "ratio" && form.rows.find((row) => row.code === rel.percent)?.canExceed),
      );
      expect(tying).toEqual([]);
    }
  });

  test("the check raises nothing", () => {
    expect(result.findings.map((f) => `${f.severity} ${f.kind} ${f.codes.join(",")}`)).toEqual([]);
  });
});
