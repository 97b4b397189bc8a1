/**
 * The unseen cases (test/core/unseen/cases.ts) through the command line, as a provincial office would run it on the
 * files its communes, wards and departments send: `check --report --json` on each unit, `form infer`, `check-all` on
 * the folder (consistent and planted units side by side), and `export` of a draft kept word for word. The files are
 * written by the tests (ExcelJS, and Word's own XML for the .docx reports).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readDocxText } from "../../src/io/docx";
import { SUMMARY_FILE } from "../../src/cli/commands/checkAll";
import type { FindingJson } from "../../src/core/findings";
import { CASES, SLOPPY_COMMUNE, WARD, type UnseenCase } from "../core/unseen/cases";
import { writeCaseFiles } from "../core/unseen/files";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

type JsonFinding = FindingJson;

let good: string;
let bad: string;
const files = new Map<
  string,
  { good: { workbook: string; report: string }; bad: { workbook: string; report: string } }
>();

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), "cchc-unseen-"));
  good = path.join(root, "dung");
  bad = path.join(root, "sai");
  for (const c of CASES)
    files.set(c.id, { good: await writeCaseFiles(c, good, false), bad: await writeCaseFiles(c, bad, true) });
}, 60_000);

/** A finding as the planted list names it (see test/core/unseen/unseen.test.ts). */
function named(f: JsonFinding): string {
  const column = /^Cột «([^»]+)»/.exec(f.message)?.[1];
  return `${f.kind} ${f.kind === "date" ? f.actual : f.codes[0]}${column ? ` [${column}]` : ""}`;
}

async function findings(c: UnseenCase, version: "good" | "bad"): Promise<{ code: number; list: JsonFinding[] }> {
  const f = files.get(c.id)![version];
  const { code, out, err } = await run("check", f.workbook, "--report", f.report, "--json");
  expect(err).toBe("");
  return { code, list: JSON.parse(out).findings };
}

describe.each(CASES.map((c) => [c.id, c] as const))("cchc check %s --report … --json", (_id, c) => {
  test("the consistent unit: exit 0, no error, only the design's warnings", async () => {
    const { code, list } = await findings(c, "good");
    expect(list.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
    expect(code).toBe(0);
    const design = (c.designWarnings ?? []).map((p) => `${p.kind} ${p.code}${p.column ? ` [${p.column}]` : ""}`);
    expect(
      list
        .filter((f) => f.severity === "warning")
        .map(named)
        .sort(),
    ).toEqual(design.sort());
  });

  test("the planted unit: exit 1, exactly the planted faults as errors, each with its cell", async () => {
    const { code, list } = await findings(c, "bad");
    expect(code).toBe(1);
    const errors = list.filter((f) => f.severity === "error");
    const planted = c.planted.filter((p) => !p.notFound);
    expect(errors.map(named).sort()).toEqual(
      planted.map((p) => `${p.kind} ${p.code}${p.column ? ` [${p.column}]` : ""}`).sort(),
    );
    for (const f of errors) if (f.kind !== "date") expect(f.cells[0]).toMatch(/^'?[^!]+'?![A-Z]+\d+$/);
  });
});

test("cchc form infer reads the sloppy two-column form: units from the labels, the value columns' relations", async () => {
  const { code, out } = await run("form", "infer", files.get(SLOPPY_COMMUNE.id)!.good.workbook);
  expect(code).toBe(0);
  const form = JSON.parse(out);
  const byCode = new Map(form.rows.map((r: { code: string }) => [r.code, r]));
  expect(byCode.get("7")).toMatchObject({ label: "Số hồ sơ tiếp nhận (hồ sơ)", unit: "hồ sơ", kind: "count" });
  expect(byCode.get("9")).toMatchObject({ unit: "%", kind: "percent" });
  type Rel = { type: string; percent?: string; total?: string; part?: string };
  // (not 18, the digitised share: its denominator, the dossiers received, sits in another group of the form)
  expect(form.relations.map((r: Rel) => `${r.type} ${r.percent ?? r.total ?? r.part}`)).toEqual([
    "ratio 5",
    "ratio 9",
    "ratio 10",
    "sum 7",
    "sum 8",
    "part-of 8",
    "part-of 11",
  ]);
});

test("cchc check-all on the folder: the consistent units have no error, each planted unit its planted errors", async () => {
  // both versions in one folder, as a province receives them (the planted ones under another name)
  const folder = mkdtempSync(path.join(tmpdir(), "cchc-unseen-all-"));
  for (const c of CASES) {
    await writeCaseFiles(c, folder, false);
    await writeCaseFiles({ ...c, id: `${c.id}-sai` }, folder, true);
  }
  const { code, out } = await run("check-all", folder, "--jobs", "2");
  expect(code).toBe(1);
  expect(out).toMatch(new RegExp(`^Đã kiểm tra ${CASES.length * 2}/${CASES.length * 2} tệp`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder, SUMMARY_FILE));
  const sheet = wb.getWorksheet("Tổng hợp")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const unit = header.indexOf("Đơn vị");
  const errors = header.indexOf("Lỗi");
  const counts = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (n > 1) counts.set(row.getCell(unit + 1).text, Number(row.getCell(errors + 1).text));
  });
  for (const c of CASES) {
    expect([c.id, counts.get(c.id)]).toEqual([c.id, 0]);
    expect([c.id, counts.get(`${c.id}-sai`)]).toEqual([c.id, c.planted.filter((p) => !p.notFound).length]);
  }
}, 120_000);

test("cchc export keeps the ward's draft word for word and the exported report checks clean against its table", async () => {
  const f = files.get(WARD.id)!.good;
  const out = path.join(path.dirname(f.workbook), "xuat.docx");
  const exported = await run("export", f.workbook, "--report", f.report, "--out", out);
  expect(exported.code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  // no details given: the header and the signer are the draft's, and the officer is told so
  expect(exported.out).toContain(
    "Lấy từ bản thảo (không có trong thông tin báo cáo đã cho): cơ quan ban hành, số văn bản, địa danh, ngày tháng, kỳ báo cáo, trích yếu, người ký, nơi nhận.",
  );
  const header = (await readDocxText(new Uint8Array(readFileSync(out)))).paragraphs[0].text;
  for (const t of ["ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH", "Số: 87/BC-UBND", "Hạc Thành, ngày 16 tháng 9 năm 2025"])
    expect(header).toContain(t);
  expect(header).not.toContain("....");
  const { code, out: json } = await run("check", f.workbook, "--report", out, "--json");
  const findings = JSON.parse(json).findings as JsonFinding[];
  expect(findings.filter((x) => x.severity !== "info").map((x) => x.message)).toEqual([]);
  expect(code).toBe(0);
});
