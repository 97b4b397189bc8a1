/**
 * Learning the forms of the two-level local government (phase 2, "unseen"): wordings the first shapes did not have.
 * Each table is consistent; the relations inferred from it are listed exactly (a wrong relation is a false alarm on a
 * correct report, a missing one a fault not found).
 */
import { inferForm, type InferRow } from "../../../../src/core/form/infer";
import type { FormDefinition } from "../../../../src/core/form/schema";

const row = (stt: string, label: string, unit = "", value = "1"): InferRow => ({
  stt,
  label,
  unit,
  value: value === "" ? { value: null, text: "" } : { value, text: value },
});

/** Each relation as "type total/percent/part: the others (severity)". */
function relations(form: FormDefinition): string[] {
  return form.relations.map((r) => {
    const sev = r.severity === "warning" ? " (warning)" : "";
    if (r.type === "ratio") return `ratio ${r.percent} = ${r.numerator}/${r.denominator}${sev}`;
    if (r.type === "sum") return `sum ${r.total} = ${r.parts.join("+")}${sev}`;
    return `part-of ${r.part} <= ${r.whole}${sev}`;
  });
}

test("'Trong đó:' on a line of its own under a row coded by its group (II.3) takes II.3.0, and the parts keep a, b", () => {
  const form = inferForm([
    row("I", "CÔNG TÁC CHỈ ĐẠO", "", ""),
    row("1", "Số văn bản chỉ đạo về CCHC", "Văn bản"),
    row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
    row("1", "Tổng số TTHC thuộc thẩm quyền", "Thủ tục"),
    row("3", "Số hồ sơ TTHC đã tiếp nhận", "Hồ sơ"),
    row("", "Trong đó:", "", ""),
    row("", "- Tiếp nhận trực tuyến", "Hồ sơ"),
    row("", "- Tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích", "Hồ sơ"),
  ]);
  expect(form.rows.map((r) => r.code)).toEqual(["I", "1", "II", "II.1", "3", "3.0", "3a", "3b"]);
  const again = inferForm([
    row("I", "CÔNG TÁC CHỈ ĐẠO", "", ""),
    row("3", "Số văn bản chỉ đạo về CCHC", "Văn bản"),
    row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
    row("3", "Số hồ sơ TTHC đã tiếp nhận", "Hồ sơ"),
    row("", "Trong đó:", "", ""),
    row("", "- Tiếp nhận trực tuyến", "Hồ sơ"),
    row("", "- Tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích", "Hồ sơ"),
  ]);
  expect(again.rows.map((r) => r.code)).toEqual(["I", "3", "II", "II.3", "II.3.0", "II.3a", "II.3b"]);
  expect(relations(again)).toEqual(["sum II.3 = II.3a+II.3b"]);
});

test("a unit written in the label's brackets when the unit column is empty", () => {
  const form = inferForm([
    row("1", "Số hồ sơ tiếp nhận (hồ sơ)", "", "1.236"),
    row("-", "Trực tuyến", "", "1.002"),
    row("-", "Trực tiếp, bưu chính", "", "234"),
    row("2", "Tỷ lệ tiếp nhận trực tuyến (%)", "", "81,07"),
    row("3", "Thu ngân sách (triệu đồng)", "", "1.250,5"),
    row("4", "Tỷ lệ văn bản đi được ký số (trừ văn bản mật)", "", "98,7"),
    row("5", "Số TTHC thuộc thẩm quyền (thủ tục)", "", "298"),
  ]);
  expect(form.rows.map((r) => [r.code, r.kind, r.unit])).toEqual([
    ["1", "count", "hồ sơ"],
    ["1a", "count", null],
    ["1b", "count", null],
    ["2", "percent", "%"],
    ["3", "amount", "triệu đồng"],
    ["4", "percent", null],
    ["5", "count", "thủ tục"],
  ]);
  expect(relations(form)).toEqual(["ratio 2 = 1a/1", "sum 1 = 1a+1b"]);
});

