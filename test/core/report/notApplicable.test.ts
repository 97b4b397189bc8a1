/**
 * "x" in a value cell (the indicator does not apply in this column) holds no figure: the report written from the
 * table says nothing of the row, never that it "did not arise" (không phát sinh), which "-" and 0 mean.
 */
import { generateBody } from "../../../src/core/report/generate";
import { runsText, type Block } from "../../../src/core/report/model";
import { rewriteDraft } from "../../../src/core/report/rewrite";
import { readPlainText } from "../../../src/core/narrative/document";
import { checked, type Typed } from "../unseen/grid";

const TABLE: Typed[][] = [
  ["TT", "Nội dung", "ĐVT", "Số liệu", "Ghi chú"],
  ["I", "Công tác chỉ đạo, điều hành", "", ""],
  ["1", "Số văn bản chỉ đạo, điều hành về CCHC", "Văn bản", 3],
  ["2", "Số nhiệm vụ trong kế hoạch CCHC năm", "Nhiệm vụ", "x"],
  ["3", "Số cuộc kiểm tra công tác CCHC", "Cuộc", "-"],
  ["II", "Tổ chức bộ máy", "", ""],
  ["4", "Biên chế được giao", "Người", "x"],
  ["5", "Số cán bộ, công chức hiện có", "Người", "X"],
  ["6", "Số cán bộ dôi dư đã bố trí, giải quyết chế độ", "Người", 3],
];

const text = (blocks: Block[]) => blocks.map((b) => (b.type === "table" ? "" : runsText(b.runs))).join("\n");

test('a row holding "x" is not said, and not said to be "không phát sinh"; a row holding "-" still is', () => {
  const body = text(
    generateBody(checked(TABLE).appendix, { unitName: "UBND xã Tân Kỳ", period: "quý IV", year: 2025 }),
  );
  expect(body).toMatch(/văn bản chỉ đạo, điều hành về CCHC là 03 văn bản/i);
  expect(body).toMatch(/cuộc kiểm tra công tác CCHC: không phát sinh/i);
  expect(body).toMatch(/dôi dư đã bố trí, giải quyết chế độ là 03 người/i);
  expect(body).not.toMatch(/nhiệm vụ trong kế hoạch/i);
  expect(body).not.toMatch(/biên chế được giao/i);
  expect(body).not.toMatch(/công chức hiện có/i);
});

// A draft against a table of two value columns (Quý IV/2025 | Lũy kế năm 2025): the export writes and links the first
// column's values, so a figure the narrative compares with the other column (its sentence names that period, or names
// none and only that column holds it) is kept as written, not overwritten with the quarter's ("4.905" → "1.236").
const TWO_COLUMNS: Typed[][] = [
  ["TT", "Nội dung", "ĐVT", "Số liệu", "", "Ghi chú"],
  ["", "", "", "Quý IV/2025", "Lũy kế năm 2025", ""],
  ["I", "Cải cách thủ tục hành chính", "", "", ""],
  ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", 1236, 4905],
  ["-", "Trực tuyến", "Hồ sơ", 1002, 3811],
  ["-", "Trực tiếp, bưu chính", "Hồ sơ", 234, 1094],
  ["2", "Số văn bản chỉ đạo, điều hành về CCHC", "Văn bản", 3, 11],
];

test("a right figure of the year's column is kept as written by the export's rewrite of the draft", () => {
  const draft = readPlainText("Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ, trong đó trực tuyến 3.811 hồ sơ.");
  const { blocks } = rewriteDraft(draft, checked(TWO_COLUMNS).appendix);
  expect(text(blocks)).toContain("Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ, trong đó trực tuyến 3.811 hồ sơ.");
});

test("a figure of the quarter is rewritten with the quarter's value; one of no period that only the year holds is kept", () => {
  const draft = readPlainText(
    "Quý IV năm 2025 tiếp nhận 1.263 hồ sơ. Đã ban hành 11 văn bản chỉ đạo, điều hành về CCHC. Ban hành 4 văn bản chỉ đạo, điều hành về CCHC.",
  );
  const body = text(rewriteDraft(draft, checked(TWO_COLUMNS).appendix).blocks);
  expect(body).toContain("Quý IV năm 2025 tiếp nhận 1.236 hồ sơ.");
  expect(body).toContain("Đã ban hành 11 văn bản chỉ đạo");
  // held by neither column: the first column's value, as for a table of one column
  expect(body).toContain("Ban hành 3 văn bản chỉ đạo");
});
