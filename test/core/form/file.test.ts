/**
 * A form file that does not fit the schema is refused saying where and what, in the officer's language: the Sở's
 * author reads "rows[0].code: thiếu", not the schema library's English ("Invalid input: expected string").
 */
import { FormFileError, formFileText, parseFormFile } from "../../../src/core/form/file";
import { DISTRICT_2022 } from "../../../src/core/form/district-2022";

function refusal(text: string): FormFileError {
  try {
    parseFormFile(text);
  } catch (e) {
    if (e instanceof FormFileError) return e;
    throw e;
  }
  throw new Error("the form file was read");
}

const good = JSON.parse(formFileText(DISTRICT_2022)) as Record<string, unknown> & {
  rows: object[];
  relations: object[];
};

test("missing fields, wrong types, wrong choices and empty lists, said in words, where they are", () => {
  const e = refusal(
    JSON.stringify({ ...good, level: "xa", year: "2025", title: undefined, rows: [{ ...good.rows[0], code: 7 }] }),
  );
  expect(e.text.vi).toMatch(/^Tệp biểu không đúng mẫu: /);
  expect(e.text.vi).toContain('level: phải là một trong: "province", "district", "commune"');
  expect(e.text.vi).toContain("year: phải là số");
  expect(e.text.vi).toContain("title: thiếu");
  expect(e.text.vi).toContain("rows[0].code: phải là chữ (trong dấu ngoặc kép)");
  expect(e.text.en).toContain("rows[0].code: must be text (in double quotes)");
  for (const text of [e.text.vi, e.text.en]) expect(text).not.toMatch(/Invalid|received|expected/);
  expect(refusal(JSON.stringify({ ...good, rows: [] })).text.vi).toContain("rows: cần ít nhất 1 mục");
});

test("a relation of an unknown type and a row of no form: named, in Vietnamese too", () => {
  const badType = refusal(JSON.stringify({ ...good, relations: [{ type: "tong", reason: "x" }] }));
  expect(badType.text.vi).toContain('relations[0].type: phải là một trong: "ratio", "sum", "part-of"');
  const unknown = refusal(
    JSON.stringify({
      ...good,
      relations: [{ type: "part-of", part: "9.9.9", whole: "1.2", reason: "thử" }],
    }),
  );
  expect(unknown.text.vi).toContain("relation part-of (thử): không có dòng mã 9.9.9");
  expect(unknown.text.en).toContain("relation part-of (thử): unknown row code 9.9.9");
});

test("more than five problems: the first five, and how many more", () => {
  const e = refusal('{"id": 1}');
  expect(e.text.vi).toMatch(/ \(và \d+ chỗ khác\)$/);
  expect(e.text.en).toMatch(/ \(and \d+ more\)$/);
});

test("a row code of the wrong shape and a year that is no whole number: said in words, no schema English", () => {
  const e = refusal(JSON.stringify({ ...good, year: 2025.5, rows: [{ ...good.rows[0], code: "1.a" }] }));
  expect(e.text.vi).toContain("rows[0].code: mã “1.a” không đúng dạng mã dòng (ví dụ: 1, 1.2, 3.3.1b, II, II.1)");
  expect(e.text.vi).toContain("year: phải là số nguyên");
  expect(e.text.en).toContain("rows[0].code: code “1.a” is not a row code");
  for (const text of [e.text.vi, e.text.en]) expect(text).not.toMatch(/Invalid|pattern|int\b/);
});
