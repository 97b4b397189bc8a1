/**
 * A table with several value columns ("Quý IV/2025 | Lũy kế năm 2025", "6 tháng đầu năm 2026 | Cùng kỳ năm 2025"):
 * which of them a prose figure is to be compared with. The prose says the period it speaks of ("Quý IV tiếp nhận
 * 1.236 hồ sơ", "Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ", "… 4.530 hồ sơ trong năm", "Cùng kỳ năm 2025, tỷ lệ … đạt
 * 70,91%", "tăng 18,44% so với cùng kỳ năm 2025 (4.105 hồ sơ)"), and each column's heading says its own. A figure is
 * compared with the columns of the period its sentence names last before it (or right after it); a figure whose
 * sentence names none agrees when any column of the report's own period holds its value.
 *
 * A period is earlier than the report's when it says so ("cùng kỳ", "năm trước", "kỳ trước") or names an earlier year
 * ("6 tháng đầu năm 2025" in a 2026 report). A figure of an earlier period is compared with the table's column of that
 * period (the same year, or "cùng kỳ năm trước" for the year before) and never with the current one; when the table
 * has no such column it is not compared at all.
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { Figure } from "./figures";
import { matchText } from "./text";

export type PeriodKind = "previous" | "quarter" | "half" | "nine-months" | "year" | "report";

/** What a phrase says of a period (match text). */
type Tag =
  | "last-year"
  | "preceding"
  | "current"
  | "quarter"
  | "half"
  | "nine-months"
  | "year"
  | "report"
  | "year-number"
  | "carried";

/** Period phrases (match text). "cùng kỳ năm trước" is one phrase; "trong kỳ" (the report's) is not "cùng kỳ". */
const PHRASES: [Tag, RegExp][] = [
  // "hồ sơ (từ) kỳ trước chuyển sang", "tồn đọng năm trước": dossiers of the report's own period (the row of those
  // carried over), no period; kept as the words of that row
  [
    "carried",
    /(?:^| )(?:(?:còn )?tồn(?: đọng)?(?: từ| của)? (?:kỳ|quý|tháng|năm) trước|(?:từ |của )?(?:(?:kỳ|quý|tháng|năm) trước|năm (?:19|20)\d\d) (?:chuyển sang|chuyển qua|chuyển tiếp))(?= |$)/gu,
  ],
  ["last-year", /(?:^| )(?:cùng kỳ(?: năm trước| năm ngoái)?|năm trước|năm ngoái)(?= |$)/gu],
  ["preceding", /(?:^| )(?:kỳ trước|quý trước|tháng trước)(?= |$)/gu],
  ["current", /(?:^| )(?:năm nay)(?= |$)/gu],
  ["quarter", /(?:^| )(?:quý (?:i|ii|iii|iv|1|2|3|4)|trong quý|quý này)(?= |$)/gu],
  ["half", /(?:^| )(?:6|sáu) tháng(?= |$)/gu],
  ["nine-months", /(?:^| )(?:9|chín) tháng(?= |$)/gu],
  ["year", /(?:^| )(?:lũy kế|luỹ kế|từ đầu năm|cả năm|trong năm)(?= |$)/gu],
  ["report", /(?:^| )(?:kỳ báo cáo|trong kỳ|kỳ này)(?= |$)/gu],
  // "năm 2025"; a bare year only right after another period phrase ("cùng kỳ 2025", "quý iv 2025" from "Quý IV/2025")
  ["year-number", /(?:^| )(?:năm )?(?:19|20)\d\d(?= |$)/gu],
];

/** A period as a text names it. */
export interface Period {
  /** The stretch of time, the most specific named (quarter, half year, …), or null ("cùng kỳ", "năm nay"). */
  kind: Exclude<PeriodKind, "previous"> | null;
  /** The year named ("năm 2025", "Quý IV/2025"), or null. */
  year: number | null;
  /** Said to be earlier: the same period of the year before ("cùng kỳ", "năm trước"), the one before ("kỳ trước"). */
  earlier: "last-year" | "preceding" | null;
}

