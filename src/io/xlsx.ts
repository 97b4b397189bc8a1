/**
 * Read an .xlsx into the core's cell grids (and, for the browser preview, what its sheet view draws), in Node and in
 * the browser alike: jszip within bounds (./zip) and the project's own XML tokenizer (./xml). Replaces ExcelJS for
 * reading: a few hundred lines instead of a 950 KB browser chunk and 23 MB of packages, and no part is inflated
 * past the zip bounds nor any grid built past MAX_GRID_CELLS.
 *
 * What a cell becomes (the same grid ExcelJS gave, see test/io/xlsx.test.ts):
 * - a number → { value, text: Excel's displayed text for its number format (formatExcelNumber), numberFormat };
 *   a number whose format is a date format → the ISO date "yyyy-mm-dd" (1900 or 1904 date system);
 * - a shared or inline string (rich text joined, phonetic runs left out, _xHHHH_ escapes decoded) → the string;
 * - a formula → its cached result (none: value null); a boolean → true/false; an error → "#DIV/0!" …;
 * - a merged range shows its value in its first cell only (Office.js reads the others as empty), as Excel shows it;
 *   the others are there, empty.
 * Rows and columns are 0-based from A1; rows without a value are empty arrays; a row ends at its last cell with a value
 * (or inside a merged range).
 */
import type { Cell, SheetGrid, WorkbookGrid } from "../core/grid";
import { formatExcelNumber } from "./excelFormat";
import { attr, local, tokenizeXml } from "./xml";
import { BoundedZip, type ZipLimits } from "./zip";

export { ZipLimitError } from "./zip";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  fromRow: number;
  fromCol: number;
  toRow: number;
  toCol: number;
}

/** How a cell looks, for the preview's sheet view. */
export interface XlsxCellStyle {
  bold?: boolean;
  italic?: boolean;
  horizontal?: "left" | "center" | "right";
  /** A solid fill, "#RRGGBB". */
  fill?: string;
}

export interface XlsxSheet {
  grid: SheetGrid;
  merges: CellRange[];
  /** Column widths in characters (Excel's unit), 0 when not set; as many as the sheet has columns. */
  columnWidths: number[];
  /** Styles by local address ("B4"), only when asked for. */
  styles: Record<string, XlsxCellStyle>;
  /** Formulas by local address ("=SUM(D5:D7)"), only when styles are asked for (the preview refuses to write there). */
  formulas: Record<string, string>;
}

export interface XlsxWorkbook {
  sheets: XlsxSheet[];
}

export interface XlsxOptions {
  limits?: ZipLimits;
  /** Also read what the sheet view draws (fonts, fills, alignment). */
  styles?: boolean;
}

/**
 * Cells a workbook may spread over at most (the sum of its rows' lengths, empty cells inside rows included): the grid
 * is dense, so one cell at XFD1048576 alone would ask for a billion.
 */
