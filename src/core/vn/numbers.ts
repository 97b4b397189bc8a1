/**
 * Reading numbers the way Vietnamese officers write them in cells and prose. Hand-written on purpose: generic
 * locale parsers silently misread mixed notation ("12.5" → 125). Pure ES2022.
 *
 * Notation rules (shared by cells and prose):
 *  - Vietnamese: "." groups thousands, "," is the decimal separator: "1.851" = 1851, "69.843,532" = 69843.532.
 *  - A dot followed by a group that cannot be a thousands group (not exactly 3 digits, or a first group that starts
 *    with 0 or has more than 3 digits) is an English decimal point: "12.5", "98.49%", "0.851", "1234.567".
 *  - Both separators present: the last one is the decimal separator ("1,234.56" English, "1.234,56" Vietnamese).
 *    Several of the same separator must be well-formed thousands groups ("1.234.567", "1,234,567"), else unreadable.
 *  - One separator followed by exactly three digits after a 1-3 digit group (not starting with 0) is ambiguous;
 *    the expectation decides (see parseVietnameseNumber).
 */

import { normalizeVietnamese, normalizeWithMap } from "./normalize";

export type NumberExpectation = "integer" | "decimal" | "percent";

export interface NumberReading {
  /** The number as written. Percent expectation: percent points (76 for "76%", 5.75 for "5.75%"). */
  value: number;
  /** Digits after the decimal separator as written ("7,75%" → 2, "76%" → 0, "69.843,532" → 3). */
  decimals: number;
  hadPercentSign: boolean;
  /** The parts in brackets after a total: "28 (huyện 27, xã 01)" → [27, 1]. */
  breakdown?: number[];
  /** Words after the number (and after the breakdown bracket, if any): "191 cả huyện, xã" → "cả huyện, xã". */
  trailingText?: string;
  /** How it was read. */
  notes: ReadingNote[];
}

export type ReadingNote =
  | "zero-padded" // "02", "01"
  | "thousands-dot" // "1.851" read as 1851 (Vietnamese thousands separator)
  | "decimal-comma" // "18,21" (normal Vietnamese) – informational
  | "decimal-dot" // "98.49%" written in English notation
  | "thousands-comma" // "1,851" in English notation read as 1851
  | "stray-space" // "69.843,53 2" repaired to 69843.532
  | "ambiguous" // could be read two ways; the expectation decided
  | "trailing-text" // a number followed by words
  | "breakdown" // a total followed by its parts in brackets
  | "spaced-percent"; // "100 %"

export type ParseResult =
  { ok: true; reading: NumberReading } | { ok: false; reason: "empty" | "dash" | "none-phrase" | "not-a-number" };

/**
 * What a prose token is. The narrative uses number / percent / pair; the others are returned so that callers can
 * see why a digit run was not a figure.
 *  - "number":  a quantity ("1.851", "03", "69.843,532", "7,75").
 *  - "percent": a number followed by "%" (one space allowed: "100 %"); raw includes the sign.
 *  - "pair":    one side of "a/b" ("35/46 nhiệm vụ"): two tokens, numerator first, adjacent in the result.
 *  - "date":    a whole date as ONE token ("26/01/2022", "26.01.2022", "01/2022", "ngày 10/12" → "10/12"; any
 *               d/m/yyyy shape, even an impossible one such as "26/0/2022"), or a
 *               number right after "ngày" (1-31) or "tháng" (1-12). value NaN except after ngày/tháng (the number).
 *  - "docref":  a document or standard reference as ONE token ("297/SNV-TCBC", "16/KH-UBND", "60/2021/NĐ-CP",
 *               "9001:2015", "61/2018" after "Nghị định"), or a number after "Nghị định/Quyết định/Thông tư/
 *               Chỉ thị/Nghị quyết/Luật/Công văn/Tờ trình/ISO" or "<Kế hoạch|Báo cáo|…> số". value NaN.
 *  - "year":    a 4-digit number 1900-2099 written without separators ("năm 2022", "2021-2025", "2021/2022");
 *               value = the year.
 *  - "label":   a number that names rather than counts: after Điều, khoản, mục (not "danh mục"), tiểu mục, chương, phụ lục,
 *               biểu, mẫu, mức độ, cấp độ, tiêu chí, bước, quý, đợt, khóa, lần thứ, bảng, phiên bản, STT,
 *               "công nghiệp 4.0" ("mức độ 3, 4": both), and heading numbers at a line start ("1.", "2.1.", "3)", "2.1 Cải cách",
 *               "1<TAB>" as in a table's STT column).
 * Prose never reads a minus sign ("2021-2025", "- 35 hồ sơ" bullets); all prose values are >= 0.
 */
