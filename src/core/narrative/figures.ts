/**
 * Find the figures of a sentence: counts with their unit ("254 hồ sơ", "03 đơn vị"), pairs ("35/46 nhiệm vụ",
 * "64/72"), percents ("7,75%", "18,21 %"), amounts ("69.843,532 triệu đồng"), each with the words around it.
 *
 * Number tokens come from findNumberTokens (vn/numbers), which already sets aside dates, document numbers
 * ("16/KH-UBND", "30/2020/NĐ-CP", "9001:2015"), years and labels ("mức độ 3, 4", "Điều 5", "1.", "2.1.").
 * This module adds what only the sentence shows: durations and periods ("6 tháng", "9 tháng đầu năm", "quý 3"),
 * numbering labels inside a paragraph, phone numbers, approximate figures ("khoảng", "trên", "chưa đạt"), and
 * the unit and label words a figure is written with.
 */
import { findNumberTokens, parseVietnameseNumber, type NumberToken } from "../vn/numbers";
import type { Sentence } from "./sentences";

export type FigureKind = "count" | "percent" | "pair" | "amount";

export interface Figure {
  kind: FigureKind;
  /** count / percent (points) / amount (million VND) / pair: the numerator. */
  value: number;
  /** Decimals as written (amounts: in million VND, so "45,1 tỷ đồng" has -2). */
  decimals: number;
  /** The second number of a pair a/b. */
  denominator?: { value: number; decimals: number };
  /** The figure as written (normalized text), e.g. "7,75%", "396/5106", "69.843,532". */
  raw: string;
  /** Offsets of raw in sentence.text. */
  start: number;
  end: number;
  /** The unit word written with it (canonical, lower case): "hồ sơ", "thủ tục", "người" …; null when none. */
  unit: string | null;
  /** The unit came from a parallel figure ("được giao 68, có mặt 65 người" → 68 người). */
  unitInherited: boolean;
  /** For percents: the noun the percent is of ("100% các cơ quan" → "cơ quan"). */
  base: string | null;
  /** Introduced by "là", ":", "=", "đạt" (a stated quantity even without unit). */
  copula: boolean;
  /** A bare number: no unit, no copula ("Đại học 164"). Matched only with strong evidence, never reported unmatched. */
  weak: boolean;
  /** Written as approximate or a bound ("khoảng 200", "trên 90%", "chưa đạt 100%"): not compared. */
  approximate: boolean;
  /** Lower-case text between the previous figure (or the clause start) and this figure: its label. */
  own: string;
  /** Lower-case unit phrase and the words right after it ("nhiệm vụ thành phần", "đơn vị cấp xã"). */
  after: string;
  /** The words of `after` past the unit ("tự bảo đảm chi thường xuyên" in "02 đơn vị tự bảo đảm …"), lower case. */
  modifier: string;
  /** Index of the previous figure in the same sentence, or -1. */
  prev: number;
  sentence: Sentence;
}

/** Count units (lower case, normalized). Longest match wins. Canonical form after "=". */
const BUILTIN_UNITS: string[] = [
  "hồ sơ",
  "thủ tục hành chính=thủ tục",
  "thủ tục",
  "tthc=thủ tục",
  "nhiệm vụ",
  "nội dung",
  "văn bản quy phạm pháp luật=văn bản",
  "văn bản qppl=văn bản",
  "vbqppl=văn bản",
  "văn bản",
  "quyết định",
  "kế hoạch",
  "công văn",
  "chỉ thị",
  "nghị quyết",
  "lượt người=lượt",
  "lượt",
  "người",
  // one unit written with commas ("cử 12 cán bộ, công chức được đào tạo, bồi dưỡng"): what follows describes it
  "cán bộ, công chức, viên chức=cán bộ",
  "cán bộ, công chức=cán bộ",
  "cán bộ,công chức=cán bộ",
  "cán bộ",
  "công chức",
  "viên chức",
  "cbccvc=cán bộ",
  "cbcc=cán bộ",
  "đơn vị",
  "cơ quan",
  "phòng",
  "xã",
  "thị trấn",
  "cuộc",
  "tin",
  "bài",
  "phiếu",
  "phản ánh, kiến nghị=phản ánh",
  "phản ánh kiến nghị=phản ánh",
  "pakn=phản ánh",
  "phản ánh",
  "kiến nghị",
  "vấn đề",
  "mô hình",
  "sáng kiến",
  "lớp",
  "buổi",
  "hội nghị",
  "trường hợp",
  "đồng chí",
  "chi cục",
  "tổ chức",
  "doanh nghiệp",
  "tồn tại",
  "hạn chế",
  "thiếu sót",
];

