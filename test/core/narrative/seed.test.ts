import { readFileSync } from "fs";
import { analyzeNarrative, checkNarrative, readPlainText, reportDateFrom } from "../../../src/core/narrative";
import type { Finding } from "../../../src/core/findings";
import { SEED_TXT } from "../../helpers/fixtures";
import { appendixFrom, SEED_VALUES } from "./helpers";

const seedText = readFileSync(SEED_TXT, "utf8");

function spanText(f: Finding): string {
  return f.quote && f.quoteSpan ? f.quote.slice(f.quoteSpan.start, f.quoteSpan.end) : "";
}

describe("narrative check on the seed report (Ngân Sơn, quý III 2022)", () => {
  const doc = readPlainText(seedText);
  const appendix = appendixFrom(SEED_VALUES);
  const { findings, outcomes } = analyzeNarrative(doc, appendix);
  const errors = findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");

  it("finds exactly the three real disagreements", () => {
    expect(errors.map((f) => f.codes[0]).sort()).toEqual(["1.3.1", "4.5.2", "7.2.4"]);
  });

  it("reports 7,75% against 5,75% on row 7.2.4 with both values, the sentence and the figure's span", () => {
    const f = errors.find((e) => e.codes[0] === "7.2.4")!;
    expect(f.expected).toBe(5.75);
    expect(f.actual).toBe(7.75);
    expect(f.cells[0]).toBe(appendix.rows.get("7.2.4")!.valueCell);
    expect(f.message.vi).toMatch(/^Thuyết minh ghi 7,75% nhưng biểu ghi 5,75% \(dòng 7\.2\.4\)/);
    // the prose is right about the table's own 396/5106
    expect(f.message.vi).toContain("396/5.106 = 7,76%");
    expect(f.message.en).toContain("7.75%");
    expect(f.message.en).toContain("5.75%");
    expect(f.quote).toContain("396/5106 hồ sơ");
    expect(spanText(f)).toBe("7,75%");
  });

  it("reports 03 communes inspected against 0 (1.3.1) and 64 civil servants against 63 (4.5.2)", () => {
    const insp = errors.find((e) => e.codes[0] === "1.3.1")!;
    expect([insp.expected, insp.actual]).toEqual([0, 3]);
    expect(spanText(insp)).toBe("03");
    const cc = errors.find((e) => e.codes[0] === "4.5.2")!;
    expect([cc.expected, cc.actual]).toEqual([63, 64]);
    expect(spanText(cc)).toBe("64");
    expect(cc.quote).toContain("64/72");
  });

  it("matches the consistent figures to their rows and raises nothing for them", () => {
    const matched = new Map<string, string>();
    for (const o of outcomes) if (o.result.status === "matched") matched.set(o.figure.raw, o.result.best.code);
    expect(matched.get("35/46")).toBe("1.2.2");
    expect(matched.get("254")).toMatch(/^3\.3\.1[ab]$/);
    expect(matched.get("1.851")).toMatch(/^3\.3\.2[ab]$/);
    expect(matched.get("18,21%")).toBe("6.1");
    expect(matched.get("69.843,532")).toBe("6.1.1");
    expect(matched.get("12.715,025")).toBe("6.1.2");
    expect(matched.get("622/694")).toBe("4.6.1");
    expect(matched.get("256")).toBe("3.1.4a");
    expect(matched.get("108")).toBe("3.1.4b");
    expect(matched.get("396/5106")).toBe("7.2.4b");
    for (const raw of ["35/46", "254", "1.851", "18,21%", "69.843,532", "12.715,025", "622/694", "256", "108"]) {
      expect(
        findings.filter((f) => f.severity !== "info" && f.kind === "narrative-mismatch" && spanText(f) === raw),
      ).toEqual([]);
    }
  });

  it("does not take look-alike figures for table rows", () => {
    const byRaw = (raw: string) => outcomes.filter((o) => o.figure.raw === raw).map((o) => o.result.status);
    // received (phải giải quyết), pending (đang xử lý), budget revenue, commune staff, degrees: no row
    for (const raw of ["1.869", "269", "15", "18", "59,33 %", "199", "164", "10"]) {
      expect(byRaw(raw)).not.toContain("matched");
    }
  });

  it("lists unmatched quantity figures as info, never bare numbers", () => {
    const infos = findings.filter((f) => f.severity === "info");
    expect(infos.every((f) => f.kind === "narrative-mismatch" && f.codes.length === 0)).toBe(true);
    expect(infos.map(spanText)).toEqual(expect.arrayContaining(["1.869", "199", "12"]));
    expect(infos.map((f) => f.message.vi)).toContainEqual(
      expect.stringMatching(/^Chưa đối chiếu được số liệu “1\.869 hồ sơ”/),
    );
    expect(infos.map(spanText)).not.toContain("164"); // "Đại học 164"
    expect(infos.some((f) => /^4$/.test(spanText(f)))).toBe(false); // "4 cấp hành chính"
  });

  it("finds the impossible date, the two dates after the report date and the other quarter", () => {
    const dates = findings.filter((f) => f.kind === "date");
    expect(
      dates
        .filter((f) => f.severity === "error")
        .map(spanText)
        .sort(),
    ).toEqual(["15/12/2022", "26/0/2022", "31/12/2022"]);
    const warn = dates.filter((f) => f.severity === "warning");
    expect(warn.map(spanText)).toEqual(["quý I năm 2022"]);
    expect(warn[0].quote).toContain("không có phản ánh");
    expect(dates.find((f) => spanText(f) === "31/12/2022")!.quote).toContain("2686/QĐ-UBND");
  });

  it("takes the report date from the header with a blank day: end of September 2022", () => {
    expect(reportDateFrom(doc)).toEqual({ y: 2022, m: 9, d: 30 });
  });

  it("reports a table error the officer fixes no more", () => {
    const fixed = checkNarrative(
      doc,
      appendixFrom({ ...SEED_VALUES, "7.2.4": { value: 7.76, decimals: 2 }, "1.3.1": 3, "4.5.2": 64 }),
    );
    expect(fixed.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error")).toEqual([]);
  });

  it("warns when the prose has a figure and the table cell is empty", () => {
    const values = { ...SEED_VALUES };
    delete values["1.3.1"];
    const w = checkNarrative(doc, appendixFrom(values)).filter((f) => f.codes[0] === "1.3.1");
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe("warning");
    expect(w[0].message.vi).toMatch(/để trống/);
  });
});
