/** The command line on real files: exit status, JSON contract, readable report, clear errors. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FINDING_KINDS } from "../../src/core/findings";
import { FIXTURE_XLSX } from "../helpers/fixtures";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

test("--json prints one object with the contract's fields; exit 1 when errors are found", async () => {
  const { code, out, err } = await run("check", FIXTURE_XLSX, "--json");
  expect(err).toBe("");
  expect(code).toBe(1);
  const json = JSON.parse(out);
  expect(Object.keys(json)).toEqual(["findings"]);
  expect(json.findings.length).toBeGreaterThan(0);
  for (const f of json.findings) {
    expect(Object.keys(f).sort()).toEqual(["actual", "cells", "codes", "expected", "kind", "message", "quote", "severity"]);
    expect(FINDING_KINDS).toContain(f.kind);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof f.message).toBe("string");
  }
  const ratio = json.findings.find((f: { kind: string; codes: string[] }) => f.kind === "ratio" && f.codes[0] === "7.2.4");
  expect(ratio.cells).toEqual(["'Phụ lục'!D120", "'Phụ lục'!D122", "'Phụ lục'!D121"]);
});

test("the readable report is grouped by section, in Vietnamese by default and English with --lang en", async () => {
  const vi = await run("check", FIXTURE_XLSX);
  expect(vi.out).toMatch(/^Kết quả kiểm tra biểu phụ lục CCHC/);
  expect(vi.out).toMatch(/\n7\. Xây dựng và phát triển chính quyền điện tử\n/);
  expect(vi.out).toMatch(/\[LỖI\] D120 /);
  const en = await run("check", FIXTURE_XLSX, "--lang", "en");
  expect(en.out).toMatch(/\[ERROR\] D120 Row 7\.2\.4/);
});

test("exit 2 with a one-line reason for a missing file, a non-workbook and a workbook without the appendix", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-"));
  const missing = await run("check", path.join(dir, "none.xlsx"));
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^cchc: Không đọc được tệp/);
  expect(missing.err.trim().split("\n")).toHaveLength(1);

  const other = new ExcelJS.Workbook();
  other.addWorksheet("Chi tiêu").addRows([["Mục", "Số tiền"], ["Văn phòng phẩm", 1200]]);
  const noAppendix = path.join(dir, "khac.xlsx");
  await other.xlsx.writeFile(noAppendix);
  const none = await run("check", noAppendix);
  expect(none.code).toBe(2);
  expect(none.err).toMatch(/^cchc: Không tìm thấy biểu phụ lục/);

  const notXlsx = path.join(dir, "note.xlsx");
  writeFileSync(notXlsx, "this is not a zip");
  const bad = await run("check", notXlsx, "--lang", "en");
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/^cchc: Not a valid Excel workbook/);
});

test("usage errors are exit 2 with a message", async () => {
  expect((await run("check")).code).toBe(2);
  expect((await run("check", FIXTURE_XLSX, "--bogus")).err).toMatch(/Tùy chọn không hợp lệ/);
});