const AMOUNT_UNITS: [string, number][] = [
  ["triệu đồng", 1],
  ["tr.đồng", 1],
  ["trđ", 1],
  ["tỷ đồng", 1000],
  ["nghìn đồng", 0.001],
  ["ngàn đồng", 0.001],
  ["triệu", 1],
  ["tỷ", 1000],
];

/** Words after a number that make it a duration or a period, not a quantity. */
const TIME_AFTER = /^\s*(?:tháng|năm|ngày|tuần|giờ|phút|quý|kỳ|buổi sáng|buổi chiều|đợt)(?![\p{L}\p{M}])/u;
/** Words right before a number that make it a name, a time or an ordinal. */
const LABEL_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:quý|tháng|năm|ngày|tuần|giai đoạn|nhiệm kỳ|khóa|khoá|lần thứ|lần|đợt|thứ|hotline|điện thoại|đt|sđt|fax|mã số|số hiệu|phiên bản|version|kỳ|thôn|xóm|tiểu khu|trang|biểu|mẫu|mục|khoản|điều|điểm|chương|bước|mức độ|cấp độ|mức|nhóm)\s*$/iu;
/** Qualifiers before a number that make it approximate or a bound. */
const APPROX_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:khoảng|gần|trên|dưới|hơn|ít nhất|tối thiểu|tối đa|chưa đạt|không đạt|chưa đến|chưa tới|xấp xỉ|ước|ước đạt|ước tính|dự kiến|phấn đấu|đạt trên|đạt dưới|không quá|bình quân|trung bình|mỗi|từ|đến)\s*$/iu;
const COPULA_BEFORE = /(?:(?:^|[^\p{L}\p{M}])(?:là|đạt|gồm|được|có|tổng cộng|tổng|còn|bằng)|[:=])\s*$/iu;
/** Words that end the short phrase after a unit. */
const AFTER_STOP = new Set([
  "và",
  "của",
  "để",
  "theo",
  "thuộc",
  "vào",
  "trong",
  "với",
  "là",
  "đã",
  "được",
  "tại",
  "từ",
  "gồm",
  "có",
  "nhưng",
  "còn",
  "do",
  "cho",
  "bằng",
  "đạt",
  "đang",
  "chưa",
  "trên",
  "tổng",
  "số",
]);

export interface FigureOptions {
  /** Extra count unit words (e.g. every form row's proseUnits). */
  units?: string[];
}

interface UnitTable {
  /** [surface, canonical], longest surface first. */
  entries: [string, string][];
}

const unitTables = new Map<string, UnitTable>();

function unitTable(extra: string[] = []): UnitTable {
  const key = extra.join("|");
  let t = unitTables.get(key);
  if (t) return t;
  const map = new Map<string, string>();
  for (const u of [...BUILTIN_UNITS, ...extra]) {
    const [surface, canonical] = u.split("=");
    const s = surface.trim().toLowerCase();
    if (!s || s === "%" || s === "phần trăm" || /đồng$/.test(s)) continue;
    if (!map.has(s)) map.set(s, (canonical ?? surface).trim().toLowerCase());
  }
  t = { entries: [...map.entries()].sort((a, b) => b[0].length - a[0].length) };
  unitTables.set(key, t);
  return t;
}

/** The unit word at the start of s (after spaces), with its length in s. */
function unitAt(s: string, table: UnitTable): { canonical: string; length: number } | null {
  const lead = /^\s*/.exec(s)![0].length;
  const low = s.slice(lead, lead + 40).toLowerCase();
  for (const [surface, canonical] of table.entries) {
    if (low.startsWith(surface)) {
      const next = low[surface.length];
      if (next === undefined || !/[\p{L}\p{M}\p{N}]/u.test(next)) return { canonical, length: lead + surface.length };
    }
  }
  return null;
}

