import {
  parseVietnameseNumber,
  type NumberExpectation,
  type ParseResult,
  type ReadingNote,
} from "../../../src/core/vn/numbers";

interface Want {
  value: number;
  decimals: number;
  notes?: ReadingNote[]; // exact set (order ignored)
  pct?: boolean;
  breakdown?: number[];
  trailing?: string;
}

function check(res: ParseResult, w: Want): void {
  expect(res.ok).toBe(true);
  if (!res.ok) return;
  const r = res.reading;
  expect(r.value).toBeCloseTo(w.value, 9);
  expect(r.decimals).toBe(w.decimals);
  expect(r.hadPercentSign).toBe(w.pct ?? false);
  if (w.notes) expect([...r.notes].sort()).toEqual([...w.notes].sort());
  expect(r.breakdown).toEqual(w.breakdown);
  expect(r.trailingText).toEqual(w.trailing);
}

const I: NumberExpectation = "integer";
const D: NumberExpectation = "decimal";
const P: NumberExpectation = "percent";

describe("parseVietnameseNumber: values in the real fixture", () => {
  test.each<[string, NumberExpectation, Want]>([
    ["02", I, { value: 2, decimals: 0, notes: ["zero-padded"] }],
    ["01", I, { value: 1, decimals: 0, notes: ["zero-padded"] }],
    ["100 %", P, { value: 100, decimals: 0, pct: true, notes: ["spaced-percent"] }],
    ["28 (huyện 27, xã 01)", I, { value: 28, decimals: 0, breakdown: [27, 1], notes: ["breakdown"] }],
    ["14 (huyện 07, xã 07)", I, { value: 14, decimals: 0, breakdown: [7, 7], notes: ["breakdown"] }],
    ["69.843,53 2", D, { value: 69843.532, decimals: 3, notes: ["thousands-dot", "decimal-comma", "stray-space"] }],
    ["12.715,02 5", D, { value: 12715.025, decimals: 3, notes: ["thousands-dot", "decimal-comma", "stray-space"] }],
    ["98.49%", P, { value: 98.49, decimals: 2, pct: true, notes: ["decimal-dot"] }],
    ["52.04%", P, { value: 52.04, decimals: 2, pct: true, notes: ["decimal-dot"] }],
    ["5.75%", P, { value: 5.75, decimals: 2, pct: true, notes: ["decimal-dot"] }],
    [
      "100% văn bản được gửi điện tử trừ các VB mật",
      P,
      { value: 100, decimals: 0, pct: true, trailing: "văn bản được gửi điện tử trừ các VB mật", notes: ["trailing-text"] },
    ],
    ["191 cả huyện, xã", I, { value: 191, decimals: 0, trailing: "cả huyện, xã", notes: ["trailing-text"] }],
  ])("%j (%s)", (text, exp, want) => check(parseVietnameseNumber(text, exp), want));

  test.each<[string, NumberExpectation, string]>([
    ["-", I, "dash"],
    ["-", P, "dash"],
    ["Không có TTHC ở mức độ 3", I, "none-phrase"],
    ["TTHC nào có phát sinh phí, lệ phí đều có thể thanh toán trực tuyến", P, "not-a-number"],
  ])("%j (%s) → %s", (text, exp, reason) => {
    expect(parseVietnameseNumber(text, exp)).toEqual({ ok: false, reason });
  });
});

