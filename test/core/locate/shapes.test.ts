/**
 * The appendix in other shapes: at another cell, on a second sheet, STT as numbers, a wrapped label, an inserted
 * blank row, decomposed Unicode, old tone marks, other column orders. The findings do not change.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { WorkbookGrid } from "../../../src/core/grid";
import {
  decomposed,
  FIXTURE_XLSX,
  loadXlsxGrid,
  mapCells,
  oldToneMarks,
  onSecondSheet,
  reorderedColumns,
  rowOf,
  shifted,
  sttAsNumbers,
  withBlankRow,
  wrappedLabel,
} from "../../helpers/fixtures";

/** What a finding says, without where the table sits. */
function signature(wb: WorkbookGrid): string[] {
  const result = checkWorkbook(wb);
  if (result.status !== "checked") throw new Error("appendix not found");
  return result.findings
    .map((f) => `${f.kind}|${f.severity}|${f.codes.join(",")}|${f.expected ?? ""}|${f.actual ?? ""}`)
    .sort();
}

let base: WorkbookGrid;
let expected: string[];

beforeAll(async () => {
  base = await loadXlsxGrid(FIXTURE_XLSX);
  expected = signature(base);
});

test("the base has findings to compare", () => {
  expect(expected.length).toBeGreaterThan(10);
});

test.each<[string, (wb: WorkbookGrid) => WorkbookGrid]>([
  ["at another cell (F12)", (wb) => shifted(wb, 11, 5)],
  ["on a second sheet", onSecondSheet],
  ["STT stored as numbers", (wb) => sttAsNumbers(wb)],
  ["a blank row inserted in the table", (wb) => withBlankRow(wb, 0, rowOf(wb, 0, 0, "3.3"))],
  ["a label wrapped over two rows", (wb) => wrappedLabel(wb, 0, rowOf(wb, 0, 0, "4.5.2"))],
  ["decomposed Unicode (NFD)", decomposed],
  ["old tone marks (hoá, uỷ)", oldToneMarks],
  ["no STT at all", (wb) => mapCells(wb, (c, r, col) => (col === 0 && r > 3 ? { value: null, text: "" } : c))],
  [
    "wrong and repeated STT",
    (wb) =>
      mapCells(wb, (c, _r, col) =>
        col === 0 && c.value === "3.3.2"
          ? { value: "3.3.1", text: "3.3.1" }
          : col === 0 && c.value === "4.5.2"
            ? { value: "4.2.5", text: "4.2.5" }
            : c,
      ),
  ],
  ["columns in another order (Số liệu before Đơn vị tính)", (wb) => reorderedColumns(wb, [0, 1, 3, 2, 4])],
  ["columns in another order (Ghi chú first, STT last)", (wb) => reorderedColumns(wb, [4, 1, 2, 3, 0])],
])("%s: the same findings", (_name, reshape) => {
  expect(signature(reshape(base))).toEqual(expected);
});

test("findings point at the moved cells", () => {
  const result = checkWorkbook(shifted(base, 11, 5));
  if (result.status !== "checked") throw new Error("appendix not found");
  const f = result.findings.find((x) => x.kind === "ratio" && x.codes[0] === "7.2.4");
  expect(f?.cells[0]).toBe("'Phụ lục'!I131");
});

test("a workbook without the appendix says so", () => {
  const result = checkWorkbook({ sheets: [{ name: "Sheet1", cells: [[{ value: "Hello", text: "Hello" }]] }] });
  expect(result.status).toBe("no-appendix");
  if (result.status === "no-appendix") expect(result.message.vi).toMatch(/Không tìm thấy biểu phụ lục/);
});

test("an empty workbook says so too", () => {
  expect(checkWorkbook({ sheets: [] }).status).toBe("no-appendix");
});

test("between a blank copy of the form and a filled one, the filled one is checked", () => {
  const blank = {
    name: "Mẫu trống",
    cells: base.sheets[0].cells.map((row) => row.map((c, col) => (col === 3 ? { value: null, text: "" } : c))),
  };
  for (const sheets of [
    [blank, base.sheets[0]],
    [base.sheets[0], blank],
  ]) {
    const result = checkWorkbook({ sheets });
    expect(result.status === "checked" && result.sheetName).toBe("Phụ lục");
  }
});

test("a header written 'TT | Nội dung | ĐV tính | Kết quả' is found", () => {
  const renamed = mapCells(base, (c) => {
    const names: Record<string, string> = {
      STT: "TT",
      "Chỉ tiêu thống kê": "Nội dung",
      "Đơn vị tính": "ĐV tính",
      "Số liệu": "Kết quả",
    };
    return typeof c.value === "string" && names[c.value] ? { value: names[c.value], text: names[c.value] } : c;
  });
  expect(signature(renamed)).toEqual(expected);
});
