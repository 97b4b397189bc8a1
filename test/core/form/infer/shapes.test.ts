/**
 * Three appendices of other shapes (a commune's 2025 form, a provincial department's form, a form with letter and "+"
 * sub-rows and two value columns), as cell grids and as .xlsx files: the checker learns each form from the table,
 * infers the relations a reader of the form would write (each listed and judged here), finds the planted faults and
 * stays quiet on the traps (over-staffing after a merger, revenue above the estimate, "lượt người").
 */
import { checkWorkbook, type CheckResult } from "../../../../src/core/check";
import type { Finding } from "../../../../src/core/findings";
import { relationKey } from "../../../../src/core/form/relations";
import type { WorkbookGrid } from "../../../../src/core/grid";
import {
  COMMUNE_2025,
  DEPARTMENT_2025,
  rowIndex,
  shapeGrid,
  shapeXlsxGrid,
  TWO_COLUMNS,
  withValues,
  type Shape,
} from "./shapes";

interface Case {
  shape: Shape;
  /** Every relation inferred, judged right by reading the form, with its severity. */
  relations: Record<string, "error" | "warning">;
  /** Planted faults: row label → new values. */
  faults: Record<string, (number | { pct: number; decimals?: number })[]>;
  /** The errors the faults must raise ("kind code,code…"), and nothing else. */
  errors: string[];
}

const CASES: Case[] = [
  {
    shape: COMMUNE_2025,
    relations: {
      "ratio 4 = 3 / 2": "error",
      "ratio 12 = 11a / 11": "error",
      "ratio 15 = 13a / 13": "error",
      "ratio 17 = 16 / 13": "error",
      "ratio 20 = 19 / 18": "error",
      // revenue may be above the estimate: a ratio without "part ≤ whole", and a warning
      "ratio 29 = 28 / 27": "warning",
      "ratio 32 = 31 / 30": "error",
      "ratio 35 = 34 / 33": "error",
      "sum 10 = 10a + 10b": "error",
      "sum 11 = 11a + 11b": "error",
      "sum 13 = 13a + 13b": "error",
      // procedures offered online are procedures within the commune's competence (inferred from words alone: a warning)
      "part-of 10 <= 9": "warning",
      "part-of 13 <= 11": "error",
      "part-of 14 <= 11": "error",
    },
    faults: {
      "Tỷ lệ hoàn thành Kế hoạch CCHC năm": [{ pct: 80 }],
      "Giải quyết quá hạn": [30],
      "Số phản ánh, kiến nghị đã xử lý": [8],
      "Tỷ lệ TTHC triển khai thanh toán trực tuyến": [{ pct: 95 }],
    },
    errors: ["ratio 4,3,2", "sum 13,13a,13b", "part-exceeds-total 19,18", "ratio 35,34,33"],
  },
  {
    shape: DEPARTMENT_2025,
    relations: {
      "ratio 1.4 = 1.3 / 1.2": "error",
      "ratio 2.5 = 2.4a / 2.4": "error",
      "ratio 5.3 = 5.2 / 5.1": "warning",
      "sum 2.4 = 2.4a + 2.4b": "error",
      "sum 6.3 = 6.1 + 6.2": "error",
      "part-of 2.3a <= 2.3": "error",
      "part-of 2.3b <= 2.3": "error",
      "part-of 2.4 <= 2.3": "error",
    },
    faults: {
      "Tỷ lệ hoàn thành nhiệm vụ": [{ pct: 75 }],
      "a) Số hồ sơ tiếp nhận trực tuyến": [2400],
      "Tổng số TTHC cung cấp dịch vụ công trực tuyến toàn trình và một phần": [140],
    },
    errors: ["ratio 1.4,1.3,1.2", "part-exceeds-total 2.3a,2.3", "sum 6.3,6.1,6.2"],
  },
  {
    shape: TWO_COLUMNS,
    relations: {
      "ratio 3 = 2aa / 2a": "error",
      "ratio 4 = 1a / 1": "error",
      "sum 1 = 1a + 1b + 1c": "error",
      "sum 1a = 1aa + 1ab": "error",
      "sum 2 = 2a + 2b": "error",
      "sum 2a = 2aa + 2ab": "error",
      "sum 2b = 2ba + 2bb": "error",
      // results are digitised for dossiers resolved, which are dossiers in hand
      "part-of 5 <= 2": "error",
    },
    faults: {
      // the cumulative column's total; the period column's on-time count
      "Tiếp nhận hồ sơ TTHC": [1500, 4300],
      "Trước và đúng hạn": [1360, 3976],
    },
    // 4.300 received also makes the cumulative online share wrong (2.900 / 4.300 is not 69,05%)
    errors: ["sum 1,1a,1b,1c", "ratio 4,1a,1", "sum 2a,2aa,2ab", "ratio 3,2aa,2a"],
  },
];