describe("a ward's dossiers (trước hạn / đúng hạn / quá hạn rows, digitisation at reception)", () => {
  const form = inferForm([
    row("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
    row("9", "Tổng số hồ sơ TTHC tiếp nhận trong kỳ", "Hồ sơ"),
    row("-", "Tiếp nhận trực tuyến", "Hồ sơ"),
    row("-", "Tiếp nhận trực tiếp tại Trung tâm Phục vụ hành chính công", "Hồ sơ"),
    row("-", "Tiếp nhận qua dịch vụ bưu chính công ích", "Hồ sơ"),
    row("10", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%"),
    row("11", "Số hồ sơ đã giải quyết", "Hồ sơ"),
    row("-", "Giải quyết trước hạn", "Hồ sơ"),
    row("-", "Giải quyết đúng hạn", "Hồ sơ"),
    row("-", "Giải quyết quá hạn", "Hồ sơ"),
    row("12", "Số hồ sơ đang giải quyết", "Hồ sơ"),
    row("13", "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "%"),
    row("14", "Số hồ sơ được số hóa khi tiếp nhận", "Hồ sơ"),
    row("15", "Tỷ lệ hồ sơ được số hóa", "%"),
    row("16", "Số hồ sơ thanh toán trực tuyến phí, lệ phí", "Hồ sơ"),
    row("17", "Số hồ sơ tiếp nhận không phụ thuộc vào địa giới hành chính", "Hồ sơ"),
  ]);

  test("the relations, each right", () => {
    expect(relations(form)).toEqual([
      "ratio 10 = 9a/9",
      // six rows up: the total received, not one of its channels
      "ratio 15 = 14/9",
      "sum 9 = 9a+9b+9c",
      // trước hạn, đúng hạn and quá hạn are all that was resolved
      "sum 11 = 11a+11b+11c",
    ]);
  });

  test("no ratio for a percent whose numerator is two rows (trước hạn + đúng hạn): one row would be wrong", () => {
    expect(form.relations.some((r) => r.type === "ratio" && r.percent === "13")).toBe(false);
  });

  test("digitised at reception is no stage a resolved dossier is part of", () => {
    expect(form.relations.some((r) => r.type === "part-of" && r.whole === "14")).toBe(false);
  });

  test("dossiers received wherever the applicant lives are one kind of those received: no whole of another row", () => {
    expect(form.relations.some((r) => r.type === "part-of" && r.whole === "17")).toBe(false);
  });
});

test("of two rows of dossiers received, the total split into channels is the whole of those resolved", () => {
  const form = inferForm([
    row("B", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""),
    row("7", "Số hồ sơ TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công đặc khu", "Hồ sơ"),
    row("", "Trong đó:", "", ""),
    row("a", "Hồ sơ trực tuyến", "Hồ sơ"),
    row("b", "Hồ sơ trực tiếp", "Hồ sơ"),
    row("8", "Số hồ sơ tiếp nhận không phụ thuộc vào địa giới hành chính", "Hồ sơ"),
    row("9", "Số hồ sơ đã giải quyết", "Hồ sơ"),
  ]);
  expect(relations(form).filter((r) => r.startsWith("part-of 9"))).toEqual(["part-of 9 <= 7"]);
});

test("a percent of something no row counts (Tỷ lệ hồ sơ được số hóa, no count of digitised dossiers): no ratio", () => {
  const form = inferForm([
    row("2", "Cải cách thủ tục hành chính", "", ""),
    row("2.3", "Số hồ sơ TTHC đã tiếp nhận", "Hồ sơ"),
    row("", "- Tiếp nhận trực tuyến", "Hồ sơ"),
    row("", "- Tiếp nhận trực tiếp", "Hồ sơ"),
    row("2.4", "Số hồ sơ đã giải quyết", "Hồ sơ"),
    row("2.5", "Tỷ lệ hồ sơ được số hóa", "%"),
  ]);
  expect(form.relations.filter((r) => r.type === "ratio")).toEqual([]);
});

test("'Trước hạn, đúng hạn' in one row and 'Quá hạn' divide what was resolved (an error relation)", () => {
  const form = inferForm([
    row("4", "Số hồ sơ đã giải quyết", "Hồ sơ"),
    row("", "- Trước hạn, đúng hạn", "Hồ sơ"),
    row("", "- Quá hạn", "Hồ sơ"),
    row("5", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%"),
  ]);
  expect(relations(form)).toEqual(["ratio 5 = 4a/4", "sum 4 = 4a+4b"]);
});