const SPECIFIC: Exclude<PeriodKind, "previous">[] = ["quarter", "half", "nine-months", "report", "year"];

interface Token {
  tag: Tag;
  start: number;
  end: number;
  /** A bare year, without "năm". */
  bare: boolean;
  year: number | null;
}

function tokens(t: string): Token[] {
  const out: Token[] = [];
  for (const [tag, re] of PHRASES) {
    re.lastIndex = 0;
    for (const m of t.matchAll(re)) {
      const lead = m[0].startsWith(" ") ? 1 : 0;
      const y = tag === "year-number" ? Number(/\d{4}/.exec(m[0])![0]) : null;
      out.push({
        tag,
        start: m.index! + lead,
        end: m.index! + m[0].length,
        bare: y !== null && !/năm/.test(m[0]),
        year: y,
      });
    }
  }
  // longest first at one place ("cùng kỳ năm trước" over "năm trước" inside it)
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Token[] = [];
  for (const k of out) if (!kept.some((o) => k.start < o.end && k.end > o.start)) kept.push(k);
  return kept.sort((a, b) => a.start - b.start);
}

/** Words between two phrases of one period at most ("6 tháng đầu năm 2026", "quý III của năm 2025"). */
const GAP_WORDS = 2;

/** The periods a text (match text) names, in order: phrases close together are one ("cùng kỳ năm 2025"). */
function mentions(t: string): Period[] {
  const groups: Token[][] = [];
  for (const k of tokens(t)) {
    if (k.tag === "carried") continue;
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? t.slice(prev.end, k.start).trim() : null;
    const near = prev !== undefined && (gap === "" || gap!.split(" ").length <= GAP_WORDS);
    if (k.bare && !(prev && gap === "")) continue; // "2025" alone is a number, not a year
    if (near) last.push(k);
    else groups.push([k]);
  }
  return groups.map((g) => {
    const tags = new Set(g.map((k) => k.tag));
    const years = g.filter((k) => k.year !== null);
    const kind =
      SPECIFIC.find((s) => tags.has(s)) ?? (years.length > 0 && !tags.has("last-year") ? ("year" as const) : null);
    return {
      kind,
      year: years.length > 0 ? years[years.length - 1].year : null,
      earlier: tags.has("last-year") ? "last-year" : tags.has("preceding") ? "preceding" : null,
    };
  });
}

/** "ngày 20 tháng 12 năm 2025" (a document's date, match text): no period of a figure. */
const DATE = /(?:^| )ngày \d{1,2} tháng \d{1,2} năm \d{4}(?= |$)/gu;

function lastMention(t: string): Period | null {
  const all = mentions(t.replace(DATE, " # "));
  return all.length > 0 ? all[all.length - 1] : null;
}

/** Match text without the periods it names ("cùng kỳ năm 2025 đạt" → "đạt"). */
export function withoutPeriods(t: string): string {
  let out = t;
  for (const k of tokens(t).reverse()) if (k.tag !== "carried") out = `${out.slice(0, k.start)} ${out.slice(k.end)}`;
  return out
    .replace(/(?:^| )(?:đầu|cuối) năm(?= |$)/gu, " ")
    .replace(/ +/g, " ")
    .trim();
}

/** The period a column's heading names, or null ("Số liệu", "Thực hiện"). */
export function columnPeriodOf(title: string): Period | null {
  return lastMention(matchText(title));
}

/** The period a column's heading names, in one word: "previous" for an earlier one ("Cùng kỳ năm 2025"). */
export function columnPeriod(title: string): PeriodKind | null {
  const p = columnPeriodOf(title);
  return p === null ? null : p.earlier ? "previous" : p.kind;
}

/**
 * A comparison with another period ("tăng 30,2% so với cùng kỳ", "so với năm 2024", "bằng cùng kỳ năm trước"): it
 * names no figure's period.
 */
const COMPARED =
  /so (?:với|cùng)[^,;:.()]*|(?:bằng|như|hơn|gấp|vượt)(?: so)?(?: với)? (?:cùng kỳ|kỳ trước|năm trước|quý trước|năm \d{4})[^,;:.()]*/giu;

