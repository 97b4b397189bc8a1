/** ExcelJS workbook → cell grid: values, displayed text by number format, merged ranges as Excel shows them. */
import ExcelJS from "exceljs";
import { gridFromExcelJs } from "../../src/io/xlsxGrid";
import { formatExcelNumber } from "../../src/io/excelFormat";

test("a merged title is in its first cell only, as Excel and Office.js show it", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.getCell("A1").value = "BIỂU THỐNG KÊ";
  ws.mergeCells("A1:E1");
  ws.getCell("B2").value = 5;
  const [sheet] = gridFromExcelJs(wb).sheets;
  expect(sheet.cells[0][0]).toEqual({ value: "BIỂU THỐNG KÊ", text: "BIỂU THỐNG KÊ" });
  for (let c = 1; c < 5; c++) expect(sheet.cells[0][c]?.value ?? null).toBeNull();
  expect(sheet.cells[1][1].value).toBe(5);
});

test("numbers carry Excel's displayed text for the formats officers use", () => {
  expect(formatExcelNumber(0.76, "0%")).toBe("76%");
  expect(formatExcelNumber(0.077556, "0.00%")).toBe("7.76%");
  expect(formatExcelNumber(1851, "#,##0")).toBe("1,851");
  expect(formatExcelNumber(18.21, "0.00")).toBe("18.21");
  expect(formatExcelNumber(69843.532, "General")).toBe("69843.532");
});

test("formulas give their cached result, rich text its plain text", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = { formula: "B1/C1", result: 0.76 };
  ws.getCell("A1").numFmt = "0%";
  ws.getCell("A2").value = { richText: [{ text: "Số " }, { text: "liệu" }] };
  const [sheet] = gridFromExcelJs(wb).sheets;
  expect(sheet.cells[0][0]).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
  expect(sheet.cells[1][0].value).toBe("Số liệu");
});

test("Excel's displayed text: zero-padded formats, and Vietnamese number settings", () => {
  expect(formatExcelNumber(2, "00")).toBe("02");
  expect(formatExcelNumber(12, "000")).toBe("012");
  expect(formatExcelNumber(0.9849, "0.00%", "vi")).toBe("98,49%");
  expect(formatExcelNumber(5106, "#,##0", "vi")).toBe("5.106");
  expect(formatExcelNumber(69843.532, "General", "vi")).toBe("69843,532");
  expect(formatExcelNumber(0.05, "0%", "vi")).toBe("5%");
});