describe("parseVietnameseNumber: notation", () => {
  test.each<[string, NumberExpectation, Want]>([
    // plain
    ["0", I, { value: 0, decimals: 0, notes: [] }],
    ["76", I, { value: 76, decimals: 0, notes: [] }],
    ["76%", P, { value: 76, decimals: 0, pct: true, notes: [] }],
    ["100", P, { value: 100, decimals: 0, notes: [] }],
    ["1851", I, { value: 1851, decimals: 0, notes: [] }],
    // zero padding
    ["00", I, { value: 0, decimals: 0, notes: ["zero-padded"] }],
    ["007", I, { value: 7, decimals: 0, notes: ["zero-padded"] }],
    ["0,5", D, { value: 0.5, decimals: 1, notes: ["decimal-comma"] }],
    ["0.5", D, { value: 0.5, decimals: 1, notes: ["decimal-dot"] }],
    ["05,5", D, { value: 5.5, decimals: 1, notes: ["zero-padded", "decimal-comma"] }],
    // Vietnamese thousands dot
    ["1.851", I, { value: 1851, decimals: 0, notes: ["thousands-dot"] }],
    ["1.851", D, { value: 1851, decimals: 0, notes: ["thousands-dot", "ambiguous"] }],
    ["1.851", P, { value: 1.851, decimals: 3, notes: ["decimal-dot", "ambiguous"] }],
    ["1.234.567", I, { value: 1234567, decimals: 0, notes: ["thousands-dot"] }],
    ["1.234.567", D, { value: 1234567, decimals: 0, notes: ["thousands-dot"] }],
    ["12.000", I, { value: 12000, decimals: 0, notes: ["thousands-dot"] }],
    ["999.999", I, { value: 999999, decimals: 0, notes: ["thousands-dot"] }],
    // a dot that cannot be a thousands separator
    ["12.5", I, { value: 12.5, decimals: 1, notes: ["decimal-dot"] }],
    ["12.5", D, { value: 12.5, decimals: 1, notes: ["decimal-dot"] }],
    ["12.50", D, { value: 12.5, decimals: 2, notes: ["decimal-dot"] }],
    ["0.851", D, { value: 0.851, decimals: 3, notes: ["decimal-dot"] }],
    ["1234.567", D, { value: 1234.567, decimals: 3, notes: ["decimal-dot"] }],
    ["3.1416", D, { value: 3.1416, decimals: 4, notes: ["decimal-dot"] }],
    ["100.0%", P, { value: 100, decimals: 1, pct: true, notes: ["decimal-dot"] }],
    // Vietnamese decimal comma
    ["18,21", D, { value: 18.21, decimals: 2, notes: ["decimal-comma"] }],
    ["18,21", P, { value: 18.21, decimals: 2, notes: ["decimal-comma"] }],
    ["18,21", I, { value: 18.21, decimals: 2, notes: ["decimal-comma"] }],
    ["7,75%", P, { value: 7.75, decimals: 2, pct: true, notes: ["decimal-comma"] }],
    ["7,50%", P, { value: 7.5, decimals: 2, pct: true, notes: ["decimal-comma"] }],
    ["0,7556", D, { value: 0.7556, decimals: 4, notes: ["decimal-comma"] }],
    ["1234,567", D, { value: 1234.567, decimals: 3, notes: ["decimal-comma"] }],
    ["69.843,532", D, { value: 69843.532, decimals: 3, notes: ["thousands-dot", "decimal-comma"] }],
    ["1.234.567,89", D, { value: 1234567.89, decimals: 2, notes: ["thousands-dot", "decimal-comma"] }],
    // English notation
    ["1,851", I, { value: 1851, decimals: 0, notes: ["thousands-comma", "ambiguous"] }],
    ["1,851", D, { value: 1.851, decimals: 3, notes: ["decimal-comma", "ambiguous"] }],
    ["1,851", P, { value: 1.851, decimals: 3, notes: ["decimal-comma", "ambiguous"] }],
    ["1,234,567", I, { value: 1234567, decimals: 0, notes: ["thousands-comma"] }],
    ["1,234.56", D, { value: 1234.56, decimals: 2, notes: ["thousands-comma", "decimal-dot"] }],
    ["69,843.532", D, { value: 69843.532, decimals: 3, notes: ["thousands-comma", "decimal-dot"] }],
    ["0,851", I, { value: 0.851, decimals: 3, notes: ["decimal-comma"] }], // 0 cannot start a thousands group
    // percent spacing
    ["100 %", I, { value: 100, decimals: 0, pct: true, notes: ["spaced-percent"] }],
    ["7,76 %", P, { value: 7.76, decimals: 2, pct: true, notes: ["decimal-comma", "spaced-percent"] }],
    ["76%.", P, { value: 76, decimals: 0, pct: true, notes: [] }],
    ["  76  ", I, { value: 76, decimals: 0, notes: [] }],
    // signs
    ["-5", I, { value: -5, decimals: 0, notes: [] }],
    ["+5", I, { value: 5, decimals: 0, notes: [] }],
    ["−5", I, { value: -5, decimals: 0, notes: [] }], // U+2212
    ["–5", I, { value: -5, decimals: 0, notes: [] }], // en dash typed as minus
    ["-1.851", I, { value: -1851, decimals: 0, notes: ["thousands-dot"] }],
    ["-0,5", D, { value: -0.5, decimals: 1, notes: ["decimal-comma"] }],
    ["-0", I, { value: 0, decimals: 0, notes: [] }],
    // a leading separator
    [",5", D, { value: 0.5, decimals: 1, notes: ["decimal-comma"] }],
    // Excel text prefix
    ["'02", I, { value: 2, decimals: 0, notes: ["zero-padded"] }],
  ])("%j (%s)", (text, exp, want) => check(parseVietnameseNumber(text, exp), want));
});

