/**
 * The real appendix typed into Excel (test/fixtures/ngan-son-2022-q3/phu-luc.xlsx): every table fault the
 * seed really has is found, and the consistent rows raise no error.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { FIXTURE_XLSX, loadXlsxGrid } from "../helpers/fixtures";

let findings: Finding[];
let sheetName: string;

beforeAll(async () => {
  const result = checkWorkbook(await loadXlsxGrid(FIXTURE_XLSX));
  if (result.status !== "checked") throw new Error("appendix not found");
  findings = result.findings;
  sheetName = result.sheetName;
});

const about = (code: string, kind?: string) => findings.filter((f) => f.codes[0] === code && (!kind || f.kind === kind));
const errorsAbout = (code: string) => findings.filter((f) => f.severity === "error" && f.codes.includes(code));

describe("faults the seed's appendix really has", () => {
  test("7.2.4: 5.75% where 396/5106 = 7,76% — a ratio error with a certain fix", () => {
    const [f] = about("7.2.4", "ratio");
    expect(f.severity).toBe("error");
    expect(f.actual).toBe(5.75);
    expect(f.expected).toBeCloseTo(7.76, 2);
    expect(f.codes).toEqual(["7.2.4", "7.2.4b", "7.2.4a"]);
    expect(f.cells[0]).toBe("'Phụ lục'!D120");
    expect(f.fix?.display.vi).toBe("7,76%");
    expect(f.fix?.cell).toBe("'Phụ lục'!D120");
  });

  test("7.2.2: 52.04% where 191 of 191 eligible procedures are online (100%)", () => {
    const [f] = about("7.2.2", "ratio");
    expect(f.severity).toBe("error");
    expect(f.expected).toBe(100);
  });

  test("4.3: 34 public service units but the autonomy rows 6.2.1-6.2.4 add up to 35 — a warning, both cells, no fix", () => {
    // 4.3 counts the units under the district committee at the report date, 6.2.1-6.2.4 the units in the locality,
    // cumulative: a correct report may differ, and which side is wrong is not certain.
    const [f] = about("4.3", "sum");
    expect(f.severity).toBe("warning");
    expect(f.actual).toBe(34);
    expect(f.expected).toBe(35);
    expect(f.fix).toBeUndefined();
    expect(f.cells).toHaveLength(5);
  });

  test("1.4.1: 48 tasks given, 30 done on time, the other parts blank — a warning naming the 18 not accounted for", () => {
    const [f] = about("1.4.1", "sum");
    expect(f.severity).toBe("warning");
    expect(f.message.vi).toContain("1.4.3");
    expect(f.message.vi).toContain("1.4.4");
    expect(f.message.vi).toContain("18 nhiệm vụ chưa đến hạn?");
    expect(f.fix).toBeUndefined();
  });

  test("7.1a / 7.1b: 98,49% and 100% raise nothing but how the text was read", () => {
    for (const code of ["7.1a", "7.1b"]) {
      expect(findings.filter((f) => f.codes.includes(code) && f.kind !== "not-a-number")).toEqual([]);
    }
  });

  test("3.1.4: the total left blank while 256 + 108 are filled — fix 364", () => {
    const [f] = about("3.1.4", "missing");
    expect(f.fix?.number).toBe(364);
    expect(f.cells[0]).toBe("'Phụ lục'!D39");
  });

  test("text that is no number in numeric cells", () => {
    expect(about("7.2.5b", "not-a-number")[0].severity).toBe("error");
    expect(about("7.2.1", "not-a-number")[0].severity).toBe("warning"); // "Không có TTHC ở mức độ 3"
  });

  test("values read from text carry a note of how they were read", () => {
    const stray = about("6.1.1", "not-a-number")[0];
    expect(stray.severity).toBe("warning");
    expect(stray.actual).toBeCloseTo(69843.532, 3);
    expect(stray.message.vi).toMatch(/khoảng trắng/);
    const zeroPadded = about("2.1", "not-a-number")[0]; // "02": the administrative style, read without a warning
    expect(zeroPadded.actual).toBe(2);
    expect(zeroPadded.severity).toBe("info");
    expect(zeroPadded.message.vi).toBe('Ô D24 ghi "02" dạng chữ, đã hiểu là số 2.');
  });

  test("a percent filled whose part is blank cannot be verified (7.2.3b)", () => {
    const f = findings.find((x) => x.kind === "missing" && x.codes[0] === "7.2.3b");
    expect(f?.severity).toBe("warning");
  });

  test("zero denominators: the indicator did not arise, not an error", () => {
    for (const code of ["1.3.4", "3.4"]) {
      const [f] = about(code, "ratio");
      expect(f.severity).toBe("info");
      expect(f.message.vi).toContain("không phát sinh");
    }
  });
});

describe("consistent rows raise no error", () => {
  test.each(["1.2", "1.2.1", "1.2.2", "3.3.1", "3.3.1a", "3.3.2", "3.3.2a", "6.1", "6.1.1", "6.1.2", "2.3.2", "3.2.1", "3.2.2"])(
    "%s",
    (code) => {
      expect(errorsAbout(code)).toEqual([]);
    },
  );

  test("every finding points at a cell on the appendix sheet", () => {
    expect(sheetName).toBe("Phụ lục");
    for (const f of findings) expect(f.cells[0]).toMatch(/^'Phụ lục'!D\d+$/);
  });
});
