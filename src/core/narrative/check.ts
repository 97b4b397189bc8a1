/**
 * The narrative check: the figures and dates of the report's prose against the appendix table.
 *
 * - A figure matched with confidence to a row (see match.ts) whose value disagrees with the table → error
 *   "narrative-mismatch" (codes[0] the row, cells its value cell, expected the table's value, actual the prose's).
 *   Agreement: counts exactly; percents and amounts within the decimals shown on either side (agreesWithinDisplay,
 *   the table's ratio rule): "76%" agrees with 76,09; "7,75%" with 7,7556. Amounts in the row's own unit ("Tỷ đồng").
 *   A table of several value columns (Quý IV | Lũy kế năm): the column of the period the sentence names
 *   (columns.ts); "x" in a cell (does not apply) holds no figure.
 * - The row is in the table but its cell is empty → warning (the prose has a figure the table lacks).
 * - A real quantity figure (a count with its unit, a pair, a percent, an amount) that cannot be matched with
 *   confidence → info, so the officer sees what was not checked. Bare numbers ("Đại học 164"), approximate
 *   figures ("khoảng", "trên", "chưa đạt"), figures of forward-looking sentences and sections (phương hướng, dự kiến,
 *   sẽ), of another year, in headings and in table rows are not reported.
 * - Agreements raise nothing.
 * - Dates: see dates.ts.
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { Bilingual, Finding } from "../findings";
import { currentForm } from "../form";
import type { FormDefinition } from "../form/schema";
import { capitalise, rowName, rowsName } from "../rowName";
import { agreesWithinDisplay } from "../tolerance";
import { isNotApplicable } from "../values/readValue";
import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "../vn/format";
import { LEGACY_NAMES } from "../vn/legacy";
import {
  checkDates,
  isForwardSection,
  isForwardFigure,
  isForwardFigureSentence,
  periodOf,
  reportDateFrom,
  reportPeriodFrom,
  type PeriodKind,
  type ReportPeriod,
  type SimpleDate,
} from "./dates";
import type { NarrativeDocument, TextConversion } from "./document";
import { findFigures, type Figure } from "./figures";
import { columnsFor, isComparedTerm, periodKey, type ColumnRows } from "./columns";
import { compareMark, insideMark, marksOfSentence, validMarks } from "./linked";
import { decide, formUnits, scoreCandidates, type Candidate, type MatchResult } from "./match";
import { splitSentences, type Sentence } from "./sentences";
import { quoteOf } from "./quote";
import { matchText } from "./text";

export interface NarrativeOptions {
  /** The report date; default: from the header, else the end of the report period. */
  reportDate?: SimpleDate;
  /** The report period; default: from the title. A ReportPeriod or { kind, year, quarter? }. */
  period?: ReportPeriod | { kind: PeriodKind; year: number; quarter?: number };
  /** The form; default: the appendix's form, else the current form. */
  form?: FormDefinition;
}

/** One figure and what the checker made of it (for tests, the pane's details and benchmarks). */
export interface FigureOutcome {
  figure: Figure;
  result: MatchResult | { status: "skipped"; reason: string };
}

const RULE_ID = "narrative-figure";

export function checkNarrative(
  doc: NarrativeDocument,
  appendix: Appendix | null,
  options: NarrativeOptions = {},
): Finding[] {
  return analyzeNarrative(doc, appendix, options).findings;
}

