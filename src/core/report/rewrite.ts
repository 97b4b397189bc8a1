/**
 * The report from the officer's draft: their text is kept paragraph by paragraph, and every figure the narrative
 * matcher ties to a row is rewritten from that row (a percent with the decimals the table shows), marked with the
 * row's code. A figure already linked by an earlier export (last quarter's report) takes its row's value directly.
 * Figures that cannot be tied to a row, or whose row is empty in the table, stay as written and are listed.
 *
 * "This quarter's report from last quarter's text" and "fix the prose from the sheet" in one step.
 */
import type { Appendix, AppendixRow } from "../appendix";
import { agreesWithRow, analyzeNarrative, figureParts, type FigureOutcome, type Part } from "../narrative/check";
import { columnsFor } from "../narrative/columns";
import type { Figure } from "../narrative/figures";
import type { FigureMark, NarrativeDocument, NarrativeParagraph } from "../narrative/document";
import { validMarks } from "../narrative/linked";
import { headingLevelOf, splitSentences, type Sentence } from "../narrative/sentences";
import { matchText } from "../narrative/text";
import { isNotApplicable } from "../values/readValue";
import { formatNumberVi, formatPercentVi } from "../vn/format";
import { parseVietnameseNumber } from "../vn/numbers";
import type { Block, LinkedFigure, Run, UnlinkedFigure } from "./model";

export interface DraftReport {
  /** The officer's body (from after the title to before "Nơi nhận"), figures rewritten. */
  blocks: Block[];
  figures: LinkedFigure[];
  unlinked: UnlinkedFigure[];
  /** The draft ends its body with "Trên đây là báo cáo …": no closing sentence needs adding. */
  hasClosing: boolean;
}

// --- where the body is ----------------------------------------------------------------------------------------------

const norm = (p: NarrativeParagraph) => p.text.normalize("NFC").trim();
const isBody = (p: NarrativeParagraph) => (p.part ?? "body") === "body";
const HEADER_LINE =
  /^(cộng hòa xã hội|cộng hoà xã hội|độc lập\s*-|số\s*:|số:|[^,]{1,60},\s*ngày\s+\S+\s+tháng)|^[-_–—\s]+$/iu;
const BODY_START = /^(thực hiện|căn cứ|theo |kính gửi|[ivx]+\s*[.)]|\d+(\.\d+)*\s*[.)]\s|phần\s+[ivx\d]+\b)/iu;
const BODY_END = /^(nơi nhận|(tm|kt|tl|tuq)\s*\.|phụ lục\b)/iu;
const CLOSING = /^trên đây là/iu;
/** A title and its trích yếu on one line: "BÁO CÁO Kết quả …", "BÁO CÁO: Công tác …" (the title in capitals). */
const ONE_LINE_TITLE = {
  test: (t: string) =>
    /^\**\s*BÁO CÁO\b/u.test(t) &&
    /^\**\s*báo cáo\s*[:\-–]?\s+(?:kết quả|công tác|tình hình|về|thực hiện|tổng kết|sơ kết)\s/iu.test(t),
};

/**
 * The title "BÁO CÁO" and the summary line(s) under it (trích yếu), with a rule drawn with dashes: the paragraph of
 * the title and the range [summaryStart, summaryEnd) of the summary's paragraphs (the rule not among them); null when
 * the draft has no such title.
 */
export function draftTitle(doc: NarrativeDocument): {
  title: number;
  summary: number[];
  end: number;
  /** the trích yếu typed on the title's own line */ inline?: string;
} | null {
  const ps = doc.paragraphs;
  const title = ps.findIndex((p) => isBody(p) && !p.inTable && /^\**\s*báo cáo\s*\**$/iu.test(norm(p)));
  if (title < 0) {
    // "BÁO CÁO Công tác cải cách hành chính 6 tháng đầu năm 2026" on one line, among the header's first lines
    const head = ps.slice(0, 12);
    const first = head.findIndex((p) => isBody(p) && !p.inTable && BODY_START.test(norm(p)));
    const one = head.findIndex(
      (p, i) =>
        (first < 0 || i < first) && isBody(p) && !p.inTable && norm(p).length <= 220 && ONE_LINE_TITLE.test(norm(p)),
    );
    if (one < 0) return null;
    const inline = norm(ps[one])
      .replace(/^\**\s*báo cáo\s*[:\-–]?\s*/iu, "")
      .replace(/\**$/u, "")
      .trim();
    return { title: one, summary: [], end: one + 1, inline };
  }
  const summary: number[] = [];
  let end = title + 1;
  for (let k = 0; k < 3 && end < ps.length; k++) {
    const t = norm(ps[end]);
    if (/^[-_–—\s]+$/.test(t)) {
      end++;
      continue;
    }
    if (t.length > 220 || BODY_START.test(t) || t.endsWith(":") || ps[end].inTable) break;
    summary.push(end);
    end++;
  }
  return { title, summary, end };
}