export const MAX_GRID_CELLS = 4_000_000;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** The workbook is too big to check (past MAX_GRID_CELLS): the caller says so. */
export class XlsxTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The workbook spreads over more than ${limit} cells`);
    this.name = "XlsxTooLargeError";
  }
}

/** The file is a zip but not a workbook (no workbook part, no sheet). */
export class NotAWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAWorkbookError";
  }
}

/** The core's grids of an .xlsx. */
export async function readXlsxGrid(data: Uint8Array | ArrayBuffer, limits?: ZipLimits): Promise<WorkbookGrid> {
  const wb = await readXlsxWorkbook(data, { limits });
  return { sheets: wb.sheets.map((s) => s.grid) };
}

export async function readXlsxWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: XlsxOptions = {},
): Promise<XlsxWorkbook> {
  const zip = await BoundedZip.open(data, options.limits);
  const workbookPath = officeDocumentPath(await zip.text("_rels/.rels")) ?? "xl/workbook.xml";
  const workbookXml = await zip.text(workbookPath);
  if (workbookXml === null) throw new NotAWorkbookError(`No workbook part (${workbookPath})`);
  const { sheets, date1904 } = parseWorkbook(workbookXml);
  const rels = parseRels(await zip.text(relsPathOf(workbookPath)), workbookPath);
  const strings = parseSharedStrings(
    await zip.text(rels.sharedStrings ?? resolvePath(workbookPath, "sharedStrings.xml")),
  );
  const styles = parseStyles(await zip.text(rels.styles ?? resolvePath(workbookPath, "styles.xml")));
  const budget = { cells: 0 };
  const out: XlsxSheet[] = [];
  for (const sheet of sheets) {
    const target = rels.byId.get(sheet.relId);
    if (!target || !target.worksheet) continue; // chart sheets, dialog sheets: no cells
    const xml = await zip.text(target.path);
    if (xml === null) continue;
    out.push(readSheet(sheet.name, xml, { strings, styles, date1904, withStyles: !!options.styles, budget }));
  }
  return { sheets: out };
}

// ---------------------------------------------------------------------------------------------------------------
// Package parts

function officeDocumentPath(relsXml: string | null): string | null {
  if (!relsXml) return null;
  for (const t of tokenizeXml(relsXml)) {
    if (t.type === "text" || t.type === "close" || local(t.name) !== "Relationship") continue;
    if (/\/officeDocument$/.test(attr(t, "Type") ?? "")) return resolvePath("", attr(t, "Target") ?? "");
  }
  return null;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the part that holds it ("worksheets/sheet1.xml") or absolute ("/xl/…"). */
function resolvePath(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = fromPart
    .slice(0, fromPart.lastIndexOf("/") + 1)
    .split("/")
    .filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

interface WorkbookRels {
  byId: Map<string, { path: string; worksheet: boolean }>;
  sharedStrings?: string;
  styles?: string;
}

function parseRels(xml: string | null, workbookPath: string): WorkbookRels {
  const rels: WorkbookRels = { byId: new Map() };
  if (!xml) return rels;
  for (const t of tokenizeXml(xml)) {
    if (t.type === "text" || t.type === "close" || local(t.name) !== "Relationship") continue;
    if (attr(t, "TargetMode") === "External") continue;
    const type = attr(t, "Type") ?? "";
    const path = resolvePath(workbookPath, attr(t, "Target") ?? "");
    rels.byId.set(attr(t, "Id") ?? "", { path, worksheet: /\/worksheet$/.test(type) });
    if (/\/sharedStrings$/.test(type)) rels.sharedStrings = path;
    else if (/\/styles$/.test(type)) rels.styles = path;
  }
  return rels;
}

function parseWorkbook(xml: string): { sheets: { name: string; relId: string }[]; date1904: boolean } {
  const sheets: { name: string; relId: string }[] = [];
  let date1904 = false;
  for (const t of tokenizeXml(xml)) {
    if (t.type === "text" || t.type === "close") continue;
    const name = local(t.name);
    if (name === "sheet") sheets.push({ name: attr(t, "name") ?? "", relId: attr(t, "id") ?? "" });
    else if (name === "workbookPr") date1904 = isTrue(attr(t, "date1904"));
  }
  if (sheets.length === 0) throw new NotAWorkbookError("The workbook has no sheet");
  return { sheets, date1904 };
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

// ---------------------------------------------------------------------------------------------------------------
// Shared strings

/** Excel writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
function decodeExcelEscapes(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

function parseSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let parts: string[] | null = null;
  let inText = 0;
  let phonetic = 0;
  for (const t of tokenizeXml(xml)) {
    if (t.type === "text") {
      if (parts && inText > 0 && phonetic === 0) parts.push(t.text);
      continue;
    }
    const name = local(t.name);
    if (t.type === "open") {
      if (name === "si") parts = [];
      else if (name === "t") inText++;
      else if (name === "rPh") phonetic++;
    } else if (t.type === "close") {
      if (name === "si" && parts) {
        out.push(decodeExcelEscapes(parts.join("")));
        parts = null;
      } else if (name === "t") inText = Math.max(0, inText - 1);
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
    } else if (name === "si") out.push("");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Styles

interface CellXf {
  numFmt?: string;
  date: boolean;
  style: XlsxCellStyle;
}

/** The number formats every workbook has without writing them (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * A format that shows a date or a time: a y, m, d, h or s (or b, the Buddhist year) outside quoted text, escaped
 * characters and [brackets] ([Red], [$-42A], [h] of elapsed hours counts: it is a duration).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhsb]/i.test(bare.replace(/general/gi, "").replace(/E[+-]/g, ""));
}

function parseStyles(xml: string | null): CellXf[] {
  if (!xml) return [];
  const numFmts = new Map<number, string>();
  const fonts: { bold?: boolean; italic?: boolean }[] = [];
  const fills: (string | undefined)[] = [];
  const xfs: CellXf[] = [];
  let section = "";
  let font: { bold?: boolean; italic?: boolean } | null = null;
  let fill: { solid: boolean; rgb?: string } | null = null;
  let xf: CellXf | null = null;
  for (const t of tokenizeXml(xml)) {
    if (t.type === "text") continue;
    const name = local(t.name);
    if (t.type === "close") {
      if (name === "fonts" || name === "fills" || name === "cellXfs" || name === "cellStyleXfs") section = "";
      else if (name === "font" && font) {
        fonts.push(font);
        font = null;
      } else if (name === "fill" && fill) {
        fills.push(fill.solid ? fill.rgb : undefined);
        fill = null;
      } else if (name === "xf" && xf) {
        xfs.push(xf);
        xf = null;
      }
      continue;
    }
    const empty = t.type === "empty";
    switch (name) {
      case "numFmt":
        numFmts.set(Number(attr(t, "numFmtId")), attr(t, "formatCode") ?? "");
        break;
      case "fonts":
      case "fills":
      case "cellXfs":
        if (!empty) section = name;
        break;
      case "cellStyleXfs":
        if (!empty) section = "cellStyleXfs";
        break;
      case "font":
        if (section === "fonts") {
          font = {};
          if (empty) {
            fonts.push(font);
            font = null;
          }
        }
        break;
      case "b":
      case "i":
        if (font) font[name === "b" ? "bold" : "italic"] = !isFalse(attr(t, "val"));
        break;
      case "fill":
        if (section === "fills") {
          fill = { solid: false };
          if (empty) {
            fills.push(undefined);
            fill = null;
          }
        }
        break;
      case "patternFill":
        if (fill) fill.solid = attr(t, "patternType") === "solid";
        break;
      case "fgColor":
        if (fill) {
          const rgb = attr(t, "rgb");
          if (rgb && /^[0-9A-Fa-f]{8}$/.test(rgb)) fill.rgb = `#${rgb.slice(2).toUpperCase()}`;
        }
        break;
      case "xf":
        if (section === "cellXfs") {
          const id = Number(attr(t, "numFmtId") ?? 0);
          const code = id ? (numFmts.get(id) ?? BUILTIN_FORMATS[id]) : undefined;
          const style: XlsxCellStyle = { ...fonts[Number(attr(t, "fontId") ?? 0)] };
          const f = fills[Number(attr(t, "fillId") ?? 0)];
          if (f) style.fill = f;
          xf = { numFmt: code || undefined, date: !!code && isDateFormat(code), style };
          if (empty) {
            xfs.push(xf);
            xf = null;
          }
        }
        break;
      case "alignment":
        if (xf) {
          const h = attr(t, "horizontal");
          if (h === "left" || h === "center" || h === "right") xf.style.horizontal = h;
        }
        break;
    }
  }
  return xfs;
}

