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
import JSZip from "jszip";
import type { FigureMark, NarrativeDocument, NarrativePart, NarrativeParagraph } from "../core/narrative/document";
import { parseMarkName } from "../core/report/marks";

export { readPlainText } from "../core/narrative/document";
export type { NarrativeDocument, NarrativeParagraph } from "../core/narrative/document";

export async function readDocxText(data: Uint8Array | ArrayBuffer): Promise<NarrativeDocument> {
  const zip = await JSZip.loadAsync(data);
  const main = findPart(zip, /^word\/document\d*\.xml$/i);
  if (!main) throw new Error("Not a Word document: word/document.xml is missing");
  const numberingXml = await readPart(zip, "word/numbering.xml");
  const numbering = numberingXml ? parseNumbering(numberingXml) : new Numbering(new Map(), new Map());

  const paragraphs = parseWordXml(await main.async("string"), "body", numbering);
  const extra: [RegExp, NarrativePart][] = [
    [/^word\/footnotes\.xml$/i, "footnote"],
    [/^word\/endnotes\.xml$/i, "endnote"],
    [/^word\/header\d*\.xml$/i, "header"],
    [/^word\/footer\d*\.xml$/i, "footer"],
  ];
  for (const [re, part] of extra) {
    const names = Object.keys(zip.files)
      .filter((n) => re.test(n))
      .sort(naturalCompare);
    for (const name of names) {
      const xml = await zip.files[name].async("string");
      paragraphs.push(...parseWordXml(xml, part, numbering));
    }
  }
  return { paragraphs };
}

function findPart(zip: JSZip, re: RegExp): JSZip.JSZipObject | null {
  const name = Object.keys(zip.files).find((n) => re.test(n) && !zip.files[n].dir);
  return name ? zip.files[name] : null;
}

async function readPart(zip: JSZip, name: string): Promise<string | null> {
  const f = zip.file(name);
  return f ? f.async("string") : null;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Tokenizer

interface Tag {
  type: "open" | "close" | "empty";
  /** Qualified name, e.g. "w:p". */
  name: string;
  attrs: Record<string, string>;
}
type Token = Tag | { type: "text"; text: string };

/**
 * Tolerant XML tokenizer: tags and text, entities decoded; comments, processing instructions and doctype skipped,
 * CDATA read as text. Never throws on malformed input (an unclosed "<" is read as text).
 */
export function* tokenizeXml(xml: string): Generator<Token> {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      yield { type: "text", text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: "text", text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      yield { type: "text", text: xml.slice(lt + 9, end < 0 ? n : end) };
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
      const end = xml.indexOf(">", lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt < 0) {
      yield { type: "text", text: decodeEntities(xml.slice(lt)) };
      return;
    }
    const body = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (body.startsWith("/")) {
      yield { type: "close", name: body.slice(1).trim(), attrs: {} };
      continue;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    const m = /^\s*([^\s/>]+)/.exec(inner);
    if (!m) continue;
    yield { type: selfClosing ? "empty" : "open", name: m[1], attrs: parseAttrs(inner.slice(m[0].length)) };
  }
}

/** Index of the ">" closing a tag, skipping quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = "";
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
    else if (c === "<") return -1;
  }
  return -1;
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  return attrs;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ent: string) => {
    if (ent[0] === "#") {
      const code = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? all;
  });
}

/** Local name of a qualified name: "w:p" → "p". */
function local(name: string): string {
  const c = name.indexOf(":");
  return c < 0 ? name : name.slice(c + 1);
}

function attr(tag: Tag, localName: string): string | undefined {
  for (const [k, v] of Object.entries(tag.attrs)) if (local(k) === localName) return v;
  return undefined;
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
    if (numId === "0") return null;
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

function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
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
        if (curAbstract) {
          curLevel = { start: 1, numFmt: "decimal", lvlText: "" };
          curAbstract.set(Number(attr(t, "ilvl") ?? 0), curLevel);
        } else if (curNum && overrideLvl >= 0) curLevel = null; // a full level override: rare, ignored
        break;
      case "start":
        if (curLevel) curLevel.start = Number(attr(t, "val") ?? 1) || 0;
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
        if (curNum && overrideLvl >= 0) curNum.startOverrides.set(overrideLvl, Number(attr(t, "val") ?? 1));
        break;
    }
  }
  return new Numbering(abstracts, nums);
}

// ---------------------------------------------------------------------------------------------------------------
// Word XML → paragraphs