const key = (f: Finding) => `${f.kind} ${f.codes.join(",")}`;

function checked(grid: WorkbookGrid): Extract<CheckResult, { status: "checked" }> {
  const result = checkWorkbook(grid);
  if (result.status !== "checked") throw new Error("no appendix found");
  return result;
}

function faulty(c: Case): Shape {
  const changes: Record<number, (number | { pct: number; decimals?: number })[]> = {};
  for (const [label, values] of Object.entries(c.faults)) changes[rowIndex(c.shape, label)] = values;
  return withValues(c.shape, changes);
}

describe.each(CASES)("$shape.name", (c) => {
  describe.each<[string, (s: Shape) => Promise<WorkbookGrid>]>([
    ["as a cell grid", async (s) => shapeGrid(s)],
    ["as an .xlsx file", (s) => shapeXlsxGrid(s)],
  ])("%s", (_how, build) => {
    let consistent: Extract<CheckResult, { status: "checked" }>;
    let withFaults: Extract<CheckResult, { status: "checked" }>;
    beforeAll(async () => {
      consistent = checked(await build(c.shape));
      withFaults = checked(await build(faulty(c)));
    });

    test("the form is learnt from the table: every row of it, none 'not in the form'", () => {
      expect(consistent.used.source).toBe("inferred");
      expect(consistent.appendix.unrecognised).toEqual([]);
      expect(consistent.appendix.missingCodes).toEqual([]);
      const labelled = c.shape.rows.filter((r) => r.label.trim() !== "").length;
      expect(consistent.appendix.rows.size).toBe(labelled);
    });

    test("the relations inferred are the ones judged right, each with its severity", () => {
      const got = Object.fromEntries(consistent.used.form.relations.map((r) => [relationKey(r), r.severity]));
      expect(got).toEqual(c.relations);
    });

    test("the consistent table raises nothing, traps included", () => {
      expect(consistent.findings.map((f) => `${f.severity} ${key(f)}`)).toEqual([]);
    });

    test("the planted faults are errors, and nothing else is", () => {
      const errors = withFaults.findings.filter((f) => f.severity === "error").map(key);
      expect([...errors].sort()).toEqual([...c.errors].sort());
      expect(withFaults.findings.filter((f) => f.severity !== "error").map(key)).toEqual([]);
    });
  });
});

test("a finding of an inferred relation says so, with the words it rests on, and says what the rows give without a fix", () => {
  const result = checked(shapeGrid(faulty(CASES[0])));
  const ratio = result.findings.find((f) => key(f) === "ratio 4,3,2")!;
  expect(ratio.message.vi).toMatch(/Quan hệ suy ra từ nhãn của biểu, độ tin cậy 85%: «Tỷ lệ hoàn thành Kế hoạch/);
  expect(ratio.message.en).toMatch(/Relation inferred from the form's labels, confidence 85%/);
  // 75% is what the rows give, said in the message and as `expected`; a relation guessed from labels is never
  // certain enough to write it into the sheet.
  expect(ratio.expected).toBe(75);
  expect(ratio.message.vi).toMatch(/= 75,00%/);
  expect(ratio.fix).toBeUndefined();
});

test("two value columns: each is checked, and each finding names its column", () => {
  const result = checked(shapeGrid(faulty(CASES[2])));
  const sums = result.findings.filter((f) => f.kind === "sum" && f.codes[0] === "1");
  expect(sums.map((f) => f.message.vi.slice(0, 30))).toEqual(["Cột «Lũy kế từ đầu năm»: Dòng "]);
  expect(sums[0].cells[0]).toBe("'Phụ lục'!E5");
  const ratio = result.findings.find((f) => f.kind === "ratio")!;
  expect(ratio.message.vi).toMatch(/^Cột «Kỳ báo cáo»: Dòng 3 ghi 99,28%/);
});

test("a percent typed in a percent row is not read as a count (the false 3.3.2b of the district form)", () => {
  const result = checked(shapeGrid(COMMUNE_2025));
  const row = result.appendix.rows.get("15")!;
  expect(row.formRow.kind).toBe("percent");
  expect(row.value.number).toBeCloseTo(99.53, 2);
});
