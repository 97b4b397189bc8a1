/** The preview's .xlsx reader on the sample appendix (ExcelJS loaded on demand, as in the browser). */
import { readFileSync } from "fs";
import { join } from "path";
import { cellAt } from "../../src/core/grid";
import { checkWorkbook } from "../../src/core/check";
import { NotAWorkbookError, readXlsx } from "../../src/preview/xlsx";

const SAMPLE = join(__dirname, "../../assets/samples/phu-luc-mau.xlsx");

describe("readXlsx", () => {
  let input: Awaited<ReturnType<typeof readXlsx>>;
  beforeAll(async () => {
    input = await readXlsx(new Uint8Array(readFileSync(SAMPLE)));
  });

  test("reads the sample's sheet with values, displayed text and number formats", () => {
    const sheet = input.grid.sheets[0];
    expect(sheet.name).toBe("Phụ lục");
    expect(sheet.cells.length).toBe(125);
    // 1.2: 0.76 formatted 0% shows 76%.
    expect(cellAt(sheet, 5, 3)).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
    // 3.3.2a: 1851 formatted #,##0.
    expect(cellAt(sheet, 50, 3)).toMatchObject({ value: 1851, text: "1,851", numberFormat: "#,##0" });
    // 6.1: 18.21 formatted 0.00.
    expect(cellAt(sheet, 90, 3)).toMatchObject({ value: 18.21, text: "18.21" });
    // 7.2.4: text as the officer typed it.
    expect(cellAt(sheet, 119, 3)).toMatchObject({ value: "5.75%", text: "5.75%" });
    expect(cellAt(sheet, 120, 3)).toMatchObject({ value: 5106, text: "5106" });
  });

  test("a merged title shows in its first cell only, like Office.js reads it", () => {
    const sheet = input.grid.sheets[0];
    expect(cellAt(sheet, 0, 0).text).toMatch(/^BIỂU THỐNG KÊ/);
    for (let c = 1; c <= 4; c++) expect(cellAt(sheet, 0, c)).toEqual({ value: null, text: "" });
    expect(input.merges?.["Phụ lục"]).toEqual([{ fromRow: 0, fromCol: 0, toRow: 0, toCol: 4 }]);
  });

  test("keeps what the sheet view draws: bold headings, italic sub-rows, column widths", () => {
    expect(input.styles?.["Phụ lục"]?.B4).toMatchObject({ bold: true });
    expect(input.styles?.["Phụ lục"]?.B121).toMatchObject({ italic: true });
    expect(input.columnWidths?.["Phụ lục"]?.[1]).toBeGreaterThan(20);
  });

  test("the core finds the appendix in what it reads", () => {
    const result = checkWorkbook(input.grid);
    expect(result.status).toBe("checked");
  });
});

describe("a file that is not a workbook", () => {
  test("a Word report opened as a workbook is named as such", async () => {
    const docx = readFileSync(join(__dirname, "../../../shared/fixtures/ngan-son-2022-q3/bao-cao.docx"));
    await expect(readXlsx(new Uint8Array(docx))).rejects.toEqual(new NotAWorkbookError("word"));
  });

  test("bytes that are no zip, and a zip without a sheet, are no workbook", async () => {
    await expect(readXlsx(new TextEncoder().encode("STT;Chỉ tiêu;Số liệu"))).rejects.toEqual(
      new NotAWorkbookError("other"),
    );
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("ghi-chu.txt", "không phải sổ tính");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readXlsx(bytes)).rejects.toBeInstanceOf(NotAWorkbookError);
  });
});
