/**
 * `cchc check-all` on a folder as a provincial office has it: real workbooks (one with its Word report beside it),
 * an unrelated workbook, a broken file, an old .xls, Excel's lock file. The summary is read back and compared with
 * what `cchc check` says of each file. Also units whose forms are learnt from their tables, and an empty file.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { SUMMARY_FILE } from "../../src/cli/commands/checkAll";
import { DISTRICT_2022 } from "../../src/core/form";
import { FIXTURE_DOCX, FIXTURE_XLSX } from "../helpers/fixtures";
import { appendixGrid } from "../helpers/grids";
import { SLOPPY_COMMUNE, WARD } from "../core/unseen/cases";
import { writeCaseFiles } from "../core/unseen/files";

const SAMPLE_XLSX = path.join(__dirname, "../../assets/samples/phu-luc-mau.xlsx");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Errors and warnings `cchc check --json` reports for one unit. */
async function counts(...argv: string[]): Promise<{ errors: number; warnings: number }> {
  const { out } = await run("check", ...argv, "--json");
  const findings: { severity: string }[] = JSON.parse(out).findings;
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
}

let folder: string;
let result: { code: number; out: string; err: string };
const summary = new ExcelJS.Workbook();
let zip: JSZip;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "cchc-check-all-"));
  copyFileSync(FIXTURE_XLSX, path.join(folder, "Huyện Ngân Sơn.xlsx"));
  copyFileSync(FIXTURE_DOCX, path.join(folder, "Huyện Ngân Sơn.docx"));
  copyFileSync(FIXTURE_XLSX, path.join(folder, "xa-thuong-quan.xlsx"));
  copyFileSync(SAMPLE_XLSX, path.join(folder, "xa-mau.xlsx"));
  writeFileSync(path.join(folder, "hong.xlsx"), "not a zip at all");
  writeFileSync(path.join(folder, "cu.xls"), "old binary workbook");
  writeFileSync(path.join(folder, "~$xa-mau.xlsx"), "Excel's lock file");
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Chi tiêu").addRows([
    ["Mục", "Số tiền"],
    ["Văn phòng phẩm", 1200],
  ]);
  await other.xlsx.writeFile(path.join(folder, "bang-chi-tieu.xlsx"));

  result = await run("check-all", folder, "--jobs", "2");
  const file = path.join(folder, SUMMARY_FILE);
  await summary.xlsx.readFile(file);
  zip = await JSZip.loadAsync(readFileSync(file));
}, 120_000);

test("every workbook is a unit; the bad ones are listed with their reason and the run goes on (exit 1)", () => {
  expect(result.code).toBe(1);
  expect(result.out).toMatch(/^Đã kiểm tra 3\/6 tệp trong [\d,]+ giây: \d+ lỗi, \d+ cảnh báo\.\n/);
  expect(result.out).toContain("Không kiểm tra được 3 tệp:");
  expect(result.out).toMatch(/ {2}hong\.xlsx: Tệp không phải sổ tính Excel \(\.xlsx\) hợp lệ/);
  expect(result.out).toMatch(/ {2}cu\.xls: Định dạng Excel cũ \(\.xls\)/);
  expect(result.out).toMatch(/ {2}bang-chi-tieu\.xlsx: Không tìm thấy biểu phụ lục/);
  expect(result.out).toContain(`Bảng tổng hợp: ${path.join(folder, SUMMARY_FILE)}`);
  // Not a terminal here: one plain progress line per unit, no redrawing.
  const lines = result.err.trim().split("\n");
  expect(lines).toHaveLength(6);
  expect(lines.every((l) => /^\[\d\/6\] /.test(l))).toBe(true);
  expect(result.err).not.toContain("\r");
  expect(result.err).toMatch(/\] xa-thuong-quan: \d+ lỗi, \d+ cảnh báo\n/);
});

