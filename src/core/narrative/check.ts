/**
 * The narrative check: the figures and dates of the report's prose against the appendix table.
 *
 * - A figure matched with confidence to a row (see match.ts) whose value disagrees with the table → error
 *   "narrative-mismatch" (codes[0] the row, cells its value cell, expected the table's value, actual the prose's).
 *   Agreement: counts exactly; percents and amounts within the decimals shown on either side (agreesWithinDisplay,
 *   the table's ratio rule): "76%" agrees with 76,09; "7,75%" with 7,7556.
 * - The row is in the table but its cell is empty → warning (the prose has a figure the table lacks).
 * - A real quantity figure (a count with its unit, a pair, a percent, an amount) that cannot be matched with
 *   confidence → info, so the officer sees what was not checked. Bare numbers ("Đại học 164"), approximate
 *   figures ("khoảng", "trên", "chưa đạt"), figures of forward-looking sentences and sections (phương hướng, dự kiến,
 *   sẽ), of another year, in headings and in table rows are not reported.
 * - Agreements raise nothing.
 * - Dates: see dates.ts.
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { Finding } from "../findings";
import { currentForm } from "../form";
import type { FormDefinition } from "../form/schema";
import { capitalise, rowName } from "../rowName";
import { agreesWithinDisplay } from "../tolerance";
import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "../vn/format";
import {
  checkDates,
  isForwardSection,
  isForwardFigureSentence,
  periodOf,
  reportDateFrom,
  reportPeriodFrom,
  type PeriodKind,
  type ReportPeriod,
  type SimpleDate,
} from "./dates";
import type { NarrativeDocument } from "./document";
import { findFigures, type Figure } from "./figures";
import { compareMark, insideMark, marksOfSentence, validMarks } from "./linked";
import { decide, formUnits, scoreCandidates, type Candidate, type MatchResult } from "./match";
import { splitSentences, type Sentence } from "./sentences";
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
    const linked = (f: Figure) =>
      marks.length > 0 && insideMark(marks, s.quoteStart + s.toQuote(f.start), s.quoteStart + s.toQuoteEnd(f.end));
    const figures = findFigures(s, { units });
    if (figures.length === 0) continue;
    const skipAll = isForwardSection(s) ? "forward-section" : isForwardFigureSentence(s) ? "forward-sentence" : null;

    const results: (MatchResult | null)[] = [];
    const cands: Candidate[][] = [];
    figures.forEach((f, i) => {
      const reason = linked(f) ? "linked" : (skipAll ?? skipReason(f, reportYear));
      if (reason) {
        outcomes.push({ figure: f, result: { status: "skipped", reason } });
        results[i] = null;
        cands[i] = [];
        return;
      }
      cands[i] = scoreCandidates(f, figures, form);
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
    });
    figures.forEach((f, i) => {
      if (results[i] === null) return;
      results[i] = decide(f, cands[i], appendix);
    });
    // One row, one figure per sentence: when two figures claim a row, the stronger keeps it; a row whose figure the
    // export linked in this sentence is taken ("7 nội dung chính và 46 nhiệm vụ" with 46 linked to 1.2.1: 7 is not).
    const linkedRows = new Set(marksOfSentence(marks, s).map((m) => m.code));
    const claims = new Map<string, number>();
    results.forEach((r, i) => {
      if (!r || r.status !== "matched") return;
      if (linkedRows.has(r.best.code)) {
        results[i] = { status: "ambiguous", candidates: [r.best] };
        return;
      }
      const key = r.best.code;
      const j = claims.get(key);
      if (j === undefined) claims.set(key, i);
      else {
        const other = results[j] as Extract<MatchResult, { status: "matched" }>;
        const loser = other.best.score >= r.best.score ? i : j;
        if (loser === j) claims.set(key, i);
        results[loser] = {
          status: "ambiguous",
          candidates: [(results[loser] as Extract<MatchResult, { status: "matched" }>).best],
        };
      }
    });

    figures.forEach((f, i) => {
      const r = results[i];
      if (!r) return;
      outcomes.push({ figure: f, result: r });
      if (r.status === "matched") {
        findings.push(...compareFigure(f, r.best, r.tied, appendix));
      } else if (!f.weak) {
        findings.push(unmatchedFinding(f, r));
      }
    });
  }

  findings.push(...checkDates(sentences, { reportDate, period }));
  return { findings, outcomes, reportDate, period };
}

/** A percent's label that says only that it is a share: "đạt", "chiếm", "bằng", "đạt tỷ lệ". */
const SHARE_LABEL = /^(?:(?:đạt|chiếm|bằng)(?: tỷ lệ| tỉ lệ)?|tỷ lệ|tỉ lệ)?$/u;
const NOT_A_SHARE = 3;

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
    const clauseEnd = s.slice(f.end).search(/[,;.]/);
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
  if (!/(?:^| )(?:tăng|giảm)(?: thêm| đi| được| lên| xuống)?$/u.test(own)) return false;
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

function tableNumber(row: AppendixRow): number | null {
  if (row.value.status === "number") return row.value.number;
  if (row.value.status === "none") return 0;
  return null;
}