function amountUnitAt(s: string): { factor: number; length: number } | null {
  const lead = /^\s*/.exec(s)![0].length;
  const low = s.slice(lead, lead + 20).toLowerCase();
  for (const [surface, factor] of AMOUNT_UNITS) {
    if (low.startsWith(surface)) {
      const next = low[surface.length];
      if (next === undefined || !/[\p{L}\p{M}\p{N}]/u.test(next)) return { factor, length: lead + surface.length };
    }
  }
  return null;
}

/**
 * Stop words that may open a post-modifier of the unit ("1.215 hồ sơ đã giải quyết", "hồ sơ được tiếp nhận …",
 * "01 nhiệm vụ quá hạn chưa hoàn thành", "26 đơn vị do Nhà nước bảo đảm chi thường xuyên", "02 nhiệm vụ hoàn thành
 * nhưng chậm").
 */
const POSTMODIFIER_START = new Set(["đã", "được", "đang", "chưa", "do", "nhưng"]);

/** Words (syllables) of the phrase after a unit at most: "sự nghiệp công lập tự bảo đảm chi thường xuyên". */
const MAX_AFTER = 10;
/** How far after a unit a clause that may describe it is read (a real one is a few words). */
const CLAUSE_WINDOW = 200;

/**
 * A percent that is part of a name, not a figure: "tự chủ 100% chi thường xuyên", "Nhà nước đảm bảo 100% chi thường
 * xuyên" (the words before it and after it).
 */
const NAME_PERCENT_BEFORE = /(?:^|[^\p{L}\p{M}])(?:tự chủ|tự bảo đảm|tự đảm bảo|bảo đảm|đảm bảo)\s*$/iu;
const NAME_PERCENT_AFTER = /^\s*(?:chi|kinh phí)(?![\p{L}\p{M}])/iu;
// The words before are captured and put back (no lookbehind: Safari before 16.4, in Excel for Mac, lacks it).
const NAME_PERCENT = /((?:tự chủ|bảo đảm|đảm bảo)\s*)\d+\s?%(?=\s*(?:chi|kinh phí)(?![\p{L}\p{M}]))/giu;

/** Pairs written with a comma between them that name one thing: [the first's end, the second after the comma]. */
const COORDINATED: [string, RegExp][] = [
  ["cán bộ", /^\s*,\s*(?:công chức|viên chức)(?![\p{L}\p{M}])/iu],
  ["công chức", /^\s*,\s*viên chức(?![\p{L}\p{M}])/iu],
  ["phản ánh", /^\s*,\s*kiến nghị(?![\p{L}\p{M}])/iu],
  ["tổ chức", /^\s*,\s*cá nhân(?![\p{L}\p{M}])/iu],
  ["đào tạo", /^\s*,\s*bồi dưỡng(?![\p{L}\p{M}])/iu],
  ["chỉ đạo", /^\s*,\s*điều hành(?![\p{L}\p{M}])/iu],
  ["rà soát", /^\s*,\s*hệ thống hóa(?![\p{L}\p{M}])/iu],
  ["sửa đổi", /^\s*,\s*bổ sung(?![\p{L}\p{M}])/iu],
  ["kế hoạch", /^\s*,\s*văn bản(?![\p{L}\p{M}])/iu],
];

/**
 * The few words after a unit, up to punctuation, a digit or a stop word ("bị xử lý kỷ luật"). "và" joining a second
 * head of the same kind ("chi thường xuyên và chi đầu tư") and a percent inside a name ("tự chủ 100% chi thường
 * xuyên") do not end it.
 */