describe("parseVietnameseNumber: spaces", () => {
  test.each<[string, NumberExpectation, Want]>([
    ["1.234,5 6", D, { value: 1234.56, decimals: 2, notes: ["thousands-dot", "decimal-comma", "stray-space"] }],
    ["7,7 5%", P, { value: 7.75, decimals: 2, pct: true, notes: ["decimal-comma", "stray-space"] }],
    ["12.5 3", D, { value: 12.53, decimals: 2, notes: ["decimal-dot", "stray-space"] }],
    ["1.85 1", I, { value: 1851, decimals: 0, notes: ["thousands-dot", "stray-space"] }],
    ["12.7 15,02", D, { value: 12715.02, decimals: 2, notes: ["thousands-dot", "decimal-comma", "stray-space"] }],
    // a space used as thousands separator (nbsp from other locales)
    ["1 851", I, { value: 1851, decimals: 0, notes: ["stray-space"] }],
    ["1\u00A0851", I, { value: 1851, decimals: 0, notes: ["stray-space"] }],
    ["1 234 567", I, { value: 1234567, decimals: 0, notes: ["stray-space"] }],
    ["1 234,5", D, { value: 1234.5, decimals: 1, notes: ["decimal-comma", "stray-space"] }],
    // cleaned before reading
    ["1\u200B851", I, { value: 1851, decimals: 0, notes: [] }],
    ["\uFEFF76%", P, { value: 76, decimals: 0, pct: true, notes: [] }],
    ["100\u00A0%", P, { value: 100, decimals: 0, pct: true, notes: ["spaced-percent"] }],
    ["100\u202F%", P, { value: 100, decimals: 0, pct: true, notes: ["spaced-percent"] }],
    ["7,75\uFF05", P, { value: 7.75, decimals: 2, pct: true, notes: ["decimal-comma"] }],
  ])("%j (%s)", (text, exp, want) => check(parseVietnameseNumber(text, exp), want));

  test.each<[string, NumberExpectation]>([
    ["35 46", I], // never joined
    ["35 46", P],
    ["1.851 234", I], // the space after a complete group is not stray
    ["18,21 5", D], // joined it would be ambiguous
    ["2 3", I],
    ["2022 2023", I],
  ])("%j (%s) is not-a-number", (text, exp) => {
    expect(parseVietnameseNumber(text, exp)).toEqual({ ok: false, reason: "not-a-number" });
  });
});