test("the summary: a row per unit, worst first, with the counts `cchc check` gives and the key figures", async () => {
  const sheet = summary.getWorksheet("Tổng hợp")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual([
    "STT",
    "Đơn vị",
    "Lỗi",
    "Cảnh báo",
    "Tỷ lệ hồ sơ giải quyết đúng hạn",
    "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
    "Tỷ lệ giải ngân vốn đầu tư công",
    "Chi tiết",
    "Tệp biểu",
    "Báo cáo",
    "Ghi chú",
  ]);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
  const names = rows.map((r) => r.getCell(2).text);
  expect(names).toHaveLength(6);
  // The three that could not be checked first, then by errors.
  expect(names.slice(0, 3).sort()).toEqual(["bang-chi-tieu", "cu", "hong"]);
  for (const r of rows.slice(0, 3)) expect(r.getCell(11).text).toMatch(/^Không kiểm tra được: /);

  const expected = {
    "Huyện Ngân Sơn": await counts(FIXTURE_XLSX, "--report", FIXTURE_DOCX),
    "xa-thuong-quan": await counts(FIXTURE_XLSX),
    "xa-mau": await counts(SAMPLE_XLSX),
  };
  const checked = rows.slice(3);
  const errorCounts = checked.map((r) => Number(r.getCell(3).value));
  expect([...errorCounts].sort((a, b) => b - a)).toEqual(errorCounts);
  for (const r of checked) {
    const name = r.getCell(2).text as keyof typeof expected;
    expect({ errors: r.getCell(3).value, warnings: r.getCell(4).value }).toEqual(expected[name]);
  }
  // The report beside the workbook was read: its narrative findings add to the table's.
  expect(expected["Huyện Ngân Sơn"].errors).toBeGreaterThan(expected["xa-thuong-quan"].errors);
  const ngan = checked.find((r) => r.getCell(2).text === "Huyện Ngân Sơn")!;
  expect(ngan.getCell(10).text).toBe("Huyện Ngân Sơn.docx");
  // The key figures as the unit wrote them (3.3.1: 100%, 7.2.4: 5,75%, 6.1: 18,21%), as fractions formatted 0.00%.
  expect([ngan.getCell(5).value, ngan.getCell(6).value, ngan.getCell(7).value]).toEqual([1, 0.0575, 0.1821]);
  expect(ngan.getCell(5).numFmt).toBe("0.00%");
}, 60_000);

test("each unit links to its block of findings on the detail sheet, and back", async () => {
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const links = [...sheetXml.matchAll(/<hyperlink ref="H(\d+)" location="([^"]+)"\/>/g)];
  expect(links).toHaveLength(6);
  const details = summary.getWorksheet("Chi tiết")!;
  const sheet = summary.getWorksheet("Tổng hợp")!;
  for (const [, row, location] of links) {
    const unit = sheet.getRow(Number(row)).getCell(2).text;
    const m = /^'Chi tiết'!A(\d+)$/.exec(location.replace(/&apos;/g, "'"));
    expect(m).not.toBeNull();
    const target = Number(m![1]);
    expect(details.getRow(target).getCell(1).text).toBe(unit);
    // The block holds exactly that unit's findings: as many rows as it has findings (or one line saying why not).
    let n = 0;
    while (target + 1 + n <= details.rowCount && details.getRow(target + 1 + n).getCell(1).text === unit) n++;
    const errors = sheet.getRow(Number(row)).getCell(3).value;
    if (typeof errors === "number") {
      const severities = Array.from({ length: n }, (_, i) => details.getRow(target + 1 + i).getCell(2).text);
      expect(severities.filter((s) => s === "LỖI")).toHaveLength(errors);
    } else expect(n).toBe(1);
  }
  const backLinks = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  expect(backLinks.match(/location="'Tổng hợp'!B\d+"/g)).toHaveLength(6);
});

test("a bar chart of the checked units' error counts, over the summary's own cells", async () => {
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(chart).toContain('<c:barDir val="bar"/>');
  expect(chart).toContain("<c:f>'Tổng hợp'!$B$5:$B$7</c:f>");
  expect(chart).toContain("<c:f>'Tổng hợp'!$C$5:$C$7</c:f>");
  const sheet = summary.getWorksheet("Tổng hợp")!;
  const cached = [...chart.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0][0];
  const values = [...cached.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]));
  expect(values).toEqual([5, 6, 7].map((r) => sheet.getRow(r).getCell(3).value));
  const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
  expect(drawingRels).toContain('Target="../charts/chart1.xml"');
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('PartName="/xl/charts/chart1.xml"');
});