function phraseAfter(text: string, from: number): { text: string; end: number } {
  let i = from;
  let words = 0;
  let end = from;
  const seen = new Set<string>();
  const re = /\s*([\p{L}\p{M}]+|\d+\s?%)/uy;
  while (words < MAX_AFTER) {
    re.lastIndex = i;
    let m = re.exec(text);
    // "01 nhiệm vụ đã quá hạn, đang triển khai thực hiện": a short clause after a comma, stating no figure, that says
    // where the counted things stand ("đang …", "chưa …") still describes them.
    if (!m && words > 0) {
      const state = /^\s*,\s*(?=(?:đang|chưa)\s)([^,;.:()]*)/iu.exec(text.slice(i));
      if (state && !/\d/.test(state[1]) && state[1].trim().split(/\s+/).length <= 6) {
        re.lastIndex = i + state[0].length - state[1].length;
        m = re.exec(text);
      }
    }
    // "236 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng": a comma inside a pair the domain writes as one
    if (!m && words > 0) {
      const pair = COORDINATED.find(
        ([first, second]) =>
          text.slice(from, i).toLowerCase().endsWith(first) && second.test(text.slice(i, i + CLAUSE_WINDOW)),
      );
      if (pair) {
        re.lastIndex = i + /^\s*,/.exec(text.slice(i))![0].length;
        m = re.exec(text);
      }
    }
    if (!m) break;
    const w = m[1].toLowerCase();
    if (/\d/.test(w)) {
      if (!NAME_PERCENT_BEFORE.test(text.slice(from, m.index + m[0].length - m[1].length))) break;
      if (!NAME_PERCENT_AFTER.test(text.slice(re.lastIndex))) break;
    } else if (w === "và" && words > 0) {
      const next = /\s*([\p{L}\p{M}]+)/uy;
      next.lastIndex = re.lastIndex;
      const n = next.exec(text);
      if (!n || !seen.has(n[1].toLowerCase())) break;
    } else if (w === "thuộc" && /^\s*thẩm quyền(?![\p{L}\p{M}])/iu.test(text.slice(re.lastIndex))) {
      // "341 thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường": whose they are, part of what is counted
    } else if (AFTER_STOP.has(w)) {
      // "… hồ sơ đã giải quyết, đạt 99%": a clause right after the unit that states no figure of its own describes it
      if (!POSTMODIFIER_START.has(w)) break;
      // (read within a window: a sentence of a thousand words without a comma must not be read again per word)
      const clause = /^[^,;.:()]*/u
        .exec(text.slice(re.lastIndex, re.lastIndex + CLAUSE_WINDOW))![0]
        .replace(NAME_PERCENT, "$1 ");
      if (/\d/.test(clause) || clause.trim() === "") break;
    }
    seen.add(w);
    i = re.lastIndex;
    end = i;
    words++;
  }
  return { text: text.slice(from, end), end };
}

/** Re-read a count written "1,204" (English thousands) where a whole number is expected. */
function readCount(tok: NumberToken): { value: number; decimals: number } {
  if (tok.decimals > 0) {
    const r = parseVietnameseNumber(tok.raw, "integer");
    if (r.ok && Number.isInteger(r.reading.value)) return { value: r.reading.value, decimals: 0 };
  }
  return { value: tok.value, decimals: tok.decimals };
}

function readAmount(raw: string): { value: number; decimals: number } | null {
  const r = parseVietnameseNumber(raw, "decimal");
  return r.ok ? { value: r.reading.value, decimals: r.reading.decimals } : null;
}

/** Decimals of a value scaled by a power of ten (45,1 tỷ = 45100 triệu: decimals 1 - 3 = -2). */
function scaledDecimals(decimals: number, factor: number): number {
  return decimals - Math.round(Math.log10(factor));
}

/**
 * lastBefore(text, needle)(i): the index of the last needle that ends at or before i (like
 * text.lastIndexOf(needle, i - needle.length)), or -1. Asked with rising i, it reads the text once.
 */
function lastBefore(text: string, needle: string): (i: number) => number {
  let found = -1;
  let next = text.indexOf(needle);
  return (i) => {
    while (next >= 0 && next + needle.length <= i) {
      found = next;
      next = text.indexOf(needle, next + 1);
    }
    return found;
  };
}

/** nextAt(text, /x/g)(i): the index of the first match at or after i, or -1. Asked with rising i, reads once. */
function nextAt(text: string, re: RegExp): (i: number) => number {
  let at = -2;
  return (i) => {
    if (at === -1 || at >= i) return at;
    re.lastIndex = i;
    const m = re.exec(text);
    at = m ? m.index : -1;
    return at;
  };
}