function isFalse(v: string | undefined): boolean {
  return v === "0" || v === "false";
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  strings: string[];
  styles: CellXf[];
  date1904: boolean;
  withStyles: boolean;
  budget: { cells: number };
}

/** "B12" → [row 11, col 1], or null. */
function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return null;
  return [row - 1, col - 1];
}

function columnName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Serial day → "yyyy-mm-dd" (the 1900 system counts from 1899-12-30, the 1904 system from 1904-01-01). */
function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - (date1904 ? -1462 : 0) - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

interface RawCell {
  row: number;
  col: number;
  type: string;
  style: number;
  v: string | null;
  inline: string[] | null;
  formula: boolean;
  /** The formula's text, when the cell holds it (a shared formula's other cells name its group: sharedIndex). */
  formulaText: string | null;
  sharedIndex: string | null;
}

function readSheet(name: string, xml: string, ctx: SheetContext): XlsxSheet {
  const cells: Cell[][] = [];
  const lastCol: number[] = []; // per row: the last column of any <c> (values or not), for the column count
  const merges: CellRange[] = [];
  const widths: { min: number; max: number; width: number }[] = [];
  const styles: Record<string, XlsxCellStyle> = {};
  const formulas: Record<string, string> = {};
  const sharedFormulas = new Map<string, string>();
  let inF = false;
  let rowIndex = -1;
  let colIndex = -1;
  let cell: RawCell | null = null;
  let inV = false;
  let inIs = 0;
  let inT = 0;
  let inRph = 0;

  const place = (r: number, c: number, value: Cell) => {
    let row = cells[r];
    if (!row) row = cells[r] = [];
    growBudget(ctx, Math.max(0, c + 1 - row.length));
    row[c] = value;
  };

  const finish = (raw: RawCell) => {
    const xf = ctx.styles[raw.style];
    if (ctx.withStyles && xf && hasLook(xf.style)) styles[`${columnName(raw.col)}${raw.row + 1}`] = xf.style;
    if (ctx.withStyles && raw.formula) {
      if (raw.sharedIndex !== null && raw.formulaText) sharedFormulas.set(raw.sharedIndex, raw.formulaText);
      const text = raw.formulaText || (raw.sharedIndex !== null ? sharedFormulas.get(raw.sharedIndex) : undefined);
      formulas[`${columnName(raw.col)}${raw.row + 1}`] = `=${text ?? ""}`;
    }
    lastCol[raw.row] = Math.max(lastCol[raw.row] ?? -1, raw.col);
    const value = cellValue(raw, xf, ctx);
    if (value === undefined) return; // an empty cell (styled or not): Excel shows nothing, nor does the grid
    const numberFormat = xf?.numFmt;
    if (typeof value === "number")
      place(raw.row, raw.col, { value, text: formatExcelNumber(value, numberFormat), numberFormat });
    else if (value === null) place(raw.row, raw.col, { value: null, text: "", numberFormat });
    else place(raw.row, raw.col, { value, text: String(value), numberFormat });
  };

  for (const t of tokenizeXml(xml)) {
    if (t.type === "text") {
      if (!cell) continue;
      if (inV) cell.v = (cell.v ?? "") + t.text;
      else if (inF && ctx.withStyles) cell.formulaText = (cell.formulaText ?? "") + t.text;
      else if (inIs > 0 && inT > 0 && inRph === 0) (cell.inline ??= []).push(t.text);
      continue;
    }
    const tag = local(t.name);
    if (t.type === "close") {
      if (tag === "c" && cell) {
        finish(cell);
        cell = null;
      } else if (tag === "v") inV = false;
      else if (tag === "f") inF = false;
      else if (tag === "is") inIs = Math.max(0, inIs - 1);
      else if (tag === "t") inT = Math.max(0, inT - 1);
      else if (tag === "rPh") inRph = Math.max(0, inRph - 1);
      continue;
    }
    const empty = t.type === "empty";
    switch (tag) {
      case "row": {
        const r = Number(attr(t, "r"));
        rowIndex = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : rowIndex + 1;
        colIndex = -1;
        break;
      }
      case "c": {
        const ref = attr(t, "r");
        const at = ref ? parseRef(ref) : null;
        const row = at ? at[0] : Math.max(rowIndex, 0);
        const col = at ? at[1] : colIndex + 1;
        colIndex = col;
        if (row >= MAX_ROW || col >= MAX_COL) break;
        const raw: RawCell = {
          row,
          col,
          type: attr(t, "t") ?? "n",
          style: Number(attr(t, "s") ?? 0) || 0,
          v: null,
          inline: null,
          formula: false,
          formulaText: null,
          sharedIndex: null,
        };
        if (empty) finish(raw);
        else cell = raw;
        break;
      }
      case "v":
        if (cell && !empty) {
          inV = true;
          cell.v ??= "";
        }
        break;
      case "f":
        if (cell) {
          cell.formula = true;
          if (attr(t, "t") === "shared") cell.sharedIndex = attr(t, "si") ?? null;
          if (!empty) inF = true;
        }
        break;
      case "is":
        if (cell && !empty) inIs++;
        break;
      case "t":
        if (cell && inIs > 0 && !empty) inT++;
        break;
      case "rPh":
        if (!empty) inRph++;
        break;
      case "mergeCell": {
        const m = /^([^:]+):([^:]+)$/.exec(attr(t, "ref") ?? "");
        const a = m ? parseRef(m[1]) : null;
        const b = m ? parseRef(m[2]) : null;
        if (a && b) {
          merges.push({
            fromRow: Math.min(a[0], b[0]),
            fromCol: Math.min(a[1], b[1]),
            toRow: Math.max(a[0], b[0]),
            toCol: Math.max(a[1], b[1]),
          });
        }
        break;
      }
      case "col": {
        const min = Number(attr(t, "min"));
        const max = Math.min(Number(attr(t, "max")), MAX_COL);
        const width = Number(attr(t, "width"));
        if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min && Number.isFinite(width))
          widths.push({ min, max, width });
        break;
      }
    }
  }
  if (cell) finish(cell); // truncated XML: keep what was read

  // A merged range shows its value in its first cell; the others are there, empty.
  for (const m of merges) {
    growBudget(ctx, (m.toRow - m.fromRow + 1) * (m.toCol - m.fromCol + 1));
    for (let r = m.fromRow; r <= m.toRow; r++) {
      for (let c = m.fromCol; c <= m.toCol; c++) {
        if (r === m.fromRow && c === m.fromCol) continue;
        place(r, c, { value: null, text: "" });
        lastCol[r] = Math.max(lastCol[r] ?? -1, c);
      }
    }
  }

  growBudget(ctx, cells.length);
  let columns = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!row) {
      cells[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) if (!row[c]) row[c] = { value: null, text: "" };
    columns = Math.max(columns, (lastCol[r] ?? -1) + 1);
  }
  const columnWidths: number[] = [];
  for (let c = 1; c <= columns; c++) {
    const w = widths.find((x) => c >= x.min && c <= x.max)?.width;
    columnWidths.push(w !== undefined && w > 0 ? w : 0);
  }
  return { grid: { name, cells, originRow: 0, originCol: 0 }, merges, columnWidths, styles, formulas };
}

