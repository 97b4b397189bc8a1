/**
 * Rows named as printed when the officer typed the STT with a full stop ("II.", "8."): the messages, the command
 * line's text report and the pane's card headings print "dòng 8" and "II. Chính quyền số", never "8." nor "II..".
 */
import { renderTextReport } from "../../src/cli/textReport";
import { presentFindings, rowHeading } from "../../src/core/present";
import { printedStt, rowName, rowsName } from "../../src/core/rowName";
import { HEADER, checked } from "./unseen/grid";

const result = checked([
  ["BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2026", null, null, null, null],
  HEADER,
  ["I.", "Cải cách thủ tục hành chính", null, null, null],
  ["1.", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 1274, null],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", 806, null],
  ["-", "Tiếp nhận trực tiếp", "Hồ sơ", 478, null],
  ["II.", "Chính quyền số", null, null, null],
  ["8.", "Tổng số hồ sơ giải quyết", "Hồ sơ", 100, null],
  ["-", "Đúng hạn", "Hồ sơ", 90, null],
  ["-", "Quá hạn", "Hồ sơ", 20, null],
]);
const form = result.appendix.form;

test("the form keeps the STT as typed; a row is named without its full stop", () => {
  expect(form.rows.find((r) => r.label === "Chính quyền số")?.stt).toBe("II.");
  const eight = form.rows.find((r) => r.label === "Tổng số hồ sơ giải quyết")!;
  const onTime = form.rows.find((r) => r.label === "Đúng hạn")!;
  expect(rowName(form, eight.code).vi).toBe("dòng 8");
  expect(rowName(form, onTime.code).vi).toBe("dòng “Đúng hạn” (mục 8)");
  expect(rowsName(form, [eight.code, form.rows.find((r) => r.label === "Tổng số hồ sơ tiếp nhận")!.code]).vi).toBe(
    "các dòng 8, 1",
  );
  expect([
    printedStt("II."),
    printedStt(" 8. "),
    printedStt("7.2.4"),
    printedStt("a)"),
    printedStt("."),
    printedStt(null),
  ]).toEqual(["II", "8", "7.2.4", "a)", null, null]);
});

test("the findings, the text report and the pane's headings print no doubled or dangling full stop", () => {
  const text = renderTextReport(
    { form, sheetName: result.appendix.sheetName, findings: result.findings, missingCodes: [], unrecognised: [] },
    "vi",
  );
  expect(text).toContain("\nII. Chính quyền số\n");
  expect(text).toContain("\nI. Cải cách thủ tục hành chính\n");
  expect(text).toMatch(/\[LỖI\] D8 Dòng 8: Ghi 100 nhưng/);
  expect(text).not.toMatch(/\.\.|\d\.:|(I|V)\.:/);
  for (const f of result.findings) expect(f.message.vi).not.toMatch(/dòng \S*\.[\s:,)]/iu);
  const cards = presentFindings(result.findings, form).cards;
  expect(cards.length).toBeGreaterThan(0);
  for (const c of cards) expect(rowHeading(c.row!, "vi").stt).not.toMatch(/\.$/);
});
