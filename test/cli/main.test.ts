/** The command line on real files: exit status, JSON contract, readable report, clear errors. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FINDING_KINDS } from "../../src/core/findings";
import { FIXTURE_DOCX, FIXTURE_XLSX } from "../helpers/fixtures";

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
    expect(Object.keys(f).sort()).toEqual([
      "actual",
      "cells",
      "codes",
      "expected",
      "kind",
      "message",
      "quote",
      "severity",
    ]);
    expect(FINDING_KINDS).toContain(f.kind);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof f.message).toBe("string");
  }
  const ratio = json.findings.find(
    (f: { kind: string; codes: string[] }) => f.kind === "ratio" && f.codes[0] === "7.2.4",
  );
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

test("the readable report shows what needs action: reading notes folded, numbers typed as text listed once", async () => {
  const { out } = await run("check", FIXTURE_XLSX);
  expect(out).toMatch(/^\d+ lỗi, \d+ cảnh báo$/m);
  // 7.2.4's "5.75%" typed as text is said under its ratio error, not as a card of its own
  expect(out).toMatch(
    /\[LỖI\] D120 Dòng 7\.2\.4: Ghi 5,75% nhưng 396\/5\.106 = 7,76%\.\n\s+\(Ô D120 ghi "5\.75%" dạng chữ/,
  );
  expect(out).not.toMatch(/\[[^\]]+\] D120 Ô D120/);
  // "02", "01", "100 %", "98.49%": one list, no warning each
  expect(out).toMatch(/8 ô ghi số dạng chữ[^\n]*:\n {2}D24 "02" → 2; D31 "100 %" → 100%;/);
  expect(out).not.toMatch(/\] D24 /);
  // notes that need no action are left out; sub-rows are named by their label, not an invented code
  expect(out).not.toMatch(/1\.6|không phát sinh trong kỳ/);
  expect(out).not.toMatch(/7\.2\.3b/);
  expect(out).toMatch(/Dòng “Số TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công…” \(mục 7\.2\.3\): Để trống/);
});

test("exit 2 with a one-line reason for a missing file, a non-workbook and a workbook without the appendix", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-"));
  const missing = await run("check", path.join(dir, "none.xlsx"));
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/^cchc: Không đọc được tệp/);
  expect(missing.err.trim().split("\n")).toHaveLength(1);

  const other = new ExcelJS.Workbook();
  other.addWorksheet("Chi tiêu").addRows([
    ["Mục", "Số tiền"],
    ["Văn phòng phẩm", 1200],
  ]);
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

describe("--report: the narrative against the table", () => {
  test("the seed's three real disagreements and its bad dates, in the same JSON list", async () => {
    const { code, out } = await run("check", FIXTURE_XLSX, "--report", FIXTURE_DOCX, "--json");
    expect(code).toBe(1);
    const findings: {
      kind: string;
      severity: string;
      codes: string[];
      cells: string[];
      quote: string | null;
      actual: unknown;
      expected: unknown;
    }[] = JSON.parse(out).findings;
    const mismatches = findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");
    expect(mismatches.map((f) => f.codes[0]).sort()).toEqual(["1.3.1", "4.5.2", "7.2.4"]);
    const m = mismatches.find((f) => f.codes[0] === "7.2.4")!;
    expect(m.cells).toEqual(["'Phụ lục'!D120"]);
    expect(m.quote).toContain("7,75%");
    expect(m.actual).toBe(7.75);
    expect(m.expected).toBe(5.75);
    const dates = findings.filter((f) => f.kind === "date" && f.severity === "error").map((f) => f.quote ?? "");
    expect(dates.some((q) => q.includes("26/0/2022"))).toBe(true);
    expect(dates.some((q) => q.includes("15/12/2022"))).toBe(true);
    expect(dates.some((q) => q.includes("31/12/2022"))).toBe(true);
  });

  test("a plain-text draft works the same, and an unreadable report is exit 2", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-"));
    const txt = path.join(dir, "bao-cao.txt");
    writeFileSync(txt, "Tổng số công chức hiện có mặt là 70/72 người.\n");
    const json = JSON.parse((await run("check", FIXTURE_XLSX, "--report", txt, "--json")).out);
    const f = json.findings.find(
      (x: { kind: string; codes: string[] }) => x.kind === "narrative-mismatch" && x.codes[0] === "4.5.2",
    );
    expect(f.actual).toBe(70);
    const broken = path.join(dir, "bao-cao.docx");
    writeFileSync(broken, "not a zip");
    const bad = await run("check", FIXTURE_XLSX, "--report", broken);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^cchc: Tệp “.*bao-cao\.docx” không phải văn bản Word \(\.docx\) đọc được/);
  });
});
