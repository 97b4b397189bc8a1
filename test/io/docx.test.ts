import { readFileSync } from "fs";
import JSZip from "jszip";
import { readDocxText, tokenizeXml } from "../../src/io/docx";
import { checkNarrative } from "../../src/core/narrative";
import { appendixFrom, SEED_VALUES } from "../core/narrative/helpers";
import { FIXTURE_DOCX } from "../helpers/fixtures";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

const p = (inner: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

async function docx(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} ${MC}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: "uint8array" });
}

describe("readDocxText", () => {
  it("reads the seed's Word file: paragraphs in order, list numbers, the appendix table as rows", async () => {
    const doc = await readDocxText(readFileSync(FIXTURE_DOCX));
    const texts = doc.paragraphs.map((x) => x.text);
    expect(texts[1]).toBe("Ngân Sơn, ngày tháng 9 năm 2022");
    // headings typed as Word lists get their numbers back
    expect(texts).toContain("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC");
    expect(texts).toContain("3. Cải cách tổ chức bộ máy");
    expect(texts.some((t) => t.includes("đạt tỷ lệ 7,75%"))).toBe(true);
    const rows = doc.paragraphs.filter((x) => x.inTable);
    const r724 = rows.find((x) => x.cells?.[0] === "7.2.4")!;
    expect(r724.cells![3]).toBe("5.75%");
    expect(rows.find((x) => x.cells?.[0] === "1.2.2")!.text).toBe("1.2.2\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t35");
    // the "+" items are bullets, not text
    const bullet = doc.paragraphs.find((x) => x.text.startsWith("Văn bản số 258/UBND-VHTT"))!;
    expect(bullet.bullet).toBe(true);
    expect(doc.paragraphs.find((x) => x.text.includes("&"))!.text).toContain("297/SNV-TCBC&CCHC");
  });

  it("gives the same narrative findings from the Word file as from the text", async () => {
    const doc = await readDocxText(readFileSync(FIXTURE_DOCX));
    const f = checkNarrative(doc, appendixFrom(SEED_VALUES));
    expect(f.filter((x) => x.severity === "error" && x.kind === "narrative-mismatch").map((x) => x.codes[0]).sort()).toEqual([
      "1.3.1",
      "4.5.2",
      "7.2.4",
    ]);
    expect(f.filter((x) => x.kind === "date" && x.severity === "error")).toHaveLength(3);
  });

  it("joins runs, reads tabs and breaks, and mends a number split by a line break", async () => {
    const body =
      p(`${r("Đã giải quyết 1.8")}<w:proofErr w:type="spellStart"/>${r("51 hồ sơ")}`) +
      p(`${r("Tổng số")}<w:r><w:tab/><w:t>254</w:t><w:br/><w:t>hồ sơ</w:t></w:r>`) +
      p(`<w:r><w:t>đúng hạn 1.8</w:t><w:br/><w:t>51, tỷ lệ</w:t></w:r>`) +
      p(`<w:r><w:sym w:font="Wingdings" w:char="F0E0"/><w:t>tiếp</w:t><w:noBreakHyphen/><w:t>theo</w:t></w:r>`) +
      p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>7</w:t></w:r>`) +
      p(`<w:del><w:r><w:delText>xoá</w:delText></w:r></w:del>${r("giữ")}`) +
      p("") +
      "<w:p/>";
    const doc = await readDocxText(await docx(body));
    expect(doc.paragraphs.map((x) => x.text)).toEqual([
      "Đã giải quyết 1.851 hồ sơ",
      "Tổng số\t254\nhồ sơ",
      "đúng hạn 1.851, tỷ lệ",
      "tiếp-theo",
      "7",
      "giữ",
    ]);
  });

  it("reads tables row by row, text boxes once, and footnotes, headers and footers as their parts", async () => {
    const cell = (t: string) => `<w:tc><w:tcPr/>${p(r(t))}</w:tc>`;
    const body =
      p(r("Trước bảng")) +
      `<w:tbl><w:tblPr/><w:tr>${cell("7.2.4")}${cell("Tỷ lệ hồ sơ trực tuyến")}${cell("5,75%")}</w:tr>` +
      `<w:tr>${cell("")}${cell("")}</w:tr></w:tbl>` +
      p(
        `${r("Neo")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p(r("Trong hộp: 12 tin"))}</w:txbxContent></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${p(r("Trong hộp: 12 tin"))}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
      ) +
      p(`${r("Có chú thích")}<w:r><w:footnoteReference w:id="1"/></w:r>`);
    const doc = await readDocxText(
      await docx(body, {
        "word/footnotes.xml": `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1">${p("<w:r><w:separator/></w:r>")}</w:footnote><w:footnote w:id="1">${p(r("Chú thích: 5 hồ sơ"))}</w:footnote></w:footnotes>`,
        "word/header1.xml": `<w:hdr ${W}>${p(r("UBND HUYỆN"))}</w:hdr>`,
        "word/footer1.xml": `<w:ftr ${W}>${p(r("Trang 1"))}</w:ftr>`,
      }),
    );
    const shape = doc.paragraphs.map((x) => [x.text, x.inTable, x.part]);
    expect(shape).toEqual([
      ["Trước bảng", false, "body"],
      ["7.2.4\tTỷ lệ hồ sơ trực tuyến\t5,75%", true, "body"],
      ["Neo", false, "body"],
      ["Trong hộp: 12 tin", false, "textbox"],
      ["Có chú thích", false, "body"],
      ["Chú thích: 5 hồ sơ", false, "footnote"],
      ["UBND HUYỆN", false, "header"],
      ["Trang 1", false, "footer"],
    ]);
    expect(doc.paragraphs[1].cells).toEqual(["7.2.4", "Tỷ lệ hồ sơ trực tuyến", "5,75%"]);
  });

  it("renders Word list numbering (decimal, roman, restarts) in front of the text", async () => {
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const num = (id: number, lvl: number) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const body =
      p(r("KẾT QUẢ"), num(1, 0)) +
      p(r("Thể chế"), num(1, 1)) +
      p(r("Thủ tục"), num(1, 1)) +
      p(r("gạch đầu dòng"), num(2, 0)) +
      p(r("PHƯƠNG HƯỚNG"), num(1, 0)) +
      p(r("Nhiệm vụ"), num(1, 1)) +
      p(r("ĐỀ XUẤT"), num(3, 0));
    const doc = await readDocxText(await docx(body, { "word/numbering.xml": numbering }));
    expect(doc.paragraphs.map((x) => x.text)).toEqual([
      "I. KẾT QUẢ",
      "I.1. Thể chế",
      "I.2. Thủ tục",
      "gạch đầu dòng",
      "II. PHƯƠNG HƯỚNG",
      "II.1. Nhiệm vụ",
      "III. ĐỀ XUẤT",
    ]);
    expect(doc.paragraphs[3].bullet).toBe(true);
  });

  it("does not crash on broken or odd XML", async () => {
    const doc = await readDocxText(await docx(`${p(r("a &amp; b &#7913; &#x1EE9; &bogus;"))}<w:p><w:r><w:t>cụt`));
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["a & b ứ ứ &bogus;", "cụt"]);
    await expect(readDocxText(new Uint8Array([1, 2, 3]))).rejects.toThrow();
    const zip = new JSZip();
    zip.file("x.txt", "x");
    await expect(readDocxText(await zip.generateAsync({ type: "arraybuffer" }))).rejects.toThrow(/document\.xml/);
  });

  it("tokenizes attributes with quotes and skips comments", () => {
    const toks = [...tokenizeXml(`<!-- x > y --><a b='1>2' c="x"/>t<![CDATA[<c>]]>`)];
    expect(toks).toEqual([
      { type: "empty", name: "a", attrs: { b: "1>2", c: "x" } },
      { type: "text", text: "t" },
      { type: "text", text: "<c>" },
    ]);
  });
});
