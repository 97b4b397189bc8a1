/**
 * A small .xlsx writer for the command line's own workbooks (the `check-all` summary): sheets of text, numbers and
 * percents, a header row, column widths, links inside the workbook, an autofilter and a bar chart (barChart.ts).
 *
 * Written by hand because ExcelJS cannot write charts. Rows are streamed: a sheet's rows are an async iterable read
 * once while the zip is written (inline strings, no shared-string table), so a sheet of any length costs no more
 * memory than one row. Node only (streams); the pure core never sees it.
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import JSZip from "jszip";
import { barChartXml, chartDrawingXml, type BarChartSpec } from "./barChart";
import { columnName, xmlText, XML_DECLARATION } from "./xml";

/** Cell styles (indexes into styles.xml's cellXfs, in this order). */
export const XLSX_STYLES = [
  "text",
  "header",
  "percent",
  "link",
  "wrap",
  "bold",
  "errorCount",
  "muted",
  "integer",
] as const;
export type XlsxStyle = (typeof XLSX_STYLES)[number];

export interface XlsxCell {
  value: string | number | null;
  style?: XlsxStyle;
  /** A place in the workbook to go to, e.g. 'Chi tiết'!A12. */
  link?: string;
}
export type XlsxRow = readonly (XlsxCell | string | number | null)[];

export interface XlsxSheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  /** Column widths in characters. */
  widths: readonly number[];
  rows: Iterable<XlsxRow> | AsyncIterable<XlsxRow>;
  /** Keep the first row in view while scrolling. */
  freezeHeader?: boolean;
  /** An autofilter over the header and this many data rows. */
  autoFilterRows?: number;
  chart?: BarChartSpec;
}

export interface XlsxDocument {
  title: string;
  creator: string;
  sheets: readonly XlsxSheet[];
}

/** Excel cannot hold more in a cell. */
const MAX_CELL_TEXT = 32767;
const MAX_ROWS = 1048576;

const styleIndex = (s: XlsxStyle | undefined) => (s ? XLSX_STYLES.indexOf(s) : 0);

function cellXml(ref: string, cell: XlsxCell): string {
  const s = styleIndex(cell.style);
  // Every cell names its style, even the default one: LibreOffice gives cells without one its own default (bottom).
  const sAttr = ` s="${s}"`;
  if (cell.value === null || cell.value === "") return s ? `<c r="${ref}"${sAttr}/>` : "";

  if (typeof cell.value === "number") {
    if (!Number.isFinite(cell.value)) return `<c r="${ref}"${sAttr}/>`;
    return `<c r="${ref}"${sAttr}><v>${cell.value}</v></c>`;
  }
  const text = cell.value.length > MAX_CELL_TEXT ? cell.value.slice(0, MAX_CELL_TEXT - 1) + "…" : cell.value;
  return `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

const asCell = (c: XlsxCell | string | number | null): XlsxCell =>
  c !== null && typeof c === "object" ? c : { value: c };

/** Styles that wrap their text: the row is made tall enough for it. */
const WRAPPING: ReadonlySet<XlsxStyle> = new Set(["header", "wrap", "muted"]);
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * The height a row needs for its wrapped cells, or null for the default. Neither Excel nor LibreOffice grows a row for
 * wrapped text on opening a file, so the writer estimates it: about one character per unit of column width.
 */
function rowHeight(cells: readonly XlsxCell[], widths: readonly number[]): number | null {
  let lines = 1;
  cells.forEach((cell, c) => {
    if (!cell.style || !WRAPPING.has(cell.style) || typeof cell.value !== "string") return;
    const perLine = Math.max(1, Math.floor((widths[c] ?? 10) * 1.1));
    const n = cell.value.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : null;
}

/** The worksheet's XML, row by row; links and the drawing reference come after the rows, as the schema orders. */
async function* sheetXml(sheet: XlsxSheet, selected: boolean): AsyncGenerator<string> {
  yield XML_DECLARATION;
  yield (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
  );
  // Printed: as wide as one page, as many pages down as it takes.
  yield '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  const pane = sheet.freezeHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : "";
  yield `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`;
  if (sheet.widths.length)
    yield `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  yield "<sheetData>";
  const links: { ref: string; location: string }[] = [];
  let r = 0;
  for await (const row of sheet.rows) {
    if (r >= MAX_ROWS) break;
    let xml = "";
    const cells = row.map(asCell);
    cells.forEach((cell, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      xml += cellXml(ref, cell);
      if (cell.link) links.push({ ref, location: cell.link });
    });
    const height = rowHeight(cells, sheet.widths);
    yield `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}>${xml}</row>`;
    r++;
  }
  yield "</sheetData>";
  if (sheet.autoFilterRows !== undefined && sheet.widths.length)
    yield `<autoFilter ref="A1:${columnName(sheet.widths.length - 1)}${sheet.autoFilterRows + 1}"/>`;
  if (links.length)
    yield `<hyperlinks>${links.map((l) => `<hyperlink ref="${l.ref}" location="${xmlText(l.location)}"/>`).join("")}</hyperlinks>`;
  yield '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  yield '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  if (sheet.chart) yield '<drawing r:id="rId1"/>';
  yield "</worksheet>";
}

