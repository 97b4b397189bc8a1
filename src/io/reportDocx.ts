/**
 * The report model → a Word file (.docx) with the `docx` library, in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout; the header in a borderless
 * two-column table (parent body over the issuer in bold capitals with a short rule, "Số: …" 13 pt; the nation in bold
 * capitals over the motto with a rule, the place and date in italics); "BÁO CÁO" and the summary in bold, centred;
 * the body 14 pt, justified, first line indented 1,27 cm, 6 pt after each paragraph, line spacing 1,2; page numbers
 * centred in the top margin from page 2; "Nơi nhận:" beside the signing block; the appendix in its own section
 * (landscape when its table is wider than a portrait page), its header rows repeated on each page, a table of several
 * value columns with "Số liệu" over their headings.
 *
 * Every figure written from a row is wrapped in a hidden bookmark named after the row (core/report/marks.ts), which
 * the .docx reader (io/docx.ts) turns back into linked figures.
 *
 * Loaded on demand in the pane (its own webpack chunk): the docx library is most of the export's weight.
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Header,
  HeadingLevel,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";
import { PAGE_MM } from "../core/report/appendixTable";
import { markName, type MarkKind } from "../core/report/marks";
import type { AppendixTable, Block, ReportModel, Run } from "../core/report/model";

const FONT = "Times New Roman";
const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
/** Sizes in half-points. */
const PT = (pt: number) => pt * 2;
const BODY = PT(14);
/** Millimetres → twips, rounded (A4: 11906 × 16838). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);

const A4 = { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) };
const MARGIN = {
  top: mm(PAGE_MM.top),
  bottom: mm(PAGE_MM.bottom),
  left: mm(PAGE_MM.left),
  right: mm(PAGE_MM.right),
  header: mm(10),
  footer: mm(10),
};
const PORTRAIT_TEXT = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_TEXT = A4.height - MARGIN.left - MARGIN.right;
/** First-line indent of body paragraphs: 1,27 cm. */
const INDENT = mm(12.7);
const SPACING = { before: 0, after: PT(6) * 10, line: 288, lineRule: LineRuleType.AUTO };

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** Hands out unique bookmark names for the linked figures. */
class Marks {
  private serial = 0;
  wrap(kind: MarkKind, code: string, run: TextRun): ParagraphChild {
    const name = markName(kind, ++this.serial, code);
    return name ? new Bookmark({ id: name, children: [run] }) : run;
  }
}

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  highlight?: boolean;
}

function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONTS,
    size: style.size ?? BODY,
    bold: style.bold,
    italics: style.italics,
    ...(style.highlight ? { highlight: HighlightColor.YELLOW } : {}),
  });
}

function runChildren(runs: readonly Run[], marks: Marks, style: RunStyle = {}): ParagraphChild[] {
  return runs.map((r) => {
    const s: RunStyle = {
      ...style,
      bold: style.bold || (r.kind === "text" && r.bold),
      italics: style.italics || (r.kind === "text" && r.italic),
    };
    const run = textRun(r.text, s);
    if (r.kind === "figure") return marks.wrap(r.zero ? "zero" : "figure", r.code, run);
    if (r.kind === "label") return marks.wrap("label", r.code, run);
    return run;
  });
}

/** A centred line of the header. */
function centred(text: string, style: RunStyle, spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [textRun(text, style)],
  });
}

/**
 * A short horizontal rule under the line above: a tiny empty paragraph with a bottom border, indented to the rule's
 * length (both Word and LibreOffice draw paragraph borders; a drawn shape would float away when edited).
 */
function rule(cellWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    spacing: { before: 0, after: 0, line: 90, lineRule: LineRuleType.EXACT },
    children: [textRun("", { size: PT(1) })],
  });
}

function cell(children: Paragraph[], width: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 20, bottom: 20, left: 60, right: 60 },
    ...extra,
  });
}

/**
 * The rule under the issuer's name: a third to a half of the name's longest line (Nghị định 30/2020, Phụ lục I),
 * from about 2,8 mm per character of bold capitals at 13 pt.
 */
function issuerRule(lines: readonly string[]): number {
  const chars = Math.max(0, ...lines.map((l) => [...l].length));
  return mm(Math.min(40, Math.max(12, chars * 2.8 * 0.4)));
}