/** Where the signature begins: "Nơi nhận", "TM. …", "Phụ lục", also as the first cell of a table row. */
function isBodyEnd(p: NarrativeParagraph): boolean {
  return BODY_END.test(p.inTable ? (p.cells?.find((c) => c.trim() !== "") ?? "").normalize("NFC").trim() : norm(p));
}

/** The paragraph range [start, end) of the draft's body. */
export function draftBodyRange(doc: NarrativeDocument): { start: number; end: number } {
  const ps = doc.paragraphs;
  let start = 0;
  const title = draftTitle(doc);
  if (title) start = title.end;
  else while (start < ps.length && (HEADER_LINE.test(norm(ps[start])) || ps[start].part === "header")) start++;
  let end = ps.length;
  for (let i = start; i < ps.length; i++) {
    const p = ps[i];
    if (!isBody(p)) continue;
    if (isBodyEnd(p)) {
      end = i;
      break;
    }
  }
  return { start, end };
}

// --- rewriting ------------------------------------------------------------------------------------------------------

interface Replacement {
  start: number;
  end: number;
  run: Run;
}

const LEADING_ZERO = /^0\d$/;

/** The row's value written where the prose had `shown` (the same kind of figure), or null when it cannot be. */
function rewritten(row: AppendixRow, shown: string, kind: Part["kind"], value: number): string | null {
  const v = row.value;
  // "x" (does not apply) holds no figure to write
  const n = v.status === "number" ? v.number : v.status === "none" && !isNotApplicable(v) ? 0 : null;
  if (n === null) return null;
  const decimals = Math.max(0, v.decimals);
  if (kind === "percent" || row.formRow.kind === "percent")
    return /%/.test(shown) ? formatPercentVi(n, decimals) : formatNumberVi(n, decimals);
  if (kind === "amount" || row.formRow.kind === "amount") {
    const parsed = parseVietnameseNumber(shown, "decimal");
    if (!parsed.ok || parsed.reading.value === 0) return null;
    const factor = value / parsed.reading.value;
    return Math.abs(factor - 1) < 1e-9 ? formatNumberVi(n, decimals) : formatNumberVi(n / factor);
  }
  const s = formatNumberVi(n, 0);
  return LEADING_ZERO.test(shown.trim()) && n > 0 && n < 10 ? `0${s}` : s;
}

/** What the draft's text says of the figure, for the list of figures left as written. */
function unlinkedOf(
  s: Sentence,
  start: number,
  end: number,
  reason: UnlinkedFigure["reason"],
  code?: string,
): UnlinkedFigure {
  const span = { start: Math.max(0, start - s.quoteStart), end: Math.max(0, end - s.quoteStart) };
  return {
    text: s.quote.slice(span.start, span.end),
    quote: s.quote,
    span,
    reason,
    ...(code ? { code } : {}),
  };
}

/** A paragraph's text and replacements → runs. */
function runsOf(text: string, reps: Replacement[]): Run[] {
  const sorted = [...reps].sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue; // overlapping: the first wins
    if (r.start > at) runs.push({ kind: "text", text: text.slice(at, r.start) });
    runs.push(r.run);
    at = r.end;
  }
  if (at < text.length) runs.push({ kind: "text", text: text.slice(at) });
  return runs;
}

/** The heading level of a paragraph that is a heading alone ("II. KẾT QUẢ …", "1. Cải cách thể chế"), or null. */
function headingLevel(p: NarrativeParagraph, sentences: Sentence[]): 1 | 2 | 3 | null {
  if (p.inTable || sentences.length !== 1 || !sentences[0].isHeading) return null;
  const t = p.text.trim();
  if (t.length > 200) return null;
  const label = /^\s*([IVXLC]+|\d+(?:\.\d+)*)\s*[.)]/u.exec(t)?.[1];
  const level = label ? headingLevelOf(`${label}.`) : 1;
  if (level === null) return null;
  return level <= 1 ? 1 : level === 2 ? 2 : 3;
}

