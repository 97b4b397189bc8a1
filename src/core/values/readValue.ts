/**
 * Reading a value cell as its row's kind says: numbers, percent-formatted numbers (0.76 shown as 76%), and text as
 * officers type it ("1.851", "69.843,53 2", "100 %", "02", "28 (huyện 27, xã 01)", "Có"). The row's unit settles
 * ambiguity; every value read from text or repaired carries a note.
 */
import type { ReadValue } from "../appendix";
import type { Bilingual } from "../findings";
import type { FormRow } from "../form/schema";
import type { Cell } from "../grid";
import { formatNumberEn, formatNumberVi } from "../vn/format";
import { parseVietnameseNumber, type NumberExpectation, type ReadingNote } from "../vn/numbers";
import { foldForMatch } from "../vn/normalize";

/**
 * What is said about a reading that is not plain. Ordinary notation ("02", "1.851", "18,21", "98.49%", "100 %") is
 * read with certainty and says nothing here: the cell only holds text where a number belongs (readingNotes).
 */
const NOTE_TEXT: Partial<Record<ReadingNote, Bilingual>> = {
  "stray-space": { vi: "có khoảng trắng giữa các chữ số", en: "a space sits between the digits" },
  ambiguous: {
    vi: "cách viết hiểu được hai cách, đã đọc theo đơn vị tính của dòng",
    en: "the notation reads two ways; read by the row's unit",
  },
  "trailing-text": {
    vi: "có chữ ghi kèm sau số, nên chuyển phần chữ sang cột Ghi chú",
    en: "words follow the number; move them to the Notes column",
  },
  breakdown: {
    vi: "có số liệu chi tiết ghi kèm trong ngoặc, nên chuyển phần chi tiết sang cột Ghi chú",
    en: "a breakdown is written in brackets; move it to the Notes column",
  },
};

/** Readings of ordinary notation: a number typed as text that can be turned into a real number without doubt. */
const CERTAIN_NOTES = new Set<ReadingNote>([
  "zero-padded",
  "thousands-dot",
  "decimal-comma",
  "decimal-dot",
  "thousands-comma",
  "spaced-percent",
]);

export function isCertainNote(note: ReadingNote): boolean {
  return CERTAIN_NOTES.has(note);
}

/** True when the value is a number typed as text in ordinary notation, read without doubt ("02", "98.49%"). */
export function isCertainTextNumber(v: ReadValue): boolean {
  return (
    v.status === "number" &&
    v.source === "text" &&
    !v.breakdown &&
    (v.readingNotes ?? []).every((n) => CERTAIN_NOTES.has(n))
  );
}

/**
 * "x" in a value cell: by the statistical forms' convention the indicator does not apply there (a quarter's cell of
 * a yearly figure, a headcount in a period column). Read as "none" like "-", but unlike "-" or "không phát sinh" (0)
 * it holds no figure: nothing to compare, nothing to write instead.
 */
export function isNotApplicable(v: ReadValue): boolean {
  return v.status === "none" && /^x$/i.test(v.text.trim());
}

function expectationOf(row: FormRow): NumberExpectation {
  if (row.kind === "percent") return "percent";
  if (row.kind === "amount") return "decimal";
  return "integer";
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 10);
}

