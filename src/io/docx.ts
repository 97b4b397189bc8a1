/**
 * Read the text of a Word report (.docx) for the narrative check: paragraphs in order, table rows, text boxes,
 * footnotes, headers and footers. Works in the task pane and in Node alike: jszip and a small tolerant XML
 * tokenizer, no DOMParser, no Node APIs.
 *
 * What is read:
 * - w:p → one paragraph: w:t text, w:tab → tab, w:br / w:cr → newline, w:noBreakHyphen → "-"; w:sym, field
 *   instructions (w:instrText), deleted text (w:delText) and the VML fallback of drawings (mc:Fallback) are skipped.
 * - Word's automatic list numbering (numbering.xml) is rendered and put in front of the paragraph ("1.", "II."),
 *   as the officer sees it: section headings typed as Word lists would otherwise lose their numbers.
 * - w:tbl → one paragraph per table row, inTable, its cells' text joined by tabs (a cell's paragraphs by "\n").
 * - w:txbxContent (text boxes) → their paragraphs follow the paragraph that anchors them, part "textbox".
 * - footnotes, endnotes, headers and footers → appended after the body with their part.
 * - the hidden bookmarks of an exported report's linked figures (_cchc_…, see core/report/marks.ts) → the
 *   paragraph's marks, when a bookmark starts and ends in the same body paragraph.
 */
import type {
  FigureMark,
  NarrativeDocument,
  NarrativePart,
  NarrativeParagraph,
  TextConversion,
} from "../core/narrative/document";
import { parseMarkName } from "../core/report/marks";
import { detectLegacy, fontEncoding, legacyToUnicode, type LegacyEncoding } from "../core/vn/legacy";
import { attr, local, tokenizeXml } from "./xml";
import { BoundedZip, type ZipLimits } from "./zip";

export { tokenizeXml } from "./xml";

export { readPlainText } from "../core/narrative/document";
export type { NarrativeDocument, NarrativeParagraph } from "../core/narrative/document";

/** Read a .docx; the zip's parts are inflated within limits (ZipLimitError past them). */
export async function readDocxText(data: Uint8Array | ArrayBuffer, limits?: ZipLimits): Promise<NarrativeDocument> {
  const zip = await BoundedZip.open(data, limits);
  const main = zip.names().find((n) => /^word\/document\d*\.xml$/i.test(n));
  if (!main) throw new Error("Not a Word document: word/document.xml is missing");
  const numberingXml = await zip.text("word/numbering.xml");
  const numbering = numberingXml ? parseNumbering(numberingXml) : new Numbering(new Map(), new Map());
  const fonts = parseFontStyles(await zip.text("word/styles.xml"));
  const converted = new Map<LegacyEncoding, number>();
  const ctx: WordContext = { numbering, fonts, converted };

  const paragraphs = parseWordXml((await zip.text(main))!, "body", ctx);
  const extra: [RegExp, NarrativePart][] = [
    [/^word\/footnotes\.xml$/i, "footnote"],
    [/^word\/endnotes\.xml$/i, "endnote"],
    [/^word\/header\d*\.xml$/i, "header"],
    [/^word\/footer\d*\.xml$/i, "footer"],
  ];
  for (const [re, part] of extra) {
    const names = zip
      .names()
      .filter((n) => re.test(n))
      .sort(naturalCompare);
    for (const name of names) {
      const xml = (await zip.text(name))!;
      for (const p of parseWordXml(xml, part, ctx)) paragraphs.push(p);
    }
  }
  const conversions: TextConversion[] = [...converted].map(([from, count]) => ({ from, paragraphs: count }));
  return conversions.length > 0 ? { paragraphs, conversions } : { paragraphs };
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Numbering (numbering.xml)

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
}

class Numbering {
  private counters = new Map<string, number[]>();
  constructor(
    private abstracts: Map<string, Map<number, LevelDef>>,
    private nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>,
  ) {}