/** The period a text names last (comparisons left out), in match text. */
function periodIn(text: string): Period | null {
  return lastMention(matchText(text.normalize("NFC").replace(COMPARED, " , ")));
}

/**
 * "tăng 18,44% so với cùng kỳ năm 2025 (4.105 hồ sơ)", "cao hơn cùng kỳ năm trước (79,1%)": the figure in brackets
 * right after a comparison with a period is its term.
 */
const COMPARED_TERM = /(?:so (?:với|cùng)|hơn|bằng|như|gấp(?: \S+ lần)?)\s+([^,;:.()]*?)\s*\(\s*$/iu;

/** The period of the comparison a figure in brackets is the term of, or null. */
function comparedPeriod(f: Figure): Period | null {
  const term = COMPARED_TERM.exec(f.sentence.text.slice(0, f.start).normalize("NFC"));
  return term ? lastMention(matchText(term[1])) : null;
}

/** The figure is the term of a comparison, in brackets right after it ("so với cùng kỳ năm 2025 (4.105 hồ sơ)"). */
export function isComparedTerm(f: Figure): boolean {
  return comparedPeriod(f) !== null;
}

/**
 * The period a figure's sentence names for it: the period a comparison right before its bracket names ("so với cùng
 * kỳ năm 2025 (4.105 hồ sơ)"); in its words right after it, to the next comma or bracket ("4.530 hồ sơ trong năm");
 * else the last one before it (outside brackets closed before it).
 */
export function figurePeriodOf(f: Figure): Period | null {
  const compared = comparedPeriod(f);
  if (compared) return compared;
  const before = f.sentence.text.slice(0, f.start);
  const rest = f.sentence.text.slice(f.end, f.end + 60);
  const stop = rest.search(/[,;.:()]/);
  // an aside in brackets closed before the figure is of its own period ("đạt 99,02% (cùng kỳ năm 2025 đạt 98,6%); quá
  // hạn 51 hồ sơ")
  return periodIn(stop < 0 ? rest : rest.slice(0, stop)) ?? periodIn(before.replace(/\([^()]*\)/g, " , "));
}

/** The period a figure's sentence names for it, in one word ("previous" for an earlier one). */
export function figurePeriod(f: Figure): PeriodKind | null {
  const p = figurePeriodOf(f);
  return p === null ? null : p.earlier ? "previous" : p.kind;
}

/**
 * The year a period is of, the report's year known: "cùng kỳ", "năm trước" without a year are of the year before;
 * null when unknown ("kỳ trước", no year named).
 */
function yearOf(p: Period, reportYear: number | null): number | null {
  if (p.year !== null) return p.year;
  if (p.earlier === "last-year" && reportYear !== null) return reportYear - 1;
  if (p.earlier === null && reportYear !== null) return reportYear;
  return null;
}

/** Words of a plan or target: "kế hoạch giao", "theo kế hoạch", "chỉ tiêu được giao", "dự toán", "mục tiêu". */
const PLAN_WORDS = /(^|[^\p{L}])(kế hoạch|chỉ tiêu( được)? giao|dự toán|mục tiêu|được giao|đề ra)([^\p{L}]|$)/u;

/**
 * The figure is of the plan: its own words before it say so ("kế hoạch giao 32 nhiệm vụ", "Kế hoạch năm 2026 đề ra 32
 * nhiệm vụ"), or, for a count or an amount, the words right after it ("32 nhiệm vụ theo kế hoạch"). A percent "đạt
 * 85% kế hoạch" is a rate of the results to the plan, not a plan figure.
 */
function speaksOfPlan(f: Figure): boolean {
  if (PLAN_WORDS.test(matchText(f.own))) return true;
  if (f.kind === "percent") return false;
  const rest = f.sentence.text.slice(f.end, f.end + 40);
  const stop = rest.search(/[,;.:()]/);
  return PLAN_WORDS.test(matchText(stop < 0 ? rest : rest.slice(0, stop)));
}

/** Is the period earlier (or later) than the report's own? */
function isOther(p: Period | null, reportYear: number | null): boolean {
  if (p === null) return false;
  if (p.earlier) return true;
  return p.year !== null && reportYear !== null && p.year !== reportYear;
}

/** Two periods, one of them earlier, are the same: same year (or both "kỳ trước"), and same stretch when both say. */
function samePeriod(a: Period, b: Period, reportYear: number | null): boolean {
  if ((a.earlier === "preceding") !== (b.earlier === "preceding")) return false;
  if (a.earlier !== "preceding") {
    const ya = yearOf(a, reportYear);
    const yb = yearOf(b, reportYear);
    if (ya === null || yb === null || ya !== yb) return false;
  }
  const specific = (p: Period) => (p.kind !== null && p.kind !== "year" ? p.kind : null);
  return specific(a) === null || specific(b) === null || specific(a) === specific(b);
}

/** A key telling apart the periods of two figures of one row in one sentence ("" when none is named). */
export function periodKey(f: Figure): string {
  const p = figurePeriodOf(f);
  return p === null ? "" : `${p.earlier ?? ""}|${p.kind ?? ""}|${p.year ?? ""}`;
}

export interface ColumnRows {
  /** The column's heading ("" when the table names none). */
  title: string;
  /** The table's first value column (the one the rules and the rows name by default). */
  main: boolean;
  rows: Map<string, AppendixRow>;
}

/** The columns for a figure: those to compare it with, whether any of them may hold it, and if they are earlier. */
export interface ColumnChoice {
  columns: ColumnRows[];
  /** A figure of no named period: it agrees when any of the columns holds its value. */
  any: boolean;
  /** The columns are of an earlier period than the report's ("Cùng kỳ năm 2025"), as the figure's sentence says. */
  earlier: boolean;
}

/**
 * The columns a figure may be compared with, the one to name first: the columns of the period its sentence names
 * (all of the report's own period: any may hold it, when it names none; the first column, when it names one no
 * column has). Null: the figure is of an earlier (or later) period than the report's and the table has no column of
 * it (it is not compared). reportYear: the report's year, when known (else the latest year the columns name).
 */
export function columnsFor(f: Figure, appendix: Appendix, reportYear: number | null): ColumnChoice | null {
  const main: ColumnRows = { title: appendix.columnTitle ?? "", main: true, rows: appendix.rows };
  // a plan column ("Kế hoạch | Thực hiện"): a figure its words say is of the plan is compared with it, no other one
  const others = appendix.otherColumns ?? [];
  const plans = others.filter((c) => c.plan).map((c) => ({ title: c.title, main: false, rows: c.rows }));
  if (plans.length > 0 && speaksOfPlan(f)) return { columns: plans, any: false, earlier: false };
  const all: ColumnRows[] = [
    main,
    ...others.filter((c) => !c.plan).map((c) => ({ title: c.title, main: false, rows: c.rows })),
  ];
  const periods = all.map((c) => columnPeriodOf(c.title));
  const named = periods.flatMap((p) => (p?.year != null ? [p.year] : []));
  const year = reportYear ?? (named.length > 0 ? Math.max(...named) : null);
  const period = figurePeriodOf(f);
  // a table of one column: a figure its sentence says is of an earlier period ("cùng kỳ năm trước") is not compared (a
  // year named is left to the caller, as before: "Năm 2025, …")
  if (all.length === 1) return period?.earlier ? null : { columns: [main], any: false, earlier: false };
  if (isOther(period, year)) {
    const same = all.filter(
      (_, i) => periods[i] !== null && isOther(periods[i], year) && samePeriod(period!, periods[i]!, year),
    );
    return same.length > 0 ? { columns: same, any: false, earlier: true } : null;
  }
  const current = all.filter((_, i) => !isOther(periods[i], year));
  if (period === null || period.kind === null)
    return { columns: current.length > 0 ? current : [main], any: true, earlier: false };
  const kind = period.kind;
  const matching = current.filter((_, i) => columnPeriodOf(current[i].title)?.kind === kind);
  return { columns: matching.length > 0 ? matching : [main], any: false, earlier: false };
}
