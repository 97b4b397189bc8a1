/**
 * A Word report written by hand as Word itself writes one (no library in between, so the XML is what the reader
 * meets in offices' files): the header block as a borderless two-column table (cơ quan | Quốc hiệu; Số | địa danh,
 * ngày), runs broken in the middle of words and numbers (Word splits runs at every edit and spell-check mark),
 * w:proofErr marks around misspelt words, and tracked changes: "{-old-}{+new+}" in a paragraph's text becomes a
 * deletion (w:del/w:delText) and an insertion (w:ins) — the deleted figure is not part of the report.
 */
import JSZip from "jszip";

export type DocBlock =
  string | { text: string; bold?: boolean; center?: boolean; italic?: boolean } | { table: string[][] };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function run(text: string, props: string): string {
  if (text === "") return "";
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** Runs of a stretch of text, cut every `every` characters (inside words and numbers alike). */
function runs(text: string, props: string, every: number): string {
  let out = "";
  for (let i = 0; i < text.length; i += every) {
    const piece = text.slice(i, i + every);
    // a misspelt word Word underlines: proofErr marks around it (they are empty elements between runs)
    out += /\b(han|chinh|tiếp nhân|hồ sở)\b/u.test(piece)
      ? `<w:proofErr w:type="spellStart"/>${run(piece, props)}<w:proofErr w:type="spellEnd"/>`
      : run(piece, props);
  }
  return out;
}

let revision = 0;

function paragraph(block: Exclude<DocBlock, { table: string[][] }>, every: number): string {
  const b = typeof block === "string" ? { text: block } : block;
  const props = `${b.bold ? "<w:b/>" : ""}${b.italic ? "<w:i/>" : ""}<w:sz w:val="28"/>`;
  const pPr = `<w:pPr>${b.center ? '<w:jc w:val="center"/>' : '<w:jc w:val="both"/><w:ind w:firstLine="567"/>'}<w:spacing w:before="60" w:after="60"/></w:pPr>`;
  let body = "";
  let last = 0;
  const re = /\{-([^}]*)-\}\{\+([^}]*)\+\}/g;
  for (const m of b.text.matchAll(re)) {
    body += runs(b.text.slice(last, m.index), props, every);
    const id = ++revision;
    body += `<w:del w:id="${id}" w:author="Chuyên viên" w:date="2025-09-15T08:00:00Z"><w:r><w:rPr>${props}</w:rPr><w:delText xml:space="preserve">${esc(m[1])}</w:delText></w:r></w:del>`;
    body += `<w:ins w:id="${id + 1000}" w:author="Chuyên viên" w:date="2025-09-15T08:00:00Z">${run(m[2], props)}</w:ins>`;
    last = m.index! + m[0].length;
  }
  body += runs(b.text.slice(last), props, every);
  return `<w:p>${pPr}${body}</w:p>`;
}

function table(rows: string[][]): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(9000 / cols)}"/>`.repeat(cols)}</w:tblGrid>`;
  const borders =
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
  const trs = rows
    .map(
      (r) =>
        `<w:tr>${r
          .map(
            (cell) =>
              `<w:tc><w:tcPr><w:tcW w:w="${Math.floor(9000 / cols)}" w:type="dxa"/></w:tcPr>${cell
                .split("\n")
                .map((line) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(line, '<w:sz w:val="26"/>')}</w:p>`)
                .join("")}</w:tc>`,
          )
          .join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>${borders}</w:tblPr>${grid}${trs}</w:tbl>`;
}

/** The report as .docx bytes. `every`: characters per run (Word's runs are short in edited documents). */
export async function writeDocx(blocks: DocBlock[], every = 23): Promise<Buffer> {
  const body = blocks
    .map((b) => (typeof b === "object" && "table" in b ? table(b.table) : paragraph(b, every)))
    .join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", document);
  return zip.generateAsync({ type: "nodebuffer" });
}