  /** The label of the next item of list numId at level ilvl, or null for no numbering; "" for bullets. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | null {
    if (numId === "0" || !isLevel(ilvl)) return null;
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    const def = levels?.get(ilvl);
    if (!num || !levels || !def) return null;
    if (def.numFmt === "bullet" || def.numFmt === "none") return { label: "", bullet: def.numFmt === "bullet" };
    const startOf = (lvl: number) => num.startOverrides.get(lvl) ?? levels.get(lvl)?.start ?? 1;
    let counts = this.counters.get(numId);
    if (!counts) {
      counts = [];
      this.counters.set(numId, counts);
    }
    for (let l = 0; l < ilvl; l++) if (counts[l] === undefined) counts[l] = startOf(l);
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart
    const label = def.lvlText.replace(/%(\d)/g, (_a, d: string) => {
      const l = Number(d) - 1;
      const lvlDef = levels.get(l);
      return formatCounter(counts![l] ?? startOf(l), lvlDef?.numFmt ?? "decimal");
    });
    return { label: label.trim(), bullet: false };
  }
}

/** Word has list levels 0-8; anything else in a file is ignored (a level of 10^9 would make a counter array that long). */
function isLevel(ilvl: number): boolean {
  return Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8;
}

/** A start value as Word allows (0-32767): a file's "start" of 10^15 must not make a roman numeral that long. */
function startValue(v: string | undefined): number {
  const n = Number(v ?? 1);
  return Number.isInteger(n) && n >= 0 && n <= 32767 ? n : 1;
}

function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case "upperRoman":
      return n < 4000 ? toRoman(n) : String(n);
    case "lowerRoman":
      return n < 4000 ? toRoman(n).toLowerCase() : String(n);
    case "upperLetter":
      return toLetters(n).toUpperCase();
    case "lowerLetter":
      return toLetters(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, r] of table)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s || "0";
}

function toLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(97 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  let curAbstract: Map<number, LevelDef> | null = null;
  let curLevel: LevelDef | null = null;
  let curNum: { abstractId: string; startOverrides: Map<number, number> } | null = null;
  let overrideLvl = -1;
  for (const t of tokenizeXml(xml)) {
    if (t.type === "text") continue;
    const name = local(t.name);
    if (t.type === "close") {
      if (name === "abstractNum") curAbstract = null;
      else if (name === "lvl") curLevel = null;
      else if (name === "num") curNum = null;
      else if (name === "lvlOverride") overrideLvl = -1;
      continue;
    }
    switch (name) {
      case "abstractNum":
        curAbstract = new Map();
        abstracts.set(attr(t, "abstractNumId") ?? "", curAbstract);
        break;
      case "lvl":
        if (curAbstract && isLevel(Number(attr(t, "ilvl") ?? 0))) {
          curLevel = { start: 1, numFmt: "decimal", lvlText: "" };
          curAbstract.set(Number(attr(t, "ilvl") ?? 0), curLevel);
        } else if (curNum && overrideLvl >= 0) curLevel = null; // a full level override: rare, ignored
        break;
      case "start":
        if (curLevel) curLevel.start = startValue(attr(t, "val"));
        break;
      case "numFmt":
        if (curLevel) curLevel.numFmt = attr(t, "val") ?? "decimal";
        break;
      case "lvlText":
        if (curLevel) curLevel.lvlText = attr(t, "val") ?? "";
        break;
      case "num":
        curNum = { abstractId: "", startOverrides: new Map() };
        nums.set(attr(t, "numId") ?? "", curNum);
        break;
      case "abstractNumId":
        if (curNum) curNum.abstractId = attr(t, "val") ?? "";
        break;
      case "lvlOverride":
        overrideLvl = Number(attr(t, "ilvl") ?? 0);
        break;
      case "startOverride":
        if (curNum && isLevel(overrideLvl)) curNum.startOverrides.set(overrideLvl, startValue(attr(t, "val")));
        break;
    }
  }
  return new Numbering(abstracts, nums);
}

// ---------------------------------------------------------------------------------------------------------------
// Word XML → paragraphs