export function analyzeNarrative(
  doc: NarrativeDocument,
  appendix: Appendix | null,
  options: NarrativeOptions = {},
): { findings: Finding[]; outcomes: FigureOutcome[]; reportDate: SimpleDate | null; period: ReportPeriod | null } {
  const form = options.form ?? appendix?.form ?? currentForm();
  const sentences = splitSentences(doc);
  const period = options.period
    ? "start" in options.period
      ? options.period
      : periodOf(options.period.kind, options.period.year, options.period.quarter)
    : reportPeriodFrom(doc);
  const reportDate = options.reportDate ?? reportDateFrom(doc) ?? period?.end ?? null;
  const reportYear = reportDate?.y ?? period?.year ?? null;

  const findings: Finding[] = [];
  const outcomes: FigureOutcome[] = [];
  const units = formUnits(form);
  const periodColumns = (appendix?.otherColumns ?? []).length > 0;

  let figuresMatched = 0;
  let figuresRead = 0;
  let textRead = 0;
  let unread: Sentence | null = null;
  const notes = new UnmatchedNotes(form);
  const marksByParagraph = new Map<number, ReturnType<typeof validMarks>>();
  const marksOf = (i: number) => {
    let m = marksByParagraph.get(i);
    if (!m) marksByParagraph.set(i, (m = validMarks(doc.paragraphs[i], form)));
    return m;
  };

  for (const s of sentences) {
    if (s.inTable || s.isHeading || s.part === "header" || s.part === "footer") continue;
    // Figures the export linked to their rows are compared with those rows exactly, and never matched again.
    const marks = marksOf(s.paragraph);
    for (const m of marksOfSentence(marks, s)) {
      const f = compareMark(m, doc.paragraphs[s.paragraph], s, appendix);
      if (f) findings.push(f);
    }
    if (figuresMatched >= MAX_FIGURES || figuresRead >= MAX_FIGURES_READ || textRead >= MAX_FIGURE_TEXT) {
      // the budget is spent: the rest of the narrative is not read for figures (one note says where it stopped)
      if (!unread && /\d/.test(s.text)) unread = s;
      continue;
    }
    const linked = (f: Figure) =>
      marks.length > 0 && insideMark(marks, s.quoteStart + s.toQuote(f.start), s.quoteStart + s.toQuoteEnd(f.end));
    const figures = findFigures(s, { units });
    textRead += s.text.length;
    figuresRead += figures.length;
    if (figures.length === 0) continue;
    // a sentence of very many figures is a list or a table typed as prose: the first ones are matched, the rest noted
    const unchecked = figures.length > MAX_SENTENCE_FIGURES ? figures.splice(MAX_SENTENCE_FIGURES) : [];
    const skipAll = isForwardSection(s) ? "forward-section" : null;
    const forward = isForwardFigureSentence(s);

    const results: (MatchResult | null)[] = [];
    const cands: Candidate[][] = [];
    const reasons: (string | null)[] = [];
    figures.forEach((f, i) => {
      let reason = linked(f)
        ? "linked"
        : (skipAll ?? (forward && isForwardFigure(s, f.end) ? "forward-sentence" : skipReason(f, reportYear)));
      // "cùng kỳ năm 2025 hoàn thành 11/25 nhiệm vụ (44%)": a figure with no label of its own right after a figure of
      // another year is of that year too
      if (!reason && f.prev >= 0 && reasons[f.prev] === "other-year" && OWNLESS.test(matchText(f.own)))
        reason = "other-year";
      reason = periodReason(reason, f, appendix, reportYear);
      reasons[i] = reason;
      if (reason) {
        outcomes.push({ figure: f, result: { status: "skipped", reason } });
        results[i] = null;
        cands[i] = [];
        return;
      }
      cands[i] = scoreCandidates(f, figures, form);
      figuresMatched++;
    });
    // A percent written with the pair it is the ratio of ("396/5106 hồ sơ, đạt tỷ lệ 7,75%") is that ratio's percent.
    const pairPercents = new Set<string>();
    figures.forEach((f, i) => {
      if (f.kind !== "pair" || !cands[i]?.length) return;
      const r = decide(f, cands[i], appendix);
      if (r.status === "matched" && r.best.percentCode) pairPercents.add(r.best.percentCode);
    });
    figures.forEach((f, i) => {
      if (f.kind !== "percent" || !cands[i]?.length || pairPercents.size === 0) return;
      for (const c of cands[i]) if (pairPercents.has(c.code)) c.score += 2;
      cands[i].sort((a, b) => b.score - a.score);
    });
    // "hoàn thành đúng hạn 11 nhiệm vụ, chiếm 91,67%": a percent labelled only "đạt"/"chiếm"/"bằng" right after a
    // count is that count's share. When the count's row is no ratio's numerator or denominator, the form has no row
    // for the percent: a percent row that merely shares words with the sentence is not it.
    figures.forEach((f, i) => {
      if (f.kind !== "percent" || !cands[i]?.length || f.prev < 0 || !SHARE_LABEL.test(matchText(f.own))) return;
      const p = figures[f.prev];
      if (p.kind !== "count" || !cands[f.prev]?.length) return;
      const r = decide(p, cands[f.prev], appendix);
      if (r.status !== "matched") return;
      const codes = new Set([r.best.code, ...r.tied.map((t) => t.code)]);
      const inRatio = form.relations.some(
        (rel) => rel.type === "ratio" && (codes.has(rel.numerator) || codes.has(rel.denominator)),
      );
      if (!inRatio) for (const c of cands[i]) c.score -= NOT_A_SHARE;
      // the count is a ratio's numerator: its percent is that ratio's ("đã số hóa 2.512 hồ sơ, đạt 88,23%")
      const shares = new Set(
        form.relations.flatMap((rel) => (rel.type === "ratio" && codes.has(rel.numerator) ? [rel.percent] : [])),
      );
      for (const c of cands[i]) if (shares.has(c.code)) c.score += SHARE_OF_COUNT;
      cands[i].sort((a, b) => b.score - a.score);
    });
    figures.forEach((f, i) => {
      if (results[i] === null) return;
      results[i] = decide(f, cands[i], appendix);
    });
    resolveByBreakdown(figures, results, form);
    resolveComparedTerms(figures, results);
    // One row, one figure per sentence (per period, when the table has a column per period): when two figures claim
    // a row, the stronger keeps it; a row whose figure the export linked in this sentence is taken ("7 nội dung chính
    // và 46 nhiệm vụ" with 46 linked to 1.2.1: 7 is not).
    const linkedRows = new Set(marksOfSentence(marks, s).map((m) => m.code));
    const claims = new Map<string, number>();
    results.forEach((r, i) => {
      if (!r || r.status !== "matched") return;
      if (linkedRows.has(r.best.code)) {
        results[i] = { status: "ambiguous", candidates: [r.best] };
        return;
      }
      // In a table of several value columns, figures of two periods ("02 cuộc … (quý IV: 01 cuộc)") are two cells.
      const key = periodColumns ? `${r.best.code}|${periodKey(figures[i])}` : r.best.code;
      const j = claims.get(key);
      if (j === undefined) claims.set(key, i);
      else {
        const other = results[j] as Extract<MatchResult, { status: "matched" }>;
        // "17 người nghỉ việc theo chính sách tinh giản biên chế, trong đó 12 người nghỉ hưu trước tuổi": the figure
        // after "trong đó" is a part of the one before it, never the same row.
        const partOfPrevious = figures[i].prev === j && IN_WHICH.test(matchText(figures[i].own));
        const loser = partOfPrevious || other.best.score >= r.best.score ? i : j;
        if (loser === j) claims.set(key, i);
        results[loser] = {
          status: "ambiguous",
          candidates: [(results[loser] as Extract<MatchResult, { status: "matched" }>).best],
        };
      }
    });

    const unmatched: [Figure, MatchResult][] = [];
    figures.forEach((f, i) => {
      const r = results[i];
      if (!r) return;
      outcomes.push({ figure: f, result: r });
      if (r.status === "matched") {
        findings.push(...compareFigure(f, r.best, r.tied, appendix, reportYear));
      } else if (!f.weak) {
        unmatched.push([f, r]);
      }
    });
    for (const f of unchecked) {
      outcomes.push({ figure: f, result: { status: "skipped", reason: "too-many-in-sentence" } });
      if (!f.weak) unmatched.push([f, { status: "none" }]);
    }
    findings.push(...notes.add(unmatched));
  }
  findings.push(...notes.rest());
  if (unread) findings.push(budgetNote(unread));

  findings.push(...checkDates(sentences, { reportDate, period }));
  for (const c of doc.conversions ?? []) findings.push(conversionNote(c));
  return { findings, outcomes, reportDate, period };
}

