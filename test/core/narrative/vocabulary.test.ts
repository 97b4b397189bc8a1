/**
 * The matcher's vocabulary for two places where a correct report was read wrong, each with a consistent version
 * (every row matched, no error) and a planted disagreement (an error on the right row, cell and quote), NFC and NFD:
 * - the self-financing groups of public service units (6.2.1-6.2.4) in the words of Decree 60/2021 ("tự bảo đảm chi
 *   thường xuyên và chi đầu tư", "tự bảo đảm một phần", "do Nhà nước bảo đảm") and of the 2022 form ("tự chủ 100%",
 *   "nhà nước đảm bảo 100%", whose "100%" is part of the name, not a figure); the words the groups share ("bảo đảm
 *   chi thường xuyên") are no evidence for any of them;
 * - tasks finished late (1.4.3) against tasks overdue and not finished (1.4.4): the status words decide, not the
 *   shared "quá hạn".
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
  /** figures as written that match no row (reported as unmatched, never compared) */
  unmatched?: string[];
}

const report = (body: string) => `ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI
Chợ Mới, ngày 15 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023
${body}`;

const CASES: Case[] = [
  {
    name: "Decree 60 wording, one sentence",
    body: `5. Cải cách tài chính công
Về thực hiện cơ chế tự chủ, toàn huyện có 01 đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư; 02 đơn vị tự bảo đảm chi thường xuyên; 05 đơn vị tự bảo đảm một phần chi thường xuyên; 26 đơn vị do Nhà nước bảo đảm chi thường xuyên.`,
    values: { "6.2.1": 1, "6.2.2": 2, "6.2.3": 5, "6.2.4": 26 },
    plant: { "6.2.4": [25, 26, "26"], "6.2.2": [3, 2, "02"] },
  },
  {
    name: "Decree 60 wording, one sentence each",
    body: `5. Cải cách tài chính công
Số đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên là 02 đơn vị.
Số đơn vị sự nghiệp công lập do Nhà nước bảo đảm chi thường xuyên là 26 đơn vị.
Số đơn vị sự nghiệp tự bảo đảm một phần chi thường xuyên: 05 đơn vị.
Có 01 đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư.`,
    values: { "6.2.1": 1, "6.2.2": 2, "6.2.3": 5, "6.2.4": 26 },
    plant: { "6.2.3": [4, 5, "05"], "6.2.1": [0, 1, "01"] },
  },
  {
    name: "the 2022 form's wording, “100%” inside the names",
    body: `5. Cải cách tài chính công
Về thực hiện cơ chế tự chủ, toàn huyện có 01 đơn vị tự chủ 100% chi thường xuyên và chi đầu tư; 02 đơn vị tự chủ 100% chi thường xuyên; 05 đơn vị tự chủ một phần chi thường xuyên; 26 đơn vị do nhà nước đảm bảo 100% chi thường xuyên.`,
    values: { "6.2.1": 1, "6.2.2": 2, "6.2.3": 5, "6.2.4": 26 },
    plant: { "6.2.1": [2, 1, "01"], "6.2.4": [27, 26, "26"] },
  },
  {
    name: "tasks finished late and tasks overdue, by their status words",
    body: `1. Công tác chỉ đạo, điều hành
Năm 2023, huyện được UBND tỉnh giao 20 nhiệm vụ, đã hoàn thành đúng hạn 15 nhiệm vụ; hoàn thành chậm 02 nhiệm vụ; 03 nhiệm vụ quá hạn đang tiếp tục thực hiện.`,
    values: { "1.4.1": 20, "1.4.2": 15, "1.4.3": 2, "1.4.4": 3 },
    // the table has them the other way round
    plant: { "1.4.3": [3, 2, "02"], "1.4.4": [2, 3, "03"] },
  },
  {
    name: "“hoàn thành trễ hạn”, “đã quá hạn, đang triển khai”, and tasks not yet due in no row",
    body: `1. Công tác chỉ đạo, điều hành
Về thực hiện nhiệm vụ UBND tỉnh giao: tổng số 25 nhiệm vụ, trong đó đã hoàn thành đúng hạn 18 nhiệm vụ, 02 nhiệm vụ hoàn thành nhưng chậm so với thời hạn, 01 nhiệm vụ quá hạn đang triển khai, 04 nhiệm vụ chưa đến hạn.
Đối với nhiệm vụ UBND tỉnh giao năm trước chuyển sang: hoàn thành trễ hạn 02 nhiệm vụ; còn 01 nhiệm vụ đã quá hạn, đang triển khai thực hiện.`,
    values: { "1.4.1": 25, "1.4.2": 18, "1.4.3": 2, "1.4.4": 1 },
    plant: { "1.4.4": [0, 1, "01"] },
    unmatched: ["04"],
  },
  {
    name: "“quá hạn” with the status after it",
    body: `1. Công tác chỉ đạo, điều hành
Nhiệm vụ UBND tỉnh giao: 02 nhiệm vụ hoàn thành quá hạn; 01 nhiệm vụ quá hạn chưa hoàn thành.
Có 02 nhiệm vụ trễ hạn đã hoàn thành; 01 nhiệm vụ trễ hạn chưa hoàn thành.`,
    values: { "1.4.3": 2, "1.4.4": 1 },
    plant: { "1.4.3": [1, 2, "02"] },
  },
];

describe.each([
  ["NFC", (s: string) => s.normalize("NFC")],
  ["NFD", (s: string) => s.normalize("NFD")],
] as const)("vocabulary (%s)", (_v, transform) => {
  describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const doc = () => readPlainText(transform(report(c.body)));
    const errorsOf = (findings: Finding[]) =>
      findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");

    it("matches every row of the consistent version and raises no error", () => {
      const { findings, outcomes } = analyzeNarrative(doc(), appendixFrom(c.values));
      expect(errorsOf(findings)).toEqual([]);
      const matched = matchedCodes(outcomes);
      for (const code of Object.keys(c.values)) expect([code, matched.has(code)]).toEqual([code, true]);
      // a percent inside a name ("tự chủ 100% chi thường xuyên") is no figure
      expect(outcomes.filter((o) => o.figure.raw === "100%")).toEqual([]);
    });

    it("flags each planted disagreement on its row and cell, with both values", () => {
      const values = { ...c.values };
      for (const [code, [table]] of Object.entries(c.plant)) values[code] = table;
      const appendix = appendixFrom(values);
      const errors = errorsOf(analyzeNarrative(doc(), appendix).findings);
      // (a row reported in two sentences gives two errors)
      expect([...new Set(errors.map((f) => f.codes[0]))].sort()).toEqual(Object.keys(c.plant).sort());
      for (const [code, [table, prose, written]] of Object.entries(c.plant)) {
        const f = errors.find((e) => e.codes[0] === code)!;
        expect(f.cells[0]).toBe(appendix.rows.get(code)!.valueCell);
        expect(f.expected).toBeCloseTo(table, 6);
        expect(f.actual).toBeCloseTo(prose, 6);
        expect(spanText(f).normalize("NFC")).toBe(written);
      }
    });

    it("leaves figures of no row unmatched", () => {
      const { outcomes } = analyzeNarrative(doc(), appendixFrom(c.values));
      for (const raw of c.unmatched ?? []) {
        const o = outcomes.filter((x) => x.figure.raw.normalize("NFC") === raw);
        expect([raw, o.map((x) => x.result.status)]).toEqual([raw, ["none"]]);
      }
    });
  });
});
