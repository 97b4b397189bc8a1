/**
 * The hand-written .xlsx writer: what ExcelJS reads back, what LibreOffice Calc makes of it (the cells, the links and
 * the chart survive its import and export), and text no XML may hold.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsxFile, type XlsxDocument, type XlsxRow } from "../../../src/cli/xlsx/writer";

const run = promisify(execFile);

const UNITS = ["Xã An Bình", "Phường Đông Kinh", 'Xã "Hòa" <Lạc> & Yên', "Thị trấn Nà Phặc"];
const ERRORS = [7, 4, 2, 0];

function doc(details: AsyncIterable<XlsxRow>): XlsxDocument {
  return {
    title: "Tổng hợp",
    creator: "cchc test",
    sheets: [
      {
        name: "Tổng hợp",
        widths: [5, 28, 8, 12, 16],
        freezeHeader: true,
        autoFilterRows: UNITS.length,
        rows: [
          ["STT", "Đơn vị", "Lỗi", "Tỷ lệ", "Chi tiết"].map((value) => ({ value, style: "header" as const })),
          ...UNITS.map((name, i): XlsxRow => [
            i + 1,
            name,
            { value: ERRORS[i], style: "errorCount" },
            { value: 0.0775, style: "percent" },
            { value: "Xem", style: "link", link: `'Chi tiết'!A${i * 3 + 2}` },
          ]),
        ],
        chart: {
          title: "Số lỗi theo đơn vị",
          seriesName: "Lỗi",
          sheet: "Tổng hợp",
          categoryCol: 1,
          valueCol: 2,
          fromRow: 1,
          toRow: UNITS.length,
          categories: UNITS,
          values: ERRORS,
          anchor: { fromCol: 6, fromRow: 1, toCol: 14, toRow: 20 },
        },
      },
      { name: "Chi tiết", widths: [30, 80], rows: details },
    ],
  };
}

async function* manyRows(n: number): AsyncGenerator<XlsxRow> {
  yield ["Đơn vị", "Nội dung"];
  for (let i = 0; i < n; i++)
    yield [`dòng ${i}`, { value: `Dòng 7.2.4: đọc "5.75%" — ${"x".repeat(i % 50)}`, style: "wrap" }];
}

test("ExcelJS reads back every cell, style and sheet; rows are streamed from an async source", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cchc-xlsx-")), "t.xlsx");
  await writeXlsxFile(file, doc(manyRows(3000)));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Chi tiết"]);
  const s = wb.getWorksheet("Tổng hợp")!;
  expect(s.getRow(4).values).toEqual([undefined, 3, 'Xã "Hòa" <Lạc> & Yên', 2, 0.0775, "Xem"]);
  expect(s.getCell("D2").numFmt).toBe("0.00%");
  expect(s.getCell("A1").font?.bold).toBe(true);
  const d = wb.getWorksheet("Chi tiết")!;
  expect(d.rowCount).toBe(3001);
  expect(d.getCell("B3001").text).toContain("Dòng 7.2.4");
}, 60_000);

test("characters XML cannot hold are dropped, overlong text is cut to Excel's limit", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cchc-xlsx-")), "t.xlsx");
  await writeXlsxFile(file, {
    title: "t",
    creator: "t",
    sheets: [{ name: "A", widths: [10], rows: [["a\u0000b\u0007c\uD800d\tok"], ["y".repeat(40000)]] }],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets[0].getCell("A1").value).toBe("abcd\tok");
  expect(String(wb.worksheets[0].getCell("A2").value)).toHaveLength(32767);
}, 60_000);

test("LibreOffice Calc opens it: the cells as written, the chart with its series, the links", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-lo-"));
  const file = path.join(dir, "tong-hop.xlsx");
  async function* details(): AsyncGenerator<XlsxRow> {
    for (const name of UNITS) (yield [name, "LỖI", "D120"], [name, "CẢNH BÁO", "D45"], [name, "", ""]);
  }
  await writeXlsxFile(file, doc(details()));
  const out = path.join(dir, "out");
  const soffice = async (format: string) => {
    try {
      await run(
        "soffice",
        [
          `-env:UserInstallation=file://${path.join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          format,
          "--outdir",
          out,
          file,
        ],
        { timeout: 180_000 },
      );
    } catch (e) {
      throw new Error(
        `LibreOffice Calc is needed for this test (bash scripts/setup.sh installs it): ${(e as Error).message}`,
      );
    }
  };
  await soffice("csv:Text - txt - csv (StarCalc):44,34,76,1");
  const csv = readFileSync(path.join(out, "tong-hop.csv"), "utf8").trim().split("\n");
  expect(csv[0]).toBe('"STT","Đơn vị","Lỗi","Tỷ lệ","Chi tiết"');
  expect(csv[3]).toBe('3,"Xã ""Hòa"" <Lạc> & Yên",2,7.75%,"Xem"');
  expect(csv).toHaveLength(UNITS.length + 1);

  // Calc's own .xlsx after importing ours: it kept the chart (its series over our cells) and the links.
  await soffice("xlsx");
  expect(readdirSync(out)).toContain("tong-hop.xlsx");
  const again = await JSZip.loadAsync(readFileSync(path.join(out, "tong-hop.xlsx")));
  const charts = Object.keys(again.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(1);
  const chart = (await again.file(charts[0])!.async("string")).replace(/&apos;/g, "'");
  expect(chart).toContain('<c:barDir val="bar"/>');
  expect(chart).toContain("<c:f>'Tổng hợp'!$B$2:$B$5</c:f>");
  expect(chart).toContain("<c:f>'Tổng hợp'!$C$2:$C$5</c:f>");
  const sheet = (await again.file("xl/worksheets/sheet1.xml")!.async("string")).replace(/&apos;/g, "'");
  const links = [...sheet.matchAll(/<hyperlink ref="(E\d)" location="([^"]+)"/g)].map((m) => `${m[1]}→${m[2]}`);
  expect(links).toEqual(["E2→'Chi tiết'!A2", "E3→'Chi tiết'!A5", "E4→'Chi tiết'!A8", "E5→'Chi tiết'!A11"]);
}, 400_000);
