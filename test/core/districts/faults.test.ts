/**
 * Appendices from other districts with the faults districts really make: each planted fault is found with the right
 * kind, row and cell, and the rows around it that are right raise no error.
 */
import type { Finding } from "../../../src/core/findings";
import type { FormRow } from "../../../src/core/form/schema";
import { about, checkBook, errors, summary, type BookSpec, type Built } from "./book";
import { consistentFigures, round, vn, written } from "./figures";

const numericStt = (row: FormRow) => (row.stt && /^\d+(\.\d+)?$/.test(row.stt) ? Number(row.stt) : row.stt);

/** The one finding of this kind about this row, at its value cell. */
function expectFinding(b: Built, code: string, kind: Finding["kind"], severity?: Finding["severity"]): Finding {
  const found = about(b.findings, code, kind);
  expect([code, kind, found.length, summary(b.findings)]).toEqual([code, kind, 1, summary(b.findings)]);
  const [f] = found;
  expect(f.cells[0]).toBe(b.cell(code));
  if (severity) expect(f.severity).toBe(severity);
  return f;
}

/** No error names any row other than the planted ones (as codes[0]). */
function expectErrorsOnlyAt(b: Built, codes: string[]) {
  const stray = errors(b.findings).filter((f) => !codes.includes(f.codes[0]));
  expect(summary(stray)).toBe("");
}

describe("Ba Bể: two-row header, STT as numbers, percents as fractions formatted 0.00%", () => {
  let b: Built;
  beforeAll(async () => {
    const figures = consistentFigures();
    const values = written(figures, (p) => ({ n: round(p, 2) / 100, fmt: "0.00%" }));
    Object.assign(values, {
      "3.3.1": { n: 0.95, fmt: "0%" }, // 1204/1230 = 97,89%
      "3.1.4": 360, // 262 + 108 = 370
      "4.5.2": 85, // on mặt above 80 được giao
      "4.2": -1,
      "5.2.1": 2.5,
      "7.1a": { n: 1.05, fmt: "0%" },
      "1.5.1": "Đang tổng hợp",
    });
    const spec: BookSpec = {
      sheetName: "Phụ lục",
      title: [["PHỤ LỤC"], ["BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC"], []],
      header: [
        ["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", null, "Ghi chú"],
        [null, null, "Đơn vị tính", "Số liệu", null],
      ],
      merges: ["A4:A5", "B4:B5", "C4:D4", "E4:E5"],
      columns: ["stt", "label", "unit", "value", "note"],
      stt: numericStt,
      values,
    };
    b = await checkBook(spec);
  });

  test("95% where 1204/1230 = 97,89%: a ratio error with the fix", () => {
    const f = expectFinding(b, "3.3.1", "ratio", "error");
    expect(f.codes).toEqual(["3.3.1", "3.3.1b", "3.3.1a"]);
    expect(f.actual).toBe(95);
    expect(f.expected).toBeCloseTo(97.89, 2);
  });
  test("3.1.4 = 360 where 262 + 108 = 370: a sum error", () => {
    const f = expectFinding(b, "3.1.4", "sum", "error");
    expect(f.expected).toBe(370);
  });
  test("85 civil servants present of 80 allotted: part above its whole", () => {
    const f = expectFinding(b, "4.5.2", "part-exceeds-total", "error");
    expect(f.codes).toEqual(["4.5.2", "4.5.1"]);
  });
  test("a negative count, a fractional count, a percent over 100: range errors", () => {
    expectFinding(b, "4.2", "range", "error");
    expectFinding(b, "5.2.1", "range", "error");
    expectFinding(b, "7.1a", "range", "error");
  });
  test("text in a numeric cell", () => {
    expectFinding(b, "1.5.1", "not-a-number");
  });
  test("no error elsewhere", () => {
    expectErrorsOnlyAt(b, ["3.3.1", "3.1.4", "4.5.2", "4.2", "5.2.1", "7.1a", "1.5.1"]);
  });
});

