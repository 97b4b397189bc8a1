/**
 * Linked figures: the spans of an exported report marked with their row's code (see core/report/marks.ts). Each is
 * compared with its own row exactly, as the export wrote it: a count equal, a percent or an amount equal to the
 * table's value at the decimals the table shows, "không phát sinh" equal to zero, "đã thực hiện" to Có, a text to
 * the cell's text. The matcher never sees them: a figure inside a mark is not matched again.
 */
import type { AppendixRow, Appendix } from "../appendix";
import type { Finding } from "../findings";
import { rowByCode } from "../form";
import type { FormDefinition, FormRow } from "../form/schema";
import { roundTo } from "../tolerance";
import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "../vn/format";
import { parseVietnameseNumber } from "../vn/numbers";
import type { FigureMark, NarrativeParagraph } from "./document";
import type { Sentence } from "./sentences";
import { matchText } from "./text";

const RULE_ID = "narrative-linked-figure";

/** The paragraph's marks that name a row of the form and span real text. */
export function validMarks(p: NarrativeParagraph | undefined, form: FormDefinition): FigureMark[] {
  if (!p?.marks?.length) return [];
  return p.marks.filter(
    (m) => m.start >= 0 && m.end > m.start && m.end <= p.text.length && rowByCode(form, m.code) !== undefined,
  );
}

/** The marks that start inside this sentence. */
export function marksOfSentence(marks: readonly FigureMark[], s: Sentence): FigureMark[] {
  const end = s.quoteStart + s.quote.length;
  return marks.filter((m) => m.start >= s.quoteStart && m.start < end);
}

/** Does the span [start, end) of the paragraph overlap a mark? */
export function insideMark(marks: readonly FigureMark[], start: number, end: number): boolean {
  return marks.some((m) => start < m.end && m.start < end);
}

type Reading = { type: "number"; value: number } | { type: "yesNo"; yes: boolean } | { type: "text"; text: string };

const YES = new Set(["có", "đã thực hiện", "đã tổ chức", "x"]);
const NO = new Set(["không", "chưa thực hiện", "chưa tổ chức", "chưa", "chưa có"]);

function normalText(s: string): string {
  return matchText(s).replace(/\s+/g, " ").trim();
}

/** What a marked span says, read as its row's kind says. */
export function readMarked(text: string, kind: FigureMark["kind"], row: FormRow): Reading {
  if (kind === "zero") return { type: "number", value: 0 };
  const t = text.trim();
  if (row.kind === "yesNo") {
    const w = t.normalize("NFC").toLocaleLowerCase("vi-VN").replace(/[.!]$/, "");
    if (YES.has(w)) return { type: "yesNo", yes: true };
    if (NO.has(w)) return { type: "yesNo", yes: false };
    return { type: "text", text: t };
  }
  if (row.kind === "count" || row.kind === "percent" || row.kind === "amount") {
    const parsed = parseVietnameseNumber(
      t,
      row.kind === "percent" ? "percent" : row.kind === "amount" ? "decimal" : "integer",
    );
    if (parsed.ok) return { type: "number", value: parsed.reading.value };
    if (parsed.reason === "dash" || parsed.reason === "none-phrase") return { type: "number", value: 0 };
  }
  return { type: "text", text: t };
}

/** The table's value as a reading, or null when the cell is empty. */
function tableReading(row: AppendixRow): Reading | null {
  const v = row.value;
  switch (v.status) {
    case "empty":
      return null;
    case "number":
      return v.number === null ? null : { type: "number", value: v.number };
    case "none":
      return { type: "number", value: 0 };
    case "yesNo":
      return v.yes === null ? null : { type: "yesNo", yes: v.yes };
    case "text":
      return { type: "text", text: v.text };
  }
}

function agrees(mark: Reading, table: Reading, row: AppendixRow): boolean {
  if (mark.type === "number" && table.type === "number") {
    if (Math.abs(mark.value - table.value) < 1e-9) return true;
    if (row.formRow.kind === "count") return false;
    return Math.abs(mark.value - roundTo(table.value, Math.max(0, row.value.decimals))) < 1e-9;
  }
  if (mark.type === "yesNo" && table.type === "yesNo") return mark.yes === table.yes;
  if (mark.type === "text" && table.type === "text") return normalText(mark.text) === normalText(table.text);
  return false;
}

function shown(r: Reading, row: AppendixRow, lang: "vi" | "en"): string {
  if (r.type === "yesNo") return lang === "vi" ? (r.yes ? "Có" : "Không") : r.yes ? "Yes" : "No";
  if (r.type === "text") return `“${r.text}”`;
  const d = row.formRow.kind === "count" ? 0 : Math.max(0, row.value.decimals);
  if (row.formRow.kind === "percent") return lang === "vi" ? formatPercentVi(r.value, d) : formatPercentEn(r.value, d);
  return lang === "vi" ? formatNumberVi(r.value, d) : formatNumberEn(r.value, d);
}

function plain(r: Reading): number | string | null {
  if (r.type === "number") return r.value;
  if (r.type === "yesNo") return r.yes ? "Có" : "Không";
  return r.text;
}

/** Compare one mark with its row; a finding when they disagree (or the row's cell is now empty), else null. */
export function compareMark(
  mark: FigureMark,
  paragraph: NarrativeParagraph,
  s: Sentence,
  appendix: Appendix | null,
): Finding | null {
  if (!appendix || mark.kind === "label") return null;
  const row = appendix.rows.get(mark.code);
  if (!row) return null; // the row is not in the table: the table rules report it
  const text = paragraph.text.slice(mark.start, mark.end);
  const reading = readMarked(text, mark.kind, row.formRow);
  const table = tableReading(row);
  const quoteSpan = {
    start: Math.max(0, mark.start - s.quoteStart),
    end: Math.min(s.quote.length, mark.end - s.quoteStart),
  };
  const said = {
    vi: mark.kind === "zero" ? "“không phát sinh”" : `“${text.trim()}”`,
    en: mark.kind === "zero" ? "“none”" : `“${text.trim()}”`,
  };
  const base = { ruleId: RULE_ID, kind: "narrative-mismatch" as const, codes: [mark.code], cells: [row.valueCell] };
  if (table === null) {
    return {
      ...base,
      severity: "warning",
      message: {
        vi: `Báo cáo ghi ${said.vi} (lấy từ dòng ${mark.code}) nhưng ô số liệu dòng ${mark.code} trong biểu nay để trống.`,
        en: `The report says ${said.en} (written from row ${mark.code}) but row ${mark.code}'s value cell is now empty.`,
      },
      expected: null,
      actual: plain(reading),
      quote: s.quote,
      quoteSpan,
    };
  }
  if (agrees(reading, table, row)) return null;
  return {
    ...base,
    severity: "error",
    message: {
      vi: `Báo cáo ghi ${said.vi} (lấy từ dòng ${mark.code}) nhưng biểu nay ghi ${shown(table, row, "vi")}.`,
      en: `The report says ${said.en} (written from row ${mark.code}) but the appendix now says ${shown(table, row, "en")}.`,
    },
    expected: plain(table),
    actual: plain(reading),
    quote: s.quote,
    quoteSpan,
  };
}