interface ParaState {
  parts: string[];
  /** The length of parts joined (kept as parts are added: a bookmark's offset is read in constant time). */
  length: number;
  /** The legacy encoding of each part, from its run's font (null: none, or not text of a run). */
  encodings: (RunEncoding | null)[];
  numId: string | null;
  ilvl: number;
  style?: string;
  /** Text box paragraphs anchored in this paragraph, emitted after it. */
  anchored: Emitted[];
  inTextBox: boolean;
  /** Linked-figure bookmarks closed in this paragraph, offsets in the raw text (parts joined). */
  marks?: FigureMark[];
}

interface CellState {
  paras: string[];
}
interface RowState {
  cells: CellState[];
}
interface TableState {
  row: RowState | null;
  cell: CellState | null;
}

/**
 * Linked-figure bookmarks read per paragraph (and open at once) at most: an exported paragraph has a few; placing each
 * costs a pass over the paragraph, so a hostile file with thousands must not make that quadratic.
 */
const MAX_MARKS = 200;

/** Elements whose content is never shown text. */
const SKIP_CONTENT = new Set(["instrText", "delText", "Fallback", "pPr", "rPr", "sectPr", "del", "moveFrom"]);

interface WordContext {
  numbering: Numbering;
  fonts: FontStyles;
  /** Paragraphs converted from each legacy encoding, counted over all the parts read. */
  converted: Map<LegacyEncoding, number>;
}

type RunEncoding = { encoding: LegacyEncoding; upperCase: boolean };

interface RunState {
  /** The run's own font (w:rFonts) and character style (w:rStyle), from its w:rPr. */
  font?: string;
  style?: string;
}