/** Decimals a number format shows: "0.00%" → 2, "#,##0" → 0; null for General. */
function formatDecimals(numberFormat: string | undefined): number | null {
  if (!numberFormat || /general/i.test(numberFormat)) return null;
  const m = /\.(0+)/.exec(numberFormat.split(";")[0]);
  return m ? m[1].length : /[0#]/.test(numberFormat) ? 0 : null;
}

/** 1.851 (exactly three decimals, positive): what Excel stores when "1.851" is typed with English settings. */
function isThousandsMisread(value: number): boolean {
  if (Number.isInteger(value) || value <= 0) return false;
  const scaled = value * 1000;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 && decimalsOf(value) === 3;
}

/**
 * A percent-formatted cell holding this or more holds percent points, not a fraction: as a fraction 1.5 is 150%,
 * above anything a percent row of the form can be (the range rule allows 0-100%), while 1.5 points is an ordinary
 * 1.5%. Below it the cell is read as Excel shows it (1.05 → 105%, an overrun the range rule reports).
 */
const POINTS_IN_PERCENT_CELL = 1.5;

const empty = (text: string): ReadValue => ({ status: "empty", number: null, yes: null, decimals: 0, text, notes: [] });

function fromNumber(value: number, cell: Cell, row: FormRow): ReadValue {
  const text = cell.text || String(value);
  if (row.kind === "yesNo") {
    const yes = value !== 0;
    const note = {
      vi: `ghi ${value}, được hiểu là "${yes ? "Có" : "Không"}"`,
      en: `holds ${value}, read as "${yes ? "Yes" : "No"}"`,
    };
    return { status: "yesNo", number: null, yes, decimals: 0, text, notes: [note] };
  }
  if (row.kind === "count" && isThousandsMisread(value)) {
    // "1.851" typed into Excel with English settings is stored as 1.851; a count is whole, so it is 1851.
    const number = Math.round(value * 1000);
    const note = {
      vi: `lưu số ${String(value)} (Excel hiểu dấu chấm là dấu thập phân); số lượng phải nguyên nên đã hiểu là ${number}`,
      en: `stores ${String(value)} (Excel took the dot as a decimal point); a count is whole, so it is read as ${number}`,
    };
    return { status: "number", number, yes: null, decimals: 0, text, source: "number", notes: [note] };
  }
  const percentFormat = (cell.numberFormat ?? "").includes("%") || /%\s*$/.test(cell.text);
  // The precision the officer meant: what the format shows, but no more than the digits the value really has
  // (76 typed into a "0.00%" cell shows 76.00% yet means 76%; =35/46 in a "0%" cell means 76%).
  const shown = formatDecimals(cell.numberFormat);
  const meantDecimals = (n: number) => (shown === null ? decimalsOf(n) : Math.min(shown, decimalsOf(n)));
  if (row.kind === "percent" && percentFormat && value >= POINTS_IN_PERCENT_CELL) {
    // Percent points in a percent-formatted cell (typed before the cell was formatted, pasted, =B/A*100): 100 shows
    // 10000%. Read as the points the officer meant, and say so: the cell still prints wrong.
    const note = {
      vi: `định dạng phần trăm nhưng chứa ${String(value)} (hiển thị ${text}); đã hiểu là ${String(value)}% (điểm phần trăm). Hãy ghi ${String(value)}% hoặc ${String(value / 100)} vào ô`,
      en: `is formatted as a percentage but holds ${String(value)} (shown as ${text}); read as ${String(value)}% (percent points). Enter ${String(value)}% or ${String(value / 100)} in the cell`,
    };
    return {
      status: "number",
      number: value,
      yes: null,
      decimals: meantDecimals(value),
      text,
      source: "number",
      notes: [note],
    };
  }
  const number = row.kind === "percent" && percentFormat ? Math.round(value * 100 * 1e9) / 1e9 : value;
  return { status: "number", number, yes: null, decimals: meantDecimals(number), text, source: "number", notes: [] };
}

const YES = new Set(["có", "co", "x", "yes", "đã tổ chức", "đã thực hiện"]);
const NO = new Set(["không", "khong", "no", "chưa", "chưa tổ chức", "chưa thực hiện"]);

function fromText(text: string, row: FormRow): ReadValue {
  const folded = foldForMatch(text).replace(/[.!]$/, "");
  if (row.kind === "yesNo") {
    if (YES.has(folded)) return { status: "yesNo", number: null, yes: true, decimals: 0, text, notes: [] };
    if (NO.has(folded)) return { status: "yesNo", number: null, yes: false, decimals: 0, text, notes: [] };
  }
  if (row.kind === "text" || row.kind === "choice" || row.kind === "heading") {
    return { status: "text", number: null, yes: null, decimals: 0, text, notes: [] };
  }
  // A percent formula dividing by zero (=B10/B9 with B9 = 0) shows #DIV/0!: the indicator did not arise.
  if (/^#DIV\/0!$/i.test(text)) return { status: "none", number: null, yes: null, decimals: 0, text, notes: [] };
  const parsed = parseVietnameseNumber(text, expectationOf(row));
  if (!parsed.ok) {
    if (parsed.reason === "empty") return empty(text);
    const status = parsed.reason === "dash" || parsed.reason === "none-phrase" ? "none" : "text";
    return { status, number: null, yes: null, decimals: 0, text, notes: [] };
  }
  const r = parsed.reading;
  const notes = r.notes
    .map((n) => (n === "ambiguous" ? (otherReading(text, r.value, r.decimals) ?? NOTE_TEXT[n]) : NOTE_TEXT[n]))
    .filter((n): n is Bilingual => n !== undefined);
  return {
    status: "number",
    number: r.value,
    yes: null,
    decimals: r.decimals,
    text,
    breakdown: r.breakdown,
    source: "text",
    notes,
    readingNotes: r.notes,
  };
}

/**
 * "3.200" in a row of triệu đồng: read as 3.200 (Vietnamese notation); it would be 3,2 with a decimal point. The note
 * names both readings, so the officer sees at once whether the one taken is meant.
 */
function otherReading(text: string, value: number, decimals: number): Bilingual | null {
  const asThousands = decimals === 0;
  const other = parseVietnameseNumber(text, asThousands ? "percent" : "integer");
  if (!other.ok || other.reading.value === value) return null;
  const sep = text.includes(",") ? "," : ".";
  return asThousands
    ? {
        vi: `nếu dấu “${sep}” là dấu thập phân thì là ${formatNumberVi(other.reading.value)}; đã đọc theo đơn vị tính của dòng`,
        en: `with “${sep}” as the decimal point it would be ${formatNumberEn(other.reading.value)}; read by the row's unit`,
      }
    : {
        vi: `nếu dấu “${sep}” ngăn cách hàng nghìn thì là ${formatNumberVi(other.reading.value)}; đã đọc theo đơn vị tính của dòng`,
        en: `with “${sep}” as the thousands separator it would be ${formatNumberEn(other.reading.value)}; read by the row's unit`,
      };
}

export function readValue(cell: Cell, row: FormRow): ReadValue {
  if (row.kind === "heading") return empty(cell.text);
  if (typeof cell.value === "number") return fromNumber(cell.value, cell, row);
  if (typeof cell.value === "boolean") {
    return {
      status: "yesNo",
      number: null,
      yes: cell.value,
      decimals: 0,
      text: cell.text || String(cell.value),
      notes: [],
    };
  }
  // NFC so what findings quote reads the same whatever the source's Unicode form.
  const text = (cell.value ?? cell.text ?? "").toString().normalize("NFC").trim();
  if (text === "") return empty("");
  return fromText(text, row);
}
