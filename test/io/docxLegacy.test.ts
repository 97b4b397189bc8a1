/**
 * A Word report typed in TCVN3 (.VnTime, capitals in .VnTimeH) or VNI (VNI-Times): converted to Unicode before it
 * is read, by the runs' fonts (their own, their style's, the document's default) and, where no font says so, by the
 * characters; and the findings say the document was converted.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { checkNarrative, readPlainText } from "../../src/core/narrative";
import { readDocxText } from "../../src/io/docx";
import { SEED_TXT } from "../helpers/fixtures";
import { plainPunctuation, tcvn3Runs, toTcvn3, toVni } from "../helpers/legacyEncoder";
import { appendixFrom, SEED_VALUES } from "../core/narrative/helpers";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text: string, font?: string) =>
  `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (runs: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runs}</w:p>`;

async function docx(body: string, stylesXml?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (stylesXml) zip.file("word/styles.xml", stylesXml);
  return zip.generateAsync({ type: "uint8array" });
}

/** A paragraph typed in TCVN3: .VnTime runs, and .VnTimeH runs for the capitals with a tone. */
const tcvn3Paragraph = (text: string) =>
  para(
    tcvn3Runs(text)
      .map(([t, capitals]) => run(t, capitals ? ".VnTimeH" : ".VnTime"))
      .join(""),
  );

const seedLines = plainPunctuation(readFileSync(SEED_TXT, "utf8"))
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.includes("\t"));

test("runs in .VnTime and .VnTimeH, and in VNI-Times, come back as the Unicode text", async () => {
  const text = "Ủy ban nhân dân huyện đã ban hành 14 văn bản chỉ đạo, điều hành công tác CCHC.";
  const doc = await readDocxText(
    await docx(tcvn3Paragraph(text) + para(run(toVni(text), "VNI-Times")) + para(run("UBND HUYỆN NGÂN SƠN"))),
  );
  expect(doc.paragraphs.map((p) => p.text)).toEqual([text, text, "UBND HUYỆN NGÂN SƠN"]);
  expect(doc.conversions).toEqual([
    { from: "tcvn3", paragraphs: 1 },
    { from: "vni", paragraphs: 1 },
  ]);
});

test("the font of the paragraph's style, of its base style and the document's default count too", async () => {
  const styles = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Than"><w:basedOn w:val="Heading1"/></w:style>
    <w:style w:type="paragraph" w:styleId="Unicode"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style></w:styles>`;
  const doc = await readDocxText(
    await docx(
      para(run(toTcvn3("cán bộ công chức"))) +
        para(run(toTcvn3("kết quả thực hiện")), "Heading1") +
        para(run(toTcvn3("phương hướng")), "Than") +
        para(run("cải cách hành chính"), "Unicode"),
      styles,
    ),
  );
  expect(doc.paragraphs.map((p) => p.text)).toEqual([
    "cán bộ công chức",
    "KẾT QUẢ THỰC HIỆN",
    "PHƯƠNG HƯỚNG",
    "cải cách hành chính",
  ]);
});

test("TCVN3 typed in a font that does not say so is told by its characters; Unicode paragraphs are left alone", async () => {
  const unicode = "Thực hiện «Năm dân vận khéo», hoà giải thành 12 vụ việc.";
  const typed = "Tổng số hồ sơ tiếp nhận là 254 hồ sơ, đã giải quyết đúng hạn";
  const doc = await readDocxText(await docx(para(run(toTcvn3(typed), "Arial")) + para(run(unicode))));
  expect(doc.paragraphs.map((p) => p.text)).toEqual([typed, unicode]);
  expect(doc.conversions).toEqual([{ from: "tcvn3", paragraphs: 1 }]);
});

test("the seed's report typed in TCVN3: the same findings as in Unicode, and a note that it was converted", async () => {
  const appendix = appendixFrom(SEED_VALUES);
  const unicode = checkNarrative(readPlainText(seedLines.join("\n")), appendix);
  const doc = await readDocxText(await docx(seedLines.map(tcvn3Paragraph).join("")));
  expect(doc.paragraphs.map((p) => p.text)).toEqual(seedLines.map((l) => l.trim().normalize("NFC")));
  const findings = checkNarrative(doc, appendix);
  const notes = findings.filter((f) => f.severity === "info" && /TCVN3/.test(f.message.vi));
  expect(notes).toHaveLength(1);
  expect(notes[0].message.vi).toMatch(/đã chuyển sang Unicode \(\d+ đoạn\)/);
  const shape = (fs: typeof findings) => fs.map((f) => [f.kind, f.severity, f.codes.join(","), f.actual, f.quote]);
  expect(shape(findings.filter((f) => !notes.includes(f)))).toEqual(shape(unicode));
});
