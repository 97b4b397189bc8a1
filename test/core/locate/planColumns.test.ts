/**
 * Tables of "Kế hoạch | Thực hiện | Tỷ lệ (%)" (a ward's quarter, a department's year): the results are the figures
 * reported, the plan a column beside them, the rate a per-row rate; the row of column numbers under the header, with the
 * formula of the computed column ("(6)=(5)/(4)"), belongs to the header.
 */
import { findHeaders } from "../../../src/core/locate/header";
import { readTableRows } from "../../../src/core/locate/tableRows";
import { isPlanTitle, isResultsTitle, planColumns } from "../../../src/core/locate/valueColumns";
import { checked, grid, type Typed } from "../unseen/grid";

const WARD_HEADER: Typed[] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"];
const WARD_NUMBERS: Typed[] = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)", "(7)"];
/** Values typed as text, as the ward typed them; 2.2's rate left blank in the plan. */
const WARD_ROWS: Typed[][] = [
  ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""],
  ["1.1", "Số văn bản chỉ đạo về CCHC được ban hành", "Văn bản", "4", "3", "75", ""],
  ["1.2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", "4", "1", "25", ""],
  ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
  ["2.1", "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", "", "1.480", "", ""],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", "", "1.110", "", ""],
  ["-", "Tiếp nhận trực tiếp", "Hồ sơ", "", "370", "", ""],
  ["2.2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "70", "75", "107,14", ""],
  ["3", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
  ["3.1", "Số cán bộ, công chức được đào tạo, bồi dưỡng", "Người", "28", "9", "32,14", ""],
  ["3.2", "Số người hoạt động không chuyên trách", "Người", "42", "42", "100", ""],
];

describe("the row of column numbers with a computed column's formula", () => {
  test.each<[string, Typed[]]>([
    ["(1) … (6)=(5)/(4) (7)", WARD_NUMBERS],
    ["1 2 3 4=3/2", ["1", "2", "3", "4", "5", "6=5/4", "7"]],
    ["A B C 1 2 3=2/1", ["A", "B", "C", "1", "2", "3=2/1", "4"]],
    ["spaced (6) = (5) : (4) x 100", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (5) : (4) x 100", "(7)"]],
  ])("%s belongs to the header, not to the table", (_name, numbering) => {
    const sheet = grid([["PHỤ LỤC"], WARD_HEADER, numbering, ...WARD_ROWS]).sheets[0];
    const [header] = findHeaders(sheet);
    expect([header.firstRow, header.lastRow]).toEqual([1, 2]);
    expect(readTableRows(sheet, header)[0].label).toBe("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
    const result = checked([["PHỤ LỤC"], WARD_HEADER, numbering, ...WARD_ROWS]);
    expect(result.appendix.form.rows[0].code).toBe("1");
    expect(result.findings.map((f) => f.message.vi).join("\n")).not.toMatch(/\(4\)|\(5\)|=/);
  });

  test("a data row whose label is words stays a data row even beside a formula-looking cell", () => {
    const sheet = grid([WARD_HEADER, ["1", "Số cuộc kiểm tra", "Cuộc", "4", "1", "4=1/4"], ...WARD_ROWS]).sheets[0];
    expect(readTableRows(sheet, findHeaders(sheet)[0])[0].label).toBe("Số cuộc kiểm tra");
  });
});

describe("headings of plan and results", () => {
  test.each([
    ["Kế hoạch"],
    ["KH"],
    ["Chỉ tiêu giao"],
    ["Dự toán"],
    ["Mục tiêu"],
    ["Kế hoạch năm 2026"],
    ["KH năm 2025"],
  ])("«%s» is a plan", (t) => expect(isPlanTitle(t)).toBe(true));
  test.each([["Thực hiện"], ["Kết quả"], ["TH"], ["Thực hiện quý I/2026"], ["Ước thực hiện"], ["Ước TH năm 2025"]])(
    "«%s» is results",
    (t) => expect(isResultsTitle(t)).toBe(true),
  );
  test.each([["Tỷ lệ thực hiện (%)"], ["Kỳ báo cáo"], ["Lũy kế từ đầu năm"], ["So với KH (%)"]])(
    "«%s» is no results column",
    (t) => expect(isResultsTitle(t)).toBe(false),
  );
  test.each([["Thực hiện"], ["Kỳ báo cáo"], ["Tỷ lệ (%)"], ["Kế hoạch thực hiện"]])("«%s» is no plan", (t) =>
    expect(isPlanTitle(t)).toBe(false),
  );
});

describe("a ward's table: Kế hoạch | Thực hiện | Tỷ lệ (%)", () => {
  const table = [["PHỤ LỤC"], WARD_HEADER, WARD_NUMBERS, ...WARD_ROWS];
  const result = checked(table);
  const { appendix } = result;

  test("the rows are read from the results column; the plan is another column, the rate a rate", () => {
    expect(appendix.columnTitle).toBe("Thực hiện");
    expect(appendix.rows.get("1.1")!.valueCell).toBe("'Phụ lục'!E5");
    expect(appendix.rows.get("1.1")!.value.number).toBe(3);
    expect(appendix.otherColumns!.map((c) => [c.title, c.plan ?? false])).toEqual([["Kế hoạch", true]]);
    expect(appendix.otherColumns![0].rows.get("1.1")!.value.number).toBe(4);
    expect(appendix.rateColumn!.title).toBe("Tỷ lệ (%)");
    expect(appendix.rateColumn!.rows.get("3.1")!.value.number).toBeCloseTo(32.14);
    expect(result.rows.find((r) => r.code === "3.1")!.valueCell).toBe("'Phụ lục'!E13");
  });

  test("a rate row left blank in the plan gets no 'để trống nên không kiểm tra được' warning; the table is clean", () => {
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message.vi)).toEqual([]);
  });

  test("planColumns names the three columns", () => {
    const cols = planColumns(grid(table), { ...appendix, rows: appendix.otherColumns![0].rows });
    expect(cols && [cols.plan.col, cols.results.col, cols.rate?.col]).toEqual([3, 4, 5]);
  });
});

describe("a department's year: headings with periods, two columns, no rate", () => {
  const header: Typed[] = ["STT", "Nội dung", "ĐVT", "Kế hoạch năm 2025", "Thực hiện năm 2025", "Ghi chú"];
  const rows: Typed[][] = [
    ["I", "CÔNG TÁC CHỈ ĐẠO", "", "", ""],
    ["1", "Số nhiệm vụ CCHC được giao", "Nhiệm vụ", 46, 46],
    ["2", "Số nhiệm vụ CCHC đã hoàn thành", "Nhiệm vụ", 46, 44],
    ["3", "Tỷ lệ nhiệm vụ hoàn thành", "%", 100, 95.65],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
    ["4", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", null, 9846],
    ["-", "Tiếp nhận trực tuyến", "Hồ sơ", null, 8120],
    ["-", "Tiếp nhận trực tiếp", "Hồ sơ", null, 1726],
  ];
  const result = checked([header, ...rows]);

  test("the results are the rows' values; no rate column", () => {
    expect(result.appendix.columnTitle).toBe("Thực hiện năm 2025");
    expect(result.appendix.rows.get("2")!.value.number).toBe(44);
    expect(result.appendix.rateColumn).toBeUndefined();
    expect(result.appendix.otherColumns!.map((c) => c.title)).toEqual(["Kế hoạch năm 2025"]);
  });

  test("the rules check the results (a wrong percent there is found, named by its column)", () => {
    const wrong = checked([header, ...rows.map((r) => (r[0] === "3" ? [...r.slice(0, 4), 93.5] : r))]);
    const messages = wrong.findings.filter((f) => f.severity === "error").map((f) => f.message.vi);
    expect(messages).toEqual([expect.stringMatching(/^Cột «Thực hiện năm 2025».*93,5.*95,65/)]);
  });
});

describe("a header over two rows: «Quý I/2026» over «Chỉ tiêu giao | Ước thực hiện | So với KH (%)»", () => {
  const table: Typed[][] = [
    ["STT", "Nội dung", "Đơn vị tính", "Quý I/2026", "", "", "Ghi chú"],
    ["", "", "", "Chỉ tiêu giao", "Ước thực hiện", "So với KH (%)", ""],
    ["1", "Số văn bản chỉ đạo về CCHC được ban hành", "Văn bản", 4, 3, 75],
    ["2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", 4, 1, 25],
    ["3", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 1500, 1480, 98.67],
    ["-", "Tiếp nhận trực tuyến", "Hồ sơ", 1000, 1110, 111],
    ["-", "Tiếp nhận trực tiếp", "Hồ sơ", 500, 370, 74],
    ["4", "Số cán bộ được đào tạo, bồi dưỡng", "Người", 28, 9, 32.14],
  ];

  test("the results column is read, the rate column checked", () => {
    const result = checked(table);
    expect(result.appendix.columnTitle).toBe("Ước thực hiện");
    expect(result.appendix.rows.get("1")!.value.number).toBe(3);
    expect(result.appendix.rateColumn?.title).toBe("So với KH (%)");
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("results first: «Thực hiện | Kế hoạch | Tỷ lệ (%)»", () => {
  const header: Typed[] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Kế hoạch", "Tỷ lệ (%)", "Ghi chú"];
  const swapped = WARD_ROWS.map((r) => [r[0], r[1], r[2], r[4], r[3], r[5], r[6]]);
  const result = checked([header, ...swapped]);

  test("the results stay the rows' values, the plan is marked as a plan, the rate is checked", () => {
    expect(result.appendix.columnTitle).toBe("Thực hiện");
    expect(result.appendix.rows.get("1.1")!.value.number).toBe(3);
    expect(result.appendix.otherColumns!.map((c) => [c.title, c.plan ?? false])).toEqual([["Kế hoạch", true]]);
    expect(result.appendix.rateColumn?.planRows.get("1.1")!.value.number).toBe(4);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a wrong rate is found", () => {
    const wrong = checked([header, ...swapped.map((r) => (r[0] === "3.1" ? [...r.slice(0, 5), "23,14"] : r))]);
    expect(wrong.findings.filter((f) => f.ruleId === "plan-rate").map((f) => f.expected)).toEqual([32.14]);
  });
});

test("«Kết quả» with no plan beside it is read as before (no plan, no rate)", () => {
  const header: Typed[] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Lũy kế từ đầu năm", "Tỷ lệ (%)", "Ghi chú"];
  const result = checked([header, ...WARD_ROWS.map((r) => [r[0], r[1], r[2], r[4], r[4], r[5], r[6]])]);
  expect(result.appendix.rateColumn).toBeUndefined();
  expect(result.appendix.otherColumns?.some((c) => c.plan)).toBeFalsy();
});

test("columns moved after their numbers were printed: a bracketed row of numbers out of order is still the header's", () => {
  const numbering: Typed[] = ["(1)", "(2)", "(3)", "(5)", "(4)", "(6)=(5)/(4)", "(7)"];
  const sheet = grid([WARD_HEADER, numbering, ...WARD_ROWS]).sheets[0];
  expect(findHeaders(sheet)[0].lastRow).toBe(1);
  // unbracketed small numbers out of order may be a row of figures: not taken for column numbers
  const figures = grid([WARD_HEADER, ["1", "2", "3", "5", "4", "6", "7"], ...WARD_ROWS]).sheets[0];
  expect(findHeaders(figures)[0].lastRow).toBe(0);
});