test("the summary of an earlier run is not checked again as a unit; --out writes elsewhere", async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "cchc-out-")), "tong-hop.xlsx");
  const again = await run("check-all", folder, "--out", out, "--lang", "en");
  expect(again.out).toMatch(/^Checked 3\/6 files in [\d.]+ s/);
  expect(existsSync(out)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Details"]);
  expect(wb.getWorksheet("Summary")!.rowCount).toBe(7);
}, 120_000);

test("exit 2 with one line for a missing folder, a folder without workbooks, a bad option", async () => {
  const missing = await run("check-all", path.join(folder, "none"));
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^cchc: Không đọc được thư mục/);
  const empty = await run("check-all", mkdtempSync(path.join(tmpdir(), "cchc-empty-")));
  expect(empty.code).toBe(2);
  expect(empty.err).toMatch(/^cchc: Thư mục không có sổ tính \.xlsx nào/);
  expect((await run("check-all", folder, "--jobs", "0")).err).toMatch(/--jobs phải là số nguyên dương/);
  expect((await run("check-all")).code).toBe(2);
});

test("units on forms learnt from their own table: the form said so in Vietnamese, rows named as printed, an empty file said empty", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-check-all-learnt-"));
  await writeCaseFiles(WARD, dir, true);
  await writeCaseFiles(SLOPPY_COMMUNE, dir, true);
  writeFileSync(path.join(dir, "xa-phu-thinh.xlsx"), "");
  const r = await run("check-all", dir);
  expect(r.out).toMatch(/ {2}xa-phu-thinh\.xlsx: Tệp trống \(0 byte\)/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, SUMMARY_FILE));
  const sheet = wb.getWorksheet("Tổng hợp")!;
  const notes = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(11).text);
  expect(notes.filter((n) => n.startsWith("Biểu học từ bảng trong tệp"))).toHaveLength(2);
  expect(notes.join("\n")).not.toMatch(/inferred/);
  const details = wb.getWorksheet("Chi tiết")!;
  expect(details.getRow(1).getCell(4).text).toBe("Dòng");
  const rows = Array.from({ length: details.rowCount - 1 }, (_, i) => details.getRow(i + 2))
    .filter((row) => row.getCell(3).text !== "")
    .map((row) => row.getCell(4).text);
  expect(rows.length).toBeGreaterThan(10);
  // as printed: the STT ("8"), or its sub-row's label under it ("8 › Quá hạn"); never a code such as "8b"
  for (const row of rows) expect(row).toMatch(/^([IVX]+|\d+(\.\d+)*)( › \S.*)?$/u);
  expect(rows).toContain("7 › Trực tuyến");
  // the JSON keeps the codes
  const files = path.join(dir, `${SLOPPY_COMMUNE.id}.xlsx`);
  const json = JSON.parse((await run("check", files, "--json")).out) as { findings: { codes: string[] }[] };
  expect(json.findings.some((f) => /^\d+[a-z]$/.test(f.codes[0] ?? ""))).toBe(true);
}, 120_000);

test("a commune on the district form: the on-time rate from 3.3.2 when 3.3.1 is marked “x” (does not apply)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-check-all-x-"));
  const grid = appendixGrid({ "3.3.1": "x", "3.3.2": "98,5", "7.2.4": "78,4", "6.1": 83 }, DISTRICT_2022);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheets[0].name);
  grid.sheets[0].cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.value !== null) ws.getCell(r + 1, c + 1).value = cell.value as ExcelJS.CellValue;
    }),
  );
  await wb.xlsx.writeFile(path.join(dir, "xa-quang-tan.xlsx"));
  expect((await run("check-all", dir)).code).toBeLessThan(2);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, SUMMARY_FILE));
  const row = book.getWorksheet("Tổng hợp")!.getRow(2);
  expect(row.getCell(2).text).toBe("xa-quang-tan");
  expect([row.getCell(5).value, row.getCell(6).value, row.getCell(7).value]).toEqual([0.985, 0.784, 0.83]);
}, 60_000);