const STYLES_XML =
  XML_DECLARATION +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>' +
  '<fonts count="5">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><color rgb="FFC0392B"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>' +
  "</fonts>" +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment vertical="top"/></xf></cellStyleXfs>' +
  '<cellXfs count="9">' +
  // text
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>' +
  // header
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">' +
  '<alignment vertical="center" wrapText="1"/></xf>' +
  // percent
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyNumberFormat="1"><alignment vertical="top"/></xf>' +
  // link
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment vertical="top"/></xf>' +
  // wrap
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  // bold
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment vertical="top"/></xf>' +
  // errorCount
  '<xf numFmtId="1" fontId="3" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment vertical="top"/></xf>' +
  // muted
  '<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  // integer
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyNumberFormat="1"><alignment vertical="top"/></xf>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function rels(items: { id: string; type: string; target: string }[]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PKG_REL}">` +
    items.map((i) => `<Relationship Id="${i.id}" Type="${i.type}" Target="${xmlText(i.target)}"/>`).join("") +
    "</Relationships>"
  );
}

function checkSheetNames(sheets: readonly XlsxSheet[]): void {
  const seen = new Set<string>();
  for (const s of sheets) {
    if (!s.name || s.name.length > 31 || /[[\]:*?/\\]/.test(s.name) || seen.has(s.name.toLowerCase()))
      throw new Error(`Invalid or repeated sheet name: ${s.name}`);
    seen.add(s.name.toLowerCase());
  }
}

/** Text chunks as buffers of about 64 KB (the zip's deflate takes few large pieces better than many small ones). */
async function* inBuffers(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  let pending: string[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= 65536) {
      yield Buffer.from(pending.join(""), "utf8");
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield Buffer.from(pending.join(""), "utf8");
}

/** The workbook as a zip (JSZip with the sheets as streams, not yet generated). */
export function buildXlsx(doc: XlsxDocument): JSZip {
  checkSheetNames(doc.sheets);
  const parts: [string, string | Readable][] = [];
  const overrides: string[] = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  let charts = 0;
  doc.sheets.forEach((sheet, i) => {
    const n = i + 1;
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    if (sheet.chart) {
      const c = ++charts;
      parts.push([
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        rels([{ id: "rId1", type: `${REL}/drawing`, target: `../drawings/drawing${c}.xml` }]),
      ]);
      parts.push([`xl/drawings/drawing${c}.xml`, chartDrawingXml(sheet.chart.anchor, `Chart ${c}`)]);
      parts.push([
        `xl/drawings/_rels/drawing${c}.xml.rels`,
        rels([{ id: "rId1", type: `${REL}/chart`, target: `../charts/chart${c}.xml` }]),
      ]);
      parts.push([`xl/charts/chart${c}.xml`, barChartXml(sheet.chart)]);
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${c}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
        `<Override PartName="/xl/charts/chart${c}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    parts.push([`xl/worksheets/sheet${n}.xml`, Readable.from(inBuffers(sheetXml(sheet, i === 0)))]);
  });
  // [Content_Types].xml first, as Office writes it (some readers look for it there).
  const zip = new JSZip();
  // No folder entries: Office's own files have none.
  const add = (name: string, content: string | Readable) => zip.file(name, content, { createFolders: false });
  add(
    "[Content_Types].xml",
    XML_DECLARATION +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.join("") +
      "</Types>",
  );
  add(
    "_rels/.rels",
    rels([
      { id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" },
      { id: "rId2", type: `${PKG_REL}/metadata/core-properties`, target: "docProps/core.xml" },
      { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
    ]),
  );
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  add(
    "docProps/core.xml",
    XML_DECLARATION +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlText(doc.title)}</dc:title><dc:creator>${xmlText(doc.creator)}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
      "</cp:coreProperties>",
  );
  add(
    "docProps/app.xml",
    XML_DECLARATION +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
      `<Application>${xmlText(doc.creator)}</Application></Properties>`,
  );
  add(
    "xl/workbook.xml",
    XML_DECLARATION +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
      doc.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
  );
  add(
    "xl/_rels/workbook.xml.rels",
    rels([
      ...doc.sheets.map((_, i) => ({
        id: `rId${i + 1}`,
        type: `${REL}/worksheet`,
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: `rId${doc.sheets.length + 1}`, type: `${REL}/styles`, target: "styles.xml" },
    ]),
  );
  add("xl/styles.xml", STYLES_XML);
  for (const [name, content] of parts) add(name, content);
  return zip;
}

/** Writes the workbook to a file, streaming each sheet's rows into the zip. */
export async function writeXlsxFile(file: string, doc: XlsxDocument): Promise<void> {
  const zip = buildXlsx(doc);
  const stream = zip.generateNodeStream({
    type: "nodebuffer",
    streamFiles: true,
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  await pipeline(stream, createWriteStream(file));
}