describe("Chợ Đồn: TT / Nội dung / ĐVT / Kết quả, plain points, blank rows, text numbers", () => {
  let b: Built;
  beforeAll(async () => {
    const figures = consistentFigures();
    const values = written(
      figures,
      (p) => round(p, 2),
      (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1000 ? vn(v) : v),
    );
    Object.assign(values, {
      "6.2.3": null, // blank total, parts 1 + 2 + 0 filled
      "7.2.4": null, // blank percent, 1204 of 5106 filled
      "4.6.1": 830, // above 820 allotted
      "1.2": 85, // 32/40 = 80%
      "2.3.2": "Đạt", // text in a percent cell
    });
    b = await checkBook({
      sheetName: "Sheet1",
      title: [["UBND HUYỆN CHỢ ĐỒN"], [], ["BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2023"], []],
      header: [["TT", "Nội dung", "ĐVT", "Kết quả", "Ghi chú"]],
      columns: ["stt", "label", "unit", "value", "note"],
      values,
      blankAfter: ["1.6", "2.3.2b", "3.4.2", "4.6.3", "5.4.3", "6.2.5"],
      footer: [
        [null, "NGƯỜI LẬP BIỂU", null, "CHỦ TỊCH"],
        [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"],
      ],
    });
  });

  test("a blank total with its parts filled: missing, with the sum", () => {
    const f = expectFinding(b, "6.2.3", "missing");
    expect(f.expected).toBe(3);
  });
  test("a blank percent with its numerator and denominator filled: missing", () => {
    const f = expectFinding(b, "7.2.4", "missing");
    expect(f.expected).toBeCloseTo(23.58, 2);
  });
  test("830 people present of 820 allotted", () => {
    expectFinding(b, "4.6.1", "part-exceeds-total", "error");
  });
  test("85% where 32/40 = 80%", () => {
    const f = expectFinding(b, "1.2", "ratio", "error");
    expect(f.expected).toBe(80);
  });
  test("text in a percent cell", () => {
    expectFinding(b, "2.3.2", "not-a-number", "error");
  });
  test("no error elsewhere: a blank part is reported once, not again as a wrong total above it", () => {
    expectErrorsOnlyAt(b, ["4.6.1", "1.2", "2.3.2"]);
  });
  test("signature rows are not table rows", () => {
    expect(b.result.appendix.unrecognised.map((u) => u.text)).toEqual([]);
  });
});

describe("Ngân Sơn's neighbour Bắc Kạn city: Quý III and Lũy kế under a merged header, roman group headings, a narrative sheet", () => {
  let b: Built;
  const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];
  beforeAll(async () => {
    const figures = consistentFigures();
    const values = written(figures, (p) => `${vn(round(p, 1), Number.isInteger(round(p, 1)) ? 0 : 1)}%`);
    Object.assign(values, {
      "1.2": "76,5%", // 32/40 = 80%
      "7.2.2": "100%", // 190/200 = 95%
      "2.1": "-2",
      "1.1": "2,5",
      "3.3.2b": "2.470", // above 2.460 settled
    });
    // The quarter's own figures beside the year to date: smaller, and not what is checked.
    const extra: Record<string, string | number> = { "1.1": 4, "2.1": 1, "3.3.1a": 410, "3.3.1b": 400 };
    b = await checkBook({
      sheetName: "Biểu số liệu",
      title: [["UBND THÀNH PHỐ BẮC KẠN"], ["BIỂU THỐNG KÊ SỐ LIỆU CCHC QUÝ III NĂM 2023"], []],
      header: [
        ["STT", "Tên chỉ tiêu", "ĐVT", "Kết quả thống kê", null, "Ghi chú"],
        [null, null, null, "Lũy kế đến 15/9", "Quý III", null],
      ],
      merges: ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5"],
      columns: ["stt", "label", "unit", "value", "extra", "note"],
      stt: (row) => (row.parent === null ? ROMAN[Number(row.stt) - 1] : row.stt),
      label: (row) => (row.parent === null ? row.label.toUpperCase() : row.label),
      values,
      extra,
      notes: { "2.1": "Số liệu phòng Tư pháp cung cấp" },
      narrative: [
        "BÁO CÁO Tình hình thực hiện công tác cải cách hành chính quý III năm 2023",
        "Trong quý, UBND thành phố đã ban hành 12 văn bản chỉ đạo về CCHC.",
      ],
    });
  });

  test("the Lũy kế column is the one checked", () => {
    expect(b.result.appendix.rows.get("1.1")?.valueCell).toBe(b.cell("1.1"));
  });
  test('"76,5%" where 32/40 = 80%; "100%" where 190/200 = 95%', () => {
    expect(expectFinding(b, "1.2", "ratio", "error").expected).toBe(80);
    expect(expectFinding(b, "7.2.2", "ratio", "error").expected).toBe(95);
  });
  test('"-2" and "2,5" typed as counts', () => {
    expectFinding(b, "2.1", "range", "error");
    expectFinding(b, "1.1", "range", "error");
  });
  test('"2.470" on time of 2.460 settled', () => {
    expectFinding(b, "3.3.2b", "part-exceeds-total", "error");
  });
  test("no error elsewhere; every row found", () => {
    expectErrorsOnlyAt(b, ["1.2", "7.2.2", "2.1", "1.1", "3.3.2b"]);
    expect(b.result.appendix.missingCodes).toEqual([]);
    expect(b.result.appendix.unrecognised).toEqual([]);
  });
});

