/**
 * A figure of the narrative that may be about several rows names them as printed: a sub-row printed with "-" by its
 * label under its group, never by the code the program gives it ("11b"), which the officer has never seen. The pane
 * shows this note under the sentence, the readable report prints it.
 */
import { checkWorkbook } from "../../../src/core/check";
import { checkNarrative } from "../../../src/core/narrative/check";
import { readPlainText } from "../../../src/core/narrative/document";
import { COMMUNE_2025, shapeGrid } from "../form/infer/shapes";

test("the rows an unmatched figure may be about are named as printed", () => {
  const result = checkWorkbook(shapeGrid(COMMUNE_2025));
  if (result.status !== "checked") throw new Error("appendix not found");
  // the prose names both sub-rows' channels: either of them
  const [note] = checkNarrative(
    readPlainText("Tiếp nhận trực tuyến và trực tiếp, bưu chính 77 hồ sơ."),
    result.appendix,
  );
  expect(note.message.vi).toBe(
    "Chưa đối chiếu được số liệu “77 hồ sơ” với dòng nào của biểu (có thể là một trong các dòng chi tiết của 11).",
  );
  expect(note.message.en).toMatch(/\(maybe one of the detail rows of 11\)\.$/);
  expect(note.message.vi).not.toMatch(/\b11[a-z]\b/);
});

test("a figure that names none of the sub-rows' channels is the total, named as printed", () => {
  const result = checkWorkbook(shapeGrid(COMMUNE_2025));
  if (result.status !== "checked") throw new Error("appendix not found");
  const findings = checkNarrative(readPlainText("Tiếp nhận 77 hồ sơ."), result.appendix);
  expect(findings.map((f) => [f.severity, f.codes[0], f.expected, f.actual, f.message.vi])).toEqual([
    ["error", "11", 4520, 77, "Thuyết minh ghi 77 nhưng biểu ghi 4.520 (dòng 11)."],
  ]);
});