/** Find the figures of one sentence. */
export function findFigures(sentence: Sentence, options: FigureOptions = {}): Figure[] {
  if (!/\d/.test(sentence.text)) return [];
  // Markdown emphasis in pasted text ("là **199** người") is read as space; same length, so offsets hold.
  const text = sentence.text.replace(/[*_]{1,3}(?=[\p{L}\p{N}\s.,;:]|$)/gu, (m) => " ".repeat(m.length));
  const table = unitTable(options.units);
  const tokens = findNumberTokens(text);
  const figures: Figure[] = [];
  const low = text.toLowerCase();

  const base = (start: number, end: number): Omit<Figure, "kind" | "value" | "decimals"> => ({
    raw: sentence.text.slice(start, end),
    start,
    end,
    unit: null,
    unitInherited: false,
    base: null,
    copula: COPULA_BEFORE.test(low.slice(Math.max(0, start - 20), start)),
    weak: false,
    approximate: APPROX_BEFORE.test(low.slice(Math.max(0, start - 20), start)),
    own: "",
    after: "",
    modifier: "",
    prev: -1,
    sentence,
  });

  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti];
    const before = low.slice(Math.max(0, tok.start - 30), tok.start);
    const rest = text.slice(tok.end);

    if (tok.kind === "pair") {
      const second = tokens[ti + 1];
      if (!second || second.kind !== "pair") continue;
      ti++;
      if (/\/\s*$/.test(before) || /^\s*\//.test(text.slice(second.end))) continue; // "26/0/2022", "1/2/3"
      if (LABEL_BEFORE.test(before)) continue;
      const a = readCount(tok);
      const b = readCount(second);
      const f: Figure = {
        ...base(tok.start, second.end),
        kind: "pair",
        value: a.value,
        decimals: a.decimals,
        denominator: b,
      };
      const amount = amountUnitAt(text.slice(second.end));
      const unit = amount ? null : unitAt(text.slice(second.end), table);
      let afterFrom = second.end;
      if (amount) {
        f.unit = "triệu đồng";
        f.value *= amount.factor;
        f.denominator = { value: b.value * amount.factor, decimals: scaledDecimals(b.decimals, amount.factor) };
        afterFrom += amount.length;
      } else if (unit) {
        f.unit = unit.canonical;
        afterFrom += unit.length;
      }
      const ph = phraseAfter(text, afterFrom);
      f.after = text.slice(second.end, ph.end).toLowerCase();
      f.modifier = ph.text.toLowerCase();
      figures.push(f);
      continue;
    }

    if (tok.kind === "percent") {
      if (!Number.isFinite(tok.value)) continue;
      // "tự chủ 100% chi thường xuyên": part of a name
      if (NAME_PERCENT_BEFORE.test(before) && NAME_PERCENT_AFTER.test(rest)) continue;
      if (LABEL_BEFORE.test(before) && !/(?:số|tỷ lệ)\s*$/.test(before)) continue;
      const f: Figure = {
        ...base(tok.start, tok.end),
        kind: "percent",
        value: tok.value,
        decimals: tok.decimals,
      };
      const bm = /^\s*(?:các|số|tổng số|trên tổng số)?\s*/u.exec(rest)!;
      const bu = unitAt(rest.slice(bm[0].length), table);
      if (bu) f.base = bu.canonical;
      const ph = phraseAfter(text, tok.end);
      f.after = text.slice(tok.end, ph.end).toLowerCase();
      f.modifier = ph.text.toLowerCase();
      // "từ 70% - dưới 100%": a range or a bracket, not a figure
      if (/(?:^|\s)(?:từ|dưới)\s*$/.test(before) || /^\s*(?:-|–|đến)\s*(?:dưới\s*)?\d/u.test(rest)) continue;
      figures.push(f);
      continue;
    }

    if (tok.kind !== "number" || !Number.isFinite(tok.value)) continue;
    if (/[/:]\s*$/.test(text.slice(Math.max(0, tok.start - 1), tok.start)) && /\/\s*$/.test(before)) continue;
    if (TIME_AFTER.test(rest)) continue; // "6 tháng", "9 tháng đầu năm", "15 ngày"
    if (LABEL_BEFORE.test(before)) continue; // "quý 3", "tháng 9", "Điều 5", "số 12"
    // a numbering label inside the paragraph: "2.1. Kết quả", "3) Về"
    if (/^[.)]\s+\p{Lu}/u.test(rest) && /^\d+(?:\.\d+)*$/.test(tok.raw)) continue;
    if (/^0\d{8,}$/.test(tok.raw.replace(/[.\s]/g, ""))) continue; // phone numbers
    // "A triệu đồng / B triệu đồng": a pair of amounts
    const amount = amountUnitAt(rest);
    if (amount) {
      const read = readAmount(tok.raw);
      if (!read) continue;
      const afterAmount = tok.end + amount.length;
      const slash = /^\s*\/\s*/.exec(text.slice(afterAmount));
      const next = tokens[ti + 1];
      if (slash && next && next.kind === "number" && next.start === afterAmount + slash[0].length) {
        const read2 = readAmount(next.raw);
        const amount2 = amountUnitAt(text.slice(next.end));
        if (read2) {
          ti++;
          const factor2 = amount2 ? amount2.factor : amount.factor;
          const endPair = next.end + (amount2 ? amount2.length : 0);
          const f: Figure = {
            ...base(tok.start, next.end),
            kind: "pair",
            value: read.value * amount.factor,
            decimals: scaledDecimals(read.decimals, amount.factor),
            denominator: { value: read2.value * factor2, decimals: scaledDecimals(read2.decimals, factor2) },
            unit: "triệu đồng",
          };
          const ph = phraseAfter(text, endPair);
          f.after = text.slice(next.end, ph.end).toLowerCase();
          f.modifier = ph.text.toLowerCase();
          figures.push(f);
          continue;
        }
      }
      const f: Figure = {
        ...base(tok.start, tok.end),
        kind: "amount",
        value: read.value * amount.factor,
        decimals: scaledDecimals(read.decimals, amount.factor),
        unit: "triệu đồng",
      };
      const ph = phraseAfter(text, afterAmount);
      f.after = text.slice(tok.end, ph.end).toLowerCase();
      f.modifier = ph.text.toLowerCase();
      figures.push(f);
      continue;
    }
    const count = readCount(tok);
    const unit = unitAt(rest, table);
    const f: Figure = {
      ...base(tok.start, tok.end),
      kind: "count",
      value: count.value,
      decimals: count.decimals,
    };
    let afterFrom = tok.end;
    if (unit) {
      f.unit = unit.canonical;
      afterFrom += unit.length;
    }
    const ph = phraseAfter(text, afterFrom);
    f.after = text.slice(tok.end, ph.end).toLowerCase();
    f.modifier = ph.text.toLowerCase();
    f.weak = !unit && !f.copula;
    if (count.decimals > 0 && !unit) continue; // "2,5" without unit: not a count we can place
    figures.push(f);
  }

  // Labels: the text between the previous figure's unit phrase (or a ";", or the sentence start) and the figure.
  // (The last ";" and " - " before each figure are found moving forward once, not searched back from each figure.)
  let prevAfterEnd = 0;
  const lastSemi = lastBefore(text, ";");
  const lastDash = lastBefore(text, " - ");
  figures.forEach((f, i) => {
    f.prev = i - 1;
    const semi = lastSemi(f.start);
    const dash = lastDash(f.start);
    const from = Math.max(prevAfterEnd, semi + 1, dash >= 0 ? dash + 3 : 0);
    f.own = low.slice(Math.min(from, f.start), f.start);
    prevAfterEnd = f.end + f.after.length;
  });

  // "được giao 68, có mặt 65 người": a bare number takes the unit of the parallel figure right after it.
  figures.forEach((f, i) => {
    const next = figures[i + 1];
    if (f.kind !== "count" || f.unit || !next || !next.unit || next.kind !== "count") return;
    const between = low.slice(f.end, next.start);
    if (between.length <= 40 && !/[.;]/.test(between) && /^\s*(?:,|và|;)/.test(between)) {
      f.unit = next.unit;
      f.unitInherited = true;
      f.weak = false;
    }
  });
  // "2.845 hồ sơ (1.130 trực tuyến)": a bare number opening a bracket right after a count is a share of that count,
  // in its unit; its label is the words inside the bracket (and, being short, the outer figure's).
  const nextClose = nextAt(text, /\)/g);
  const nextSemiOrOpen = nextAt(text, /[;(]/g);
  figures.forEach((f, i) => {
    const prev = figures[i - 1];
    if (f.kind !== "count" || f.unit || !prev || !prev.unit || prev.unit === "triệu đồng") return;
    if (prev.kind !== "count" && prev.kind !== "pair") return;
    const between = low.slice(prev.end + prev.after.length, f.start);
    if (!/^\s*\(\s*(?:trong đó|gồm|có|riêng)?\s*:?\s*$/u.test(between)) return;
    const close = nextClose(f.end);
    const stop = nextSemiOrOpen(f.end);
    if (close < 0 || (stop >= 0 && stop < close)) return;
    f.unit = prev.unit;
    f.unitInherited = true;
    f.weak = false;
  });
  return figures;
}