describe("Xã Cẩm Giàng: no unit column, a 'Số lượng' value column, sub-rows marked '-'", () => {
  let b: Built;
  beforeAll(async () => {
    const figures = consistentFigures();
    const values = written(figures, (p) => ({ n: round(p, 2) / 100, fmt: "0.00%" }));
    Object.assign(values, { "3.4.2": 4, "7.2.5": null });
    b = await checkBook({
      sheetName: "Phu luc",
      header: [["STT", "Nội dung", "Số lượng", "Ghi chú"]],
      columns: ["stt", "label", "value", "note"],
      stt: (row) => row.stt ?? "-",
      values,
    });
  });
  test("the table is found and every row read", () => {
    expect(b.result.appendix.missingCodes).toEqual([]);
  });
  test("4 complaints settled of 3 received; a blank percent over 96 of 120", () => {
    expectFinding(b, "3.4.2", "part-exceeds-total", "error");
    expect(expectFinding(b, "7.2.5", "missing").expected).toBe(80);
    expectErrorsOnlyAt(b, ["3.4.2"]);
  });
});

describe("Thị trấn Nà Phặc: 'Kết quả thống kê' merged over ĐVT, Quý III and Lũy kế", () => {
  let b: Built;
  beforeAll(async () => {
    const figures = consistentFigures();
    const values = written(figures, (p) => round(p, 2));
    Object.assign(values, { "3.3.1": 95 });
    b = await checkBook({
      sheetName: "Phụ lục",
      header: [
        ["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", null, null, "Ghi chú"],
        [null, null, "ĐVT", "Quý III", "Lũy kế", null],
      ],
      merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2"],
      columns: ["stt", "label", "unit", "value", "extra", "note"],
      values,
      extra: { "1.1": 20, "1.2": 85 },
      footer: [[null, "Nơi nhận:", null, "TM. UBND THỊ TRẤN"]],
    });
  });
  test("the values are read from the first value column, not from ĐVT", () => {
    expect(b.result.appendix.rows.get("1.1")?.valueCell).toBe(b.cell("1.1"));
    expectErrorsOnlyAt(b, ["3.3.1"]);
    expectFinding(b, "3.3.1", "ratio", "error");
    expect(b.result.appendix.unrecognised).toEqual([]);
  });
});

describe("Xã Vân Tùng: no STT column, the labels in column A", () => {
  test("the table is found; a wrong percent is reported at its cell", async () => {
    const values = written(consistentFigures(), (p) => ({ n: round(p, 2) / 100, fmt: "0.00%" }));
    Object.assign(values, { "7.2.5": { n: 0.75, fmt: "0%" } });
    const b = await checkBook({
      sheetName: "Phụ lục",
      header: [["Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]],
      columns: ["label", "unit", "value", "note"],
      values,
    });
    expect(b.result.appendix.missingCodes).toEqual([]);
    expect(expectFinding(b, "7.2.5", "ratio", "error").expected).toBe(80);
    expectErrorsOnlyAt(b, ["7.2.5"]);
  });
});
