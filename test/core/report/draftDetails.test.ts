/**
 * The header and the signer a draft carries (core/report/draftDetails.ts), read from drafts laid out as offices lay
 * them out: one line per paragraph (.txt), Word's header as a two-column table, the issuer on one line or two, NFD
 * text, columns split by tabs; and the export from a draft printing them instead of dotted gaps, the officer's own
 * details always first.
 */
import { readFileSync } from "node:fs";
import { checkWorkbook } from "../../../src/core/check";
import { readPlainText, type NarrativeDocument } from "../../../src/core/narrative/document";
import { buildReport } from "../../../src/core/report/build";
import { detailsFromDraft, withDraftDetails } from "../../../src/core/report/draftDetails";
import { BLANK, type ReportDetails } from "../../../src/core/report/details";
import { readDocxText } from "../../../src/io/docx";
import { reportDocx } from "../../../src/io/reportDocx";
import { readXlsxGrid } from "../../../src/io/xlsx";
import { FIXTURE_DOCX, FIXTURE_XLSX, SEED_TXT, loadXlsxGrid } from "../../helpers/fixtures";
import { CASES, DEPARTMENT, WARD, blocksOf, textOf, type UnseenCase } from "../unseen/cases";
import { writeDocx } from "../unseen/docx";
import { caseWorkbook } from "../unseen/files";

async function draftOf(c: UnseenCase): Promise<NarrativeDocument> {
  return c.report.format === "txt"
    ? readPlainText(textOf(c.report.text, false))
    : readDocxText(new Uint8Array(await writeDocx(blocksOf(c, false))));
}

const HOA_BINH = `ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 10 tháng 12 năm 2026

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2026

Thực hiện Công văn số 1820/SNV-CCHC ngày 30/4/2026 của Sở Nội vụ, Ủy ban nhân dân xã Hòa Bình báo cáo kết quả như sau:
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Trong năm, UBND xã ban hành 12 văn bản chỉ đạo, điều hành về CCHC.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Đức`;

const HOA_BINH_DETAILS: ReportDetails = {
  unitName: "UBND xã Hòa Bình",
  reportNumber: "215/BC-UBND",
  place: "Hòa Bình",
  reportDate: "2026-12-10",
  year: 2026,
  period: "năm",
  summary: "Kết quả thực hiện công tác cải cách hành chính năm 2026",
  recipients: ["Sở Nội vụ", "Lưu: VT"],
  signing: "tm",
  signer: { name: "Hoàng Văn Đức", title: "CHỦ TỊCH" },
};