describe("parseVietnameseNumber: words, brackets, placeholders", () => {
  test.each<[string, NumberExpectation, Want]>([
    ["28 (27 huyện, 01 xã)", I, { value: 28, decimals: 0, breakdown: [27, 1], notes: ["breakdown"] }],
    ["5 (cấp huyện 2; cấp xã 3)", I, { value: 5, decimals: 0, breakdown: [2, 3], notes: ["breakdown", ] }],
    ["1.851 (huyện 1.000, xã 851)", I, { value: 1851, decimals: 0, breakdown: [1000, 851], notes: ["thousands-dot", "breakdown"] }],
    [
      "28 (huyện 27, xã 01) đơn vị",
      I,
      { value: 28, decimals: 0, breakdown: [27, 1], trailing: "đơn vị", notes: ["breakdown", "trailing-text"] },
    ],
    ["5 (năm)", I, { value: 5, decimals: 0, trailing: "(năm)", notes: ["trailing-text"] }],
    ["100% (trừ văn bản mật)", P, { value: 100, decimals: 0, pct: true, trailing: "(trừ văn bản mật)", notes: ["trailing-text"] }],
    ["12 hồ sơ", I, { value: 12, decimals: 0, trailing: "hồ sơ", notes: ["trailing-text"] }],
    ["191, cả huyện và xã", I, { value: 191, decimals: 0, trailing: "cả huyện và xã", notes: ["trailing-text"] }],
    ["5 - chưa tính cấp xã", I, { value: 5, decimals: 0, trailing: "chưa tính cấp xã", notes: ["trailing-text"] }],
    ["12tr", D, { value: 12, decimals: 0, trailing: "tr", notes: ["trailing-text"] }],
    ["0 (không phát sinh)", I, { value: 0, decimals: 0, trailing: "(không phát sinh)", notes: ["trailing-text"] }],
    ["98,5% hồ sơ đúng hạn", P, { value: 98.5, decimals: 1, pct: true, trailing: "hồ sơ đúng hạn", notes: ["decimal-comma", "trailing-text"] }],
    [NFD("100% văn bản"), P, { value: 100, decimals: 0, pct: true, trailing: "văn bản", notes: ["trailing-text"] }],
  ])("%j (%s)", (text, exp, want) => check(parseVietnameseNumber(text, exp), want));

  test.each<[string, string]>([
    ["", "empty"],
    ["   ", "empty"],
    ["\u00A0\u200B", "empty"],
    ["-", "dash"],
    ["–", "dash"],
    ["—", "dash"],
    ["--", "dash"],
    [" - ", "dash"],
    ["x", "dash"],
    ["X", "dash"],
    ["_", "dash"],
    ["/", "dash"],
    ["...", "dash"],
    ["…", "dash"],
    ["N/A", "dash"],
    ["không", "none-phrase"],
    ["Không", "none-phrase"],
    ["KHÔNG CÓ", "none-phrase"],
    ["không có", "none-phrase"],
    [NFD("không có"), "none-phrase"],
    ["không phát sinh", "none-phrase"],
    ["Không phát sinh.", "none-phrase"],
    ["chưa phát sinh", "none-phrase"],
    ["chưa thực hiện", "none-phrase"],
    ["Chưa có", "none-phrase"],
    ["Không có TTHC ở mức độ 3", "none-phrase"],
    ["không có số liệu", "none-phrase"],
    ["không áp dụng", "none-phrase"],
    ["khong co", "none-phrase"],
    ["Ko", "none-phrase"],
    ["KPS", "none-phrase"],
    ["TTHC nào có phát sinh phí, lệ phí đều có thể thanh toán trực tuyến", "not-a-number"],
    ["abc", "not-a-number"],
    ["Có", "not-a-number"],
    ["không đạt", "not-a-number"],
    ["Chưa hoàn thành", "not-a-number"],
    ["khoảng 20", "not-a-number"],
    ["Đạt 100%", "not-a-number"],
    ["trên 95%", "not-a-number"],
    ["35/46", "not-a-number"],
    ["01/2022", "not-a-number"],
    ["5-7", "not-a-number"],
    ["3 - 5", "not-a-number"],
    ["- 5", "not-a-number"],
    ["1.2.3", "not-a-number"],
    ["1.23,5", "not-a-number"],
    ["1,2,3", "not-a-number"],
    ["%", "not-a-number"],
    ["#N/A", "not-a-number"],
    ["(5)", "not-a-number"],
  ])("%j → %s", (text, reason) => {
    for (const e of [I, D, P]) expect(parseVietnameseNumber(text, e)).toEqual({ ok: false, reason });
  });
});

function NFD(s: string): string {
  return s.normalize("NFD");
}