function agrees(p: Part, tableValue: number, tableDecimals: number): boolean {
  if (p.kind === "count") return Math.abs(p.value - tableValue) < 1e-9;
  return (
    agreesWithinDisplay(p.value, p.decimals, tableValue) ||
    agreesWithinDisplay(tableValue, Math.max(0, tableDecimals), p.value)
  );
}

function display(kind: Part["kind"], value: number, decimals: number, lang: "vi" | "en"): string {
  const d = Math.max(0, decimals);
  if (kind === "percent") return lang === "vi" ? formatPercentVi(value, d) : formatPercentEn(value, d);
  const s = lang === "vi" ? formatNumberVi(value, d) : formatNumberEn(value, d);
  return kind === "amount" ? `${s} ${lang === "vi" ? "triệu đồng" : "million VND"}` : s;
}

function span(f: Figure, p: Part): { start: number; end: number } {
  return { start: f.sentence.toQuote(p.start), end: f.sentence.toQuoteEnd(p.end) };
}

function compareFigure(f: Figure, best: Candidate, tied: Candidate[], appendix: Appendix | null): Finding[] {
  if (!appendix) return [];
  const out: Finding[] = [];
  for (const p of figureParts(f, best)) {
    const row = appendix.rows.get(p.code);
    if (!row) continue; // the row is not in the table: the table rules report it
    const related = tied
      .flatMap((t) =>
        figureParts(f, t)
          .filter((q) => q.value === p.value)
          .map((q) => q.code),
      )
      .filter((c) => c !== p.code);
    const codes = [p.code, ...new Set(related)];
    const cells = codes.map((c) => appendix.rows.get(c)?.valueCell).filter((c): c is string => !!c);
    const tv = tableNumber(row);
    const proseVi = p.shown;
    if (tv === null) {
      if (row.value.status !== "empty") continue; // text or yes/no: nothing to compare with
      out.push({
        ruleId: RULE_ID,
        kind: "narrative-mismatch",
        severity: "warning",
        codes,
        cells,
        ...narrativeSaid(appendix, p.code, {
          vi: `thuyết minh ghi ${proseVi} nhưng ô số liệu trong biểu để trống`,
          en: `the narrative says ${proseVi} but the value cell in the appendix is empty`,
        }),
        expected: null,
        actual: p.value,
        quote: f.sentence.quote,
        quoteSpan: span(f, p),
      });
      continue;
    }
    // every tied candidate has the same table value (decide() guarantees it)
    if (agrees(p, tv, row.value.decimals)) continue;
    // A percent row that is a ratio of two table rows: the prose may round or truncate the exact ratio differently
    // from the table ("7,75%" and "7,76%" for 396/5106 = 7,7556%) — both are right.
    const exact = p.kind === "percent" ? exactRatio(p.code, appendix) : null;
    if (
      exact &&
      agreesWithinDisplay(p.value, p.decimals, exact.value) &&
      agreesWithinDisplay(tv, row.value.decimals, exact.value)
    )
      continue;
    const tableVi = display(p.kind, tv, p.kind === "count" ? 0 : row.value.decimals, "vi");
    const tableEn = display(p.kind, tv, p.kind === "count" ? 0 : row.value.decimals, "en");
    const proseEn = display(p.kind, p.value, p.decimals, "en");
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
          vi: `thuyết minh ghi ${proseVi} nhưng biểu ghi ${tableVi}`,
          en: `the narrative says ${proseEn} but the appendix says ${tableEn}`,
        },
        exact && agreesWithinDisplay(p.value, p.decimals, exact.value)
          ? {
              vi: `; theo số liệu của biểu ${exact.text.vi}, khớp với thuyết minh`,
              en: `; the appendix's own figures give ${exact.text.en}, as the narrative says`,
            }
          : undefined,
      ),
      expected: tv,
      actual: p.value,
      quote: f.sentence.quote,
      quoteSpan: span(f, p),
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
function exactRatio(code: string, appendix: Appendix): { value: number; text: { vi: string; en: string } } | null {
  for (const rel of appendix.form.relations) {
    if (rel.type !== "ratio" || rel.percent !== code) continue;
    const n = appendix.rows.get(rel.numerator);
    const d = appendix.rows.get(rel.denominator);
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

function unmatchedFinding(f: Figure, r: MatchResult): Finding {
  const written = `${f.raw.trim()}${f.unit && f.kind !== "percent" && !f.unitInherited ? ` ${f.after.trim().split(/\s+/).slice(0, f.unit.split(" ").length).join(" ") || f.unit}` : ""}`;
  const maybe = r.status === "ambiguous" ? [...new Set(r.candidates.slice(0, 3).map((c) => c.code))] : [];
  const s: Sentence = f.sentence;
  return {
    ruleId: RULE_ID,
    kind: "narrative-mismatch",
    severity: "info",
    codes: [],
    cells: [],
    message: {
      vi: `Chưa đối chiếu được số liệu “${written}” với dòng nào của biểu${maybe.length > 1 ? ` (có thể là dòng ${maybe.join(" hoặc ")})` : ""}.`,
      en: `Could not match the figure “${written}” to a row of the appendix${maybe.length > 1 ? ` (maybe row ${maybe.join(" or ")})` : ""}.`,
    },
    expected: null,
    actual: f.value,
    quote: s.quote,
    quoteSpan: { start: s.toQuote(f.start), end: s.toQuoteEnd(f.end) },
  };
}