export type NumberTokenKind = "number" | "percent" | "pair" | "date" | "docref" | "year" | "label";

export interface NumberToken {
  /** Offsets in the ORIGINAL text passed in (not the normalized one); raw = text.slice(start, end). */
  start: number;
  end: number;
  raw: string;
  value: number;
  decimals: number;
  isPercent: boolean;
  kind: NumberTokenKind;
}

// ---------------------------------------------------------------------------------------------------------------
// Core: one run of digits and separators ("69.843,532"), no sign, no spaces.

interface CoreReading {
  value: number;
  decimals: number;
  notes: ReadingNote[];
  /** Index of the decimal separator in the core string, -1 when there is none. */
  decimalIndex: number;
}

function validGroups(groups: string[]): boolean {
  if (groups.length < 2) return false;
  const first = groups[0];
  if (first.length < 1 || first.length > 3 || (first[0] === "0" && first.length > 0)) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return false;
  return true;
}

function makeValue(intDigits: string, frac: string): number {
  const v = Number(`${intDigits || "0"}${frac ? "." + frac : ""}`);
  return v === 0 ? 0 : v;
}

function readCore(core: string, expect: NumberExpectation): CoreReading | null {
  if (/^[.,]\d+$/.test(core)) {
    return {
      value: makeValue("0", core.slice(1)),
      decimals: core.length - 1,
      notes: [core[0] === "," ? "decimal-comma" : "decimal-dot"],
      decimalIndex: 0,
    };
  }
  if (!/^\d+(?:[.,]\d+)*$/.test(core)) return null;
  const seps = core.replace(/\d/g, "");
  if (seps.length === 0) {
    return {
      value: makeValue(core, ""),
      decimals: 0,
      notes: core.length > 1 && core[0] === "0" ? ["zero-padded"] : [],
      decimalIndex: -1,
    };
  }
  const hasDot = seps.includes(".");
  const hasComma = seps.includes(",");
  if (hasDot && hasComma) {
    const dec = seps[seps.length - 1];
    if (seps.indexOf(dec) !== seps.length - 1) return null;
    const k = core.lastIndexOf(dec);
    const intStr = core.slice(0, k);
    const frac = core.slice(k + 1);
    const th = dec === "," ? "." : ",";
    const groups = intStr.split(th);
    if (!validGroups(groups)) return null;
    return {
      value: makeValue(groups.join(""), frac),
      decimals: frac.length,
      notes: dec === "," ? ["thousands-dot", "decimal-comma"] : ["thousands-comma", "decimal-dot"],
      decimalIndex: k,
    };
  }
  const sep = hasDot ? "." : ",";
  const groups = core.split(sep);
  const thousandsNote: ReadingNote = sep === "." ? "thousands-dot" : "thousands-comma";
  const decimalNote: ReadingNote = sep === "." ? "decimal-dot" : "decimal-comma";
  if (groups.length > 2) {
    if (!validGroups(groups)) return null;
    return { value: makeValue(groups.join(""), ""), decimals: 0, notes: [thousandsNote], decimalIndex: -1 };
  }
  const [left, right] = groups;
  const k = left.length;
  const asDecimal = (extra: ReadingNote[]): CoreReading => {
    const notes: ReadingNote[] = [];
    if (left.length > 1 && left[0] === "0") notes.push("zero-padded");
    notes.push(decimalNote, ...extra);
    return { value: makeValue(left, right), decimals: right.length, notes, decimalIndex: k };
  };
  const asThousands = (extra: ReadingNote[]): CoreReading => ({
    value: makeValue(left + right, ""),
    decimals: 0,
    notes: [thousandsNote, ...extra],
    decimalIndex: -1,
  });
  if (!validGroups(groups)) return asDecimal([]);
  // "1.851" / "1,851": both readings are possible; the expectation (the row's unit) decides.
  if (sep === ".") {
    if (expect === "integer") return asThousands([]);
    if (expect === "decimal") return asThousands(["ambiguous"]);
    return asDecimal(["ambiguous"]); // percent: 1.851% rather than 1851%
  }
  if (expect === "integer") return asThousands(["ambiguous"]);
  return asDecimal(["ambiguous"]);
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

const DASH_RE = /^(?:-+|_+|x|\/|\.{2,}|…|n\/a)$/i;
const NEGATION_RE = /^(?:không|chưa|ko|k|khong|chua|hông|kps)(?![\p{L}\p{N}])/iu;
const NOT_NONE_AFTER_NEGATION_RE =
  /^\s*(?:đạt|đúng|đủ|đầy đủ|hoàn thành|kịp|tốt|hợp lệ|dat|dung|du|hoan thanh)(?![\p{L}])/iu;

function isNonePhrase(s: string): boolean {
  const m = NEGATION_RE.exec(s);
  if (!m) return false;
  const rest = s.slice(m[0].length);
  if (/^\s*\d/.test(rest)) return false; // "k 5"? not a phrase saying none
  return !NOT_NONE_AFTER_NEGATION_RE.test(rest);
}

const PUNCT_ONLY_RE = /^[.,;:!?]+$/;

function pushUnique(notes: ReadingNote[], n: ReadingNote): void {
  if (!notes.includes(n)) notes.push(n);
}

/**
 * Read the text of one cell.
 * - Cleaned first with normalizeVietnamese (NFD, nbsp, zero-width, dash variants) and trimmed; a leading Excel text
 *   apostrophe is dropped.
 * - { ok:false, reason:"empty" } for blank text; "dash" for a placeholder mark alone: "-", "--", "–", "—", "_", "x",
 *   "/", "...", "…", "N/A"; "none-phrase" for text opening with a negation (không, chưa, ko, k, kps, also without
 *   diacritics) that does not continue with a judgement (không đạt, chưa hoàn thành, không đúng… are not-a-number):
 *   "không", "Không có TTHC ở mức độ 3", "chưa phát sinh", "không áp dụng".
 * - Leading words before a number ("khoảng 20", "Đạt 100%", "trên 95%") are not-a-number: a qualified figure is not
 *   one the checker can verify, so it is surfaced for a person to look at.
 * - A sign is allowed when attached: "-5" → -5, "+5" → 5 ("- 5" with a space is not-a-number).
 * - Space repairs: "69.843,53 2" / "12.715,02 5" (space inside the decimals, or inside a thousands group such as
 *   "1.85 1" → 1851) are joined with note "stray-space" when the joined number reads without ambiguity; a
 *   space-grouped number "1 851" / "1 234 567" (nbsp thousands separator) is joined the same way. Never "35 46".
 * - After the number: optional "%" (one or more spaces before it: "spaced-percent"); then a bracket with numbers is
 *   a breakdown ("28 (huyện 27, xã 01)" → breakdown [27, 1]); a bracket without numbers or words give trailingText.
 *   Only punctuation after the number ("76%.") is ignored. Anything else after it ("35/46", "5-7", "3 - 5", "01/2022")
 *   makes the text not-a-number.
 * - A "%" sign is reported with hadPercentSign whatever the expectation; value is always the number as written
 *   (percent points), the caller handles cells stored as fractions.
 */
export function parseVietnameseNumber(text: string, expect: NumberExpectation): ParseResult {
  let s = normalizeVietnamese(text ?? "").trim();
  if (s.startsWith("'")) s = s.slice(1).trim();
  if (s === "") return { ok: false, reason: "empty" };
  if (DASH_RE.test(s)) return { ok: false, reason: "dash" };
  if (isNonePhrase(s)) return { ok: false, reason: "none-phrase" };

  const head = /^([+-]?)((?:\d+(?:[.,]\d+)*)|[.,]\d+)/.exec(s);
  if (!head) return { ok: false, reason: "not-a-number" };
  const sign = head[1];
  let core = head[2];
  let rest = s.slice(head[0].length);
  let strayJoined = false;

  // Space-grouped thousands: "1 851", "1 234 567,5".
  const spaced = /^(\d{1,3})((?: \d{3})+)(?![\d])/.exec(s.slice(sign.length));
  if (spaced && core === spaced[1]) {
    const after = s.slice(sign.length + spaced[0].length);
    const cont = /^(?:[.,]\d+)*/.exec(after)?.[0] ?? "";
    const joined = spaced[1] + spaced[2].replace(/ /g, "") + cont;
    const r = readCore(joined, expect);
    if (r && !r.notes.includes("ambiguous") && !/^ \d/.test(after.slice(cont.length))) {
      core = joined;
      rest = after.slice(cont.length);
      strayJoined = true;
    }
  }

  let reading = readCore(core, expect);
  if (!reading) return { ok: false, reason: "not-a-number" };

  // Stray space inside the decimals or inside a thousands group: "69.843,53 2", "1.85 1".
  if (!strayJoined) {
    const piece = /^ (\d{1,3})(?!\d)/.exec(rest);
    if (piece && /[.,]/.test(core)) {
      const afterPiece = rest.slice(piece[0].length);
      const cont = /^(?:[.,]\d+)*/.exec(afterPiece)?.[0] ?? "";
      const joined = core + piece[1] + cont;
      const j = readCore(joined, expect);
      const lastSep = Math.max(core.lastIndexOf("."), core.lastIndexOf(","));
      const lastGroupLen = core.length - lastSep - 1;
      if (j && !j.notes.includes("ambiguous")) {
        const continuesDecimals = reading.decimalIndex >= 0 && j.decimalIndex === reading.decimalIndex && cont === "";
        const completesGroup = j.decimalIndex !== lastSep && lastGroupLen + piece[1].length === 3;
        if (continuesDecimals || completesGroup) {
          core = joined;
          reading = j;
          rest = afterPiece.slice(cont.length);
          strayJoined = true;
        }
      }
    }
  }

  const notes: ReadingNote[] = [...reading.notes];
  if (strayJoined) pushUnique(notes, "stray-space");
  let value = reading.value;
  if (sign === "-") value = value === 0 ? 0 : -value;

  let hadPercentSign = false;
  const pct = /^(\s*)%/.exec(rest);
  if (pct) {
    hadPercentSign = true;
    if (pct[1].length > 0) pushUnique(notes, "spaced-percent");
    rest = rest.slice(pct[0].length);
  }

  const result: NumberReading = { value, decimals: reading.decimals, hadPercentSign, notes };
  const tail = rest.trim();
  if (tail === "" || PUNCT_ONLY_RE.test(tail)) return { ok: true, reading: result };

  if (tail.startsWith("(")) {
    const close = tail.indexOf(")");
    const inside = close >= 0 ? tail.slice(1, close) : "";
    const parts = close >= 0 ? findNumberTokens(inside).filter((t) => t.kind === "number" || t.kind === "percent") : [];
    if (parts.length > 0) {
      result.breakdown = parts.map((t) => t.value);
      pushUnique(notes, "breakdown");
      const after = tail.slice(close + 1).trim();
      if (after !== "" && !PUNCT_ONLY_RE.test(after)) {
        result.trailingText = after.replace(/^[,;:]\s*/, "");
        pushUnique(notes, "trailing-text");
      }
      return { ok: true, reading: result };
    }
    result.trailingText = tail;
    pushUnique(notes, "trailing-text");
    return { ok: true, reading: result };
  }

  // Words right after the number ("191 cả huyện", "12tr"), after a comma / colon / semicolon ("191, cả huyện"),
  // or after a spaced dash ("5 - chưa tính xã"). "5-7", "3 - 5", "35/46" stay unreadable.
  const words = /^(?:[,;:]\s*|-\s+)?(?=\p{L})/u.exec(tail);
  if (words && (!tail.startsWith("-") || /^\s/.test(rest))) {
    result.trailingText = tail.slice(words[0].length);
    pushUnique(notes, "trailing-text");
    return { ok: true, reading: result };
  }
  return { ok: false, reason: "not-a-number" };
}

// ---------------------------------------------------------------------------------------------------------------
// Prose

const LETTER = /[\p{L}\p{M}]/u;
const LABEL_BEFORE_RE =
  /(?:^|[^\p{L}\p{N}])(?:điều|khoản|mục|tiểu mục|chương|phụ lục|biểu|biểu mẫu|mẫu|mức độ|cấp độ|tiêu chí|tiêu chí thành phần|bước|quý|đợt|khóa|lần thứ|bảng|phiên bản|version|stt|số thứ tự|công nghiệp|cmcn)\s*(?:số\s*)?$/iu;
/** "danh mục 3" is a list, not item 3 of a document (no lookbehind: Safari before 16.4 lacks it). */
const LIST_BEFORE_RE = /danh mục\s*(?:số\s*)?$/iu;
const isLabelBefore = (pre: string) => LABEL_BEFORE_RE.test(pre) && !LIST_BEFORE_RE.test(pre);
const DOC_BEFORE_RE =
  /(?:^|[^\p{L}\p{N}])(?:(?:nghị định|quyết định|thông tư|thông tư liên tịch|chỉ thị|nghị quyết|luật|công văn|tờ trình|iso|tcvn|tcvn iso)\s*(?:số\s*)?|(?:kế hoạch|báo cáo|chương trình|văn bản|quy định|đề án|hướng dẫn|thông báo|giấy mời|quy chế)\s+số\s*)$/iu;
const DAY_BEFORE_RE = /(?:^|[^\p{L}\p{N}])ngày\s*$/iu;
const MONTH_BEFORE_RE = /(?:^|[^\p{L}\p{N}])tháng\s*$/iu;
const YEAR_BEFORE_RE = /(?:^|[^\p{L}\p{N}])năm\s*$/iu;
const CHAIN_GAP_RE = /^\s*(?:,|;|-|và|hoặc|đến|,\s*và)\s*$/iu;
/** Longest gap CHAIN_GAP_RE is tried on (" , và " with generous spaces). */
const MAX_CHAIN_GAP = 40;

/** The last character before i that is not a space is a letter (looked at backwards over the spaces only). */
function letterBefore(t: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(t[j])) j--;
  return j >= 0 && LETTER.test(t[j]);
}