/** The draft's paragraphs [start, end) rewritten from the appendix. */
export function rewriteParagraphs(
  doc: NarrativeDocument,
  appendix: Appendix,
  range: { start: number; end: number },
  analysis: { outcomes: FigureOutcome[]; sentences: Sentence[] } = analyze(doc, appendix),
): DraftReport {
  const unlinked: UnlinkedFigure[] = [];
  const reps = new Map<number, Replacement[]>();
  const add = (pi: number, r: Replacement) => {
    const list = reps.get(pi) ?? [];
    list.push(r);
    reps.set(pi, list);
  };
  const inRange = (pi: number) => pi >= range.start && pi < range.end;
  const sentencesOf = new Map<number, Sentence[]>();
  for (const s of analysis.sentences) {
    const list = sentencesOf.get(s.paragraph) ?? [];
    list.push(s);
    sentencesOf.set(s.paragraph, list);
  }
  const sentenceAt = (pi: number, offset: number) =>
    (sentencesOf.get(pi) ?? []).find((s) => offset >= s.quoteStart && offset < s.quoteStart + s.quote.length);

  // Figures linked by an earlier export: each takes its own row's value.
  for (let pi = range.start; pi < range.end; pi++) {
    const p = doc.paragraphs[pi];
    for (const m of validMarks(p, appendix.form)) markReplacement(p, pi, m);
  }
  function markReplacement(p: NarrativeParagraph, pi: number, m: FigureMark) {
    const original = p.text.slice(m.start, m.end);
    if (m.kind === "label") {
      add(pi, { start: m.start, end: m.end, run: { kind: "label", text: original, code: m.code } });
      return;
    }
    const row = appendix.rows.get(m.code);
    const s = sentenceAt(pi, m.start);
    const zeroNow =
      row &&
      ((row.value.status === "none" && !isNotApplicable(row.value)) ||
        (row.value.status === "number" && row.value.number === 0));
    if (m.kind === "zero") {
      if (zeroNow) {
        add(pi, { start: m.start, end: m.end, run: { kind: "figure", text: original, code: m.code, zero: true } });
      } else if (s)
        unlinked.push(
          unlinkedOf(s, m.start, m.end, row && row.value.status !== "empty" ? "changed" : "empty-row", m.code),
        );
      return;
    }
    const text = row ? markedText(row, original) : null;
    if (text === null) {
      if (s) unlinked.push(unlinkedOf(s, m.start, m.end, "empty-row", m.code));
      return;
    }
    add(pi, { start: m.start, end: m.end, run: { kind: "figure", text, code: m.code } });
  }

  // Figures the matcher ties to a row.
  for (const o of analysis.outcomes) {
    const f = o.figure;
    const pi = f.sentence.paragraph;
    if (!inRange(pi)) continue;
    const s = f.sentence;
    const at = (i: number) => s.quoteStart + s.toQuote(i);
    const atEnd = (i: number) => s.quoteStart + s.toQuoteEnd(i);
    const r = o.result;
    if (r.status === "skipped") continue;
    if (r.status !== "matched") {
      if (!f.weak) unlinked.push(unlinkedOf(s, at(f.start), atEnd(f.end), "no-row"));
      continue;
    }
    let parts = figureParts(f, r.best);
    if (f.kind === "pair" && parts.length === 1) {
      // a pair tied by its numerator only: rewrite the numerator, keep what it is divided by
      const slash = f.raw.indexOf("/");
      const numeratorEnd = f.start + f.raw.slice(0, slash).trimEnd().length;
      parts = [{ ...parts[0], shown: f.raw.slice(0, slash).trim(), end: numeratorEnd }];
    }
    if (ofAnotherColumn(f, parts, appendix)) continue;
    for (const part of parts) {
      const row = appendix.rows.get(part.code);
      const text = row ? rewritten(row, part.shown, part.kind, part.value) : null;
      const start = at(part.start);
      const end = atEnd(part.end);
      if (text === null) {
        unlinked.push(unlinkedOf(s, start, end, "empty-row", part.code));
        continue;
      }
      add(pi, { start, end, run: { kind: "figure", text, code: part.code } });
    }
  }

  // Paragraphs → blocks (table rows kept as tables).
  const blocks: Block[] = [];
  let hasClosing = false;
  for (let pi = range.start; pi < range.end; pi++) {
    const p = doc.paragraphs[pi];
    if (!isBody(p) || p.text.trim() === "") continue;
    if (p.inTable) {
      const last = blocks[blocks.length - 1];
      const cells = p.cells ?? p.text.split("\t");
      if (last?.type === "table") last.rows.push(cells);
      else blocks.push({ type: "table", rows: [cells] });
      continue;
    }
    if (CLOSING.test(norm(p))) hasClosing = true;
    const runs = runsOf(p.text, reps.get(pi) ?? []);
    if (p.bullet) runs.unshift({ kind: "text", text: "- " });
    const level = headingLevel(p, sentencesOf.get(pi) ?? []);
    blocks.push(level ? { type: "heading", level, runs } : { type: "paragraph", runs });
  }
  const linked: LinkedFigure[] = blocks.flatMap((b) =>
    b.type === "table"
      ? []
      : b.runs.flatMap((r) => (r.kind === "figure" ? [{ code: r.code, text: r.text, source: "draft" as const }] : [])),
  );
  return { blocks, figures: linked, unlinked, hasClosing };
}

