/**
 * The header and the value columns of tables the project had not seen (phase 2): a row of column numbers printed
 * under the header ("1 | 2 | 3 | 4 | 5", "(1) | (2) | …"), repeated at a page break; a comparison column ("So sánh
 * (%)", "Tăng/giảm") beside the figures, which holds percents of them and is no value column.
 */
import { findHeaders } from "../../../src/core/locate/header";
import { readTableRows } from "../../../src/core/locate/tableRows";
import { appendixInColumn, valueColumns } from "../../../src/core/locate/valueColumns";
import { checked, grid, HEADER, type Typed } from "../unseen/grid";

const ROWS: Typed[][] = [
  ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
  [1, "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 1200],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", 900],
  ["-", "Tiếp nhận trực tiếp", "Hồ sơ", 300],
  [2, "Số hồ sơ đã giải quyết", "Hồ sơ", 1100],
  [3, "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", { p: 75 }],
  [4, "Số biên chế được giao", "Người", 40],
  [5, "Số cán bộ, công chức hiện có", "Người", 46],
];

describe.each<[string, Typed[]]>([
  ["numbers", [1, 2, 3, 4, 5]],
  ["numbers in brackets", ["(1)", "(2)", "(3)", "(4)", "(5)"]],
  ["letters then numbers", ["A", "B", "C", "1", "2"]],
])("a row of column numbers under the header (%s)", (_name, numbering) => {
  const sheet = grid([["PHỤ LỤC"], HEADER, numbering, ...ROWS]).sheets[0];

  test("belongs to the header: the table's first row is the first group", () => {
    const [header] = findHeaders(sheet);
    expect([header.firstRow, header.lastRow]).toEqual([1, 2]);
    expect(readTableRows(sheet, header)[0].label).toBe("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
  });

  test("the learnt form keeps the printed numbers as codes (1, not I.1) and has no row for it", () => {
    const result = checked([["PHỤ LỤC"], HEADER, numbering, ...ROWS]);
    expect(result.appendix.form.rows.map((r) => r.code)).toEqual(["I", "1", "1a", "1b", "2", "3", "4", "5"]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

test("a table pasted from Word repeats its header and its column numbers at a page break: both are skipped", () => {
  const sheet = grid([HEADER, [1, 2, 3, 4, 5], ...ROWS.slice(0, 4), HEADER, [1, 2, 3, 4, 5], ...ROWS.slice(4)])
    .sheets[0];
  const rows = readTableRows(sheet, findHeaders(sheet)[0]);
  expect(rows.map((r) => r.label)).toEqual(ROWS.map((r) => r[1]));
});

test("a data row of small numbers is not a row of column numbers (its label is words)", () => {
  const sheet = grid([HEADER, [1, "Số cuộc kiểm tra", 3, 4], ...ROWS]).sheets[0];
  expect(readTableRows(sheet, findHeaders(sheet)[0])[0].label).toBe("Số cuộc kiểm tra");
});

describe("value columns", () => {
  const header: Typed[] = [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "6 tháng đầu năm 2026",
    "Cùng kỳ năm 2025",
    "So sánh (%)",
    "Ghi chú",
  ];
  const rows: Typed[][] = [
    ["1", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 5362, 4118, 130.2],
    ["-", "Tiếp nhận trực tuyến", "Hồ sơ", 4987, 3540, 140.9],
    ["-", "Tiếp nhận trực tiếp", "Hồ sơ", 375, 578, 64.9],
    ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 5201, 4006, 129.8],
    ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", 93.01, 85.96, "-"],
    ["4", "Biên chế công chức được giao", "Người", 142, 95, 149.5],
  ];

  test.each<[string]>([["So sánh (%)"], ["Tăng/giảm (%)"], ["Tỷ lệ % so với cùng kỳ"], ["Tăng, giảm"]])(
    "a comparison column («%s») is no value column: its growth percents are not counts",
    (title) => {
      const table = [header.map((h) => (h === "So sánh (%)" ? title : h)), ...rows];
      const result = checked(table);
      const wb = grid(table);
      expect(valueColumns(wb, result.appendix).others.map((c) => c.title)).toEqual(["Cùng kỳ năm 2025"]);
      expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message.vi)).toEqual([]);
    },
  );

  test("the same period of last year is checked as a value column (a wrong ratio there is found)", () => {
    const wrong = rows.map((r) => (r[0] === "3" ? [...r.slice(0, 4), 89.5, "-"] : r));
    const result = checked([header, ...wrong]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => f.message.vi)).toEqual([
      expect.stringMatching(/^Cột «Cùng kỳ năm 2025»: Dòng 3 ghi 89,5%/),
    ]);
  });

  test("a column's heading is read past the row of column numbers under the header", () => {
    const table = [header, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], ...rows];
    const result = checked(table);
    const wb = grid(table);
    const columns = valueColumns(wb, result.appendix);
    expect(columns.main).toBe("6 tháng đầu năm 2026");
    expect(columns.others.map((c) => c.title)).toEqual(["Cùng kỳ năm 2025"]);
    expect(appendixInColumn(wb, result.appendix, columns.others[0].col).rows.get("1")?.value.number).toBe(4118);
    expect(result.appendix.otherColumns?.map((c) => c.title)).toEqual(["Cùng kỳ năm 2025"]);
  });
});