function headerTable(model: ReportModel): Table {
  const left = mm(64);
  const right = PORTRAIT_TEXT - left + mm(8);
  const h = model.header;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    indent: { size: -mm(8), type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(h.parentBody === null ? [] : [centred(h.parentBody, { size: PT(13) })]),
              ...h.issuer.map((line) => centred(line, { size: PT(13), bold: true })),
              rule(left, issuerRule(h.issuer)),
              centred(h.number, { size: PT(13) }, { before: 120 }),
            ],
            left,
          ),
          cell(
            [
              centred(h.nation, { size: PT(12), bold: true }),
              centred(h.motto, { size: PT(13), bold: true }),
              rule(right, mm(61)),
              centred(h.placeDate, { size: PT(14), italics: true }, { before: 240 }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function bodyBlock(b: Block, marks: Marks): Paragraph | Table {
  if (b.type === "table") return draftTable(b.rows);
  if (b.type === "heading") {
    return new Paragraph({
      heading: HEADINGS[b.level],
      // left, not justified: a heading that wraps would have its words spread across the line
      alignment: AlignmentType.LEFT,
      indent: { firstLine: INDENT },
      spacing: SPACING,
      keepNext: true,
      children: runChildren(b.runs, marks, { bold: true, italics: b.level === 3 }),
    });
  }
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: SPACING,
    children: runChildren(b.runs, marks, b.placeholder ? { italics: true, highlight: true } : {}),
  });
}

/** A table kept from the officer's draft: bordered, 12 pt, equal columns. */
function draftTable(rows: string[][]): Table {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const width = Math.floor(PORTRAIT_TEXT / cols);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width * cols, type: WidthType.DXA },
    columnWidths: Array.from({ length: cols }, () => width),
    borders: GRID_BORDERS,
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: Array.from({ length: cols }, (_, i) =>
            cell(
              (r[i] ?? "")
                .split("\n")
                .map(
                  (line) =>
                    new Paragraph({ spacing: { before: 0, after: 0 }, children: [textRun(line, { size: PT(12) })] }),
                ),
              width,
            ),
          ),
        }),
    ),
  });
}

function signatureTable(model: ReportModel): Table {
  const left = mm(72);
  const right = PORTRAIT_TEXT - left;
  const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: PORTRAIT_TEXT, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              new Paragraph({
                spacing: tight,
                children: [textRun("Nơi nhận:", { size: PT(12), bold: true, italics: true })],
              }),
              ...model.recipients.map(
                (r) => new Paragraph({ spacing: tight, children: [textRun(r, { size: PT(11) })] }),
              ),
            ],
            left,
          ),
          cell(
            [
              ...model.signature.lines.map((l) => centred(l, { size: PT(14), bold: true })),
              ...[0, 1, 2, 3].map(() => centred("", { size: PT(14) })),
              centred(model.signature.name, { size: PT(14), bold: true }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: PT(13) })],
      }),
    ],
  });
}

