/** `cchc export`: writes the report (exit 0), or says in one line why it could not (exit 2); checked right after. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { USAGE } from "../../src/cli/main";
import { NARRATIVE_SETTING, serialiseNarrative } from "../../src/core/narrative/saved";
import { readPlainText } from "../../src/core/narrative/document";
import { DETAILS_SETTING } from "../../src/core/report/savedDetails";
import { readDocxText } from "../../src/io/docx";
import { FIXTURE_DOCX, FIXTURE_XLSX, SEED_TXT } from "../helpers/fixtures";
import { withSettings } from "../helpers/workbookSettings";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "cchc-export-"));

test("from the sheet: writes the .docx (exit 0), warns about the table's errors, and the check of the export is clean", async () => {
  const details = path.join(dir, "thong-tin.json");
  writeFileSync(
    details,
    JSON.stringify({
      parentBody: "UBND tỉnh Bắc Kạn",
      unitName: "UBND huyện Ngân Sơn",
      period: "quý III",
      year: 2022,
      reportNumber: "125/BC-UBND",
      reportDate: "25/9/2022",
      signer: { name: "Nguyễn Trọng Lăng", title: "CHỦ TỊCH" },
      recipients: ["Sở Nội vụ", "Lưu: VT, NV"],
    }),
  );
  const out = path.join(dir, "bao-cao.docx");
  const r = await run("export", FIXTURE_XLSX, "--out", out, "--details", details);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Đã ghi báo cáo: .*bao-cao\.docx \(\d+ số liệu lấy từ biểu/);
  // 7.2.2, 7.2.4 and 7.2.5b (1.4.1 and 4.3 are warnings: a correct report may differ there)
  expect(r.err).toMatch(/^Cảnh báo: biểu còn 3 lỗi/);
  expect(r.err).toMatch(/D120 Dòng 7\.2\.4 ghi 5,75%/);
  // the rows named as the officer sees them: a sub-row by its label under its parent's STT, never by its code
  expect(r.err).toMatch(/Số liệu của dòng 7\.2\.2, dòng 7\.2\.4, dòng “Số TTHC đã được tích hợp[^”]*” \(mục 7\.2\.5\) đang có lỗi/);
  expect(r.err).not.toMatch(/7\.2\.5b/);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");

  // the export checked against the same workbook: the table's own findings, and no narrative finding
  const check = await run("check", FIXTURE_XLSX, "--report", out, "--json");
  const kinds = JSON.parse(check.out).findings.map((f: { kind: string }) => f.kind);
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.filter((k: string) => k === "narrative-mismatch" || k === "date")).toEqual([]);
});

test("from a draft (.docx or .txt): the officer's text kept, its figures rewritten, what is left as written listed", async () => {
  for (const draft of [FIXTURE_DOCX, SEED_TXT]) {
    const out = path.join(dir, `tu-ban-thao-${path.extname(draft).slice(1)}.docx`);
    const r = await run("export", FIXTURE_XLSX, "--report", draft, "--out", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the report: /);
    expect(r.out).toMatch(/\n\d+ figures of the draft could not be tied to a row of the table and are left as written:\n  - “/);
    expect(r.out).toContain("1.869");
    const check = await run("check", FIXTURE_XLSX, "--report", out, "--json");
    const narrative = JSON.parse(check.out).findings.filter(
      (f: { kind: string; severity: string }) => f.kind === "narrative-mismatch" && f.severity !== "info",
    );
    expect(narrative).toEqual([]);
  }
  // --from sheet with a draft: the prose from the table, sections III and IV from the draft
  const out = path.join(dir, "tu-bieu.docx");
  expect((await run("export", FIXTURE_XLSX, "--report", SEED_TXT, "--from", "sheet", "--out", out)).code).toBe(0);
});

test("uses the report details and the narrative the pane saved in the workbook (a --details file overrides them)", async () => {
  const draft = readPlainText(readFileSync(SEED_TXT, "utf8"));
  const book = path.join(dir, "da-luu.xlsx");
  writeFileSync(
    book,
    await withSettings(readFileSync(FIXTURE_XLSX), {
      [DETAILS_SETTING]: JSON.stringify({
        unit: "UBND huyện Ngân Sơn",
        period: "quý III",
        year: "2022",
        number: "125",
        date: "05/9/2022",
        signer: "Nguyễn Trọng Lăng",
        signing: "tm",
        recipients: "Sở Nội vụ\nLưu: VT, NV",
      }),
      [NARRATIVE_SETTING]: serialiseNarrative(draft, { name: "bao-cao-quy-3.txt", kind: "text" }),
    }),
  );
  const out = path.join(dir, "tu-so-tinh.docx");
  const r = await run("export", book, "--out", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Thông tin báo cáo: lấy từ sổ tính (đã lưu trong khung bên).");
  expect(r.out).toContain("Bản thảo: thuyết minh lưu trong sổ tính (bao-cao-quy-3.txt).");
  const text = (await readDocxText(readFileSync(out))).paragraphs.map((p) => p.text).join("\n");
  expect(text).toContain("Số: 125/BC-UBND");
  expect(text).toContain("Ngân Sơn, ngày 05 tháng 9 năm 2022");
  expect(text).toContain("Nguyễn Trọng Lăng");
  expect(text).toContain("- Sở Nội vụ;");
  // the pane's way: the prose from the table, sections III and IV from the narrative kept in the workbook
  expect(text).toContain("Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính (CCHC), Ủy ban nhân dân (UBND) huyện Ngân Sơn");
  expect(text).not.toContain("(Đơn vị bổ sung phương hướng, nhiệm vụ trọng tâm kỳ tới.)");

  // --from draft: the narrative's own text; a --details file overrides the saved details field by field
  const details = path.join(dir, "so-moi.json");
  writeFileSync(details, JSON.stringify({ reportNumber: "131" }));
  const again = path.join(dir, "tu-so-tinh-ban-thao.docx");
  expect((await run("export", book, "--out", again, "--from", "draft", "--details", details)).code).toBe(0);
  const kept = (await readDocxText(readFileSync(again))).paragraphs.map((p) => p.text).join("\n");
  expect(kept).toContain("Thực hiện công văn số 297/SNV-TCBC&CCHC");
  expect(kept).toContain("Số: 131/BC-UBND");
  expect(kept).toContain("Nguyễn Trọng Lăng");

  // a workbook with nothing saved: the details are gaps, as before
  const plain = await run("export", FIXTURE_XLSX, "--out", path.join(dir, "khong-luu.docx"));
  expect(plain.out).not.toContain("sổ tính");
});

test("exit 2 with one line for what cannot be used", async () => {
  const cases: [string[], RegExp][] = [
    [["export", FIXTURE_XLSX], /^cchc: Thiếu --out/],
    [["export", "--out", path.join(dir, "x.docx")], /^cchc: Thiếu tệp sổ tính/],
    [["export", FIXTURE_XLSX, "--out", path.join(dir, "x.pdf")], /^cchc: Tệp ghi ra phải là \.docx/],
    [["export", path.join(dir, "none.xlsx"), "--out", path.join(dir, "x.docx")], /^cchc: Không đọc được tệp/],
    [["export", FIXTURE_XLSX, "--out", path.join(dir, "x.docx"), "--details", path.join(dir, "none.json")], /^cchc: Không đọc được tệp thông tin báo cáo/],
    [["export", FIXTURE_XLSX, "--out", path.join(dir, "no-such-dir", "x.docx")], /^cchc: Không ghi được tệp/],
    [["export", FIXTURE_XLSX, "--out", path.join(dir, "x.docx"), "--from", "draft"], /^cchc: --from draft cần --report <bản thảo> \(sổ tính không lưu thuyết minh nào\)/],
    [["export", FIXTURE_XLSX, "--out", path.join(dir, "x.docx"), "--from", "word"], /^cchc: --from chỉ nhận sheet hoặc draft/],
  ];
  const badDetails = path.join(dir, "sai.json");
  writeFileSync(badDetails, JSON.stringify({ reportDate: "31/02/2022" }));
  cases.push([["export", FIXTURE_XLSX, "--out", path.join(dir, "x.docx"), "--details", badDetails], /^cchc: Thông tin báo cáo không hợp lệ .*reportDate/]);
  for (const [argv, message] of cases) {
    const r = await run(...argv);
    expect([argv.join(" "), r.code]).toEqual([argv.join(" "), 2]);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  }
  expect(existsSync(path.join(dir, "x.docx"))).toBe(false);
});

test("the usage names the export", () => {
  expect(USAGE).toMatch(/cchc export <phu-luc\.xlsx> --out <bao-cao\.docx>/);
});
