/**
 * Property-based tests (fast-check) of the .docx reader and its XML tokenizer: any XML — well formed or not, with
 * DTDs, entities, CDATA, nesting, list levels and fonts of any value — never throws, expands no entity it does not
 * know, and gives no more paragraphs than the XML has paragraph and row tags.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { readDocxText, tokenizeXml } from "../../src/io/docx";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const SOUP = [
  "<w:p>",
  "</w:p>",
  "<w:p/>",
  "<w:r>",
  "</w:r>",
  "<w:t>",
  "</w:t>",
  '<w:t xml:space="preserve">',
  "12 hồ sơ",
  "đạt 7,75%",
  " ",
  "<w:tab/>",
  "<w:br/>",
  "<w:tbl>",
  "</w:tbl>",
  "<w:tr>",
  "</w:tr>",
  "<w:tc>",
  "</w:tc>",
  "<w:txbxContent>",
  "</w:txbxContent>",
  "<w:pPr>",
  "</w:pPr>",
  '<w:numPr><w:ilvl w:val="999999999"/><w:numId w:val="1"/></w:numPr>',
  '<w:pStyle w:val="Heading1"/>',
  "<w:rPr>",
  "</w:rPr>",
  '<w:rFonts w:hAnsi=".VnTimeH"/>',
  '<w:rFonts w:hAnsi="VNI-Times"/>',
  "c¸n bé",
  "Vieät",
  "&amp;",
  "&lt;",
  "&#x110000;",
  "&#65;",
  "&bomb;",
  "<",
  ">",
  '"',
  "'",
  "=",
  '<!DOCTYPE w [<!ENTITY bomb "BOOM">]>',
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  "<?xml version='1.0'?>",
  "<w:del>",
  "</w:del>",
  "<w:instrText>",
  "</w:instrText>",
  "<mc:Fallback>",
  "</mc:Fallback>",
];
const xmlSoup = fc.oneof(
  fc.array(fc.constantFrom(...SOUP), { maxLength: 150 }).map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
);
const NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="99999999999"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="999999"><w:start w:val="1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const count = (s: string, word: string) => s.split(word).length - 1;

test("the tokenizer reads any string: at most one token per character, no entity but the known ones", () => {
  fc.assert(
    fc.property(xmlSoup, (xml) => {
      let n = 0;
      let booms = 0;
      for (const t of tokenizeXml(xml)) {
        n++;
        if (t.type === "text") booms += count(t.text, "BOOM");
      }
      expect(n).toBeLessThanOrEqual(xml.length + 1);
      // a declared entity is never expanded: its value is there at most as often as it is written
      expect(booms).toBeLessThanOrEqual(count(xml, "BOOM"));
    }),
    { numRuns: 500 },
  );
});

test("the .docx reader reads any document XML (with hostile numbering and styles) without throwing", async () => {
  await fc.assert(
    fc.asyncProperty(xmlSoup, fc.boolean(), async (body, withParts) => {
      const zip = new JSZip();
      zip.file("word/document.xml", `<w:document ${W}><w:body>${body}</w:body></w:document>`);
      if (withParts) {
        zip.file("word/numbering.xml", NUMBERING);
        zip.file("word/styles.xml", `<w:styles ${W}>${body}</w:styles>`);
        zip.file("word/footnotes.xml", body);
      }
      const doc = await readDocxText(await zip.generateAsync({ type: "uint8array" }));
      const booms = doc.paragraphs.reduce((n, p) => n + count(p.text, "BOOM"), 0);
      expect(booms).toBeLessThanOrEqual(count(body, "BOOM") * (withParts ? 2 : 1));
      const tags = (body.match(/<w:(p|tr)[\s/>]/g) ?? []).length * (withParts ? 2 : 1);
      expect(doc.paragraphs.length).toBeLessThanOrEqual(tags);
      for (const p of doc.paragraphs) {
        expect(p.text).toBe(p.text.trim());
        expect(p.text.length).toBeGreaterThan(0);
        expect(p.listLabel?.length ?? 0).toBeLessThan(40);
      }
    }),
    { numRuns: 200 },
  );
});
