/** The appendix pasted from last quarter's Word report: two-row header, repeated headers, all text. */
import { checkWorkbook } from "../../../src/core/check";
import { seedAppendixPasted } from "../../helpers/fixtures";

const result = checkWorkbook(seedAppendixPasted());

test("every form row is found", () => {
  if (result.status !== "checked") throw new Error("appendix not found");
  expect(result.appendix.missingCodes).toEqual([]);
  expect(result.appendix.unrecognised).toEqual([]);
});

test("the value column is Số liệu under Kết quả thống kê, and wrapped 7.2.2c is one row", () => {
  if (result.status !== "checked") throw new Error("appendix not found");
  const row = result.appendix.rows.get("7.2.2c");
  expect(row?.value.number).toBe(11);
  expect(row?.labelText).toBe("Số TTHC đang cung cấp trực tuyến mức độ 4 có phát sinh hồ sơ nộp trực tuyến");
  expect(result.appendix.rows.get("4.6a")?.value.number).toBe(694);
  expect(result.appendix.rows.get("3.3.2a")?.value.number).toBe(1851); // "1.851" in a count of dossiers
});

test("the same faults as in the Excel fixture", () => {
  const key = (f: { kind: string; severity: string; codes: string[] }) => `${f.kind}|${f.severity}|${f.codes[0]}`;
  const keys = result.findings.map(key);
  for (const expected of ["ratio|error|7.2.4", "ratio|error|7.2.2", "sum|warning|4.3", "sum|warning|1.4.1", "missing|warning|3.1.4"]) {
    expect(keys).toContain(expected);
  }
  for (const code of ["1.2", "3.3.1", "3.3.2", "6.1", "2.3.2", "3.2.1", "3.2.2"]) {
    expect(result.findings.filter((f) => f.severity === "error" && f.codes.includes(code))).toEqual([]);
  }
});