function parseWordXml(xml: string, part: NarrativePart, ctx: WordContext): NarrativeParagraph[] {
  const { numbering, fonts } = ctx;
  const out: Emitted[] = [];
  const paraStack: ParaState[] = [];
  const tables: TableState[] = [];
  const runs: RunState[] = []; // runs nest only through text boxes
  let textBoxDepth = 0;
  let inText = 0; // inside w:t
  let skipDepth = 0; // inside an element whose text is skipped
  let pPrDepth = 0; // inside w:pPr (numbering and style are read there)
  let runPrDepth = 0; // inside a run's w:rPr (its font is read there)

  const current = () => paraStack[paraStack.length - 1];
  /** Linked-figure bookmarks opened and not closed yet, by bookmark id. */
  const openMarks = new Map<string, { para: ParaState; start: number; code: string; kind: FigureMark["kind"] }>();

  /** The legacy encoding the current run's font says: its own font, else its style's, the paragraph style's, the default. */
  const runEncoding = (): RunEncoding | null => {
    const run = runs[runs.length - 1];
    const font =
      run?.font ??
      fonts.fontOf(run?.style) ??
      fonts.fontOf(current()?.style ?? fonts.defaultParagraphStyle) ??
      fonts.defaultFont;
    return fontEncoding(font);
  };

  const emit = (p: Emitted) => {
    const parent = current();
    if (parent) parent.anchored.push(p);
    else out.push(p);
  };

  const closeParagraph = () => {
    const p = paraStack.pop();
    if (!p) return;
    let own: NarrativeParagraph | null = null;
    const converted = paragraphText(p, ctx.converted);
    let text = joinSplitNumbers(converted);
    let listLabel: string | undefined;
    let bullet = false;
    if (p.numId !== null && text.trim() !== "") {
      const lab = numbering.next(p.numId, p.ilvl);
      if (lab) {
        bullet = lab.bullet;
        if (lab.label) {
          listLabel = lab.label;
          text = `${lab.label} ${text.replace(/^\s+/, "")}`;
        }
      }
    }
    const table = tables[tables.length - 1];
    const inTextBox = p.inTextBox;
    if (table?.cell && !inTextBox) {
      table.cell.paras.push(text.trim());
    } else if (text.trim() !== "") {
      const para: NarrativeParagraph = { text: text.trim(), inTable: false, part: inTextBox ? "textbox" : part };
      // marks' offsets are in the text as read; a conversion that changed its length (VNI) leaves them nowhere
      if (p.marks?.length && converted.length === p.length)
        para.marks = placeMarks(p.marks, converted, text, listLabel);
      if (bullet) para.bullet = true;
      if (listLabel) para.listLabel = listLabel;
      if (p.style) para.style = p.style;
      own = para;
    }
    // the paragraph, then what it anchors, as one block for its parent: handed up whole, not copied item by item
    // (200,000 nested paragraphs once took minutes)
    if (own && p.anchored.length === 0) emit(own);
    else if (own || p.anchored.length > 0) emit(own ? [own, p.anchored] : p.anchored);
  };

  for (const t of tokenizeXml(xml)) {
    if (t.type === "text") {
      const p = current();
      if (inText > 0 && skipDepth === 0 && p) {
        p.parts.push(t.text);
        p.length += t.text.length;
        p.encodings.push(runEncoding());
      }
      continue;
    }
    const name = local(t.name);

    if (t.type === "close") {
      if (name === "pPr") pPrDepth = Math.max(0, pPrDepth - 1);
      else if (name === "r") runs.pop();
      else if (name === "rPr" && runPrDepth > 0) runPrDepth--;
      if (SKIP_CONTENT.has(name)) {
        skipDepth = Math.max(0, skipDepth - 1);
        continue;
      }
      if (skipDepth > 0) continue;
      switch (name) {
        case "t":
          inText = Math.max(0, inText - 1);
          break;
        case "p":
          closeParagraph();
          break;
        case "txbxContent":
          textBoxDepth = Math.max(0, textBoxDepth - 1);
          break;
        case "tc": {
          const tb = tables[tables.length - 1];
          if (tb?.row && tb.cell) tb.row.cells.push(tb.cell);
          if (tb) tb.cell = null;
          break;
        }
        case "tr": {
          const tb = tables[tables.length - 1];
          if (tb?.row) {
            const cells = tb.row.cells.map((c) => c.paras.filter((s) => s !== "").join("\n"));
            if (cells.some((c) => c.trim() !== "")) {
              emit({ text: cells.join("\t").trim(), inTable: true, cells, part: textBoxDepth > 0 ? "textbox" : part });
            }
            tb.row = null;
          }
          break;
        }
        case "tbl":
          tables.pop();
          break;
      }
      continue;
    }

    // open or empty tag
    if (name === "pPr" && t.type === "open") pPrDepth++;
    if (name === "r" && t.type === "open") runs.push({});
    if (name === "rPr" && t.type === "open" && pPrDepth === 0 && runs.length > 0) runPrDepth++;
    if (runPrDepth > 0) {
      const run = runs[runs.length - 1];
      if (name === "rFonts") run.font = attr(t, "hAnsi") ?? attr(t, "ascii") ?? run.font;
      else if (name === "rStyle") run.style = attr(t, "val");
    }
    if (pPrDepth > 0 && paraStack.length > 0) {
      const p = current();
      if (name === "numId") p.numId = attr(t, "val") ?? null;
      else if (name === "ilvl") p.ilvl = Number(attr(t, "val") ?? 0) || 0;
      else if (name === "pStyle") p.style = attr(t, "val");
    }
    if (SKIP_CONTENT.has(name)) {
      if (t.type === "open") skipDepth++;
      continue;
    }
    if (skipDepth > 0) continue;
    const empty = t.type === "empty";
    switch (name) {
      case "p":
        paraStack.push({
          parts: [],
          length: 0,
          encodings: [],
          numId: null,
          ilvl: 0,
          anchored: [],
          inTextBox: textBoxDepth > 0,
        });
        if (empty) closeParagraph();
        break;
      case "t":
        if (!empty) inText++;
        break;
      case "tab":
        // w:tab inside a run is a tab character (tab stops in w:tabs live in w:pPr, which is skipped)
        pushPart(current(), "\t");
        break;
      case "br":
      case "cr":
        pushPart(current(), "\n");
        break;
      case "noBreakHyphen":
        pushPart(current(), "-");
        break;
      case "txbxContent":
        if (!empty) textBoxDepth++;
        break;
      case "bookmarkStart": {
        const mark = parseMarkName(attr(t, "name") ?? "");
        const p = current();
        if (mark && p && openMarks.size < MAX_MARKS)
          openMarks.set(attr(t, "id") ?? "", { para: p, start: p.length, ...mark });
        break;
      }
      case "bookmarkEnd": {
        const id = attr(t, "id") ?? "";
        const open = openMarks.get(id);
        openMarks.delete(id);
        if (open && open.para === current() && (open.para.marks?.length ?? 0) < MAX_MARKS) {
          const end = open.para.length;
          if (end > open.start)
            (open.para.marks ??= []).push({ code: open.code, kind: open.kind, start: open.start, end });
        }
        break;
      }
      case "tbl":
        if (!empty) tables.push({ row: null, cell: null });
        break;
      case "tr": {
        const tb = tables[tables.length - 1];
        if (tb && !empty) tb.row = { cells: [] };
        break;
      }
      case "tc": {
        const tb = tables[tables.length - 1];
        if (tb && !empty) tb.cell = { paras: [] };
        break;
      }
    }
  }
  while (paraStack.length > 0) closeParagraph(); // truncated XML: keep what was read
  return flatten(out);
}