/**
 * In a table of several value columns ("Quý IV/2025 | Lũy kế năm 2025"), a figure the narrative check compares with
 * another column than the first is kept as written: its sentence names that column's period, or names none and only
 * another column holds its value. The export writes and links the first column's values only.
 */
function ofAnotherColumn(f: Figure, parts: Part[], appendix: Appendix): boolean {
  if ((appendix.otherColumns ?? []).length === 0) return false;
  // (the report's year: the latest the columns name; a figure of a period no column has is kept as written)
  const choice = columnsFor(f, appendix, null);
  if (!choice) return true;
  const { columns, any } = choice;
  if (!any) return !columns.some((c) => c.main);
  const agrees = (p: Part, rows: Map<string, AppendixRow>) => {
    const row = rows.get(p.code);
    return row !== undefined && agreesWithRow(p, row, rows, appendix.form);
  };
  return parts.some((p) => !agrees(p, appendix.rows) && columns.some((c) => !c.main && agrees(p, c.rows)));
}

/** A marked figure's new text: the row's value, in the style of the old text (a leading zero, a % sign). */
function markedText(row: AppendixRow, original: string): string | null {
  const v = row.value;
  if (v.status === "yesNo") return v.yes === null ? null : v.yes ? "đã thực hiện" : "chưa thực hiện";
  if (v.status === "text") return v.text.trim();
  const kind = row.formRow.kind === "percent" ? "percent" : row.formRow.kind === "amount" ? "amount" : "count";
  const parsed = parseVietnameseNumber(
    original,
    kind === "percent" ? "percent" : kind === "amount" ? "decimal" : "integer",
  );
  // the export wrote amounts in the row's own unit: the old text's number is the scale-one value
  return rewritten(row, original, kind, parsed.ok ? parsed.reading.value : 0);
}

function analyze(doc: NarrativeDocument, appendix: Appendix) {
  const { outcomes } = analyzeNarrative(doc, appendix);
  return { outcomes, sentences: splitSentences(doc) };
}

/** The whole draft body, rewritten. */
export function rewriteDraft(doc: NarrativeDocument, appendix: Appendix): DraftReport {
  return rewriteParagraphs(doc, appendix, draftBodyRange(doc));
}

/**
 * The officer's "III. Đánh giá chung" and "IV. Phương hướng, nhiệm vụ …" from a draft (without their headings), to
 * complete a report generated from the sheet. Figures in them are rewritten as in the draft path.
 */
export function officerSections(
  doc: NarrativeDocument,
  appendix: Appendix,
): { assessment?: Block[]; nextTasks?: Block[]; figures: LinkedFigure[]; unlinked: UnlinkedFigure[] } {
  const range = draftBodyRange(doc);
  const analysis = analyze(doc, appendix);
  const tops: { pi: number; kind: "assessment" | "nextTasks" | "other" }[] = [];
  for (let pi = range.start; pi < range.end; pi++) {
    const p = doc.paragraphs[pi];
    if (!isBody(p) || p.inTable) continue;
    const t = norm(p);
    if (!/^[IVX]+\s*[.)]\s/u.test(t) || t.length > 200) continue;
    const m = matchText(t);
    const kind = m.includes("đánh giá")
      ? "assessment"
      : m.includes("phương hướng") || (m.includes("nhiệm vụ") && !m.includes("kết quả"))
        ? "nextTasks"
        : "other";
    tops.push({ pi, kind });
  }
  const out: ReturnType<typeof officerSections> = { figures: [], unlinked: [] };
  tops.forEach((top, i) => {
    if (top.kind === "other") return;
    let end = i + 1 < tops.length ? tops[i + 1].pi : range.end;
    for (let pi = top.pi + 1; pi < end; pi++) if (CLOSING.test(norm(doc.paragraphs[pi]))) end = pi;
    const part = rewriteParagraphs(doc, appendix, { start: top.pi + 1, end }, analysis);
    if (part.blocks.length === 0) return;
    out[top.kind] = part.blocks;
    out.figures.push(...part.figures);
    out.unlinked.push(...part.unlinked);
  });
  return out;
}