function hasLook(s: XlsxCellStyle): boolean {
  return !!(s.bold || s.italic || s.horizontal || s.fill);
}

function growBudget(ctx: SheetContext, cells: number): void {
  ctx.budget.cells += cells;
  if (ctx.budget.cells > MAX_GRID_CELLS) throw new XlsxTooLargeError(MAX_GRID_CELLS);
}

/** The value of a cell: undefined for an empty one, null for a formula without a cached result. */
function cellValue(
  raw: RawCell,
  xf: CellXf | undefined,
  ctx: SheetContext,
): string | number | boolean | null | undefined {
  const v = raw.v;
  switch (raw.type) {
    case "s": {
      if (v === null) return raw.formula ? null : undefined;
      const s = ctx.strings[Number(v)];
      return s === undefined ? (raw.formula ? null : undefined) : s;
    }
    case "inlineStr":
      if (raw.inline) return decodeExcelEscapes(raw.inline.join(""));
      return v !== null ? decodeExcelEscapes(v) : raw.formula ? null : undefined;
    case "str":
      return v !== null ? decodeExcelEscapes(v) : raw.formula ? null : undefined;
    case "b":
      return v !== null ? v.trim() === "1" || v.trim() === "true" : raw.formula ? null : undefined;
    case "e":
      return v !== null ? v : raw.formula ? null : undefined;
    case "d": {
      if (v === null) return raw.formula ? null : undefined;
      const d = new Date(v.trim());
      return Number.isNaN(d.getTime()) ? v : d.toISOString().slice(0, 10);
    }
    default: {
      if (v === null || v.trim() === "") return raw.formula ? null : undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return raw.formula ? null : undefined;
      if (xf?.date) return serialToIsoDate(n, ctx.date1904) ?? n;
      return n;
    }
  }
}
