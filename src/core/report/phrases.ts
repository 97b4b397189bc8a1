/**
 * Words for the generated prose, from the form's data: a row's label as a phrase inside a sentence, its unit word,
 * its value in Vietnamese notation. Nothing here knows a row code: any form's rows read the same way.
 */
import type { AppendixRow } from "../appendix";
import type { FormRow } from "../form/schema";
import { isNotApplicable } from "../values/readValue";
import { formatNumberVi, formatPercentVi } from "../vn/format";
import type { Run } from "./model";

/** Notes in brackets that qualify the whole figure rather than name it: said once before the sentence instead. */
const QUALIFIER = /\s*\((lũy kế[^)]*|tính đến[^)]*)\)/giu;
/** Notes in brackets for whoever fills the table, not for the reader ("chỉ thống kê đối với …"): left out. */
const FILLING_NOTE = /\s*\((chỉ thống kê[^)]*)\)/giu;

/** A first word written in capitals (TTHC, UBND, ĐVSN, PAKN) keeps them; anything else starts lower case. */
export function lowerFirst(s: string): string {
  const first = /^\S+/u.exec(s)?.[0] ?? "";
  const letters = first.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase("vi-VN")) return s;
  return s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1);
}

/** Abbreviations written in capitals that hold a vowel (the others hold none: TTHC, CCHC, HĐND, QPPL). */
const ABBREVIATIONS_WITH_VOWELS = new Set(["UBND", "PAKN", "ISO", "VNEID", "NSNN", "BHXH", "KT-XH", "MTTQ"]);
const VOWEL = /[aăâeêioôơuưy]/iu;

/** A word of an all-capitals label that stays in capitals: an abbreviation (no vowel, or a known one) or a numeral. */
function keepsCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}-]/gu, "");
  if (!letters) return true;
  if (ABBREVIATIONS_WITH_VOWELS.has(letters.toLocaleUpperCase("vi-VN"))) return true;
  if (/^[IVXLC]+$/.test(letters)) return true;
  return !VOWEL.test(letters.normalize("NFD").replace(/\p{M}/gu, ""));
}

/**
 * A label printed in capitals ("CẢI CÁCH THỂ CHẾ", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ") in the case of
 * a sentence, its abbreviations kept ("KẾT QUẢ GIẢI QUYẾT TTHC" → "Kết quả giải quyết TTHC"); any other label as is.
 */
export function sentenceCase(label: string): string {
  if (!/\p{Lu}/u.test(label) || /\p{Ll}/u.test(label)) return label;
  const words = label.split(/(\s+)/);
  return upperFirst(
    words.map((w) => (/^\s+$/.test(w) || keepsCapitals(w) ? w : w.toLocaleLowerCase("vi-VN"))).join(""),
  );
}

export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi-VN") + s.slice(1);
}

export interface LabelPhrase {
  /** The label inside a sentence: lower-case start, no closing period, qualifiers taken out. */
  text: string;
  /** A qualifier taken out ("lũy kế đến thời điểm báo cáo"), to say before the sentence; null when none. */
  qualifier: string | null;
}

/** "Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế đến thời điểm báo cáo)" → "tỷ lệ hoàn thành Kế hoạch CCHC năm" + qualifier. */
export function labelPhrase(row: FormRow): LabelPhrase {
  let qualifier: string | null = null;
  const text = sentenceCase(row.label.normalize("NFC"))
    .replace(QUALIFIER, (_all, q: string) => {
      qualifier ??= q.trim();
      return "";
    })
    .replace(FILLING_NOTE, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.;:,]+$/u, "")
    .trim();
  return { text: lowerFirst(text), qualifier };
}

/** A label as a run: a "label" run when it holds digits (so the checker does not read them as figures). */
export function labelRun(row: FormRow, text: string): Run {
  return /\d/.test(text) ? { kind: "label", text, code: row.code } : { kind: "text", text };
}

const NOT_A_UNIT = /^(%|số lượng|có\/không|có ?\/ ?không)$/iu;

/** The unit word written after a figure: "Nhiệm vụ" → "nhiệm vụ", "Phòng, tương đương" → "phòng"; "" for none. */
export function unitWord(unit: string | null | undefined): string {
  const u = (unit ?? "").normalize("NFC").trim();
  if (!u || NOT_A_UNIT.test(u) || u.includes(";")) return "";
  const parts = u.split(",").map((p) => p.trim());
  const word = parts.length === 2 && /^tương đương$/iu.test(parts[1]) ? parts[0] : u;
  return lowerFirst(word);
}

/** What a row's value says, for the prose. */
export type ValueSaid =
  | { type: "empty" }
  /** A count of zero, or the cell says there was none ("-", "không phát sinh"). */
  | { type: "zero" }
  | { type: "number"; value: number; text: string; kind: "count" | "percent" | "amount" }
  | { type: "yesNo"; yes: boolean; text: string }
  | { type: "text"; text: string };

/** A count below 10 with its leading zero, as administrative prose writes it ("03 đơn vị"). */
function countText(n: number, padded: boolean): string {
  const s = formatNumberVi(n, 0);
  return padded && Number.isInteger(n) && n > 0 && n < 10 ? `0${s}` : s;
}

/** The row's value as the report says it. padded: counts below 10 with a leading zero (not inside a pair). */
export function valueSaid(row: AppendixRow, padded = true): ValueSaid {
  const v = row.value;
  const kind = row.formRow.kind;
  switch (v.status) {
    case "empty":
      return { type: "empty" };
    case "none":
      // "x": the indicator does not apply here, no figure to say (not "không phát sinh")
      return isNotApplicable(v) ? { type: "empty" } : { type: "zero" };
    case "yesNo":
      return v.yes === null
        ? { type: "empty" }
        : { type: "yesNo", yes: v.yes, text: v.yes ? "đã thực hiện" : "chưa thực hiện" };
    case "text":
      return { type: "text", text: v.text.trim().replace(/[.;,]+$/, "") };
    case "number": {
      const n = v.number;
      if (n === null) return { type: "empty" };
      if (kind === "percent")
        return { type: "number", value: n, text: formatPercentVi(n, Math.max(0, v.decimals)), kind };
      if (kind === "amount")
        return { type: "number", value: n, text: formatNumberVi(n, Math.max(0, v.decimals)), kind };
      if (n === 0) return { type: "zero" };
      return { type: "number", value: n, text: countText(n, padded), kind: "count" };
    }
  }
}

/** The value as the appendix table prints it (Vietnamese notation, no leading zero); "" for an empty cell. */
export function tableText(row: AppendixRow): string {
  const v = row.value;
  switch (v.status) {
    case "empty":
      return "";
    case "none":
      return v.text.trim() || "-";
    case "yesNo":
      return v.yes === null ? "" : v.yes ? "Có" : "Không";
    case "text":
      return v.text.trim();
    case "number": {
      if (v.number === null) return "";
      const d = Math.max(0, v.decimals);
      if (row.formRow.kind === "percent") return formatPercentVi(v.number, d);
      return formatNumberVi(v.number, row.formRow.kind === "count" ? 0 : d);
    }
  }
}
