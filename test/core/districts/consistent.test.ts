/**
 * Consistent appendices from other districts and communes, laid out their own way: no error may be reported.
 * Percents rounded or truncated to what they show, as fractions with % formats, plain points, text, formulas.
 */
import type { FormRow } from "../../../src/core/form/schema";
import { checkBook, errors, summary, type BookSpec } from "./book";
import { consistentFigures, round, trunc, vn, written } from "./figures";

const TITLE = [
  ["UBND HUYỆN BẠCH THÔNG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["PHỤ LỤC"],
  ["BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2023"],
  ["(Kèm theo Báo cáo số 215/BC-UBND ngày 15/9/2023 của UBND huyện Bạch Thông)"],
  [],
];
const SIGNATURE = [
  [null, "Người lập biểu", null, "TM. ỦY BAN NHÂN DÂN"],
  [null, null, null, "KT. CHỦ TỊCH"],
  [null, null, null, "PHÓ CHỦ TỊCH"],
  [],
  [null, "Hoàng Thị Lan", null, "Nông Văn Thạch"],
];

/** 1.1, 2, 4.6 as Excel stores them when typed: numbers; deeper STTs stay text. */
const numericStt = (row: FormRow) => (row.stt && /^\d+(\.\d+)?$/.test(row.stt) ? Number(row.stt) : row.stt);

async function expectNoErrors(spec: BookSpec) {
  const { findings, result } = await checkBook(spec);
  expect(summary(errors(findings))).toBe("");
  expect(result.appendix.missingCodes).toEqual([]);
  return { findings, result };
}

test("Bạch Thông: two-row header, title and signatures, STT as numbers, percents as fractions with 0.00% formats", async () => {
  const figures = consistentFigures();
  const { findings, result } = await expectNoErrors({
    sheetName: "Phụ lục",
    title: TITLE,
    header: [
      ["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", null, "Ghi chú"],
      [null, null, "Đơn vị tính", "Số liệu", null],
    ],
    merges: ["A8:A9", "B8:B9", "C8:D8", "E8:E9"],
    columns: ["stt", "label", "unit", "value", "note"],
    stt: numericStt,
    values: written(figures, (p) => ({ n: round(p, 2) / 100, fmt: "0.00%" })),
    notes: { "1.5.1": "Khảo sát trực tuyến qua Zalo", "4.2": "Không có" },
    footer: SIGNATURE,
  });
  expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  // The signature block ends the table: its lines are not unrecognised rows.
  expect(result.appendix.unrecognised).toEqual([]);
});

test("Chợ Mới: TT / Nội dung / ĐVT / Kết quả, percents as plain points truncated, amounts as Vietnamese text", async () => {
  const figures = consistentFigures();
  await expectNoErrors({
    sheetName: "Sheet1",
    title: [["BIỂU SỐ LIỆU CCHC 6 THÁNG ĐẦU NĂM 2023"], []],
    header: [["TT", "Nội dung", "ĐVT", "Kết quả", "Ghi chú"]],
    columns: ["stt", "label", "unit", "value", "note"],
    values: written(
      figures,
      (p) => trunc(p, 1),
      (v, code) => (code.startsWith("6.1.") && typeof v === "number" ? vn(v, 3) : v),
    ),
  });
});

test("Na Rì: Tên chỉ tiêu / Số liệu thống kê, percents typed as text with a decimal comma, counts as '1.204'", async () => {
  const figures = consistentFigures();
  await expectNoErrors({
    sheetName: "PL thống kê",
    header: [["STT", "Tên chỉ tiêu", "ĐVT", "Số liệu thống kê", "Ghi chú"]],
    columns: ["stt", "label", "unit", "value", "note"],
    label: (row) =>
      row.label
        .replace(/Tỷ lệ/g, "Tỉ lệ")
        .replace(/thủ tục hành chính/g, "TTHC")
        .replace(/^Số /, "Số lượng "),
    values: written(
      figures,
      (p) => `${vn(round(p, 2), Number.isInteger(p) ? 0 : 2)}%`,
      (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1000 ? vn(v) : v),
    ),
    blankAfter: ["1.6", "2.3.2b", "3.4.2", "4.6.3", "5.4.3", "6.2.5"],
  });
});

test("Pác Nặm: percents as formulas over their rows with cached results (0% and 0.0% formats)", async () => {
  const figures = consistentFigures();
  const ratios: Record<string, [string, string]> = {
    "1.2": ["1.2.2", "1.2.1"],
    "1.3.4": ["1.3.3", "1.3.2"],
    "3.3.1": ["3.3.1b", "3.3.1a"],
    "3.3.2": ["3.3.2b", "3.3.2a"],
    "6.1": ["6.1.2", "6.1.1"],
    "7.2.3": ["7.2.3b", "7.2.3a"],
    "7.2.4": ["7.2.4b", "7.2.4a"],
  };
  const sums: Record<string, string[]> = { "3.1.4": ["3.1.4a", "3.1.4b"], "7.2.3a": ["7.2.1b", "7.2.2b"] };
  await expectNoErrors({
    sheetName: "Biểu 01",
    header: [["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]],
    columns: ["stt", "label", "unit", "value", "note"],
    values: written(
      figures,
      (p, code) =>
        ratios[code]
          ? {
              formula: (at) => `${at(ratios[code][0])}/${at(ratios[code][1])}`,
              result: p / 100,
              fmt: code === "6.1" ? "0.0%" : "0%",
            }
          : { n: p / 100, fmt: "0%" },
      (v, code) =>
        sums[code] && typeof v === "number" ? { formula: (at) => sums[code].map(at).join("+"), result: v } : v,
    ),
  });
});
