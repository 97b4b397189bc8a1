/**
 * `cchc export` of a workbook whose appendix says who reports and when (title block, "Kèm theo" line, signature
 * block), with no details given: the report takes them from the sheet and says so; what the officer gives wins.
 * One export rendered by LibreOffice to PNG (test-artifacts/report/) to look at page 1 and the appendix page.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { readDocxText } from "../../src/io/docx";
import { DEPARTMENT, WARD, sheetXlsx } from "../core/report/sheetFixtures";
import { convert, hasLibreOffice, pageToPng, pdfPages } from "../helpers/libreoffice";

jest.setTimeout(600_000);

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "cchc-sheet-details-"));
const textOf = async (file: string) =>
  (await readDocxText(readFileSync(file))).paragraphs.map((p) => p.text).join("\n");

test("a ward's sheet: its issuer, number, date and period printed, its “Kèm theo” line kept; the CLI says so", async () => {
  const book = path.join(dir, "phuong.xlsx");
  writeFileSync(book, await sheetXlsx(WARD));
  const out = path.join(dir, "phuong.docx");
  const r = await run("export", book, "--out", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain(
    "Lấy từ biểu (tiêu đề, dòng “Kèm theo”, phần ký dưới biểu): cơ quan ban hành, số văn bản, địa danh, ngày tháng, kỳ báo cáo.",
  );
  expect(r.out).not.toContain("Lấy từ bản thảo");
  const text = await textOf(out);
  for (const line of [
    "ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH MINH",
    "Số: 52/BC-UBND",
    "Bình Minh, ngày 25 tháng 3 năm 2026",
    "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
    "(Kèm theo Báo cáo số 52/BC-UBND ngày 25/3/2026 của UBND phường Bình Minh)",
  ])
    expect(text).toContain(line);
  expect(text).not.toMatch(/cải cách hành chính kỳ báo cáo|KỲ BÁO CÁO/);
  // no gap left in the header (the signer's name stays one: the sheet names none)
  expect(text.split("\n").slice(0, 7).join("\n")).not.toContain("....");

  // a --details file wins field by field; the rest still from the sheet
  const details = path.join(dir, "so.json");
  writeFileSync(details, JSON.stringify({ reportNumber: "60", reportDate: "27/3/2026" }));
  const again = path.join(dir, "phuong-60.docx");
  const r2 = await run("export", book, "--out", again, "--details", details, "--lang", "en");
  expect(r2.out).toContain(
    "Taken from the sheet (its title, the “Kèm theo” line, the signature under the table): issuing body, period.",
  );
  const text2 = await textOf(again);
  expect(text2).toContain("Số: 60/BC-UBND");
  expect(text2).toContain("(Kèm theo Báo cáo số 60/BC-UBND ngày 27/3/2026 của UBND phường Bình Minh)");
});

const describeIfLibreOffice = hasLibreOffice ? describe : describe.skip;

describeIfLibreOffice("a department's export rendered by LibreOffice", () => {
  it("page 1 shows its parent body, its own number and its director's signature; the appendix its Kèm theo line", async () => {
    const OUT = path.join(__dirname, "../../test-artifacts/report");
    mkdirSync(OUT, { recursive: true });
    const book = path.join(dir, "so.xlsx");
    writeFileSync(book, await sheetXlsx(DEPARTMENT));
    const docx = path.join(OUT, "so-tu-bieu.docx");
    expect((await run("export", book, "--out", docx)).code).toBe(0);
    const pdf = await convert(docx, "pdf", OUT);
    const pages = await pdfPages(pdf);
    expect(pages[0]).toMatch(/UBND TỈNH THANH HÓA/);
    expect(pages[0]).toMatch(/SỞ NÔNG NGHIỆP VÀ MÔI[\s\S]{0,80}TRƯỜNG/); // wrapped in the header's column
    expect(pages[0]).toMatch(/Số: 318\/BC-SNNMT/);
    expect(pages[0]).toMatch(/Thanh Hóa, ngày 12 tháng 12 năm 2025/);
    const signed = pages.findIndex((p) => /KT\. GIÁM ĐỐC/.test(p));
    expect(signed).toBeGreaterThanOrEqual(0);
    expect(pages[signed]).toMatch(/PHÓ GIÁM ĐỐC/);
    expect(pages[signed]).toMatch(/Lê Văn Minh/);
    expect(pages.join("\n")).not.toMatch(/TM\. ỦY BAN NHÂN DÂN|BC-UBND/);
    const appendix = pages.findIndex((p) => /Kèm theo Báo cáo số 318\/BC-SNNMT ngày 12\/12\/2025/.test(p));
    expect(appendix).toBeGreaterThan(0);
    await pageToPng(pdf, 1, path.join(OUT, "so-tu-bieu-trang-1"));
    await pageToPng(pdf, appendix + 1, path.join(OUT, "so-tu-bieu-phu-luc"));
  });
});
