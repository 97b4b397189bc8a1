/**
 * Dates in the narrative: impossible dates, dates after the report date, and results reported for another period.
 *
 * Decisions:
 * - The report date is the header date "<nơi>, ngày … tháng … năm …". A blank day (officers leave it for the
 *   signature: "Ngân Sơn, ngày   tháng 9 năm 2022") means the end of that month; a blank month, the end of the
 *   report period. Without a header date: the end of the report period named in the title (quý III năm 2022 →
 *   30/9/2022; 6 tháng → 30/6; 9 tháng → 30/9; năm → 31/12).
 * - Impossible dates (26/0/2022, 31/02/2023, 32/1/2022) are errors wherever they are.
 * - A date after the report date is an error when it is the date of a document (số …/… ngày …: a document cannot be
 *   issued after the report that cites it) or of a reported event; not in forward-looking wording (dự kiến, sẽ,
 *   trước ngày, đến hết ngày, hạn, kế hoạch …, phấn đấu) nor in the "phương hướng" section; not the end of a range
 *   that starts on or before the report date ("từ 01/7/2022 đến 31/12/2022").
 * - Quarter references: in a quarter report, a sentence that reports results (kết quả, đã, không có, được, đạt, or
 *   a figure) for another quarter of the same year is a warning. Not flagged: forward-looking sentences and sections
 *   (phương hướng, kế hoạch, dự kiến, sẽ, tiếp tục), ranges that include the report quarter ("từ Quý II đến quý
 *   IV/2022"), comparisons ("so với quý II", "cùng kỳ"), other years, and 6-month / 9-month / annual reports
 *   for the quarters they cover. Month and year references ("6 tháng đầu năm", "năm 2021") are not checked.
 */
import type { Finding } from "../findings";
import { normalizeVietnamese } from "../vn/normalize";
import type { NarrativeDocument } from "./document";
import { quoteOf } from "./quote";
import type { Sentence } from "./sentences";

export interface SimpleDate {
  y: number;
  m: number;
  d: number;
}

export type PeriodKind = "quarter" | "half" | "nine-months" | "year";

