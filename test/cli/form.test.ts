/**
 * The form on the command line: `cchc form infer` writes the form learnt from a workbook, `cchc form export` a built-in
 * or saved form, `cchc check --form` checks with a form file, and a form (and the relations turned off) saved in a
 * workbook by the pane is used by `cchc check` on that workbook.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { DISTRICT_2022 } from "../../src/core/form";
import { formFileText, parseFormFile, RELATIONS_OFF_SETTING, SAVED_FORM_SETTING } from "../../src/core/form/file";
import { COMMUNE_2025, rowIndex, shapeXlsx, withValues } from "../core/form/infer/shapes";
import { withSettings } from "../helpers/workbookSettings";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "cchc-form-"));
const FAULTY = withValues(COMMUNE_2025, {
  [rowIndex(COMMUNE_2025, "Tỷ lệ hoàn thành Kế hoạch CCHC năm")]: [{ pct: 80 }],
  [rowIndex(COMMUNE_2025, "Giải quyết quá hạn")]: [30],
});

test("form infer --out writes the form learnt from the table and prints its relations with their evidence", async () => {
  const book = path.join(dir, "xa.xlsx");
  writeFileSync(book, await shapeXlsx(COMMUNE_2025));
  const out = path.join(dir, "bieu-xa.json");
  const { code, out: printed, err } = await run("form", "infer", book, "--out", out);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  expect(printed.split("\n")[0]).toBe(
    "Biểu đọc từ trang tính: 42 chỉ tiêu, 8 tỷ lệ, 3 tổng, 3 so sánh thành phần với tổng",
  );
  expect(printed).toContain("[lỗi 85%] «Tỷ lệ hồ sơ giải quyết trước và đúng hạn» = trước và đúng hạn / đã giải quyết");
  expect(printed).toContain("[cảnh báo 75%] «Tỷ lệ thu ngân sách so với dự toán»");
  const form = parseFormFile(readFileSync(out, "utf8"));
  expect(form.year).toBe(2025);
  expect(form.rows.find((r) => r.code === "29")?.canExceed).toBe(true);
});

test("check --form form.json checks with the form file; the JSON contract is unchanged", async () => {
  const book = path.join(dir, "xa-loi.xlsx");
  writeFileSync(book, await shapeXlsx(FAULTY));
  const formFile = path.join(dir, "bieu.json");
  writeFileSync(formFile, (await run("form", "infer", path.join(dir, "xa.xlsx"))).out);
  const { code, out } = await run("check", book, "--form", formFile, "--json");
  expect(code).toBe(1);
  const json = JSON.parse(out);
  expect(Object.keys(json)).toEqual(["findings"]);
  expect(json.findings.map((f: { kind: string; codes: string[] }) => `${f.kind} ${f.codes[0]}`)).toEqual([
    "ratio 4",
    "sum 13",
  ]);
  expect(Object.keys(json.findings[0]).sort()).toEqual(
    ["actual", "cells", "codes", "expected", "kind", "message", "quote", "severity"].sort(),
  );
});

test("the text report names the form used, and the known form on the fixture", async () => {
  const { out } = await run("check", path.join(dir, "xa.xlsx"));
  expect(out.split("\n")[1]).toBe(
    "Biểu: Biểu đọc từ trang tính: 42 chỉ tiêu, 8 tỷ lệ, 3 tổng, 3 so sánh thành phần với tổng",
  );
  const en = await run("form", "export", "district-2022", "--lang", "en");
  expect(parseFormFile(en.out)).toEqual(DISTRICT_2022);
});

test("form export district-2022 round-trips: the form file reads back as the same form", async () => {
  const out = path.join(dir, "district.json");
  expect((await run("form", "export", "district-2022", "--out", out)).code).toBe(0);
  expect(parseFormFile(readFileSync(out, "utf8"))).toEqual(DISTRICT_2022);
  expect(readFileSync(out, "utf8")).toBe(formFileText(DISTRICT_2022));
});

test("a form and the relations turned off, saved in the workbook, are what check uses", async () => {
  const inferred = parseFormFile((await run("form", "infer", path.join(dir, "xa.xlsx"))).out);
  const saved = { ...inferred, title: "Biểu xã Tân Lập 2025" };
  const book = path.join(dir, "xa-da-luu.xlsx");
  writeFileSync(
    book,
    await withSettings(await shapeXlsx(FAULTY), {
      [SAVED_FORM_SETTING]: formFileText(saved),
      [RELATIONS_OFF_SETTING]: JSON.stringify(["ratio 4 = 3 / 2"]),
    }),
  );
  const { code, out } = await run("check", book);
  expect(code).toBe(1);
  expect(out.split("\n")[1]).toBe(
    "Biểu: Biểu xã Tân Lập 2025: 42 chỉ tiêu, 8 tỷ lệ, 3 tổng, 3 so sánh thành phần với tổng",
  );
  expect(out).not.toMatch(/Dòng 4: /);
  // The finding, then on its own line that it rests on a relation inferred from the labels, and from which words.
  expect(out).toMatch(
    /Dòng 13: Ghi 4\.300 nhưng các dòng chi tiết của 13 cộng lại là 4\.310\.\n +\(Phép kiểm tra này được suy ra từ tên các chỉ tiêu, độ tin cậy \d+%: «Số hồ sơ đã giải quyết» = /,
  );
  const exported = await run("form", "export", book);
  expect(parseFormFile(exported.out).title).toBe("Biểu xã Tân Lập 2025");
});

test("bad forms and bad use are exit 2 with one line", async () => {
  const bad = path.join(dir, "hong.json");
  writeFileSync(bad, JSON.stringify({ ...JSON.parse(formFileText(DISTRICT_2022)), relations: [{ type: "ratio" }] }));
  const r1 = await run("check", path.join(dir, "xa.xlsx"), "--form", bad);
  expect(r1.code).toBe(2);
  expect(r1.err).toMatch(/^cchc: .*hong\.json: Tệp biểu không đúng mẫu: relations\[0\]\.\w+: thiếu/);
  expect(r1.err.trim().split("\n")).toHaveLength(1);
  const r2 = await run("check", path.join(dir, "xa.xlsx"), "--form", "district-2099");
  expect(r2.err).toMatch(/^cchc: Không có biểu "district-2099"/);
  expect((await run("form", "export", path.join(dir, "xa.xlsx"))).err).toMatch(/Sổ tính không có biểu đã lưu/);
  expect((await run("form")).code).toBe(2);
  expect((await run("form", "guess", "x")).err).toMatch(/^cchc: Dùng: cchc form infer/);
});
