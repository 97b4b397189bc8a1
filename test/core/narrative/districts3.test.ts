/**
 * The fixes of the third round, each with a consistent version (matched, no error) and a planted disagreement (an
 * error on the right row, cell and quote), NFC and NFD: parallel items do not borrow the previous item's words
 * ("công bố mới 05, bãi bỏ 03"; "bổ nhiệm mới 04; bổ nhiệm lại 03"), ordinary recruitment is 5.2.1 unless "đặc biệt"
 * is said, "UBND tỉnh giao" without "hoàn thành" is the total 1.4.1, and rises and falls against another time are
 * skipped as changes.
 */
import { analyzeNarrative, readPlainText } from "../../../src/core/narrative";
import type { Finding } from "../../../src/core/findings";
import { appendixFrom, type CellInput, matchedCodes, spanText } from "./helpers";

interface Case {
  name: string;
  body: string;
  values: Record<string, CellInput>;
  /** row → [the table's value in the planted version, the prose value, the figure as written] */
  plant: Record<string, [number, number, string]>;
  /** figures as written that must be skipped as changes */
  changes?: string[];
}

const report = (body: string) => `ỦY BAN NHÂN DÂN HUYỆN BẠCH THÔNG
Bạch Thông, ngày 10 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023
${body}`;

const CASES: Case[] = [
  {
    name: "công bố mới / bãi bỏ",
    body: `1. Cải cách thủ tục hành chính
Trong năm, UBND huyện đã công bố mới 05 thủ tục, bãi bỏ 03 thủ tục; tổng số TTHC thuộc thẩm quyền giải quyết là 356 thủ tục.`,
    values: { "3.1.2": 5, "3.1.3": 3, "3.1.4": 356 },
    plant: { "3.1.3": [4, 3, "03"] },
  },
  {
    name: "bổ nhiệm mới / bổ nhiệm lại",
    body: `3. Cải cách chế độ công vụ
Trong năm, huyện đã bổ nhiệm mới 04 lãnh đạo cấp phòng; bổ nhiệm lại 03 lãnh đạo cấp phòng.`,
    values: { "5.3.2": 4, "5.3.5": 3 },
    plant: { "5.3.5": [2, 3, "03"], "5.3.2": [5, 4, "04"] },
  },
  {
    name: "tuyển dụng viên chức",
    body: `3. Cải cách chế độ công vụ
Công tác tuyển dụng, bổ nhiệm:
+ Tuyển dụng viên chức: 24 người;
+ Tuyển dụng viên chức theo trường hợp đặc biệt: 02 người.`,
    values: { "5.2.1": 24, "5.2.2": 2 },
    plant: { "5.2.1": [20, 24, "24"] },
  },
  {
    name: "nhiệm vụ UBND tỉnh giao",
    body: `1. Công tác chỉ đạo, điều hành
Nhiệm vụ UBND tỉnh giao 12 nhiệm vụ, hoàn thành đúng hạn 11 nhiệm vụ.`,
    values: { "1.4.1": 12, "1.4.2": 11 },
    plant: { "1.4.1": [13, 12, "12"] },
  },
  {
    name: "được UBND tỉnh giao",
    body: `1. Công tác chỉ đạo, điều hành
Năm 2023, huyện được UBND tỉnh giao 12 nhiệm vụ, đã hoàn thành đúng hạn 11 nhiệm vụ.`,
    values: { "1.4.1": 12, "1.4.2": 11 },
    plant: { "1.4.1": [14, 12, "12"] },
  },
  {
    name: "rises and falls",
    body: `1. Công tác chỉ đạo, điều hành
Kế hoạch CCHC năm 2023 của huyện gồm 40 nhiệm vụ, đã hoàn thành 38 nhiệm vụ, đạt tỉ lệ 95%, tăng 5% so với cùng kỳ.
2. Cải cách tổ chức bộ máy
Số đơn vị sự nghiệp công lập trực thuộc là 31 đơn vị, giảm 8 đơn vị so với năm 2015.`,
    values: { "1.2": 95, "1.2.1": 40, "1.2.2": 38, "4.3": 31 },
    plant: { "4.3": [30, 31, "31"] },
    changes: ["5%", "8"],
  },
];

describe.each([
  ["NFC", (s: string) => s.normalize("NFC")],
  ["NFD", (s: string) => s.normalize("NFD")],
] as const)("third-round fixes (%s)", (_v, transform) => {
  describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const doc = () => readPlainText(transform(report(c.body)));
    const errorsOf = (findings: Finding[]) =>
      findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");

    it("matches every row of the consistent version and raises no error", () => {
      const { findings, outcomes } = analyzeNarrative(doc(), appendixFrom(c.values));
      expect(errorsOf(findings)).toEqual([]);
      const matched = matchedCodes(outcomes);
      for (const code of Object.keys(c.values)) expect([code, matched.has(code)]).toEqual([code, true]);
    });

    it("flags each planted disagreement on its row and cell, with both values", () => {
      const values = { ...c.values };
      for (const [code, [table]] of Object.entries(c.plant)) values[code] = table;
      const appendix = appendixFrom(values);
      const errors = errorsOf(analyzeNarrative(doc(), appendix).findings);
      expect(errors.map((f) => f.codes[0]).sort()).toEqual(Object.keys(c.plant).sort());
      for (const [code, [table, prose, written]] of Object.entries(c.plant)) {
        const f = errors.find((e) => e.codes[0] === code)!;
        expect(f.cells[0]).toBe(appendix.rows.get(code)!.valueCell);
        expect(f.expected).toBeCloseTo(table, 6);
        expect(f.actual).toBeCloseTo(prose, 6);
        expect(spanText(f).normalize("NFC")).toBe(written);
      }
    });

    it("skips rises and falls as changes, and reports nothing on them", () => {
      const { findings, outcomes } = analyzeNarrative(doc(), appendixFrom(c.values));
      for (const raw of c.changes ?? []) {
        const o = outcomes.filter((x) => x.figure.raw.normalize("NFC") === raw);
        expect([raw, o.length]).toEqual([raw, 1]);
        expect(o[0].result).toEqual({ status: "skipped", reason: "change" });
        const spans = findings.map((f) => spanText(f).normalize("NFC"));
        expect(spans).not.toContain(raw);
      }
    });
  });
});