export interface ReportPeriod {
  kind: PeriodKind;
  year: number;
  /** For quarter reports, 1-4. */
  quarter?: number;
  start: SimpleDate;
  end: SimpleDate;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(d: SimpleDate): boolean {
  return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= daysInMonth(d.y, d.m);
}

export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function formatDate(d: SimpleDate): string {
  return `${d.d}/${d.m}/${d.y}`;
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export function periodOf(kind: PeriodKind, year: number, quarter?: number): ReportPeriod {
  switch (kind) {
    case "quarter": {
      const q = quarter ?? 1;
      const endMonth = q * 3;
      return {
        kind,
        year,
        quarter: q,
        start: { y: year, m: endMonth - 2, d: 1 },
        end: { y: year, m: endMonth, d: daysInMonth(year, endMonth) },
      };
    }
    case "half":
      return { kind, year, start: { y: year, m: 1, d: 1 }, end: { y: year, m: 6, d: 30 } };
    case "nine-months":
      return { kind, year, start: { y: year, m: 1, d: 1 }, end: { y: year, m: 9, d: 30 } };
    case "year":
      return { kind, year, start: { y: year, m: 1, d: 1 }, end: { y: year, m: 12, d: 31 } };
  }
}

/** The first paragraphs of the report (the header and the title), each read up to HEAD_CHARS characters. */
function headText(doc: NarrativeDocument, count = 14): string[] {
  const out: string[] = [];
  for (const p of doc.paragraphs) {
    if (out.length >= count) break;
    if ((p.part ?? "body") === "body") out.push(normalizeVietnamese(p.text.slice(0, HEAD_CHARS)));
  }
  return out;
}
const HEAD_CHARS = 1000;

/**
 * The report period from the title ("… quý III, phương hướng nhiệm vụ quý IV năm 2022" → quarter 3 of 2022): the line
 * right after "BÁO CÁO" (the summary of a Decree 30 report: "Công tác cải cách hành chính năm 2025"), else the first
 * line of the head that reads as a title (it speaks of a report, results or work, and ends without a full stop: a
 * sentence of the body that mentions "6 tháng" is no title).
 */
export function reportPeriodFrom(doc: NarrativeDocument): ReportPeriod | null {
  const head = headText(doc).filter((t) => !isBodySentence(t));
  const title = head.findIndex((t) => /^\s*báo cáo\s*$/iu.test(t));
  if (title >= 0)
    for (const raw of head.slice(title + 1, title + 3)) {
      if (/[.;]\s*$/.test(raw)) break; // a sentence: the body has begun
      const p = periodOfTitle(raw, false);
      if (p) return p;
    }
  for (const raw of head) {
    const p = periodOfTitle(raw, true);
    if (p) return p;
  }
  return null;
}

/** A line of the body, not of the title block: a long sentence ending with a full stop. */
function isBodySentence(t: string): boolean {
  return t.length > 120 && /[.;]\s*$/.test(t);
}

/** The period a title line names as written ("SỐ LIỆU … QUÝ I NĂM 2026" → quarter 1 of 2026), e.g. a sheet's title. */
export function periodOfTitleLine(line: string): ReportPeriod | null {
  return periodOfTitle(normalizeVietnamese(line), false);
}

/** The period a title names; `wordy`: the line must say it is about a report, results or work. */
function periodOfTitle(raw: string, wordy: boolean): ReportPeriod | null {
  // what comes after "phương hướng" is the next period
  const t = raw.toLowerCase().split(/phương hướng|nhiệm vụ (?:trọng tâm )?(?:quý|năm|6 tháng)/)[0];
  const yearM = /năm\s+(\d{4})/.exec(raw.toLowerCase()) ?? /\/\s*(\d{4})/.exec(raw) ?? /\b(20\d{2})\b/.exec(raw);
  if ((wordy && !/báo cáo|tình hình|kết quả|công tác/.test(raw.toLowerCase())) || !yearM) return null;
  const year = Number(yearM[1]);
  const q = /quý\s+(iv|iii|ii|i|[1-4])(?![\p{L}\d])/u.exec(t);
  if (q) return periodOf("quarter", year, ROMAN_Q[q[1]]);
  if (/6\s+tháng|sáu tháng/.test(t)) return periodOf("half", year);
  if (/9\s+tháng|chín tháng/.test(t)) return periodOf("nine-months", year);
  if (/năm\s+\d{4}|hằng năm|hàng năm/.test(t) && (!wordy || /báo cáo|tình hình|kết quả/.test(t)))
    return periodOf("year", year);
  return null;
}

/** The header's place and date line as written: the day or the month left blank (for the signature) are null. */
export interface PlaceDate {
  /** "Ngân Sơn" (before the comma), as written. */
  place: string;
  day: number | null;
  month: number | null;
  year: number;
}

/**
 * A place and date line "<place>, ngày … tháng … năm …" (or "<place>, ngày 25/9/2022"), with the day or the month
 * left blank ("Ngân Sơn, ngày   tháng 9 năm 2022", dots or underscores for the gaps); null when the line is none.
 */
export function placeDateOf(line: string): PlaceDate | null {
  const t = normalizeVietnamese(line);
  // the place: what is before the comma, back to a tab or line break (a header laid out in columns)
  const placeBefore = (at: number) => {
    const p = t
      .slice(0, at)
      .split(/[\t\n]/)
      .pop()!
      .trim();
    return p.length <= 80 ? p : "";
  };
  const m = /,\s*ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu.exec(t);
  if (m) {
    const month = m[2] ? Number(m[2]) : null;
    return { place: placeBefore(m.index), day: m[1] ? Number(m[1]) : null, month, year: Number(m[3]) };
  }
  const n = /,\s*ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(t);
  if (n) {
    const d = { y: Number(n[3]), m: Number(n[2]), d: Number(n[1]) };
    if (isValidDate(d)) return { place: placeBefore(n.index), day: d.d, month: d.m, year: d.y };
  }
  return null;
}

/** The report date from the header "<place>, ngày … tháng … năm …", else the end of the report period. */
export function reportDateFrom(doc: NarrativeDocument): SimpleDate | null {
  const period = reportPeriodFrom(doc);
  for (const t of headText(doc)) {
    const h = placeDateOf(t);
    if (!h) continue;
    const y = h.year;
    if (h.month !== null) {
      const mo = h.month;
      if (mo < 1 || mo > 12) break;
      const dim = daysInMonth(y, mo);
      const d = h.day !== null ? Math.min(h.day, dim) : dim;
      return { y, m: mo, d: d >= 1 ? d : dim };
    }
    if (period && period.end.y === y) return period.end;
    return { y, m: 12, d: 31 };
  }
  return period ? period.end : null;
}

// --- dates in prose ---------------------------------------------------------------------------------------------

interface FoundDate {
  date: SimpleDate;
  /** month-only dates ("tháng 3/2022") */
  monthOnly: boolean;
  start: number;
  end: number;
  raw: string;
}

/** d/m/yyyy; the character before it is captured, not looked behind (Safari before 16.4 lacks lookbehind). */
const FULL = /(^|[^\d/.,])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\3\s*(\d{4})(?![\d/])/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const MONTH = /tháng\s+(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})(?![\d/])/giu;

/**
 * Spans already read as dates, sorted and disjoint: free() is a binary search, so finding n dates is n log n
 * (a text of nothing but dates once took a scan of every earlier date per date).
 */
class TakenSpans {
  private spans: [number, number][] = [];
  private added: [number, number][] = [];
  free(s: number, e: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid][1] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo >= this.spans.length || this.spans[lo][0] >= e;
  }
  /** Spans taken by one pattern, in text order; a pass's spans are free() to the next pass. */
  take(s: number, e: number): void {
    this.added.push([s, e]);
  }
  endPass(): void {
    if (this.added.length > 0) this.spans = [...this.spans, ...this.added].sort((a, b) => a[0] - b[0]);
    this.added = [];
  }
}

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const taken = new TakenSpans();
  for (const m of text.matchAll(WORDS)) {
    const s = m.index!;
    out.push({ date: { y: +m[3], m: +m[2], d: +m[1] }, monthOnly: false, start: s, end: s + m[0].length, raw: m[0] });
    taken.take(s, s + m[0].length);
  }
  taken.endPass();
  for (const m of text.matchAll(FULL)) {
    const s = m.index! + m[1].length;
    const raw = m[0].slice(m[1].length);
    const y = +m[5];
    if (y < 1900 || y > 2100 || !taken.free(s, s + raw.length)) continue;
    if (m[3] === "." && +m[4] > 12) continue; // "1.851.2022" is not a date
    out.push({ date: { y, m: +m[4], d: +m[2] }, monthOnly: false, start: s, end: s + raw.length, raw });
    taken.take(s, s + raw.length);
  }
  taken.endPass();
  for (const m of text.matchAll(MONTH)) {
    const s = m.index!;
    if (!taken.free(s, s + m[0].length)) continue;
    const before = text.slice(Math.max(0, s - 12), s);
    if (/ngày\s+\d{1,2}\s*$/iu.test(before)) continue;
    const numStart = s + m[0].indexOf(m[1], 5);
    out.push({
      date: { y: +m[2], m: +m[1], d: 1 },
      monthOnly: true,
      start: numStart,
      end: s + m[0].length,
      raw: text.slice(numStart, s + m[0].length),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const FORWARD_DATE =
  /(?:dự kiến|sẽ|trước ngày|đến hết ngày|chậm nhất|hạn chót|thời hạn|hạn|phấn đấu|kế hoạch tổ chức|dự định|kể từ ngày|có hiệu lực)[^.;]{0,40}$/iu;
/** Forward-looking wording: a quarter named here is a plan, not a result. */
const FORWARD_SENTENCE =
  /(?:^|[\s,(])(?:sẽ|dự kiến|phương hướng|phấn đấu|kế hoạch|tiếp tục|chuẩn bị|định hướng|dự định|thời gian tới)(?=$|[\s,.;:)])/iu;
/** Forward-looking wording for figures: targets and forecasts, not results ("kế hoạch" is also a result's word). */
const FORWARD_FIGURE =
  /(?:^|[\s,(])(?:sẽ|dự kiến|phấn đấu|dự định|định hướng|thời gian tới|mục tiêu|chỉ tiêu (?:năm|quý) (?:tới|sau))(?=$|[\s,.;:)])/iu;
const RESULT_WORDS =
  /(?:^|[\s,(:])(?:kết quả|đã|không có|chưa có|được|đạt|thực hiện|tổ chức|tiếp nhận|giải quyết)(?=$|[\s,.;:)])/iu;
const DOC_NUMBER_BEFORE = /(?:số\s*)?\d+\s*\/\s*[\p{L}\d&.-]*[\p{L}][\p{L}\d&.-]*[,\s]*(?:ngày|ngay)\s*$/iu;

export function isForwardSection(s: Sentence): boolean {
  return (s.isHeading ? [s, ...s.headings] : s.headings).some((h) => FORWARD_HEADING.test(h.text));
}

/** A section of what is to come: "V. Phương hướng …", "3. Nhiệm vụ quý II năm 2026", "Giải pháp", "Kiến nghị". */
const FORWARD_HEADING =
  /phương hướng|nhiệm vụ trọng tâm|giải pháp|đề xuất|kiến nghị|kế hoạch (?:năm|quý) (?:tới|sau)|^\s*(?:[\divxlc]+[.)]\s*|phần [\divxlc]+[.:]?\s*)?nhiệm vụ(?: (?:quý|năm|\d+ tháng)|$)/iu;

export function isForwardSentence(s: Sentence): boolean {
  return FORWARD_SENTENCE.test(s.text);
}

/** A sentence whose figures are targets or forecasts. */
export function isForwardFigureSentence(s: Sentence): boolean {
  return FORWARD_FIGURE.test(s.text);
}

/**
 * A figure that is a target or a forecast: forward-looking wording before it in its sentence, or after it in its own
 * clause ("… cho 09 người, 04 người còn lại dự kiến giải quyết xong trong tháng 10/2025": the 04, not the 09).
 */
export function isForwardFigure(s: Sentence, end: number): boolean {
  const rest = s.text.slice(end);
  const stop = rest.search(/[,;.]/);
  return FORWARD_FIGURE.test(s.text.slice(0, stop < 0 ? undefined : end + stop));
}

export interface DateCheckOptions {
  reportDate: SimpleDate | null;
  period: ReportPeriod | null;
}

function dateFinding(
  s: Sentence,
  start: number,
  end: number,
  severity: Finding["severity"],
  message: Finding["message"],
  actual: string,
  expected: string | null,
): Finding {
  return {
    ruleId: "narrative-date",
    kind: "date",
    severity,
    codes: [],
    cells: [],
    message,
    expected,
    actual,
    ...quoteOf(s, start, end),
  };
}

/** What a date finding says; findings of one kind in one sentence are merged past MERGE_AT. */
type DateFindingType = "invalid" | "after" | "quarter";

/** From this many findings of one type in one sentence, the sentence gets one finding that lists them. */
export const MERGE_AT = 3;
/**
 * Dates (and quarter references) read per document at most (a long report has a few hundred); the rest are not
 * checked, and a note says so: no text can make the check run for long or flood its output.
 */
export const MAX_DATES = 2000;

interface SentenceDateFinding {
  type: DateFindingType;
  finding: Finding;
  shown: string;
}

/** Check the dates and period references of the sentences. */
export function checkDates(sentences: Sentence[], opts: DateCheckOptions): Finding[] {
  const findings: Finding[] = [];
  const { reportDate, period } = opts;
  let datesRead = 0;
  let unread: Sentence | null = null;
  for (const s of sentences) {
    if (s.part === "header" || s.part === "footer") continue;
    if (datesRead >= MAX_DATES) {
      unread ??= findDates(s.text).length > 0 ? s : null;
      if (unread) break;
      continue;
    }
    const own: SentenceDateFinding[] = [];
    const text = s.text;
    const dates = findDates(text);
    datesRead += dates.length;
    dates.forEach((fd, i) => {
      const { date } = fd;
      const shown = fd.raw;
      if (!isValidDate(fd.monthOnly ? { ...date, d: 1 } : date)) {
        own.push({
          type: "invalid",
          shown,
          finding: dateFinding(
            s,
            fd.start,
            fd.end,
            "error",
            {
              vi: `Ngày “${shown}” không tồn tại${date.m < 1 || date.m > 12 ? ` (không có tháng ${date.m})` : ` (tháng ${date.m}/${date.y} có ${daysInMonth(date.y, date.m)} ngày)`}.`,
              en: `The date “${shown}” does not exist${date.m < 1 || date.m > 12 ? ` (there is no month ${date.m})` : ` (${date.m}/${date.y} has ${daysInMonth(date.y, date.m)} days)`}.`,
            },
            shown,
            null,
          ),
        });
        return;
      }
      if (!reportDate || compareDates(date, reportDate) <= 0) return;
      const before = text.slice(Math.max(0, fd.start - 60), fd.start);
      const isDocDate = DOC_NUMBER_BEFORE.test(before);
      if (!isDocDate) {
        if (isForwardSection(s) || FORWARD_DATE.test(before)) return;
        // the end of a range that starts on or before the report date
        const prev = dates[i - 1];
        if (
          prev &&
          /^\s*(?:-|–|đến|tới)\s*(?:ngày\s*)?$/iu.test(text.slice(prev.end, fd.start)) &&
          compareDates(prev.date, reportDate) <= 0
        )
          return;
      }
      own.push({
        type: "after",
        shown,
        finding: dateFinding(
          s,
          fd.start,
          fd.end,
          "error",
          {
            vi: `Ngày ${fd.monthOnly ? `tháng ${date.m}/${date.y}` : formatDate(date)} sau ngày báo cáo (${formatDate(reportDate)}).`,
            en: `The date ${fd.monthOnly ? `${date.m}/${date.y}` : formatDate(date)} is after the report date (${formatDate(reportDate)}).`,
          },
          shown,
          formatDate(reportDate),
        ),
      });
    });

    // quarter references
    if (period && period.kind === "quarter" && !s.inTable && !isForwardSection(s) && !isForwardSentence(s)) {
      const quarters = quarterFindings(s, period);
      datesRead += quarters.length;
      own.push(...quarters);
    }
    findings.push(...mergeRepeated(own, reportDate));
  }
  if (unread) {
    findings.push({
      ruleId: "narrative-date",
      kind: "date",
      severity: "info",
      codes: [],
      cells: [],
      message: {
        vi: `Thuyết minh có quá nhiều ngày tháng: chỉ kiểm tra ${MAX_DATES.toLocaleString("vi-VN")} ngày đầu tiên, từ câu này trở đi chưa kiểm tra.`,
        en: `The narrative has too many dates: only the first ${MAX_DATES.toLocaleString("en-US")} were checked, from this sentence on nothing was.`,
      },
      expected: null,
      actual: null,
      ...quoteOf(unread, 0, 0),
    });
  }
  return findings;
}

/** Quarter references of a sentence that reports results for another quarter of the report's year. */
function quarterFindings(s: Sentence, period: ReportPeriod): SentenceDateFinding[] {
  const out: SentenceDateFinding[] = [];
  const text = s.text;
  const low = text.toLowerCase();
  const consumed: [number, number][] = [];
  for (const m of low.matchAll(
    /từ\s+quý\s+(iv|iii|ii|i|[1-4])\s*(?:\/\s*\d{4}|năm\s+\d{4})?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?quý\s+(iv|iii|ii|i|[1-4])(?![\p{L}\d])/gu,
  )) {
    consumed.push([m.index!, m.index! + m[0].length]);
  }
  // (a list number opening the line, "3. …", is no figure)
  const hasFigure = /\d/.test(
    low.replace(/^\s*\d+[.)]\s|\d{1,2}\/\d{1,2}\/\d{4}|\d+\/[\p{L}]|năm \d{4}|\/\d{4}/gu, ""),
  );
  if (!RESULT_WORDS.test(low) && !hasFigure) return out;
  let c = 0; // consumed ranges are in text order, and so are the quarters: one pass over both
  for (const m of low.matchAll(/quý\s+(iv|iii|ii|i|[1-4])(?![\p{L}\d])(?:\s*(?:\/|năm)\s*(\d{4}))?/gu)) {
    const st = m.index!;
    while (c < consumed.length && consumed[c][1] <= st) c++;
    if (c < consumed.length && st >= consumed[c][0]) continue;
    const q = ROMAN_Q[m[1]];
    const year = m[2] ? Number(m[2]) : period.year;
    if (year !== period.year || q === period.quarter) continue;
    if (/(?:so với|cùng kỳ|như)\s*$/u.test(low.slice(Math.max(0, st - 12), st))) continue;
    const label = text.slice(st, st + m[0].length);
    out.push({
      type: "quarter",
      shown: label,
      finding: dateFinding(
        s,
        st,
        st + m[0].length,
        "warning",
        {
          vi: `Câu này nêu kết quả của ${label}, không phải kỳ báo cáo (quý ${romanOf(period.quarter!)} năm ${period.year}).`,
          en: `This sentence reports results for ${label.replace(/quý/i, "quarter")}, not the reporting period (quarter ${romanOf(period.quarter!)} ${period.year}).`,
        },
        label,
        `quý ${romanOf(period.quarter!)} năm ${period.year}`,
      ),
    });
  }
  return out;
}

/** Findings of one type in one sentence: as they are below MERGE_AT, else one finding listing them. */
function mergeRepeated(own: SentenceDateFinding[], reportDate: SimpleDate | null): Finding[] {
  const counts = new Map<DateFindingType, number>();
  for (const o of own) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
  const out: Finding[] = [];
  const merged = new Set<DateFindingType>();
  for (const o of own) {
    const n = counts.get(o.type)!;
    if (n < MERGE_AT) {
      out.push(o.finding);
      continue;
    }
    if (merged.has(o.type)) continue;
    merged.add(o.type);
    const shown = own.filter((x) => x.type === o.type).map((x) => `“${x.shown}”`);
    const list = shown.slice(0, 3).join(", ") + (n > 3 ? ", …" : "");
    const message = {
      invalid: {
        vi: `Câu này có ${n} ngày không tồn tại: ${list}.`,
        en: `This sentence has ${n} dates that do not exist: ${list}.`,
      },
      after: {
        vi: `Câu này có ${n} ngày sau ngày báo cáo (${reportDate ? formatDate(reportDate) : ""}): ${list}.`,
        en: `This sentence has ${n} dates after the report date (${reportDate ? formatDate(reportDate) : ""}): ${list}.`,
      },
      quarter: {
        vi: `Câu này nêu kết quả của ${n} kỳ không phải kỳ báo cáo: ${list}.`,
        en: `This sentence reports results for ${n} periods other than the reporting period: ${list}.`,
      },
    }[o.type];
    out.push({ ...o.finding, message });
  }
  return out;
}

function romanOf(q: number): string {
  return ["", "I", "II", "III", "IV"][q] ?? String(q);
}
