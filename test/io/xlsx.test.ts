/**
 * The project's .xlsx reader (src/io/xlsx.ts): the grid it gives is the grid ExcelJS gave (test/helpers/excelJsGrid,
 * the reader the CLI and the preview used before), on workbooks written by ExcelJS and on parts written by hand the
 * way Excel and other programs write them; and it stays within its bounds on hostile files.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatExcelNumber } from "../../src/io/excelFormat";
import { isDateFormat, MAX_GRID_CELLS, readXlsxGrid, readXlsxWorkbook, XlsxTooLargeError } from "../../src/io/xlsx";
import { gridFromExcelJs } from "../helpers/excelJsGrid";
import { FIXTURE_XLSX } from "../helpers/fixtures";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

async function viaExcelJs(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return gridFromExcelJs(wb);
}

async function written(build: (wb: ExcelJS.Workbook) => void, options?: Partial<ExcelJS.XlsxWriteOptions>) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer(options));
}

const SAMPLE = join(__dirname, "../../assets/samples/phu-luc-mau.xlsx");

describe("the same grid as ExcelJS", () => {
  test.each([
    ["the Ngân Sơn fixture", FIXTURE_XLSX],
    ["the preview's sample", SAMPLE],
  ])("%s", async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    expect(await readXlsxGrid(bytes)).toEqual(await viaExcelJs(bytes));
  });

  test("every kind of cell ExcelJS writes: numbers in each format, dates, text, rich text, formulas, errors, merges", async () => {
    const bytes = await written((wb) => {
      const ws = wb.addWorksheet("Phụ lục");
      ws.getCell("A1").value = "BIỂU THỐNG KÊ";
      ws.mergeCells("A1:E1");
      const formats = [
        "0",
        "0.00",
        "#,##0",
        "#,##0.00",
        "0%",
        "0.00%",
        "General",
        '#,##0" hồ sơ"',
        "dd/mm/yyyy",
        "mm-dd-yy",
        "h:mm",
        "@",
      ];
      formats.forEach((fmt, i) => {
        const c = ws.getCell(3 + i, 2);
        c.value = [1851, 18.21, 69843.532, 0.7756, 45, 44834.25][i % 6];
        c.numFmt = fmt;
      });
      ws.getCell("C3").value = { formula: "B3/B4", result: 0.76 };
      ws.getCell("C3").numFmt = "0%";
      ws.getCell("C4").value = { formula: 'B3&"x"', result: "1851x" };
      ws.getCell("C5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("C6").value = { formula: "TRUE()", result: true };
      ws.getCell("C7").value = { formula: "B9", result: 44834 };
      ws.getCell("C7").numFmt = "dd/mm/yyyy";
      ws.getCell("C8").value = { formula: "B3" } as ExcelJS.CellFormulaValue;
      ws.getCell("D3").value = { richText: [{ text: "Số " }, { text: "liệu", font: { bold: true } }] };
      ws.getCell("D4").value = true;
      ws.getCell("D5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("D6").value = new Date(Date.UTC(2022, 8, 30));
      ws.getCell("D7").value = "dòng 1\r\ndòng 2";
      ws.getCell("D8").value = { text: "cổng dịch vụ công", hyperlink: "https://dichvucong.gov.vn" };
      ws.getCell("D9").value = "  khoảng trắng  ";
      ws.getCell("E10").value = 5;
      ws.mergeCells("B20:D22");
      ws.getCell("B20").value = "gộp";
      ws.getCell("F25").style = { font: { bold: true } }; // styled, empty: not a value
      const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
      hidden.getCell("A1").value = 1;
      wb.addWorksheet("Trống");
    });
    const grid = await readXlsxGrid(bytes);
    expect(grid).toEqual(await viaExcelJs(bytes));
    const [sheet] = grid.sheets;
    expect(sheet.cells[2][2]).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
    expect(sheet.cells[5][3]).toMatchObject({ value: "2022-09-30" });
    expect(sheet.cells[0].slice(1)).toEqual([1, 2, 3, 4].map(() => ({ value: null, text: "" })));
  });

  test("inline strings (written without the shared string table)", async () => {
    const bytes = await written(
      (wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("A1").value = "Số hồ sơ";
        ws.getCell("B1").value = { richText: [{ text: "tiếp " }, { text: "nhận" }] };
        ws.getCell("A2").value = 254;
      },
      { useSharedStrings: false },
    );
    expect(await readXlsxGrid(bytes)).toEqual(await viaExcelJs(bytes));
  });

  test("parts written by hand as Excel writes them: absolute targets, builtin formats, phonetic runs, the 1904 dates", async () => {
    for (const date1904 of [false, true]) {
      const bytes = await handWritten({ date1904 });
      const grid = await readXlsxGrid(bytes);
      expect(grid).toEqual(await viaExcelJs(bytes));
      const cells = grid.sheets[0].cells;
      expect(cells[0][0]).toEqual({ value: "Kết quả\rthống kê", text: "Kết quả\rthống kê" });
      expect(cells[0][1]).toEqual({ value: 1851, text: "1,851", numberFormat: "#,##0" });
      expect(cells[0][2]).toEqual({ value: 0.0776, text: "7.76%", numberFormat: "0.00%" });
      expect(cells[0][3]).toMatchObject({ value: date1904 ? "2026-10-01" : "2022-09-30" });
      expect(cells[1]).toEqual([
        { value: "Số", text: "Số" },
        { value: "gõ tại chỗ", text: "gõ tại chỗ" },
        { value: true, text: "true" },
      ]);
      expect(grid.sheets.map((s) => s.name)).toEqual(["Phụ lục & biểu", "Hai"]);
    }
  });
});

describe("what the preview draws", () => {
  test("bold, italic, alignment and solid fills by address; merges; column widths", async () => {
    const bytes = await written((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getColumn(2).width = 45;
      ws.getCell("B2").value = "Tiêu đề";
      ws.getCell("B2").font = { bold: true };
      ws.getCell("B3").value = "nghiêng";
      ws.getCell("B3").font = { italic: true };
      ws.getCell("B3").alignment = { horizontal: "center" };
      ws.getCell("C3").value = 1;
      ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
      ws.mergeCells("A5:C5");
    });
    const [sheet] = (await readXlsxWorkbook(bytes, { styles: true })).sheets;
    expect(sheet.styles.B2).toMatchObject({ bold: true });
    expect(sheet.styles.B3).toMatchObject({ italic: true, horizontal: "center" });
    expect(sheet.styles.C3).toMatchObject({ fill: "#FFC7CE" });
    expect(sheet.merges).toEqual([{ fromRow: 4, fromCol: 0, toRow: 4, toCol: 2 }]);
    expect(sheet.columnWidths[1]).toBe(45);
  });

  test("formulas by address (the preview refuses to write there), shared ones under their group's text", async () => {
    const bytes = await handWritten({
      extraCells:
        '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">B1*2</f><v>3702</v></c></row>' +
        '<row r="4"><c r="A4"><f t="shared" si="0"/><v>4</v></c><c r="B4"><f>SUM(B1:B2)</f><v>1851</v></c></row>',
    });
    const [sheet, second] = (await readXlsxWorkbook(bytes, { styles: true })).sheets;
    expect(sheet.formulas).toEqual({ A3: "=B1*2", A4: "=B1*2", B4: "=SUM(B1:B2)" });
    expect(second.formulas).toEqual({ B2: "=1+1" });
    expect((await readXlsxWorkbook(bytes)).sheets[0].formulas).toEqual({});
  });
});

test("date formats are told from number formats", () => {
  for (const f of ["dd/mm/yyyy", "mm-dd-yy", "d-mmm", "h:mm", "[h]:mm:ss", "yyyy", "[$-42A]dd/mm/yyyy"])
    expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of ["0", "0.00%", "#,##0", "General", '#,##0" ngày"', "0.00E+00", "[Red]#,##0", "@", '0\\ "hồ sơ"'])
    expect([f, isDateFormat(f)]).toEqual([f, false]);
});

test("numbers carry Excel's displayed text for the formats officers use", () => {
  expect(formatExcelNumber(0.76, "0%")).toBe("76%");
  expect(formatExcelNumber(0.077556, "0.00%")).toBe("7.76%");
  expect(formatExcelNumber(1851, "#,##0")).toBe("1,851");
  expect(formatExcelNumber(18.21, "0.00")).toBe("18.21");
  expect(formatExcelNumber(69843.532, "General")).toBe("69843.532");
  expect(formatExcelNumber(0.076, "0.0%")).toBe("7.6%");
});

test("Excel's displayed text: zero-padded formats, and Vietnamese number settings", () => {
  expect(formatExcelNumber(2, "00")).toBe("02");
  expect(formatExcelNumber(12, "000")).toBe("012");
  expect(formatExcelNumber(0.9849, "0.00%", "vi")).toBe("98,49%");
  expect(formatExcelNumber(5106, "#,##0", "vi")).toBe("5.106");
  expect(formatExcelNumber(69843.532, "General", "vi")).toBe("69843,532");
  expect(formatExcelNumber(0.05, "0%", "vi")).toBe("5%");
});

describe("hostile workbooks", () => {
  test("a cell at XFD1048576 is read within the bound; merges over the whole sheet are refused, not built", async () => {
    const far = await readXlsxGrid(
      await handWritten({ extraCells: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }),
    );
    expect(far.sheets[0].cells).toHaveLength(1048576);
    expect(far.sheets[0].cells[1048575][16383]).toMatchObject({ value: 1 });
    const merged = await handWritten({ merges: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' });
    await expect(readXlsxGrid(merged)).rejects.toBeInstanceOf(XlsxTooLargeError);
    expect(MAX_GRID_CELLS).toBeLessThan(16384 * 1048576);
  });

  test("a rows' worth of cells far to the right is counted in the bound (the grid is dense)", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 3}"><c r="XFD${i + 3}"><v>1</v></c></row>`).join(
      "",
    );
    await expect(readXlsxGrid(await handWritten({ extraCells: rows }))).rejects.toBeInstanceOf(XlsxTooLargeError);
  });

  test("nonsense in the parts does not throw: unknown types, bad references, rows and cells without r, truncated XML", async () => {
    const bytes = await handWritten({
      extraCells:
        '<row r="x"><c r="??" t="zz"><v>1</v></c><c t="s"><v>999</v></c><c r="C3" t="n"><v>abc</v></c><c r="D3" s="99"><v>2</v></c></row>' +
        '<row><c><v>4</v></c><c t="inlineStr"><is><t>năm</t></is></c></row><row r="6"><c r="A6"><v>3',
    });
    const cells = (await readXlsxGrid(bytes)).sheets[0].cells;
    expect(cells[2][3]).toEqual({ value: 2, text: "2", numberFormat: undefined });
    expect(cells[3].map((c) => c.value)).toEqual([4, "năm"]);
    expect(cells[5][0]).toMatchObject({ value: 3 });
  });

  test("a file that is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expect(readXlsxGrid(await zip.generateAsync({ type: "uint8array" }))).rejects.toThrow(/workbook/i);
    await expect(readXlsxGrid(new TextEncoder().encode("STT\tChỉ tiêu"))).rejects.toThrow();
  });
});

/** An .xlsx made of parts written by hand, the way Excel writes them. */
async function handWritten(
  opts: { date1904?: boolean; extraCells?: string; merges?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    "_rels/.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${opts.date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="Phụ lục &amp; biểu" sheetId="1" r:id="rId1"/><sheet name="Hai" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      "</Relationships>",
  );
  zip.file(
    "xl/sharedStrings.xml",
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
      '<si><r><t xml:space="preserve">Kết quả_x000D_</t></r><r><rPr><b/></rPr><t>thống kê</t></r><rPh sb="0" eb="1"><t>けっか</t></rPh></si>' +
      "<si><t>Số</t></si></sst>",
  );
  zip.file(
    "xl/styles.xml",
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D2"/><sheetData>' +
      '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1851</v></c><c r="C1" s="2"><v>7.7600000000000002E-2</v></c><c r="D1" s="3"><v>44834</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>gõ tại chỗ</t></is></c><c r="C2" t="b"><v>1</v></c><c r="E2" s="1"/></row>' +
      (opts.extraCells ?? "") +
      "</sheetData>" +
      (opts.merges ?? "") +
      "</worksheet>",
  );
  zip.file(
    "xl/worksheets/sheet2.xml",
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="str"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>',
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