function appendixSection(table: AppendixTable, marks: Marks): ISectionOptions {
  const landscape = table.orientation === "landscape";
  const textWidth = landscape ? LANDSCAPE_TEXT : PORTRAIT_TEXT;
  const widths = table.widthsMm.map(mm);
  const scale = textWidth / widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => Math.floor(w * scale));
  const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };
  const para = (
    text: string | ParagraphChild[],
    align: (typeof AlignmentType)[keyof typeof AlignmentType],
    style: RunStyle,
  ) =>
    new Paragraph({
      alignment: align,
      spacing: tight,
      children: typeof text === "string" ? [textRun(text, { size: PT(12), ...style })] : text,
    });
  const headCell = (text: string, col: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    cell([para(text, AlignmentType.CENTER, { bold: true })], cols[col], {
      verticalAlign: VerticalAlignTable.CENTER,
      ...extra,
    });
  const n = table.columns.length;
  const valueCols = cols.slice(3, 3 + n);
  const noteCol = 3 + n;
  const merged = (col: number) => headCell("", col, { verticalMerge: VerticalMergeType.CONTINUE });
  const spanning = (text: string, width: number, span: number) =>
    cell([para(text, AlignmentType.CENTER, { bold: true })], width, {
      columnSpan: span,
      verticalAlign: VerticalAlignTable.CENTER,
    });
  // One value column: "Kết quả thống kê" over "Đơn vị tính | Số liệu". Several: "Số liệu" over their headings.
  const header =
    n === 1
      ? [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [
              headCell("STT", 0, { verticalMerge: VerticalMergeType.RESTART }),
              headCell("Chỉ tiêu thống kê", 1, { verticalMerge: VerticalMergeType.RESTART }),
              spanning("Kết quả thống kê", cols[2] + cols[3], 2),
              headCell("Ghi chú", 4, { verticalMerge: VerticalMergeType.RESTART }),
            ],
          }),
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [merged(0), merged(1), headCell("Đơn vị tính", 2), headCell("Số liệu", 3), merged(4)],
          }),
        ]
      : [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [
              headCell("STT", 0, { verticalMerge: VerticalMergeType.RESTART }),
              headCell("Chỉ tiêu thống kê", 1, { verticalMerge: VerticalMergeType.RESTART }),
              headCell("Đơn vị tính", 2, { verticalMerge: VerticalMergeType.RESTART }),
              spanning(
                "Số liệu",
                valueCols.reduce((a, b) => a + b, 0),
                n,
              ),
              headCell("Ghi chú", noteCol, { verticalMerge: VerticalMergeType.RESTART }),
            ],
          }),
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: [
              merged(0),
              merged(1),
              merged(2),
              ...table.columns.map((c, i) => headCell(c.title, 3 + i)),
              merged(noteCol),
            ],
          }),
        ];
  const body = table.rows.map((r) => {
    const style: RunStyle = { bold: r.bold, italics: r.italic };
    // only the main column's figure is linked (a bookmark named after the row): the others are the sheet's text
    const valueCell = (text: string, i: number) => {
      const linked = table.columns[i].main && r.linked;
      const content = linked ? [marks.wrap("figure", r.code, textRun(text, { size: PT(12), ...style }))] : text;
      return cell([para(content, AlignmentType.CENTER, style)], cols[3 + i], {
        verticalAlign: VerticalAlignTable.CENTER,
      });
    };
    return new TableRow({
      cantSplit: true,
      children: [
        cell([para(r.stt, AlignmentType.CENTER, style)], cols[0], { verticalAlign: VerticalAlignTable.CENTER }),
        cell([para(r.label, AlignmentType.LEFT, style)], cols[1], { verticalAlign: VerticalAlignTable.CENTER }),
        cell([para(r.unit, AlignmentType.CENTER, style)], cols[2], { verticalAlign: VerticalAlignTable.CENTER }),
        ...r.values.map(valueCell),
        cell([para(r.note, AlignmentType.LEFT, { italics: r.italic })], cols[noteCol], {
          verticalAlign: VerticalAlignTable.CENTER,
        }),
      ],
    });
  });
  return {
    properties: {
      page: {
        // the docx library takes the portrait size and swaps it for a landscape page
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: MARGIN,
      },
    },
    headers: { default: pageNumberHeader() },
    children: [
      centred(table.heading, { bold: true }),
      centred(table.title, { bold: true }),
      ...(table.period === null ? [] : [centred(table.period, { bold: true })]),
      centred(table.attachment, { italics: true }, { after: 240 }),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: cols,
        borders: GRID_BORDERS,
        rows: [...header, ...body],
      }),
    ],
  };
}

/**
 * The paragraph that ends the report's section before the appendix (it holds the section break). Without it the
 * docx library adds an empty paragraph of body size after the signing table, and when the table ends at the foot of
 * a page that paragraph alone makes a blank page before the appendix: this one is 1 pt high.
 */
function sectionEnd(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [textRun("", { size: PT(1) })],
  });
}

/** The report as a Document (the docx library's model). */
export function reportDocument(model: ReportModel): Document {
  const marks = new Marks();
  const main: ISectionOptions = {
    properties: {
      page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
      titlePage: true,
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children: [
      headerTable(model),
      centred(model.title, { bold: true }, { before: 360 }),
      centred(model.summary, { bold: true }),
      rule(PORTRAIT_TEXT, mm(40)),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      ...model.body.map((b) => bodyBlock(b, marks)),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      signatureTable(model),
      ...(model.appendix ? [sectionEnd()] : []),
    ],
  };
  const heading = (size: number) => ({
    run: { font: FONTS, size, bold: true, color: "000000" },
    paragraph: { spacing: SPACING, keepNext: true },
  });
  return new Document({
    creator: "cchc-addin",
    title: model.summary,
    description: "Báo cáo kết quả thực hiện công tác cải cách hành chính",
    styles: {
      default: {
        document: { run: { font: FONTS, size: BODY }, paragraph: { spacing: { before: 0, after: 0 } } },
        heading1: heading(BODY),
        heading2: heading(BODY),
        heading3: heading(BODY),
      },
    },
    sections: model.appendix ? [main, appendixSection(model.appendix, marks)] : [main],
  });
}

/** The report as .docx bytes. */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(reportDocument(model));
  return new Uint8Array(buffer);
}