function pushPart(p: ParaState | undefined, text: string): void {
  if (!p) return;
  p.parts.push(text);
  p.length += text.length;
  p.encodings.push(null);
}

/**
 * A paragraph's text in Unicode: the runs in a legacy font (.VnTime, .VnTimeH, VNI-Times) converted by their font;
 * the rest, when its characters say it is TCVN3 or VNI typed in another font, converted as they say. Runs of one
 * encoding are converted together (a VNI letter and its mark may sit in two runs). Counts converted paragraphs.
 */
function paragraphText(p: ParaState, converted: Map<LegacyEncoding, number>): string {
  const plain = p.parts.filter((_, i) => p.encodings[i] === null).join("");
  const guess = /[\u00a1-\u00ff]/.test(plain) ? detectLegacy(plain) : null;
  const encodings = p.encodings.map((e) => e ?? (guess ? { encoding: guess.encoding, upperCase: false } : null));
  let text = "";
  const used = new Set<LegacyEncoding>();
  for (let i = 0; i < p.parts.length;) {
    const enc = encodings[i];
    let j = i + 1;
    while (j < p.parts.length && sameEncoding(encodings[j], enc)) j++;
    const piece = p.parts.slice(i, j).join("");
    if (enc && /[\u00a1-\u00ff]|[a-z]/i.test(piece)) {
      const out = legacyToUnicode(piece, enc.encoding, enc.upperCase);
      if (out !== piece) used.add(enc.encoding);
      text += out;
    } else text += piece;
    i = j;
  }
  for (const e of used) converted.set(e, (converted.get(e) ?? 0) + 1);
  return text;
}

function sameEncoding(a: RunEncoding | null, b: RunEncoding | null): boolean {
  return a === b || (!!a && !!b && a.encoding === b.encoding && a.upperCase === b.upperCase);
}

// ---------------------------------------------------------------------------------------------------------------
// Fonts of the styles (styles.xml): what font a run without a font of its own is in

interface FontStyles {
  /** The font a style sets (following basedOn), or undefined. */
  fontOf(styleId: string | undefined): string | undefined;
  /** The style of paragraphs that name none (w:default, usually "Normal"). */
  defaultParagraphStyle?: string;
  /** The document's default run font (w:docDefaults). */
  defaultFont?: string;
}

