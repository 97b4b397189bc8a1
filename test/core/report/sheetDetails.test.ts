/**
 * The report details an appendix sheet carries: its title block (the issuer with its parent, the period in the title,
 * "(Kèm theo Báo cáo số …)", "Số: …" and the place and date in a two-column header) and the signature block under the
 * table. Taken where the officer gave none; the officer's, then a draft's, always win, field by field.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { WorkbookGrid } from "../../../src/core/grid";
import { readPlainText } from "../../../src/core/narrative/document";
import { buildReport } from "../../../src/core/report/build";
import { numberSuffixFor, type ReportDetails } from "../../../src/core/report/details";
import { detailsFromSheet } from "../../../src/core/report/sheetDetails";
import { COMMUNE_2025 } from "../form/infer/shapes";
import { COMMUNE, DEPARTMENT, WARD, sheet } from "./sheetFixtures";

function appendixOf(grid: WorkbookGrid) {
  const r = checkWorkbook(grid);
  if (r.status !== "checked") throw new Error("appendix not found");
  return r.appendix;
}

const report = (grid: WorkbookGrid, details: ReportDetails = {}, draft?: string) =>
  buildReport({ appendix: appendixOf(grid), details, draft: draft ? readPlainText(draft) : null });

describe("the details a sheet carries", () => {
  it("a ward: the issuer over the title, the period in the title, the report's number and date in “Kèm theo”", () => {
    const d = detailsFromSheet(appendixOf(WARD));
    expect(d).toEqual({
      unitName: "UBND phường Bình Minh",
      period: "quý I",
      year: 2026,
      reportNumber: "52/BC-UBND",
      reportDate: "2026-03-25",
    });
    // the one who drew up the table (người lập biểu) does not sign the report
    expect(d.signer).toBeUndefined();
  });

  it("a department: its parent body, its own number suffix, the place and date, signed KT. GIÁM ĐỐC (NFD text)", () => {
    const d = detailsFromSheet(appendixOf(DEPARTMENT));
    expect(d).toMatchObject({
      parentBody: "UBND tỉnh Thanh Hóa",
      unitName: "Sở Nông nghiệp và Môi trường",
      reportNumber: "318/BC-SNNMT",
      reportDate: "2025-12-12",
      place: "Thanh Hóa",
      period: "6 tháng đầu năm",
      year: 2025,
      signing: "kt",
      signer: { name: "Lê Văn Minh", title: "PHÓ GIÁM ĐỐC" },
      recipients: ["UBND tỉnh", "Sở Nội vụ", "Lưu: VT, VP"],
    });
  });

  it("a commune: the gaps left for the number and the day stay gaps, the rest is taken", () => {
    const d = detailsFromSheet(appendixOf(COMMUNE));
    expect(d).toMatchObject({
      unitName: "UBND xã Phú Lương",
      numberSuffix: "BC-UBND",
      reportMonth: 12,
      year: 2025,
      period: "năm",
      signing: "tm",
      signer: { name: "Hoàng Văn Nam", title: "CHỦ TỊCH" },
    });
    expect(d.reportNumber).toBeUndefined();
    expect(d.reportDate).toBeUndefined();
  });

  it("a sheet with no title block gives nothing", () => {
    const bare = sheet(COMMUNE_2025, []);
    expect(detailsFromSheet(appendixOf(bare))).toEqual({});
  });
});

describe("the report exported from the sheet", () => {
  it("prints the ward's header, period and its own “Kèm theo” line, not dotted gaps", () => {
    const m = report(WARD);
    expect(m.header.issuer).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH MINH"]);
    expect(m.header.number).toBe("Số: 52/BC-UBND");
    expect(m.header.placeDate).toBe("Bình Minh, ngày 25 tháng 3 năm 2026");
    expect(m.summary).toBe("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026");
    expect(m.appendix?.attachment).toBe("(Kèm theo Báo cáo số 52/BC-UBND ngày 25/3/2026 của UBND phường Bình Minh)");
    expect(m.signature.lines).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    expect(m.detailsFrom.sheet).toEqual(expect.arrayContaining(["unitName", "reportNumber", "reportDate", "period"]));
    expect(m.detailsFrom.draft).toEqual([]);
  });

  it("signs a department's report as its head does, numbered with its own suffix", () => {
    const m = report(DEPARTMENT);
    expect(m.header.parentBody).toBe("UBND TỈNH THANH HÓA");
    expect(m.header.issuer).toEqual(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]);
    expect(m.header.number).toBe("Số: 318/BC-SNNMT");
    expect(m.signature).toEqual({ lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Lê Văn Minh" });
    // without a signature block: the director signs in his own title, never "TM. ỦY BAN NHÂN DÂN"
    const unsigned = report(DEPARTMENT, { signer: { name: "Lê Văn Minh" } });
    expect(unsigned.signature.lines).toEqual(["GIÁM ĐỐC"]);
  });

  it("keeps what the officer gave, field by field; another year keeps the sheet's number and date out", () => {
    const m = report(WARD, { reportNumber: "60", signer: { name: "Nguyễn Văn An" } });
    expect(m.header.number).toBe("Số: 60/BC-UBND");
    expect(m.header.placeDate).toBe("Bình Minh, ngày 25 tháng 3 năm 2026");
    expect(m.signature).toEqual({ lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], name: "Nguyễn Văn An" });
    expect(m.detailsFrom.sheet).not.toContain("reportNumber");
    const nextYear = report(WARD, { period: "quý I", year: 2027 });
    expect(nextYear.header.number).toBe("Số: ..../BC-UBND");
    expect(nextYear.summary).toBe("Kết quả thực hiện công tác cải cách hành chính quý I năm 2027");
    expect(nextYear.details.unitName).toBe("UBND phường Bình Minh");
  });

  it("a draft's header comes before the sheet's", () => {
    const draft = [
      "ỦY BAN NHÂN DÂN",
      "PHƯỜNG BÌNH MINH",
      "Số: 55/BC-UBND",
      "Bình Minh, ngày 28 tháng 3 năm 2026",
      "BÁO CÁO",
      "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
      "Phường đã ban hành 12 văn bản chỉ đạo, điều hành về CCHC.",
    ].join("\n");
    const m = report(WARD, {}, draft);
    expect(m.header.number).toBe("Số: 55/BC-UBND");
    expect(m.header.placeDate).toBe("Bình Minh, ngày 28 tháng 3 năm 2026");
    expect(m.detailsFrom.draft).toEqual(expect.arrayContaining(["reportNumber", "reportDate"]));
    expect(m.detailsFrom.sheet).not.toContain("reportNumber");
  });
});

test("a body whose abbreviation is not known keeps a gap after BC-, never BC-UBND", () => {
  expect(numberSuffixFor("Trung tâm Phục vụ hành chính công tỉnh")).toBe("BC-....");
  expect(numberSuffixFor("Ban Dân tộc")).toBe("BC-BDT");
  expect(numberSuffixFor("Sở Nông nghiệp và Môi trường")).toBe("BC-SNNMT");
});
