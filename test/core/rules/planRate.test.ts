/**
 * plan-rate: the "Tỷ lệ (%)" column after "Kế hoạch | Thực hiện" is each row's results over its plan × 100, within
 * the rounding of the decimals shown; a fix only where both cells are numbers.
 */
import { planRateRule } from "../../../src/core/rules/planRate";
import { TABLE_RULES } from "../../../src/core/rules";
import { checked, type Typed } from "../unseen/grid";

const HEADER: Typed[] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"];

function table(rate: Typed, planned: Typed = 28, done: Typed = 9, header = HEADER): Typed[][] {
  return [
    header,
    ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", ""],
    ["1.1", "Số văn bản chỉ đạo về CCHC được ban hành", "Văn bản", 4, 3, 75],
    ["1.2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", 4, 1, 25],
    ["2", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", ""],
    ["2.1", "Số cán bộ, công chức được đào tạo, bồi dưỡng", "Người", planned, done, rate],
    ["2.2", "Số người hoạt động không chuyên trách", "Người", 42, 42, 100],
    ["-", "Ở tổ dân phố", "Người", 30, 30, 100],
    ["-", "Ở khu phố", "Người", 12, 12, 100],
  ];
}

const rateFindings = (rows: Typed[][]) => checked(rows).findings.filter((f) => f.ruleId === "plan-rate");

test("is a table rule with its id, reporting a ratio", () => {
  expect(TABLE_RULES).toContain(planRateRule);
  expect([planRateRule.id, planRateRule.kind]).toEqual(["plan-rate", "ratio"]);
});

test("a wrong rate (23,14 where 9/28 = 32,14) is an error naming the row and its three cells, with a fix", () => {
  const [f, ...rest] = rateFindings(table("23,14"));
  expect(rest).toEqual([]);
  expect(f.severity).toBe("error");
  expect(f.codes).toEqual(["2.1"]);
  expect(f.cells).toEqual(["'Phụ lục'!F6", "'Phụ lục'!E6", "'Phụ lục'!D6"]);
  expect(f.message.vi).toBe(
    "Dòng 2.1 cột «Tỷ lệ (%)» ghi 23,14% (ô F6) nhưng «Thực hiện» / «Kế hoạch» = 9/28 (ô E6/D6) = 32,14%.",
  );
  expect(f.message.en).toMatch(/^Row 2\.1 column «Tỷ lệ \(%\)» says 23\.14% \(cell F6\)/);
  expect([f.expected, f.actual]).toEqual([32.14, 23.14]);
  expect(f.fix).toMatchObject({ cell: "'Phụ lục'!F6", value: 32.14, number: 32.14 });
  // a plain cell holds the points: the button says what it writes
  expect(f.fix?.display.vi).toBe("32,14");
});

test("is named once, not once per value column", () => {
  expect(rateFindings(table(23.14))).toHaveLength(1);
  expect(rateFindings(table(23.14))[0].message.vi).not.toMatch(/^Cột «/);
});

test.each<[string, Typed]>([
  ["rounded to the decimals shown", 32.1],
  ["rounded to a whole", 32],
  ["truncated", "32,1"],
  ["exact, typed as text", "32,14"],
])("a rate %s agrees", (_name, rate) => {
  expect(rateFindings(table(rate))).toEqual([]);
});

test("a rate above 100 (results beyond the plan) is checked as any other", () => {
  expect(rateFindings(table("128,57", 28, 36))).toEqual([]);
  expect(rateFindings(table("118,57", 28, 36)).map((f) => f.expected)).toEqual([128.57]);
});

test("a rate in a percent-formatted cell gets its fix as a fraction", () => {
  const [f] = rateFindings(table({ p: 23.14 }));
  expect(f.fix).toMatchObject({ value: 0.3214, number: 32.14 });
});

test.each<[string, Typed, Typed, Typed]>([
  ["the rate is blank", "", 28, 9],
  ["the results are words", "23,14", 28, "Đang tổng hợp"],
  ["the plan is blank", "23,14", "", 9],
  ["the plan is 0", "23,14", 0, 9],
  ["the rate is a dash", "-", 28, 9],
])("nothing is said when %s", (_name, rate, planned, done) => {
  expect(rateFindings(table(rate, planned, done))).toEqual([]);
});

test("department wording: «Dự toán | Ước thực hiện | So với dự toán (%)»", () => {
  const header: Typed[] = ["STT", "Nội dung", "ĐVT", "Dự toán", "Ước thực hiện", "So với dự toán (%)", "Ghi chú"];
  const [f] = rateFindings(table(50, 28, 9, header));
  expect(f.message.vi).toMatch(/cột «So với dự toán \(%\)» ghi 50% .*«Ước thực hiện» \/ «Dự toán» = 9\/28/);
});

test("no rate column, no plan: the rule says nothing", () => {
  const header: Typed[] = ["STT", "Nội dung", "ĐVT", "Kỳ báo cáo", "Lũy kế từ đầu năm", "Tỷ lệ (%)", "Ghi chú"];
  expect(rateFindings(table(23.14, 28, 9, header))).toEqual([]);
});
