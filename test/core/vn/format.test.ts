import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "../../../src/core/vn/format";
import { parseVietnameseNumber, findNumberTokens } from "../../../src/core/vn/numbers";

describe("ICU data", () => {
  test("vi-VN groups with '.' and uses ',' for decimals, no space before %", () => {
    expect(new Intl.NumberFormat("vi-VN").format(1234567.5)).toBe("1.234.567,5");
    expect(new Intl.NumberFormat("vi-VN", { style: "percent", minimumFractionDigits: 2 }).format(0.0776)).toBe("7,76%");
  });
});

describe("format", () => {
  test.each<[number, number | undefined, string, string]>([
    [69843.532, undefined, "69.843,532", "69,843.532"],
    [69843.532, 3, "69.843,532", "69,843.532"],
    [1851, undefined, "1.851", "1,851"],
    [1851, 0, "1.851", "1,851"],
    [1234567, undefined, "1.234.567", "1,234,567"],
    [18.21, undefined, "18,21", "18.21"],
    [7.5, 2, "7,50", "7.50"],
    [0.5, undefined, "0,5", "0.5"],
    [100, undefined, "100", "100"],
    [999, undefined, "999", "999"],
    [0, 2, "0,00", "0.00"],
    [-5, undefined, "-5", "-5"],
    [-1851.5, 1, "-1.851,5", "-1,851.5"],
    [-0, undefined, "0", "0"],
    [-0.001, 2, "0,00", "0.00"],
    [2.675, 2, "2,68", "2.68"],
    [0.1 + 0.2, undefined, "0,3", "0.3"],
  ])("%p (%p) → %p / %p", (value, decimals, vi, en) => {
    expect(formatNumberVi(value, decimals)).toBe(vi);
    expect(formatNumberEn(value, decimals)).toBe(en);
  });

  test.each<[number, number, string, string]>([
    [7.76, 2, "7,76%", "7.76%"],
    [76, 0, "76%", "76%"],
    [76.09, 0, "76%", "76%"],
    [7.7556, 2, "7,76%", "7.76%"],
    [100, 0, "100%", "100%"],
    [98.49, 2, "98,49%", "98.49%"],
    [5.75, 2, "5,75%", "5.75%"],
    [1250, 0, "1.250%", "1,250%"],
  ])("percent %p (%p) → %p / %p", (points, decimals, vi, en) => {
    expect(formatPercentVi(points, decimals)).toBe(vi);
    expect(formatPercentEn(points, decimals)).toBe(en);
  });

  test("percent agrees with Intl's percent style", () => {
    for (const [p, d] of [[7.76, 2], [76, 0], [98.49, 2], [0.5, 1], [12.345, 3]] as const) {
      const intl = new Intl.NumberFormat("vi-VN", { style: "percent", minimumFractionDigits: d, maximumFractionDigits: d });
      expect(formatPercentVi(p, d)).toBe(intl.format(p / 100));
    }
  });
});

describe("round trips", () => {
  const numbers: [number, number][] = [
    [69843.532, 3], [12715.025, 3], [1851, 0], [1234567, 0], [18.21, 2], [0.5, 1], [1.851, 3], [2, 0], [0, 0],
    [1851.5, 1], [999999.99, 2], [12.5, 1], [-5, 0], [-1851, 0], [100, 0], [7.05, 2],
  ];
  test.each(numbers)("vi decimal %p (%p)", (value, decimals) => {
    const res = parseVietnameseNumber(formatNumberVi(value, decimals), "decimal");
    expect(res.ok && res.reading.value).toBeCloseTo(value, 9);
    expect(res.ok && res.reading.decimals).toBe(decimals);
  });

  test.each(numbers.filter(([v, d]) => d === 0 && Number.isInteger(v)))("vi integer %p", (value) => {
    const res = parseVietnameseNumber(formatNumberVi(value), "integer");
    expect(res.ok && res.reading.value).toBe(value);
  });

  test.each<[number, number]>([[7.76, 2], [76, 0], [98.49, 2], [5.75, 2], [100, 0], [1.851, 3], [0.5, 1], [33.333, 3]])(
    "vi percent %p (%p)",
    (points, decimals) => {
      const text = formatPercentVi(points, decimals);
      const res = parseVietnameseNumber(text, "percent");
      expect(res.ok && res.reading).toMatchObject({ value: points, decimals, hadPercentSign: true });
      const [tok] = findNumberTokens(`đạt ${text} kế hoạch`);
      expect(tok).toMatchObject({ kind: "percent", value: points, decimals, raw: text });
    },
  );

  test.each<[number, number]>([[69843.532, 3], [1851, 0], [18.21, 2], [1234567.89, 2]])("vi prose %p", (value, decimals) => {
    const text = formatNumberVi(value, decimals);
    const [tok] = findNumberTokens(`giải ngân ${text} triệu đồng`);
    expect(tok).toMatchObject({ kind: "number", raw: text, decimals });
    expect(tok.value).toBeCloseTo(value, 9);
  });

  test.each<[number, number]>([[69843.532, 3], [1851, 0], [1234567, 0], [98.49, 2], [1234.56, 2]])(
    "en integer/decimal %p (%p) reads back (English notation with both separators or a non-3-digit fraction)",
    (value, decimals) => {
      const res = parseVietnameseNumber(formatNumberEn(value, decimals), decimals === 0 ? "integer" : "decimal");
      expect(res.ok && res.reading.value).toBeCloseTo(value, 9);
    },
  );

  test("known limit: English 1.851 (three decimals, no grouping) reads as Vietnamese 1851", () => {
    const res = parseVietnameseNumber(formatNumberEn(1.851, 3), "decimal");
    expect(res.ok && res.reading).toMatchObject({ value: 1851, notes: ["thousands-dot", "ambiguous"] });
  });
});