describe("the details a draft carries", () => {
  test("a commune's .txt: the issuer over two lines, the number, the place and date, the summary, the signer", () => {
    expect(detailsFromDraft(readPlainText(HOA_BINH))).toEqual(HOA_BINH_DETAILS);
  });

  test("the same text in NFD (decomposed tone marks) reads the same, in NFC", () => {
    const d = detailsFromDraft(readPlainText(HOA_BINH.normalize("NFD")));
    expect(d).toEqual(HOA_BINH_DETAILS);
    expect(d.unitName).toBe("UBND xã Hòa Bình".normalize("NFC"));
  });

  test("the header typed as two columns split by tabs", () => {
    const twoColumns = HOA_BINH.replace(
      "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 215/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 10 tháng 12 năm 2026",
      "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 215/BC-UBND\tHòa Bình, ngày 10 tháng 12 năm 2026",
    );
    expect(detailsFromDraft(readPlainText(twoColumns))).toEqual(HOA_BINH_DETAILS);
  });

  test.each([
    [
      "phuong-hac-thanh-quy-3-2025",
      {
        unitName: "UBND phường Hạc Thành",
        reportNumber: "87/BC-UBND",
        place: "Hạc Thành",
        reportDate: "2025-09-16",
        period: "quý III",
        year: 2025,
        // “TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”, no name yet
        signing: "kt",
        signer: { name: "", title: "PHÓ CHỦ TỊCH" },
        recipients: ["Sở Nội vụ tỉnh Thanh Hóa", "TT Đảng ủy, HĐND phường", "Lưu: VT"],
      },
    ],
    [
      // Word's header table: “UBND TỈNH PHÚ THỌ / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG” | Quốc hiệu; “Số” | place and date;
      // the signature as a table too: “Nơi nhận” | “GIÁM ĐỐC … Nguyễn Văn Hùng”
      "so-nn-mt-phu-tho-6-thang-2026",
      {
        parentBody: "UBND tỉnh Phú Thọ",
        unitName: "Sở Nông nghiệp và Môi trường",
        reportNumber: "215/BC-SNNMT",
        place: "Phú Thọ",
        reportDate: "2026-06-10",
        period: "6 tháng đầu năm",
        year: 2026,
        signing: "direct",
        signer: { name: "Nguyễn Văn Hùng", title: "GIÁM ĐỐC" },
        recipients: ["UBND tỉnh", "Sở Nội vụ", "Lưu: VT, VP"],
      },
    ],
    [
      "dac-khu-phu-quoc-nam-2025",
      {
        unitName: "UBND đặc khu Phú Quốc",
        reportNumber: "412/BC-UBND",
        place: "Phú Quốc",
        reportDate: "2025-12-08",
        period: "năm",
        year: 2025,
      },
    ],
    [
      "xa-tan-ky-quy-4-2025",
      {
        unitName: "UBND xã Tân Kỳ",
        reportNumber: "156/BC-UBND",
        place: "Tân Kỳ",
        reportDate: "2025-12-12",
        year: 2025,
      },
    ],
    // the issuer on one line
    [
      "phuong-thu-dau-mot-quy-1-2026",
      {
        unitName: "UBND phường Thủ Dầu Một",
        reportNumber: "41/BC-UBND",
        place: "Thủ Dầu Một",
        reportDate: "2026-03-12",
        period: "quý I",
        year: 2026,
      },
    ],
  ])("%s", async (id, expected) => {
    const d = detailsFromDraft(await draftOf(CASES.find((c) => c.id === id)!));
    expect(d).toMatchObject(expected);
    expect(d.summary).toMatch(/^(Kết quả|Công tác) .*cải cách hành chính .*20\d\d$/);
  });

  test("the seed and its Word version: a number and a day left blank stay blank, the month and the suffix are kept", async () => {
    const seed = detailsFromDraft(readPlainText(readFileSync(SEED_TXT, "utf8")));
    const docx = detailsFromDraft(await readDocxText(new Uint8Array(readFileSync(FIXTURE_DOCX))));
    for (const d of [seed, docx]) {
      expect(d).toMatchObject({
        numberSuffix: "BC-UBND",
        place: "Ngân Sơn",
        reportMonth: 9,
        year: 2022,
        period: "quý III",
      });
      expect(d.reportNumber).toBeUndefined();
      expect(d.reportDate).toBeUndefined();
      expect(d.signer).toEqual({ name: "Nguyễn Trọng Lăng", title: "CHỦ TỊCH" });
      expect(d.summary).toBe(
        "Tình hình thực hiện công tác Cải cách hành chính quý III, phương hướng nhiệm vụ quý IV năm 2022",
      );
    }
    // Word numbers the recipients itself (no dash in the text)
    expect(docx.recipients).toEqual(seed.recipients);
    expect(seed.recipients?.[0]).toBe("Sở Nội vụ");
  });

  test("a draft without a header gives nothing it does not have", () => {
    expect(detailsFromDraft(readPlainText("Trong quý, xã tiếp nhận 120 hồ sơ.\nTrên đây là báo cáo./."))).toEqual({});
  });
});

describe("the officer's details and the draft's", () => {
  const draft = readPlainText(HOA_BINH);

  test("the officer's always win, field by field; the rest comes from the draft", () => {
    const d = withDraftDetails(
      { reportNumber: "216", signer: { name: "Lê Thị Mai", title: "Phó Chủ tịch" }, signing: "kt" },
      draft,
    );
    expect(d).toMatchObject({
      reportNumber: "216",
      signing: "kt",
      signer: { name: "Lê Thị Mai", title: "Phó Chủ tịch" },
    });
    expect(d).toMatchObject({ unitName: "UBND xã Hòa Bình", reportDate: "2026-12-10", place: "Hòa Bình" });
  });

  test("another year or period than the draft's: the draft is another report, its number, date and summary are not taken", () => {
    for (const given of [{ year: 2027 }, { period: "6 tháng đầu năm", year: 2026 }]) {
      const d = withDraftDetails(given, draft);
      expect(d.reportNumber).toBeUndefined();
      expect(d.reportDate).toBeUndefined();
      expect(d.summary).toBeUndefined();
      expect(d.unitName).toBe("UBND xã Hòa Bình");
    }
    expect(withDraftDetails({ period: "Năm", year: 2026 }, draft).reportNumber).toBe("215/BC-UBND");
  });

  test("another unit than the draft's: nothing of its issuer, signer or recipients", () => {
    const d = withDraftDetails({ unitName: "UBND xã Tân Lập" }, draft);
    expect(d.unitName).toBe("UBND xã Tân Lập");
    expect(d.signer).toBeUndefined();
    expect(d.recipients).toBeUndefined();
    expect(d.place).toBeUndefined();
  });
});

