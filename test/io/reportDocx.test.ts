/**
 * The exported .docx's XML: A4 and the margins of Nghị định 30/2020, Times New Roman throughout, the sizes of the
 * header, body and signing block, the header texts, the appendix table with its header rows repeated on every
 * page, a landscape section for a wide table, and the hidden bookmarks that link each figure to its row.
 */
import JSZip from "jszip";
import { buildReport } from "../../src/core/report/build";
import { parseMarkName } from "../../src/core/report/marks";
import type { ReportModel } from "../../src/core/report/model";
import { reportDocx } from "../../src/io/reportDocx";
import { reportHtml, reportText } from "../../src/io/reportHtml";
import { FIXTURE_XLSX, loadXlsxGrid } from "../helpers/fixtures";
import { PLAN_DETAILS, SEED_DETAILS, checked, planTableChecked, wideAppendix } from "./reportFixtures";

interface Parts {
  document: string;
  styles: string;
  headers: string[];
}

async function parts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async("string");
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    headers: await Promise.all(headerNames.map(read)),
  };
}

/** The run properties (w:rPr) of the run whose text is exactly `text`. */
function runProps(xml: string, text: string): string {
  const esc = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t[^>]*>${esc}</w:t></w:r>`).exec(
    xml,
  );
  if (!m) throw new Error(`no run with text ${text}`);
  return m[1];
}

/** The paragraph properties (w:pPr) of the paragraph holding `text`. */
function paragraphProps(xml: string, text: string): string {
  const i = xml.indexOf(`>${text}`);
  if (i < 0) throw new Error(`no paragraph with ${text}`);
  const start = xml.lastIndexOf("<w:p>", i);
  const m = /<w:pPr>(.*?)<\/w:pPr>/.exec(xml.slice(start, i));
  return m ? m[1] : "";
}

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/>`;

describe("the seed's report as .docx", () => {
  let model: ReportModel;
  let xml: Parts;
  beforeAll(async () => {
    const r = checked(await loadXlsxGrid(FIXTURE_XLSX));
    model = buildReport({ appendix: r.appendix, details: SEED_DETAILS, findings: r.findings });
    xml = await parts(await reportDocx(model));
  });

  it("is A4 with margins top and bottom 20 mm, left 30 mm, right 15 mm; page numbers from page 2", () => {
    const sections = [...xml.document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2); // the report, then the appendix
    for (const s of sections) {
      expect(s).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
      expect(s).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    }
    expect(sections[0]).toMatch(/<w:titlePg\/>/);
    expect(sections[0]).toMatch(/<w:headerReference w:type="first"/);
    expect(sections[1]).not.toMatch(/<w:titlePg\/>/);
    const numbered = xml.headers.filter((h) => /PAGE/.test(h));
    expect(numbered.length).toBeGreaterThan(0);
    for (const h of numbered) expect(h).toMatch(/<w:jc w:val="center"\/>/);
  });

  it("uses Times New Roman throughout", () => {
    expect(xml.styles).toMatch(
      /<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/s,
    );
    const fonts = new Set([...xml.document.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
  });

  it("prints the header: the issuer's full name, the nation over the motto, the number, place and date", () => {
    const d = xml.document;
    const order = [
      "ỦY BAN NHÂN DÂN",
      "HUYỆN NGÂN SƠN",
      "Số: 125/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Ngân Sơn, ngày 05 tháng 9 năm 2022",
      "BÁO CÁO",
      "Kết quả thực hiện công tác cải cách hành chính quý III năm 2022",
    ].map((t) => d.indexOf(`>${t}<`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Nghị định 30/2020: a people's committee names itself in full and prints no parent body (one was filled in)
    expect(d).not.toContain("UBND TỈNH BẮC KẠN");
    expect(runProps(d, "ỦY BAN NHÂN DÂN")).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(runProps(d, "HUYỆN NGÂN SƠN")).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(runProps(d, "Số: 125/BC-UBND")).toContain(size(26));
    expect(runProps(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(runProps(d, "Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(runProps(d, "Ngân Sơn, ngày 05 tháng 9 năm 2022")).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/);
    expect(runProps(d, "BÁO CÁO")).toContain("<w:b/>");
    // the rules under the issuer, the motto and the summary are bottom borders of short paragraphs
    expect(d.match(/<w:pBdr><w:bottom w:val="single"/g)?.length).toBe(3);
    // the header sits in a borderless table
    const headerTable = d.slice(d.indexOf("<w:tbl>"), d.indexOf("</w:tbl>"));
    expect(headerTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
  });

  it("sets the body in 14 pt, justified, the first line indented 1,27 cm, 6 pt after, line spacing 1,2", () => {
    const body = model.body.find((b) => b.type === "paragraph" && !b.placeholder && b.runs.length === 1)!;
    const first = (body as { runs: { text: string }[] }).runs[0].text;
    const pPr = paragraphProps(xml.document, first.slice(0, 40));
    expect(pPr).toContain('<w:jc w:val="both"/>');
    expect(pPr).toContain('w:firstLine="720"');
    const spacing = /<w:spacing [^>]*\/>/.exec(pPr)![0];
    for (const a of ['w:before="0"', 'w:after="120"', 'w:line="288"', 'w:lineRule="auto"'])
      expect(spacing).toContain(a);
    expect(xml.styles).toMatch(/<w:docDefaults>.*<w:sz w:val="28"\/>/s);
    expect(xml.document).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it("puts “Nơi nhận:” (bold italic 12 pt, the list 11 pt) beside the signing block (bold capitals, the name bold)", () => {
    const d = xml.document;
    expect(runProps(d, "Nơi nhận:")).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runProps(d, "- Sở Nội vụ;")).toContain(size(22));
    expect(runProps(d, "- Lưu: VT, NV.")).toContain(size(22));
    expect(runProps(d, "TM. ỦY BAN NHÂN DÂN")).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(runProps(d, "CHỦ TỊCH")).toContain("<w:b/>");
    expect(runProps(d, "Nguyễn Trọng Lăng")).toContain("<w:b/>");
    const row = d.slice(d.lastIndexOf("<w:tr>", d.indexOf(">Nơi nhận:<")), d.indexOf(">Nguyễn Trọng Lăng<"));
    expect(row).toContain(">TM. ỦY BAN NHÂN DÂN<");
  });

  it("ends with the appendix: its title lines and the table, its two header rows repeated on every page", () => {
    const d = xml.document;
    const appendix = d.slice(d.lastIndexOf(">Phụ lục<"));
    for (const t of [
      "BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
      "QUÝ III NĂM 2022",
      "(Kèm theo Báo cáo số 125/BC-UBND ngày 05/9/2022 của UBND huyện Ngân Sơn)",
    ])
      expect(appendix).toContain(`>${t}<`);
    const table = appendix.slice(appendix.indexOf("<w:tbl>"));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(model.appendix!.rows.length + 2);
    expect(rows.slice(0, 2).every((r) => r.includes("<w:tblHeader/>"))).toBe(true);
    expect(rows.slice(2).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(rows[0]).toContain(">Kết quả thống kê<");
    expect(rows[1]).toContain(">Đơn vị tính<");
    expect(rows[1]).toContain(">Số liệu<");
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    // the groups in bold, the sub-rows in italics, "Trong đó" before the first part of a total
    const row = (label: string) => rows.find((r) => r.includes(`>${label}<`))!;
    expect(row("Cải cách thể chế")).toContain("<w:b/>");
    expect(row("Số TTHC cấp huyện")).toContain("<w:i/>");
    expect(row("Số TTHC cấp huyện")).toContain(">Trong đó<");
    expect(row("Số hồ sơ TTHC đã tiếp nhận trực tuyến")).toContain(">396<");
    // Ghi chú: the sheet's notes, and the breakdown written beside a figure
    expect(row("Số lượng phiếu khảo sát")).toContain(">Chưa thực hiện<");
    expect(row("Số TTHC liên thông cùng cấp")).toMatch(/>28<.*>huyện 27, xã 01</);
    expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
  });

  it("ends the report's section with a paragraph 1 pt high (no blank page before the appendix)", () => {
    const d = xml.document;
    const first = d.indexOf("<w:sectPr>");
    const paragraph = d.slice(d.lastIndexOf("<w:p>", first), first);
    expect(paragraph).toContain('w:line="20" w:lineRule="exact"');
    expect(d.slice(d.lastIndexOf("</w:tbl>", first), first)).toMatch(/^<\/w:tbl><w:p><w:pPr>/);
  });

  it("marks every figure with its row's code in a hidden bookmark, invisibly", () => {
    const starts = [...xml.document.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g)];
    const names = starts.map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    const marks = names.map(parseMarkName);
    expect(marks.every((m) => m !== null)).toBe(true);
    for (const n of names) expect(n.startsWith("_")).toBe(true);
    for (const [, , id] of starts) expect(xml.document).toContain(`<w:bookmarkEnd w:id="${id}"/>`);
    const figures = marks.filter((m) => m!.kind !== "label");
    const tableValues = model.appendix!.rows.filter((r) => r.linked).length;
    expect(figures).toHaveLength(model.figures.length + tableValues);
    // the bookmark encloses exactly the figure's text
    expect(xml.document).toMatch(
      /<w:bookmarkStart w:name="_cchc_\d+_3_3_2a" w:id="\d+"\/><w:r>.*?<w:t xml:space="preserve">1\.851<\/w:t><\/w:r><w:bookmarkEnd/,
    );
  });

  it("also renders as rich text and plain text for the clipboard", () => {
    const html = reportHtml(model);
    expect(html).toContain("font-family:'Times New Roman'");
    expect(html).toMatch(/<a name="_cchc_\d+_3_3_2a">1\.851<\/a>/);
    expect(html).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(html).toContain('<th colspan="2"');
    const text = reportText(model);
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain(
      "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2022 của UBND huyện Ngân Sơn./.",
    );
  });
});

it("puts a table wider than a portrait page in a landscape section", async () => {
  const model = buildReport({
    appendix: wideAppendix(),
    details: { unitName: "UBND xã Bằng Vân", period: "năm", year: 2025 },
  });
  expect(model.appendix!.orientation).toBe("landscape");
  const { document } = await parts(await reportDocx(model));
  const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  const grid = [...document.slice(document.lastIndexOf("<w:tblGrid>")).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(
    (m) => Number(m[1]),
  );
  // the table fills the landscape page's width between the margins (297 - 30 - 15 mm)
  expect(grid.reduce((a, b) => a + b, 0)).toBeGreaterThan(14200);
  expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 1701 - 851);
});

it("encodes UTF-8 where the web view has no TextEncoder (the EdgeHTML web view of Office 2019)", () => {
  const { Utf8Encoder } = jest.requireActual(
    "../../src/io/textEncoderShim",
  ) as typeof import("../../src/io/textEncoderShim");
  for (const s of ["", "Báo cáo số 125/BC-UBND", "Độc lập - Tự do - Hạnh phúc", "€ 𝒳 \u0301", "a\uD800b"]) {
    expect(Buffer.from(new Utf8Encoder().encode(s))).toEqual(Buffer.from(new TextEncoder().encode(s)));
  }
});

describe("an appendix of several value columns: «Kế hoạch | Thực hiện | Tỷ lệ (%)»", () => {
  let model: ReportModel;
  let document: string;
  beforeAll(async () => {
    const r = planTableChecked();
    model = buildReport({ appendix: r.appendix, details: PLAN_DETAILS, findings: r.findings });
    document = (await parts(await reportDocx(model))).document;
  });
  const tableRows = () => {
    const appendix = document.slice(document.lastIndexOf(">Phụ lục<"));
    const table = appendix.slice(appendix.indexOf("<w:tbl>"));
    return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  };
  const texts = (xml: string) =>
    [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).filter((t) => t !== "");

  it("heads the table with “Số liệu” over the sheet's headings, in the sheet's order, both rows repeated", () => {
    const rows = tableRows();
    expect(rows).toHaveLength(model.appendix!.rows.length + 2);
    expect(rows.slice(0, 2).every((r) => r.includes("<w:tblHeader/>"))).toBe(true);
    expect(texts(rows[0])).toEqual(["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"]);
    expect(rows[0]).toContain('<w:gridSpan w:val="3"/>');
    expect(texts(rows[1])).toEqual(["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]);
    // STT, label, unit, three values, note: seven grid columns filling the landscape page between the margins
    const grid = [...document.slice(document.lastIndexOf("<w:tblGrid>")).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)];
    expect(grid).toHaveLength(7);
  });

  it("prints every column's value in Vietnamese notation, the note in Ghi chú", () => {
    const row = (label: string) => texts(tableRows().find((r) => r.includes(`>${label}<`))!);
    expect(row("Tổng số hồ sơ TTHC tiếp nhận")).toEqual([
      "2.1",
      "Tổng số hồ sơ TTHC tiếp nhận",
      "Hồ sơ",
      "12.500",
      "11.480",
      "91,84",
    ]);
    expect(row("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn").slice(3)).toEqual(["98%", "99,46%", "101,49"]);
    expect(row("Số cuộc kiểm tra công tác CCHC tại các tổ dân phố").slice(3)).toEqual([
      "4",
      "1",
      "25",
      "Còn 3 cuộc vào quý II",
    ]);
  });

  it("links the results (the main column) only: one bookmark per row, around the results' figure", () => {
    const starts = [
      ...document.matchAll(/<w:bookmarkStart w:name="(_cchc_[^"]+)" w:id="\d+"\/><w:r>.*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ];
    const inTable = starts.filter((m) => tableRows().some((r) => r.includes(m[0])));
    const linked = model.appendix!.rows.filter((r) => r.linked);
    expect(inTable.map((m) => m[2])).toEqual(linked.map((r) => r.value));
    expect(inTable.map((m) => parseMarkName(m[1])!.code)).toEqual(linked.map((r) => r.code));
    expect(inTable.map((m) => m[2])).toContain("11.480");
    expect(inTable.map((m) => m[2])).not.toContain("12.500");
  });

  it("and so do the clipboard's rich text and plain text", () => {
    const html = reportHtml(model);
    expect(html).toContain('<th colspan="3"');
    expect(html).toMatch(/<th[^>]*>Kế hoạch<\/th><th[^>]*>Thực hiện<\/th><th[^>]*>Tỷ lệ \(%\)<\/th>/);
    expect(html).toMatch(/>12\.500<\/td><td[^>]*><a name="_cchc_\d+_2_1">11\.480<\/a><\/td><td[^>]*>91,84</);
    const text = reportText(model);
    expect(text).toContain("STT\tChỉ tiêu thống kê\tĐơn vị tính\tKế hoạch\tThực hiện\tTỷ lệ (%)\tGhi chú");
    expect(text).toContain("2.1\tTổng số hồ sơ TTHC tiếp nhận\tHồ sơ\t12.500\t11.480\t91,84\t");
  });
});