/**
 * "đã tiếp nhận 2.847 hồ sơ (tiếp nhận trực tuyến 2.105 hồ sơ, trực tiếp 698 hồ sơ, …)": the figures in the brackets
 * right after a figure are its parts. A figure left between rows whose words fit it alike is the row whose sub-rows
 * its parts matched.
 */
function resolveByBreakdown(figures: Figure[], results: (MatchResult | null)[], form: FormDefinition): void {
  const parentOf = new Map(form.rows.map((r) => [r.code, r.parent]));
  const text = figures[0]?.sentence.text ?? "";
  figures.forEach((f, i) => {
    const r = results[i];
    if (!r || r.status !== "ambiguous") return;
    const open = f.end + f.after.length;
    if (!/^\s*\(/.test(text.slice(open))) return;
    const close = text.indexOf(")", open);
    const parents = new Set<string | null | undefined>();
    for (let j = i + 1; j < figures.length && (close < 0 || figures[j].start < close); j++) {
      const part = results[j];
      if (part?.status === "matched") parents.add(parentOf.get(part.best.code));
    }
    const [parent] = [...parents];
    const best = parents.size === 1 && parent ? r.candidates.find((c) => c.code === parent) : undefined;
    if (best) results[i] = { status: "matched", best, tied: [] };
  });
}

/**
 * "Sở tiếp nhận 4.862 hồ sơ, tăng 18,44% so với cùng kỳ năm 2025 (4.105 hồ sơ)": the figure in brackets after a
 * comparison is the same row as the figure compared (the last one before it of its kind and unit, past the change),
 * of the period compared with (columns.ts picks that column).
 */
function resolveComparedTerms(figures: Figure[], results: (MatchResult | null)[]): void {
  figures.forEach((f, i) => {
    if (!results[i] || !isComparedTerm(f)) return;
    for (let j = f.prev; j >= 0; j--) {
      const g = figures[j];
      if (g.kind !== f.kind || (f.unit && g.unit && f.unit !== g.unit)) continue;
      const r = results[j];
      if (r?.status === "matched") results[i] = { status: "matched", best: { ...r.best }, tied: [] };
      return;
    }
  });
}

/** A figure's label that says nothing of its own: "(", ", đạt", "chiếm", "bằng". */
const OWNLESS = /^(?:đạt|chiếm|bằng|là|tỷ lệ|đạt tỷ lệ)?$/u;

/** "trong đó" (of which) before a figure: it counts a part of what the figure before it counts. */
const IN_WHICH = /(?:^| )trong đó(?: |$)/u;

/** A percent's label that says only that it is a share: "đạt", "chiếm", "bằng", "đạt tỷ lệ". */
const SHARE_LABEL = /^(?:(?:đạt|chiếm|bằng)(?: tỷ lệ| tỉ lệ)?|tỷ lệ|tỉ lệ)?$/u;
const NOT_A_SHARE = 3;
const SHARE_OF_COUNT = 2;

/**
 * A figure of another period than the report's ("Cùng kỳ năm 2025, tỷ lệ … đạt 70,91%", "so với cùng kỳ năm 2025
 * (4.105 hồ sơ)"): checked against the table's column of that period when it has one ("Cùng kỳ 2025"); else not
 * checked ("other-year"), never against the column of the report's own period.
 */
function periodReason(
  reason: string | null,
  f: Figure,
  appendix: Appendix | null,
  reportYear: number | null,
): string | null {
  if (reason !== null && reason !== "other-year") return reason;
  if (!appendix) return reason;
  const choice = columnsFor(f, appendix, reportYear);
  if (choice === null) return "other-year";
  // the clause names another year and the table has a column of the period the figure is of
  if (reason === "other-year" && choice.earlier) return null;
  return reason;
}

/** Why a figure is not checked at all, or null. */
function skipReason(f: Figure, reportYear: number | null): string | null {
  if (f.approximate) return "approximate";
  // A bare number ("Đại học 164", "bổ nhiệm 01 Trưởng phòng"): no unit, no "là"/":" — not a stated quantity.
  if (f.weak) return "bare-number";
  if (isChange(f)) return "change";
  if (reportYear !== null) {
    // the figure's own clause names another year ("… theo Kế hoạch tuyển dụng năm 2021", "Năm 2021, …")
    // (read in the sentence, so that "so với" just before the label still counts: "giảm 8 đơn vị so với năm 2015")
    const s = f.sentence.text;
    // (a bracket after the figure is an aside of its own: "đạt 99,02% (cùng kỳ năm 2025 đạt 98,6%)")
    const clauseEnd = s.slice(f.end).search(/[,;.(]/);
    const ownStart = f.start - f.own.length;
    const clause = s.slice(0, clauseEnd < 0 ? undefined : f.end + clauseEnd).toLowerCase();
    for (const m of clause.matchAll(/năm\s+(\d{4})/gu)) {
      if (m.index! < ownStart || (m.index! >= f.start && m.index! < f.end)) continue;
      if (/so với\s(?:\S+\s)?$/u.test(clause.slice(0, m.index))) continue; // "so với năm 2015" compares, no lookbehind
      if (Number(m[1]) !== reportYear) return "other-year";
    }
  }
  return null;
}

/**
 * A rise or a fall against another time ("tăng 5% so với cùng kỳ", "giảm 8 đơn vị so với năm 2015", "so với năm
 * 2022 tăng 12 hồ sơ"): a change, not a figure of the form.
 */
function isChange(f: Figure): boolean {
  const own = matchText(f.own);
  if (!/(?:^| )(?:tăng|giảm|vượt|cao hơn|thấp hơn|nhiều hơn|ít hơn)(?: thêm| đi| được| lên| xuống)?$/u.test(own))
    return false;
  const s = f.sentence.text;
  const stop = s.slice(f.end).search(/[;.]/);
  const clause = matchText(`${f.own} ${s.slice(f.end, stop < 0 ? undefined : f.end + stop)}`);
  return COMPARED.test(clause);
}
const COMPARED = /(?:^| )(?:so với|so cùng kỳ|cùng kỳ|kỳ trước|năm trước|quý trước|tháng trước)(?= |$)/u;

// --- comparing --------------------------------------------------------------------------------------------------

/** One value of a figure tied to one row: a pair "35/46" tied to a ratio gives two, its numerator and denominator. */
export interface Part {
  code: string;
  value: number;
  decimals: number;
  /** How the prose wrote this value. */
  shown: string;
  kind: "count" | "percent" | "amount";
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

/** The values of a figure matched to candidate c, each with its row and its span in the sentence. */
export function figureParts(f: Figure, c: Candidate): Part[] {
  if (f.kind === "pair" && c.wholeCode && f.denominator) {
    const kind = f.unit === "triệu đồng" ? "amount" : "count";
    const slash = f.raw.indexOf("/");
    const a = f.raw.slice(0, slash);
    const b = f.raw.slice(slash + 1);
    const bLead = b.length - b.trimStart().length;
    return [
      {
        code: c.code,
        value: f.value,
        decimals: f.decimals,
        shown: a.trim(),
        kind,
        start: f.start,
        end: f.start + a.trimEnd().length,
      },
      {
        code: c.wholeCode,
        value: f.denominator.value,
        decimals: f.denominator.decimals,
        shown: b.trim(),
        kind,
        start: f.start + slash + 1 + bLead,
        end: f.end,
      },
    ];
  }
  const kind = f.kind === "pair" ? "count" : f.kind;
  return [
    { code: c.code, value: f.value, decimals: f.decimals, shown: f.raw.trim(), kind, start: f.start, end: f.end },
  ];
}

/** The table's value as a number: "-" and "không phát sinh" are 0; "x" (does not apply) holds none. */
function tableNumber(row: AppendixRow): number | null {
  if (row.value.status === "number") return row.value.number;
  if (row.value.status === "none") return isNotApplicable(row.value) ? null : 0;
  return null;
}

function agrees(p: Part, tableValue: number, tableDecimals: number): boolean {
  if (p.kind === "count" && p.decimals === 0) return Math.abs(p.value - tableValue) < 1e-9;
  return (
    agreesWithinDisplay(p.value, p.decimals, tableValue) ||
    agreesWithinDisplay(tableValue, Math.max(0, tableDecimals), p.value)
  );
}

/**
 * The prose value agrees with the row: exactly for counts, within the decimals shown for percents and amounts; a
 * percent that is a ratio of two rows also when the prose rounds or truncates the exact ratio differently from the
 * table ("7,75%" and "7,76%" for 396/5106 = 7,7556%: both are right).
 */
/**
 * Million VND per unit of an amount row: the prose's amounts are read in million VND ("7.732,5 tỷ đồng" is
 * 7.732.500), a row's in its own unit ("Tỷ đồng" 7.732,5). 1 for "Triệu đồng", a row without unit and other rows.
 */
function amountScale(row: AppendixRow): number {
  if (row.formRow.kind !== "amount" || !row.formRow.unit) return 1;
  const unit = matchText(row.formRow.unit);
  if (/^(?:tỷ đồng|tỷ)$/.test(unit)) return 1000;
  if (/^(?:nghìn đồng|ngàn đồng)$/.test(unit)) return 0.001;
  if (/^(?:đồng|vnđ|vnd)$/.test(unit)) return 0.000001;
  return 1;
}

/** The table's value in the prose's units (amounts in million VND), with its decimals there. */
function tableValue(row: AppendixRow): { value: number; decimals: number } | null {
  const n = tableNumber(row);
  if (n === null) return null;
  const scale = amountScale(row);
  return { value: n * scale, decimals: row.value.decimals - Math.round(Math.log10(scale)) };
}

/** The prose's value p agrees with the table's row (rows: the row's column, for an exact ratio's recomputation). */
export function agreesWithRow(
  p: Part,
  row: AppendixRow,
  rows: Map<string, AppendixRow>,
  form: FormDefinition,
): boolean {
  const t = tableValue(row);
  if (t === null) return false;
  const tv = t.value;
  if (agrees(p, tv, t.decimals)) return true;
  const exact = p.kind === "percent" ? exactRatio(p.code, rows, form) : null;
  return (
    !!exact &&
    agreesWithinDisplay(p.value, p.decimals, exact.value) &&
    agreesWithinDisplay(tv, row.value.decimals, exact.value)
  );
}

/** A value for the message; amounts in the row's own unit when it prints one other than million VND. */
function display(kind: Part["kind"], value: number, decimals: number, lang: "vi" | "en", row?: AppendixRow): string {
  const scale = row ? amountScale(row) : 1;
  const d = Math.max(0, decimals + Math.round(Math.log10(scale)));
  if (kind === "percent") return lang === "vi" ? formatPercentVi(value, d) : formatPercentEn(value, d);
  const s = lang === "vi" ? formatNumberVi(value / scale, d) : formatNumberEn(value / scale, d);
  if (kind !== "amount") return s;
  const unit = scale !== 1 && row?.formRow.unit ? row.formRow.unit.toLowerCase() : null;
  return `${s} ${unit ?? (lang === "vi" ? "triệu đồng" : "million VND")}`;
}

function compareFigure(
  f: Figure,
  best: Candidate,
  tied: Candidate[],
  appendix: Appendix | null,
  reportYear: number | null,
): Finding[] {
  if (!appendix) return [];
  const out: Finding[] = [];
  const choice = columnsFor(f, appendix, reportYear);
  if (!choice) return []; // a figure of another period than the table's columns (not reached: skipped before)
  const { columns, any } = choice;
  const several = (appendix.otherColumns ?? []).length > 0;
  for (const p of figureParts(f, best)) {
    const held = columns
      .map((column) => ({ column, row: column.rows.get(p.code) }))
      .filter((x): x is { column: ColumnRows; row: AppendixRow } => x.row !== undefined);
    if (held.length === 0) continue; // the row is not in the table: the table rules report it
    // A figure of no named period agrees with the table when any of its columns holds it.
    if (held.some(({ column, row }) => agreesWithRow(p, row, column.rows, appendix.form))) continue;
    const { column, row } = (any ? held.find(({ row: r }) => tableNumber(r) !== null) : undefined) ?? held[0];
    const related = tied
      .flatMap((t) =>
        figureParts(f, t)
          .filter((q) => q.value === p.value)
          .map((q) => q.code),
      )
      .filter((c) => c !== p.code);
    const codes = [p.code, ...new Set(related)];
    const cells = codes.map((c) => column.rows.get(c)?.valueCell).filter((c): c is string => !!c);
    const t = tableValue(row);
    const tv = t?.value ?? null;
    const proseVi = p.shown;
    // "biểu ghi …" names the column when the table has several
    const where =
      several && column.title
        ? { vi: `biểu (cột «${column.title}»)`, en: `the appendix (column «${column.title}»)` }
        : { vi: "biểu", en: "the appendix" };
    if (tv === null) {
      if (row.value.status !== "empty") continue; // text, yes/no or "x": nothing to compare with
      out.push({
        ruleId: RULE_ID,
        kind: "narrative-mismatch",
        severity: "warning",
        codes,
        cells,
        ...narrativeSaid(appendix, p.code, {
          vi: `thuyết minh ghi ${proseVi} nhưng ô số liệu trong ${where.vi} để trống`,
          en: `the narrative says ${proseVi} but the value cell in ${where.en} is empty`,
        }),
        expected: null,
        actual: p.value,
        ...quoteOf(f.sentence, p.start, p.end),
      });
      continue;
    }
    const exact = p.kind === "percent" ? exactRatio(p.code, column.rows, appendix.form) : null;
    const tableDecimals = p.kind === "count" ? 0 : (t?.decimals ?? 0);
    const tableVi = display(p.kind, tv, tableDecimals, "vi", row);
    const tableEn = display(p.kind, tv, tableDecimals, "en", row);
    const proseEn = display(p.kind, p.value, p.decimals, "en", row);
    out.push({
      ruleId: RULE_ID,
      kind: "narrative-mismatch",
      severity: "error",
      codes,
      cells,
      ...narrativeSaid(
        appendix,
        p.code,
        {
          vi: `thuyết minh ghi ${proseVi} nhưng ${where.vi} ghi ${tableVi}`,
          en: `the narrative says ${proseEn} but ${where.en} says ${tableEn}`,
        },
        exact && agreesWithinDisplay(p.value, p.decimals, exact.value)
          ? {
              vi: `; theo số liệu của biểu ${exact.text.vi}, khớp với thuyết minh`,
              en: `; the appendix's own figures give ${exact.text.en}, as the narrative says`,
            }
          : undefined,
      ),
      // in the row's own unit (a "Tỷ đồng" row's cell holds 7.732,5)
      expected: tv / amountScale(row),
      actual: p.value / amountScale(row),
      ...quoteOf(f.sentence, p.start, p.end),
    });
  }
  return out;
}

/**
 * A narrative finding's words: the summary says what differs ("Thuyết minh ghi 03 nhưng biểu ghi 0."), the message
 * also names the row right after it ("Thuyết minh ghi 03 nhưng biểu ghi 0 (dòng 1.3.1).").
 */
function narrativeSaid(
  appendix: Appendix,
  code: string,
  head: { vi: string; en: string },
  tail: { vi: string; en: string } = { vi: "", en: "" },
) {
  const name = rowName(appendix.form, code);
  return {
    message: {
      vi: capitalise(`${head.vi} (${name.vi})${tail.vi}.`),
      en: capitalise(`${head.en} (${name.en})${tail.en}.`),
    },
    summary: { vi: capitalise(`${head.vi}${tail.vi}.`), en: capitalise(`${head.en}${tail.en}.`) },
  };
}

/** The exact percent of a ratio row from its numerator and denominator in the table, when both are numbers. */
function exactRatio(
  code: string,
  rows: Map<string, AppendixRow>,
  form: FormDefinition,
): { value: number; text: { vi: string; en: string } } | null {
  for (const rel of form.relations) {
    if (rel.type !== "ratio" || rel.percent !== code) continue;
    const n = rows.get(rel.numerator);
    const d = rows.get(rel.denominator);
    const nv = n ? tableNumber(n) : null;
    const dv = d ? tableNumber(d) : null;
    if (nv === null || dv === null || dv === 0) return null;
    const value = (nv / dv) * 100;
    return {
      value,
      text: {
        vi: `${formatNumberVi(nv)}/${formatNumberVi(dv)} = ${formatPercentVi(value, 2)}`,
        en: `${formatNumberEn(nv)}/${formatNumberEn(dv)} = ${formatPercentEn(value, 2)}`,
      },
    };
  }
  return null;
}

/**
 * Bounds on the work, so that no text can make the check run for long (each text path is linear, and matching a
 * figure costs about the same whatever the text: a fifth of a millisecond). Figures matched per document at most (bare
 * numbers, approximate figures and the like are not matched and do not count): the seed's quarter report has 61 in
 * all, a long annual report a few hundred; past this the narrative is not read for figures any more, and one note says
 * from which sentence.
 */
export const MAX_FIGURES = 600;
/** Figures read per document at most, matched or not (reading one costs a few microseconds). */
export const MAX_FIGURES_READ = 5000;
/** Characters of prose read for figures per document at most (the seed's quarter report has about 30,000). */
export const MAX_FIGURE_TEXT = 200_000;
/** Figures matched per sentence at most (a real sentence has a handful; the seed's most is 5). */
export const MAX_SENTENCE_FIGURES = 40;
/** From this many unmatched figures in one sentence, the sentence gets one note that lists them. */
export const MERGE_UNMATCHED_AT = 3;
/** Notes about unmatched figures per document at most; then one note counts the rest. */
export const MAX_UNMATCHED_NOTES = 100;

/** The "not matched" notes of a document: one per figure, one per sentence for many, at most MAX_UNMATCHED_NOTES. */
class UnmatchedNotes {
  private count = 0;
  private dropped = 0;

  /** form: to name the rows a figure may be about as printed (never a sub-row's code such as "13a"). */
  constructor(private readonly form: FormDefinition) {}

  /** The notes for the unmatched figures of one sentence. */
  add(unmatched: [Figure, MatchResult][]): Finding[] {
    if (unmatched.length === 0) return [];
    const notes =
      unmatched.length < MERGE_UNMATCHED_AT
        ? unmatched.map(([f, r]) => unmatchedFinding(f, r, this.form))
        : [mergedUnmatchedFinding(unmatched.map(([f]) => f))];
    const room = Math.max(0, MAX_UNMATCHED_NOTES - this.count);
    const kept = notes.slice(0, room);
    this.count += kept.length;
    // figures the kept notes speak of: all of them, or one per kept single note
    const covered = kept.length === notes.length ? unmatched.length : kept.length;
    this.dropped += unmatched.length - covered;
    return kept;
  }

  /** One note for the figures left out by the cap, if any. */
  rest(): Finding[] {
    if (this.dropped === 0) return [];
    return [
      narrativeNote({
        vi: `… và ${this.dropped.toLocaleString("vi-VN")} số liệu khác chưa đối chiếu được với dòng nào của biểu.`,
        en: `… and ${this.dropped.toLocaleString("en-US")} more figures not matched to a row of the appendix.`,
      }),
    ];
  }
}

/** The document was converted to Unicode before reading: say so, for the officer to check the accented letters. */
function conversionNote(c: TextConversion): Finding {
  const name = c.from === "windows-1258" ? "Windows-1258" : LEGACY_NAMES[c.from];
  const count =
    c.paragraphs > 0 ? { vi: ` (${c.paragraphs} đoạn)`, en: ` (${c.paragraphs} paragraphs)` } : { vi: "", en: "" };
  return narrativeNote(
    c.from === "windows-1258"
      ? {
          vi: `Tệp văn bản được lưu theo bảng mã ${name} (không phải UTF-8): đã đọc theo bảng mã đó và chuyển sang Unicode trước khi đối chiếu.`,
          en: `The text file was saved in the ${name} encoding (not UTF-8): it was read as such and converted to Unicode before checking.`,
        }
      : {
          vi: `Văn bản được gõ theo bảng mã ${name}: đã chuyển sang Unicode${count.vi} trước khi đối chiếu. Nên chuyển cả tệp sang Unicode (Unikey: Công cụ chuyển mã).`,
          en: `The text was typed in the ${name} encoding: it was converted to Unicode${count.en} before checking. Converting the file to Unicode is advised (Unikey's converter).`,
        },
  );
}

/** A note of the narrative check (info) that names no row or cell: what it could not read or match, and why. */
function narrativeNote(message: Bilingual, rest: Pick<Finding, "actual" | "quote" | "quoteSpan"> = {}): Finding {
  return {
    ruleId: RULE_ID,
    kind: "narrative-mismatch",
    severity: "info",
    codes: [],
    cells: [],
    message,
    expected: null,
    actual: null,
    ...rest,
  };
}

function budgetNote(s: Sentence): Finding {
  return narrativeNote(
    {
      vi: `Thuyết minh quá dài để đối chiếu hết (quá ${MAX_FIGURES.toLocaleString("vi-VN")} số liệu hoặc ${MAX_FIGURE_TEXT.toLocaleString("vi-VN")} ký tự): từ câu này trở đi chưa đối chiếu số liệu.`,
      en: `The narrative is too long to check in full (over ${MAX_FIGURES.toLocaleString("en-US")} figures or ${MAX_FIGURE_TEXT.toLocaleString("en-US")} characters): from this sentence on, figures were not checked.`,
    },
    quoteOf(s, 0, 0),
  );
}

/** The figure as written, with its unit word: "254 hồ sơ", "7,75%". */
function writtenFigure(f: Figure): string {
  return `${f.raw.trim()}${f.unit && f.kind !== "percent" && !f.unitInherited ? ` ${f.after.trim().split(/\s+/).slice(0, f.unit.split(" ").length).join(" ") || f.unit}` : ""}`;
}

/** One note for many unmatched figures of one sentence (a list of communes, a table typed as prose). */
function mergedUnmatchedFinding(figures: Figure[]): Finding {
  const first = figures[0];
  const shown = figures.slice(0, 3).map((f) => `“${writtenFigure(f)}”`);
  const more = figures.length > 3 ? figures.length - 3 : 0;
  return narrativeNote(
    {
      vi: `Chưa đối chiếu được ${figures.length} số liệu của câu này với dòng nào của biểu: ${shown.join(", ")}${more ? ` và ${more} số liệu khác` : ""}.`,
      en: `Could not match ${figures.length} figures of this sentence to a row of the appendix: ${shown.join(", ")}${more ? ` and ${more} more` : ""}.`,
    },
    quoteOf(first.sentence, first.start, first.end),
  );
}

function unmatchedFinding(f: Figure, r: MatchResult, form: FormDefinition): Finding {
  const written = writtenFigure(f);
  const maybe = r.status === "ambiguous" ? [...new Set(r.candidates.slice(0, 3).map((c) => c.code))] : [];
  const rows = rowsName(form, maybe);
  const s: Sentence = f.sentence;
  return narrativeNote(
    {
      vi: `Chưa đối chiếu được số liệu “${written}” với dòng nào của biểu${maybe.length > 1 ? ` (có thể là một trong ${rows.vi})` : ""}.`,
      en: `Could not match the figure “${written}” to a row of the appendix${maybe.length > 1 ? ` (maybe one of ${rows.en})` : ""}.`,
    },
    { actual: f.value, ...quoteOf(s, f.start, f.end) },
  );
}
