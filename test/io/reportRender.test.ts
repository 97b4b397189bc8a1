/**
 * The export as LibreOffice renders it (Debian's libreoffice-writer-nogui, installed by scripts/setup.sh): the .docx
 * converted to PDF, its pages read back (pdftotext, pdfinfo) and the first page, a body page and appendix pages
 * turned into PNG (pdftoppm) in test-artifacts/report/ to look at (an appendix of two and of three value columns too). Also: a .docx → .docx round trip through
 * LibreOffice keeps the linked figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkNarrative } from "../../src/core/narrative/check";
import { readPlainText } from "../../src/core/narrative/document";
import { buildReport } from "../../src/core/report/build";
import { readDocxText } from "../../src/io/docx";
import { reportDocx } from "../../src/io/reportDocx";
import { FIXTURE_XLSX, SEED_TXT, loadXlsxGrid } from "../helpers/fixtures";
import { convert, hasLibreOffice, pageToPng, pdfPageSizes, pdfPages } from "../helpers/libreoffice";
import type { ReportDetails } from "../../src/core/report/details";
import { COMMUNE_2025, shapeXlsxGrid } from "../core/form/infer/shapes";
import { PLAN_DETAILS, SEED_DETAILS, checked, planTableChecked, wideAppendix } from "./reportFixtures";
import { readXlsxGrid } from "../../src/io/xlsx";
import { DEPARTMENT } from "../core/unseen/cases";
import { caseReport, caseWorkbook } from "../core/unseen/files";

const OUT = path.join(__dirname, "../../test-artifacts/report");
const A4 = { width: 595.3, height: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 1.5;

// LibreOffice takes seconds per conversion, more on a loaded machine.
jest.setTimeout(600_000);

if (!hasLibreOffice) {
  console.warn("SKIPPED the LibreOffice rendering tests: no soffice/pdftoppm (bash scripts/setup.sh installs them).");
}
const describeIfLibreOffice = hasLibreOffice ? describe : describe.skip;

describeIfLibreOffice("the report rendered by LibreOffice", () => {
  let pdf: string;
  let pages: string[];
  let docx: string;
  let appendix: ReturnType<typeof checked>["appendix"];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const r = checked(await loadXlsxGrid(FIXTURE_XLSX));
    appendix = r.appendix;
    docx = path.join(OUT, "bao-cao.docx");
    writeFileSync(docx, await reportDocx(buildReport({ appendix, details: SEED_DETAILS, findings: r.findings })));
    pdf = await convert(docx, "pdf", OUT);
    pages = await pdfPages(pdf);
  });

  it("is A4 portrait, several pages; page numbers from page 2", async () => {
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const s of sizes) expect(near(s.width, A4.width) && near(s.height, A4.height)).toBe(true);
    expect(pages[0].trim().split("\n")[0]).not.toMatch(/^\s*1\s*$/);
    expect(pages[1].trim().split("\n")[0].trim()).toBe("2");
    expect(pages[2].trim().split("\n")[0].trim()).toBe("3");
  });

  it("prints the header, the title and the first section on page 1", () => {
    const first = pages[0];
    for (const t of [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "HUYỆN NGÂN SƠN",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 125/BC-UBND",
      "Ngân Sơn, ngày 05 tháng 9 năm 2022",
      "BÁO CÁO",
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
    ])
      expect(first).toContain(t);
    // the issuer's name and the nation share the first line: the header's two columns; no parent body for a UBND
    expect(first).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(first).not.toContain("UBND TỈNH BẮC KẠN");
  });

  it("signs with “Nơi nhận” beside the signing block, then the appendix with its header on every page", () => {
    const signed = pages.findIndex((p) => p.includes("Nơi nhận:"));
    expect(signed).toBeGreaterThan(0);
    expect(pages[signed]).toMatch(/Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN/);
    expect(pages[signed]).toContain("Nguyễn Trọng Lăng");
    const appendixPages = pages.slice(signed + 1);
    expect(appendixPages[0]).toContain("Phụ lục");
    expect(appendixPages[0]).toContain("(Kèm theo Báo cáo số 125/BC-UBND ngày 05/9/2022 của UBND huyện");
    expect(appendixPages.length).toBeGreaterThanOrEqual(2);
    for (const p of appendixPages) expect(p).toMatch(/STT\s+Chỉ tiêu thống kê/);
  });

  it("turns the first page, a body page and appendix pages into PNG", async () => {
    const signed = pages.findIndex((p) => p.includes("Nơi nhận:"));
    const shots = [
      await pageToPng(pdf, 1, path.join(OUT, "trang-1")),
      await pageToPng(pdf, 3, path.join(OUT, "trang-3-noi-dung")),
      await pageToPng(pdf, signed + 1, path.join(OUT, `trang-${signed + 1}-ky`)),
      await pageToPng(pdf, signed + 2, path.join(OUT, `trang-${signed + 2}-phu-luc`)),
      await pageToPng(pdf, signed + 3, path.join(OUT, `trang-${signed + 3}-phu-luc`)),
    ];
    for (const png of shots) expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
  });

  it("keeps the linked figures through a LibreOffice .docx round trip", async () => {
    const dir = path.join(OUT, "libreoffice");
    mkdirSync(dir, { recursive: true });
    const again = await convert(docx, "docx:MS Word 2007 XML", dir);
    const doc = await readDocxText(readFileSync(again));
    expect(doc.paragraphs.flatMap((p) => p.marks ?? []).length).toBeGreaterThan(60);
    expect(checkNarrative(doc, appendix).map((f) => f.message.en)).toEqual([]);
  });

  it("renders the report from the officer's draft", async () => {
    const file = path.join(OUT, "bao-cao-tu-ban-thao.docx");
    const draft = readPlainText(readFileSync(SEED_TXT, "utf8"));
    writeFileSync(file, await reportDocx(buildReport({ appendix, details: SEED_DETAILS, draft })));
    const out = await convert(file, "pdf", OUT);
    const text = (await pdfPages(out)).join("\n");
    expect(text).toContain("Thực hiện công văn số 297/SNV-TCBC&CCHC");
    expect(text).toContain("396/5.106 hồ sơ, đạt tỷ lệ 5,75%");
    await pageToPng(out, 1, path.join(OUT, "ban-thao-trang-1"));
  });

  it("a commune's report on a form learnt from its sheet: no blank page, the sheet's title and “-” in the appendix", async () => {
    const r = checked(await shapeXlsxGrid(COMMUNE_2025));
    const details: ReportDetails = {
      unitName: "UBND xã Tân Lập",
      period: "năm",
      year: 2025,
      reportNumber: "215",
      reportDate: "2025-12-05",
      signing: "kt",
      signer: { name: "Hoàng Văn Minh" },
      recipients: ["UBND tỉnh", "Sở Nội vụ", "TT Đảng ủy, HĐND xã", "Lưu: VT"],
    };
    const file = path.join(OUT, "bao-cao-xa.docx");
    writeFileSync(file, await reportDocx(buildReport({ appendix: r.appendix, details, findings: r.findings })));
    const out = await convert(file, "pdf", OUT);
    const xa = await pdfPages(out);
    // every page holds more than its page number (the signing table used to push an empty paragraph onto a page)
    expect(
      xa
        .map(
          (p) =>
            p
              .trim()
              .split("\n")
              .filter((l) => l.trim()).length,
        )
        .filter((n) => n <= 1),
    ).toEqual([]);
    expect(xa[0]).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(xa[0]).toMatch(/XÃ TÂN LẬP\s+Độc lập - Tự do - Hạnh phúc/);
    const appendixAt = xa.findIndex((p) => p.includes("Phụ lục"));
    expect(xa[appendixAt].replace(/\s+/g, " ")).toContain(
      "BIỂU THỐNG KÊ SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    );
    expect(xa[appendixAt]).toMatch(/^\s*-\s+Tiếp nhận trực tuyến/m);
    for (let i = 1; i <= xa.length; i++) await pageToPng(out, i, path.join(OUT, `xa-trang-${i}`));
  });

  it("renders a department's Word draft with no details given: the draft's header, summary and signer, no gap", async () => {
    const grid = await readXlsxGrid(await caseWorkbook(DEPARTMENT, false));
    const draft = await readDocxText(await caseReport(DEPARTMENT, false));
    const file = path.join(OUT, "so-tu-ban-thao.docx");
    writeFileSync(file, await reportDocx(buildReport({ appendix: checked(grid).appendix, details: {}, draft })));
    const out = await convert(file, "pdf", OUT);
    const pages = await pdfPages(out);
    expect(pages[0]).toMatch(/UBND TỈNH PHÚ THỌ\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    // the long name wraps in its column (the nation's motto beside its first line)
    expect(pages[0]).toMatch(/SỞ NÔNG NGHIỆP VÀ MÔI\s[^\n]*\n\s*TRƯỜNG/);
    for (const t of [
      "Số: 215/BC-SNNMT",
      "Phú Thọ, ngày 10 tháng 6 năm 2026",
      "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026",
    ])
      expect(pages[0]).toContain(t);
    const signed = pages.findIndex((p) => p.includes("Nơi nhận:"));
    expect(pages[signed]).toMatch(/Nơi nhận:\s+GIÁM ĐỐC/);
    expect(pages[signed]).toContain("Nguyễn Văn Hùng");
    expect(pages.slice(0, signed + 1).join("\n")).not.toContain("....");
    await pageToPng(out, 1, path.join(OUT, "so-tu-ban-thao-trang-1"));
    await pageToPng(out, signed + 1, path.join(OUT, `so-tu-ban-thao-trang-${signed + 1}-ky`));
    // its appendix of two value columns, "6 tháng đầu năm 2026 | Cùng kỳ năm 2025", on a portrait page
    expect(pages[signed + 1].replace(/\s+/g, " ")).toMatch(/Số hồ sơ TTHC đã tiếp nhận Hồ sơ 5\.362 4\.118/);
    await pageToPng(out, signed + 2, path.join(OUT, `so-tu-ban-thao-trang-${signed + 2}-phu-luc-2-cot`));
  });

  it("prints an appendix of «Kế hoạch | Thực hiện | Tỷ lệ (%)» on a landscape page, every column whole", async () => {
    const r = planTableChecked();
    const file = path.join(OUT, "bao-cao-ke-hoach-thuc-hien.docx");
    writeFileSync(
      file,
      await reportDocx(buildReport({ appendix: r.appendix, details: PLAN_DETAILS, findings: r.findings })),
    );
    const out = await convert(file, "pdf", OUT);
    const sizes = await pdfPageSizes(out);
    const last = sizes[sizes.length - 1];
    expect(near(last.width, A4.height) && near(last.height, A4.width)).toBe(true);
    const page = (await pdfPages(out))[sizes.length - 1];
    // the headings on their lines, "Số liệu" over the three; each row's figures side by side, none wrapped or cut
    expect(page).toMatch(/Số liệu[\s\S]*STT\s+Chỉ tiêu thống kê[\s\S]*Kế hoạch\s+Thực hiện\s+Tỷ lệ \(%\)\s/);
    expect(page).toMatch(/Ghi chú/);
    const flat = page.replace(/\s+/g, " ");
    for (const line of [
      "2.1 Tổng số hồ sơ TTHC tiếp nhận Hồ sơ 12.500 11.480 91,84",
      "2.3 Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn % 98% 99,46% 101,49",
      "3.2 Số người hoạt động không chuyên trách ở tổ dân phố Người 42 42 100",
    ])
      expect(flat).toContain(line);
    await pageToPng(out, sizes.length, path.join(OUT, "phu-luc-ke-hoach-thuc-hien-ty-le"), 110);
  });

  it("puts a wide appendix on a landscape page", async () => {
    const file = path.join(OUT, "bao-cao-phu-luc-ngang.docx");
    writeFileSync(
      file,
      await reportDocx(
        buildReport({ appendix: wideAppendix(), details: { unitName: "UBND xã Bằng Vân", period: "năm", year: 2025 } }),
      ),
    );
    const out = await convert(file, "pdf", OUT);
    const sizes = await pdfPageSizes(out);
    expect(near(sizes[0].width, A4.width)).toBe(true);
    const last = sizes[sizes.length - 1];
    expect(near(last.width, A4.height) && near(last.height, A4.width)).toBe(true);
    await pageToPng(out, sizes.length, path.join(OUT, "phu-luc-ngang"));
  });
});