interface ParaState {
  parts: string[];
  numId: string | null;
  ilvl: number;
  style?: string;
  /** Text box paragraphs anchored in this paragraph, emitted after it. */
  anchored: NarrativeParagraph[];
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

/** Elements whose content is never shown text. */
const SKIP_CONTENT = new Set(["instrText", "delText", "Fallback", "pPr", "rPr", "sectPr", "del", "moveFrom"]);

function parseWordXml(xml: string, part: NarrativePart, numbering: Numbering): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  const paraStack: ParaState[] = [];
  const tables: TableState[] = [];
  let textBoxDepth = 0;
  let inText = 0; // inside w:t
  let skipDepth = 0; // inside an element whose text is skipped
  let pPrDepth = 0; // inside w:pPr (numbering and style are read there)

  const current = () => paraStack[paraStack.length - 1];
  /** Linked-figure bookmarks opened and not closed yet, by bookmark id. */
  const openMarks = new Map<string, { para: ParaState; start: number; code: string; kind: FigureMark["kind"] }>();

  const emit = (p: NarrativeParagraph) => {
    const parent = current();
    if (parent) parent.anchored.push(p);
    else out.push(p);
  };

  const closeParagraph = () => {
    const p = paraStack.pop();
    if (!p) return;
    const raw = p.parts.join("");
    let text = joinSplitNumbers(raw);
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
      if (p.marks?.length) para.marks = placeMarks(p.marks, raw, text, listLabel);
      if (bullet) para.bullet = true;
      if (listLabel) para.listLabel = listLabel;
      if (p.style) para.style = p.style;
      emit(para);
    }
    for (const a of p.anchored) emit(a);
  };

  for (const t of tokenizeXml(xml)) {
    if (t.type === "text") {
      if (inText > 0 && skipDepth === 0) current()?.parts.push(t.text);
      continue;
    }
    const name = local(t.name);

    if (t.type === "close") {
      if (name === "pPr") pPrDepth = Math.max(0, pPrDepth - 1);
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
        paraStack.push({ parts: [], numId: null, ilvl: 0, anchored: [], inTextBox: textBoxDepth > 0 });
        if (empty) closeParagraph();
        break;
      case "t":
        if (!empty) inText++;
        break;
      case "tab":
        // w:tab inside a run is a tab character (tab stops in w:tabs live in w:pPr, which is skipped)
        current()?.parts.push("\t");
        break;
      case "br":
      case "cr":
        current()?.parts.push("\n");
        break;
      case "noBreakHyphen":
        current()?.parts.push("-");
        break;
      case "txbxContent":
        if (!empty) textBoxDepth++;
        break;
      case "bookmarkStart": {
        const mark = parseMarkName(attr(t, "name") ?? "");
        const p = current();
        if (mark && p) openMarks.set(attr(t, "id") ?? "", { para: p, start: p.parts.join("").length, ...mark });
        break;
      }
      case "bookmarkEnd": {
        const id = attr(t, "id") ?? "";
        const open = openMarks.get(id);
        openMarks.delete(id);
        if (open && open.para === current()) {
          const end = open.para.parts.join("").length;
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
  return out;
}

/**
 * Marks' offsets in the raw text → offsets in the paragraph's text as emitted: after joinSplitNumbers, the list label
 * put in front and the trim.
 */
function placeMarks(marks: FigureMark[], raw: string, text: string, listLabel: string | undefined): FigureMark[] {
  const joined = joinSplitNumbers(raw);
  const lead = (s: string) => s.length - s.trimStart().length;
  const at = (o: number) => {
    let x = joinSplitNumbers(raw.slice(0, o)).length;
    if (listLabel) x = listLabel.length + 1 + Math.max(0, x - lead(joined));
    return Math.max(0, x - lead(text));
  };
  const length = text.trim().length;
  return marks
    .map((m) => ({ ...m, start: at(m.start), end: Math.min(length, at(m.end)) }))
    .filter((m) => m.end > m.start);
}

/**
 * A line break typed inside a number ("1.8" ↵ "51": a layout accident, not two numbers) is dropped when the
 * digits after it complete a three-digit group: "1.8\n51" → "1.851". Any other break stays a newline.
 */
function joinSplitNumbers(text: string): string {
  return text.replace(/(\d[.,])(\d{1,2})\n(\d{1,2})(?!\d)/g, (all, head: string, a: string, b: string) =>
    a.length + b.length === 3 ? `${head}${a}${b}` : all,
  );
}
