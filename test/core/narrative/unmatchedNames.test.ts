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
  const [note] = checkNarrative(readPlainText("Tiếp nhận 77 hồ sơ."), result.appendix);
  expect(note.message.vi).toBe(
    "Chưa đối chiếu được số liệu “77 hồ sơ” với dòng nào của biểu (có thể là một trong dòng 11, dòng “Tiếp nhận trực tuyến” (mục 11), dòng “Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích” (mục 11)).",
  );
  expect(note.message.en).toMatch(
    /\(maybe one of row 11, row “Tiếp nhận trực tuyến” \(under 11\), row “Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích” \(under 11\)\)\.$/,
  );
  expect(note.message.vi).not.toMatch(/\b11[a-z]\b/);
});
