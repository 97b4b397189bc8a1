/** The kind of a row's value from its unit, its label, or (without either) what its cell holds. */
import { inferKind } from "../../../../src/core/form/infer/kind";
import type { Cell } from "../../../../src/core/grid";

const kind = (label: string, unit: string, value?: Cell, hasChildren = false) =>
  inferKind({ label, unit, value, hasChildren, group: false });

test.each([
  ["Tỷ lệ hồ sơ đúng hạn", "%", "percent"],
  ["Số công chức đúng vị trí việc làm", "%", "percent"],
  ["Tỷ lệ giải ngân", "Tỷ lệ", "percent"],
  ["Tổ chức đối thoại", "Có/không", "yesNo"],
  ["Có bộ phận một cửa", "Có, Không", "yesNo"],
  ["Kế hoạch vốn được giao", "Triệu đồng", "amount"],
  ["Thu phí", "đồng", "amount"],
  ["Điểm chỉ số CCHC", "Điểm", "amount"],
  ["Số hồ sơ", "Hồ sơ", "count"],
  ["Số lượt người được tập huấn", "Lượt người", "count"],
  ["Số TTHC", "TTHC", "count"],
  ["Số phòng", "Phòng, tương đương", "count"],
  ["Số văn bản", "Văn bản", "count"],
])("%s [%s] → %s", (label, unit, expected) => {
  expect(kind(label, unit).kind).toBe(expected);
});

test("a list of options in the unit column is a choice", () => {
  expect(kind("Hình thức khảo sát", "Trực tuyến; Phát phiếu; Kết hợp")).toEqual({
    kind: "choice",
    unit: "Trực tuyến; Phát phiếu; Kết hợp",
    options: ["Trực tuyến", "Phát phiếu", "Kết hợp"],
  });
});

test("without a unit: the label, then the value cell, then headings and text", () => {
  expect(kind("Tỷ lệ văn bản ký số", "").kind).toBe("percent");
  expect(kind("Có hệ thống camera (Có/Không)", "").kind).toBe("yesNo");
  expect(kind("Thu ngân sách (triệu đồng)", "").kind).toBe("amount");
  expect(kind("Văn bản đi", "", { value: 0.98, text: "98%", numberFormat: "0%" }).kind).toBe("percent");
  expect(kind("Văn bản đến", "", { value: 1200, text: "1200" }).kind).toBe("count");
  expect(kind("Số đơn vị tự chủ", "").kind).toBe("count");
  expect(kind("Kết quả giải quyết TTHC", "", undefined, true).kind).toBe("heading");
  expect(kind("Nhận xét", "").kind).toBe("text");
});