describe("the export from a draft", () => {
  test("prints the draft's header and signer, no dotted gap where the draft had the detail", async () => {
    const c = DEPARTMENT;
    const result = checkWorkbook(await readXlsxGrid(await caseWorkbook(c, false)));
    if (result.status !== "checked") throw new Error("no appendix");
    const model = buildReport({ appendix: result.appendix, details: {}, draft: await draftOf(c), source: "draft" });
    expect(model.header).toMatchObject({
      parentBody: "UBND TỈNH PHÚ THỌ",
      issuer: ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
      number: "Số: 215/BC-SNNMT",
      placeDate: "Phú Thọ, ngày 10 tháng 6 năm 2026",
    });
    expect(model.summary).toBe("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026");
    expect(model.signature).toEqual({ lines: ["GIÁM ĐỐC"], name: "Nguyễn Văn Hùng" });
    expect(model.recipients).toEqual(["- UBND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT, VP."]);
    expect(model.appendix?.attachment).toBe(
      "(Kèm theo Báo cáo số 215/BC-SNNMT ngày 10/6/2026 của Sở Nông nghiệp và Môi trường)",
    );
    const printed = JSON.stringify([
      model.header,
      model.summary,
      model.signature,
      model.recipients,
      model.appendix?.attachment,
    ]);
    expect(printed).not.toContain(BLANK);
    // the signature table is not part of the body
    expect(JSON.stringify(model.body)).not.toContain("Nơi nhận");
    // the exported report, used as next period's draft, gives the same details back
    const again = detailsFromDraft(await readDocxText(await reportDocx(model)));
    expect(again).toMatchObject({
      parentBody: "UBND tỉnh Phú Thọ",
      unitName: "Sở Nông nghiệp và Môi trường",
      reportNumber: "215/BC-SNNMT",
      reportDate: "2026-06-10",
      signer: { name: "Nguyễn Văn Hùng", title: "GIÁM ĐỐC" },
    });
  });

  test("the ward's .txt, explicit details winning: its number and signer, the draft's date and place", async () => {
    const c = WARD;
    const result = checkWorkbook(await readXlsxGrid(await caseWorkbook(c, false)));
    if (result.status !== "checked") throw new Error("no appendix");
    const model = buildReport({
      appendix: result.appendix,
      details: { reportNumber: "90", signer: { name: "Trần Văn Nam" } },
      draft: await draftOf(c),
    });
    expect(model.header.issuer).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH"]);
    expect(model.header.number).toBe("Số: 90/BC-UBND");
    expect(model.header.placeDate).toBe("Hạc Thành, ngày 16 tháng 9 năm 2025");
    expect(model.signature.name).toBe("Trần Văn Nam");
    expect(model.details.period).toBe("quý III");
  });

  test("the seed's day left blank: “ngày .... tháng 9 năm 2022”, and the appendix “..../9/2022”", async () => {
    const r = checkWorkbook(await loadXlsxGrid(FIXTURE_XLSX));
    if (r.status !== "checked") throw new Error("no appendix");
    const model = buildReport({
      appendix: r.appendix,
      details: {},
      draft: readPlainText(readFileSync(SEED_TXT, "utf8")),
    });
    expect(model.header.placeDate).toBe(`Ngân Sơn, ngày ${BLANK} tháng 9 năm 2022`);
    expect(model.header.number).toBe(`Số: ${BLANK}/BC-UBND`);
    expect(model.appendix?.attachment).toContain(`ngày ${BLANK}/9/2022`);
    expect(model.signature).toEqual({ lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], name: "Nguyễn Trọng Lăng" });
  });

  test("from the sheet, the draft giving sections III and IV only, the details are the officer's alone", async () => {
    const r = checkWorkbook(await loadXlsxGrid(FIXTURE_XLSX));
    if (r.status !== "checked") throw new Error("no appendix");
    const draft = readPlainText(readFileSync(SEED_TXT, "utf8"));
    const model = buildReport({ appendix: r.appendix, details: {}, draft, source: "sheet" });
    expect(model.details).toEqual({});
    expect(model.header.placeDate).toBe(`${BLANK}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
  });
});