function parseFontStyles(xml: string | null): FontStyles {
  const styles = new Map<string, { font?: string; basedOn?: string }>();
  let defaultFont: string | undefined;
  let defaultParagraphStyle: string | undefined;
  let inDefaults = false;
  let style: { font?: string; basedOn?: string } | null = null;
  if (xml) {
    for (const t of tokenizeXml(xml)) {
      if (t.type === "text") continue;
      const name = local(t.name);
      if (t.type === "close") {
        if (name === "rPrDefault") inDefaults = false;
        else if (name === "style") style = null;
        continue;
      }
      if (name === "rPrDefault") inDefaults = t.type === "open";
      else if (name === "style") {
        style = {};
        styles.set(attr(t, "styleId") ?? "", style);
        if (attr(t, "type") === "paragraph" && (attr(t, "default") === "1" || attr(t, "default") === "true"))
          defaultParagraphStyle = attr(t, "styleId");
        if (t.type === "empty") style = null;
      } else if (name === "basedOn" && style) style.basedOn = attr(t, "val");
      else if (name === "rFonts") {
        const font = attr(t, "hAnsi") ?? attr(t, "ascii");
        if (style) style.font = font ?? style.font;
        else if (inDefaults) defaultFont = font ?? defaultFont;
      }
    }
  }
  return {
    defaultFont,
    defaultParagraphStyle,
    fontOf(styleId) {
      if (styleId === undefined) return undefined;
      // basedOn chains are short; a cycle in a broken file stops after a few steps
      for (let id: string | undefined = styleId, n = 0; id !== undefined && n < 20; n++) {
        const s = styles.get(id);
        if (!s) break;
        if (s.font) return s.font;
        id = s.basedOn;
      }
      return undefined;
    },
  };
}

/** A paragraph, or a block of paragraphs in reading order (a paragraph and what it anchors). */
type Emitted = NarrativeParagraph | Emitted[];

/** The paragraphs of nested blocks in reading order, without recursion (blocks may nest 200,000 deep). */
function flatten(blocks: Emitted[]): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  const stack: [Emitted[], number][] = [[blocks, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top[1] >= top[0].length) {
      stack.pop();
      continue;
    }
    const item = top[0][top[1]++];
    if (Array.isArray(item)) stack.push([item, 0]);
    else out.push(item);
  }
  return out;
}

/**
 * Marks' offsets in the raw text → offsets in the paragraph's text as emitted: after joinSplitNumbers, the list label
 * put in front and the trim.
 */
function placeMarks(marks: FigureMark[], raw: string, text: string, listLabel: string | undefined): FigureMark[] {
  const joined = joinSplitNumbers(raw);
  const lead = (s: string) => s.length - s.trimStart().length;
  // the line breaks joinSplitNumbers drops, found once: an offset moves back by those before it (a pass over the
  // paragraph per mark made many marks in a long paragraph quadratic)
  const dropped = droppedBreaks(raw);
  const at = (o: number) => {
    let x = o - countBelow(dropped, o);
    if (listLabel) x = listLabel.length + 1 + Math.max(0, x - lead(joined));
    return Math.max(0, x - lead(text));
  };
  const length = text.trim().length;
  return marks
    .map((m) => ({ ...m, start: at(m.start), end: Math.min(length, at(m.end)) }))
    .filter((m) => m.end > m.start);
}

/** Offsets in text of the line breaks joinSplitNumbers drops, in order. */
function droppedBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SPLIT_NUMBER)) {
    if (m[2].length + m[3].length === 3) out.push(m.index! + m[1].length + m[2].length);
  }
  return out;
}

/** How many of the sorted numbers are below x. */
function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPLIT_NUMBER = /(\d[.,])(\d{1,2})\n(\d{1,2})(?!\d)/g;

/**
 * A line break typed inside a number ("1.8" ↵ "51": a layout accident, not two numbers) is dropped when the
 * digits after it complete a three-digit group: "1.8\n51" → "1.851". Any other break stays a newline.
 */
function joinSplitNumbers(text: string): string {
  return text.replace(SPLIT_NUMBER, (all, head: string, a: string, b: string) =>
    a.length + b.length === 3 ? `${head}${a}${b}` : all,
  );
}