/** Only spaces and tabs between the line's start and i (looked at backwards, so each blank run is seen once). */
function onlyBlanksBefore(t: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = t[j];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

function isYear(core: string): boolean {
  if (!/^\d{4}$/.test(core)) return false;
  const y = Number(core);
  return y >= 1900 && y <= 2099;
}

function validDayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

const CORE_AT = /\d+(?:[.,]\d+)*/y;

function coreAt(text: string, i: number): string | null {
  CORE_AT.lastIndex = i;
  const m = CORE_AT.exec(text);
  return m ? m[0] : null;
}

/**
 * End of the run of digit groups joined by single "/" that starts at i ("60/2021" in "60/2021/NĐ-CP"): the one
 * place a document number's letters may start. Scanned by hand, not by a backtracking pattern: in "12/12/12/…"
 * a pattern would rescan the whole run from every number in it.
 */
function slashRunEnd(t: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < t.length && isDigit(t.charCodeAt(j))) j++;
    if (t[j] === "/" && j + 1 < t.length && isDigit(t.charCodeAt(j + 1))) j++;
    else return j;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function stickyMatch(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

const ISO_AT = /\d{4,5}\s?:\s?\d{4}(?!\d)/y;
const DATE_AT = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.,]\d)/y;
/** The letters after a document number's last "/": "SNV-TCBC", "NĐ-CP", "UBND-VHTT". */
const DOC_SLASH_TAIL = /(?=\p{L})[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*/uy;
const MONTH_YEAR_AT = /(\d{1,2})\/(\d{4})(?![\d/]|[.,]\d)/y;
const PAIR_AT = /(\d+(?:[.,]\d+)*)(\s*\/\s*)(\d+(?:[.,]\d+)*)(?![\d]|[.,]\d|\s*\/\s*\d)/y;

/**
 * Every number-like token in prose, with its kind (see NumberTokenKind). Offsets refer to the original text
 * (the text is normalized internally with normalizeWithMap). Prose uses Vietnamese notation: "1.851" = 1851,
 * "7,75" = 7.75, "1,851" = 1.851; a dot before 1-2 or 4+ digits is a decimal point ("98.49%" = 98.49).
 * "35, 46" (comma and space) are two numbers; "3,4" is 3.4. A stray space is repaired only in the unmistakable
 * shape "69.843,53 2" (thousands dots, decimal comma, then 1-3 digits). Digits glued to letters ("Covid-19", "5G",
 * "H1") are not returned, nor are malformed runs such as "1.2.3" outside headings.
 */
export function findNumberTokens(text: string): NumberToken[] {
  const map = normalizeWithMap(text ?? "");
  const t = map.text;
  const out: NumberToken[] = [];
  let lastLabelEnd = -2;
  // The digit-and-slash run ending here has no document letters after it: numbers inside it need not look again.
  let noDocSlashBefore = -1;

  const push = (s: number, e: number, kind: NumberTokenKind, value: number, decimals: number): void => {
    const start = map.toOriginal(s);
    const end = map.toOriginalEnd(e);
    out.push({ start, end, raw: text.slice(start, end), value, decimals, isPercent: kind === "percent", kind });
    if (kind === "label") lastLabelEnd = e;
  };

  let i = 0;
  while (i < t.length) {
    const ch = t.charCodeAt(i);
    if (ch < 48 || ch > 57) {
      i++;
      continue;
    }
    const core = coreAt(t, i) as string;
    const prev = i > 0 ? t[i - 1] : "";
    const prev2 = i > 1 ? t[i - 2] : "";
    const after = t.slice(i + core.length);

    // Identifiers: digits glued to letters on either side ("Covid-19", "H1", "5G", "số03").
    const glued =
      LETTER.test(prev) || ((prev === "-" || prev === "_") && LETTER.test(prev2)) || /^[\p{L}\p{M}]/u.test(after);
    if (glued) {
      const id = /^[\p{L}\p{M}\p{N}_-]*/u.exec(after)?.[0] ?? "";
      i += core.length + id.length;
      continue;
    }

    // The words before the number (Điều, ngày, Nghị định số …). Every pattern read on them ends with a word, so when
    // no letter comes before the number (past spaces) none can match and none is tried: "1 2 1 2 …" stays cheap.
    const wordBefore = letterBefore(t, i);
    const pre = wordBefore ? t.slice(Math.max(0, i - 60), i) : "";

    // Standards: "9001:2015".
    let m = stickyMatch(ISO_AT, t, i);
    if (m) {
      push(i, i + m[0].length, "docref", NaN, 0);
      i += m[0].length;
      continue;
    }
    // Full dates: "26/01/2022", "26.01.2022", "1-2-2022", "26/01/22".
    m = stickyMatch(DATE_AT, t, i);
    if (m && (m[4].length === 4 || validDayMonth(Number(m[1]), Number(m[3])))) {
      // a d/m/yyyy shape is a date even with a typo in it ("26/0/2022"); the narrative judges its validity
      push(i, i + m[0].length, "date", NaN, 0);
      i += m[0].length;
      continue;
    }
    // Document numbers: "297/SNV-TCBC", "60/2021/NĐ-CP".
    if (i >= noDocSlashBefore) {
      const runEnd = slashRunEnd(t, i);
      const tail = t[runEnd] === "/" ? stickyMatch(DOC_SLASH_TAIL, t, runEnd + 1) : null;
      if (tail) {
        const end = runEnd + 1 + tail[0].length;
        push(i, end, "docref", NaN, 0);
        i = end;
        continue;
      }
      noDocSlashBefore = runEnd;
    }
    const docContext = DOC_BEFORE_RE.test(pre);
    // Month/year: "01/2022".
    m = stickyMatch(MONTH_YEAR_AT, t, i);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && isYear(m[2])) {
      push(i, i + m[0].length, docContext ? "docref" : "date", NaN, 0);
      i += m[0].length;
      continue;
    }
    // a/b
    m = stickyMatch(PAIR_AT, t, i);
    if (m && m[1] === core) {
      const len = m[0].length;
      const a = m[1];
      const b = m[3];
      if (docContext) {
        push(i, i + len, "docref", NaN, 0);
      } else if (
        DAY_BEFORE_RE.test(pre) &&
        /^\d{1,2}$/.test(a) &&
        /^\d{1,2}$/.test(b) &&
        validDayMonth(Number(a), Number(b))
      ) {
        push(i, i + len, "date", NaN, 0);
      } else if (isYear(a) && isYear(b)) {
        push(i, i + a.length, "year", Number(a), 0);
        const bs = i + a.length + m[2].length;
        push(bs, bs + b.length, "year", Number(b), 0);
      } else {
        const ra = readCore(a, "decimal");
        const rb = readCore(b, "decimal");
        if (ra && rb) {
          push(i, i + a.length, "pair", ra.value, ra.decimals);
          const bs = i + a.length + m[2].length;
          push(bs, bs + b.length, "pair", rb.value, rb.decimals);
        }
      }
      i += len;
      continue;
    }

    // A single number.
    let end = i + core.length;
    let body = core;
    const stray = /^ (\d{1,3})(?![\d]|[.,]\d)/.exec(after);
    if (stray && /^\d{1,3}(?:\.\d{3})+,\d+$/.test(core)) {
      body = core + stray[1];
      end += stray[0].length;
    }
    const pct = /^ ?%/.exec(t.slice(end));
    if (pct && !(isYear(body) && YEAR_BEFORE_RE.test(pre))) {
      const r = readCore(body, "percent");
      if (r) push(i, end + pct[0].length, "percent", r.value, r.decimals);
      i = end + pct[0].length;
      continue;
    }
    if (docContext) {
      push(i, end, "docref", NaN, 0);
      i = end;
      continue;
    }
    if (isYear(body)) {
      push(i, end, "year", Number(body), 0);
      i = end;
      continue;
    }
    const atLineStart = onlyBlanksBefore(t, i);
    const dotted =
      /^\d+(?:\.\d+)+$/.test(body) && !(readCore(body, "decimal")?.notes.includes("thousands-dot") ?? false);
    const heading =
      atLineStart &&
      (/^[.)](?:\s|$)/.test(t.slice(end)) ||
        /^\t/.test(t.slice(end)) ||
        (dotted && /^(?:[ \t]+\p{Lu}|\s*$)/u.test(t.slice(end))));
    const labelContext = isLabelBefore(pre);
    const chained =
      lastLabelEnd >= 0 &&
      i - lastLabelEnd <= MAX_CHAIN_GAP &&
      CHAIN_GAP_RE.test(t.slice(lastLabelEnd, i)) &&
      /^\d{1,2}$/.test(body);
    if (heading || labelContext || chained) {
      if (labelContext && body.includes(",") && !body.includes(".")) {
        // "mức độ 3,4": a list of labels, not 3.4
        let p = i;
        for (const part of body.split(",")) {
          push(p, p + part.length, "label", Number(part), 0);
          p += part.length + 1;
        }
      } else {
        const r = readCore(body, "decimal");
        push(i, end, "label", r ? r.value : NaN, r ? r.decimals : 0);
      }
      i = end;
      continue;
    }
    const r = readCore(body, "decimal");
    if (r) {
      if (/^\d{1,2}$/.test(body) && DAY_BEFORE_RE.test(pre) && Number(body) >= 1 && Number(body) <= 31) {
        push(i, end, "date", r.value, 0);
      } else if (/^\d{1,2}$/.test(body) && MONTH_BEFORE_RE.test(pre) && Number(body) >= 1 && Number(body) <= 12) {
        push(i, end, "date", r.value, 0);
      } else {
        push(i, end, "number", r.value, r.decimals);
      }
    }
    i = end;
  }
  return out;
}
