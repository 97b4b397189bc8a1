/**
 * A table with several value columns ("Quý IV/2025 | Lũy kế năm 2025", "6 tháng đầu năm 2026 | Cùng kỳ năm 2025"):
 * which of them a prose figure is to be compared with. The prose says the period it speaks of ("Quý IV tiếp nhận
 * 1.236 hồ sơ", "Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ", "… 4.530 hồ sơ trong năm"), and each column's heading says
 * its own. A figure is compared with the columns of the period its sentence names last before it (or right after it);
 * a figure whose sentence names none agrees when any column holds its value.
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { Figure } from "./figures";
import { matchText } from "./text";

export type PeriodKind = "previous" | "quarter" | "half" | "nine-months" | "year" | "report";

/** Period phrases (match text), most specific first: "cùng kỳ năm 2025" is the period before, not the year. */
const PERIODS: [PeriodKind, RegExp][] = [
  ["previous", /(?:^| )(?:cùng kỳ|kỳ trước|quý trước|năm trước|tháng trước)(?= |$)/gu],
  ["quarter", /(?:^| )(?:(?:trong )?quý (?:i|ii|iii|iv|1|2|3|4)|trong quý|quý này)(?= |$)/gu],
  ["half", /(?:^| )(?:6|sáu) tháng(?= |$)/gu],
  ["nine-months", /(?:^| )(?:9|chín) tháng(?= |$)/gu],
  ["year", /(?:^| )(?:lũy kế|luỹ kế|từ đầu năm|cả năm|trong năm|năm \d{4})(?= |$)/gu],
  ["report", /(?:^| )(?:kỳ báo cáo|trong kỳ|kỳ này)(?= |$)/gu],
];

/** The period a column's heading names, or null ("Số liệu", "Thực hiện"). */
export function columnPeriod(title: string): PeriodKind | null {
  const t = matchText(title);
  for (const [kind, re] of PERIODS) {
    re.lastIndex = 0;
    if (re.test(t)) return kind;
  }
  return null;
}

/** "năm 2025" as a year phrase (not "lũy kế", "trong năm"). */
const YEAR_NUMBER = /^ ?năm \d{4}$/u;
/** What may stand between a period and the year that says which year it is: "6 tháng đầu năm 2026". */
const YEAR_OF_PERIOD = /^(?: đầu| cuối)?$/u;

/** The period named last in a text (match text), with where it ends, or null. */
function lastPeriod(t: string): PeriodKind | null {
  const found: { kind: PeriodKind; start: number; at: number }[] = [];
  for (const [kind, re] of PERIODS) {
    re.lastIndex = 0;
    for (const m of t.matchAll(re)) found.push({ kind, start: m.index!, at: m.index! + m[0].length });
  }
  let best: { kind: PeriodKind; at: number } | null = null;
  for (const p of found) {
    // "quý IV năm 2025", "6 tháng đầu năm 2026", "cùng kỳ năm 2025": the year says which year of the period just
    // before it, and names no period of its own
    const yearOf =
      p.kind === "year" &&
      YEAR_NUMBER.test(t.slice(p.start, p.at)) &&
      found.some((q) => q.kind !== "year" && q.at <= p.start && YEAR_OF_PERIOD.test(t.slice(q.at, p.start)));
    if (yearOf) continue;
    // at the same place the more specific phrase wins
    if (!best || p.at > best.at) best = p;
  }
  return best?.kind ?? null;
}

/** A comparison with another period ("tăng 30,2% so với cùng kỳ", "so với năm 2024"): it names no figure's period. */
const COMPARED = /so (?:với|cùng)[^,;:.()]*/giu;

/** The period a text names last (comparisons left out), in match text. */
function periodIn(text: string): PeriodKind | null {
  return lastPeriod(matchText(text.replace(COMPARED, " , ")));
}

/**
 * The period a figure's sentence names for it: in its words right after it, to the next comma or bracket ("4.530 hồ
 * sơ trong năm"), else the last one before it.
 */
export function figurePeriod(f: Figure): PeriodKind | null {
  const rest = f.sentence.text.slice(f.end, f.end + 60);
  const stop = rest.search(/[,;.:()]/);
  // an aside in brackets closed before the figure names the period of its own figures ("đạt 99,02% (cùng kỳ năm 2025
  // đạt 98,6%); quá hạn 51 hồ sơ")
  const before = f.sentence.text.slice(0, f.start).replace(/\([^()]*\)/g, " , ");
  return periodIn(stop < 0 ? rest : rest.slice(0, stop)) ?? periodIn(before);
}

export interface ColumnRows {
  /** The column's heading ("" when the table names none). */
  title: string;
  /** The table's first value column (the one the rules and the rows name by default). */
  main: boolean;
  rows: Map<string, AppendixRow>;
}

/**
 * The columns a figure may be compared with, the one to name first: the columns of the period its sentence names
 * (all: any may hold it, when it names none; the first column, when it names one no column has).
 */
export function columnsFor(f: Figure, appendix: Appendix): { columns: ColumnRows[]; any: boolean } {
  const main: ColumnRows = { title: appendix.columnTitle ?? "", main: true, rows: appendix.rows };
  const others = appendix.otherColumns ?? [];
  if (others.length === 0) return { columns: [main], any: false };
  const all: ColumnRows[] = [main, ...others.map((c) => ({ title: c.title, main: false, rows: c.rows }))];
  const period = figurePeriod(f);
  if (period === null) return { columns: all, any: true };
  const named = all.filter((c) => columnPeriod(c.title) === period);
  return { columns: named.length > 0 ? named : [main], any: false };
}
