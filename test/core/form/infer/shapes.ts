/**
 * Appendices of other shapes than the district form of 2022, as their offices would print them, each with consistent
 * figures, and builders that turn them into a cell grid or a real .xlsx (ExcelJS). Faults are planted by the tests.
 *
 * - COMMUNE_2025: a commune's 2025 form (after the two-level reform): roman groups I-VII, flat numbering 1-36, "-"
 *   sub-rows, header "Nội dung | Đơn vị tính | Kết quả"; toàn trình / một phần, Trung tâm Phục vụ hành chính công xã,
 *   số hóa kết quả giải quyết, thanh toán trực tuyến; over-staffing after the merger, revenue above the estimate,
 *   "lượt người" trained above the headcount.
 * - DEPARTMENT_2025: a provincial department's (Sở) form: dotted numbering 1, 1.1, "Trong đó:" lines, "a)" in labels,
 *   header "Chỉ tiêu | ĐVT | Số liệu"; staff present above the quota after departments merged, fees above the estimate.
 * - TWO_COLUMNS: a form with letter and "+" sub-rows and two value columns (Kỳ báo cáo | Lũy kế từ đầu năm).
 */
import ExcelJS from "exceljs";
import type { Cell, WorkbookGrid } from "../../../../src/core/grid";
import { readXlsxGrid } from "../../../../src/io/xlsx";

/** A value as the officer types it: a number, a percent (stored as the fraction, formatted %), or text. */
export type Value = number | { pct: number; decimals?: number } | string | null;

export interface ShapeRow {
  stt: string;
  label: string;
  unit: string;
  values: Value[];
}

export interface Shape {
  name: string;
  title: string[];
  header: string[][];
  /** Column index of STT, label, unit, first value, note in the header. */
  columns: { stt: number; label: number; unit: number; values: number[]; note?: number };
  rows: ShapeRow[];
}

const p = (pct: number, decimals = 0): Value => ({ pct, decimals });
const r = (stt: string, label: string, unit: string, ...values: Value[]): ShapeRow => ({ stt, label, unit, values });

export const COMMUNE_2025: Shape = {
  name: "commune-2025",
  title: [
    "Phụ lục",
    "BIỂU THỐNG KÊ SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    "(Kèm theo Báo cáo số 215/BC-UBND ngày 05/12/2025 của UBND xã Tân Lập)",
  ],
  header: [["STT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"]],
  columns: { stt: 0, label: 1, unit: 2, values: [3], note: 4 },
  rows: [
    r("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", ""),
    r("1", "Số văn bản chỉ đạo, điều hành về CCHC đã ban hành", "Văn bản", 12),
    r("2", "Số nhiệm vụ CCHC đề ra trong Kế hoạch CCHC năm", "Nhiệm vụ", 24),
    r("3", "Số nhiệm vụ CCHC đã hoàn thành", "Nhiệm vụ", 18),
    r("4", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", p(75)),
    r("5", "Số cuộc kiểm tra công tác CCHC, kiểm tra công vụ", "Cuộc", 2),
    r("6", "Số lượt người được tuyên truyền, phổ biến về CCHC", "Lượt người", 1250),
    r("II", "CẢI CÁCH THỂ CHẾ", ""),
    r("7", "Số văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", "Văn bản", 3),
    r("8", "Số văn bản QPPL đã rà soát, hệ thống hóa", "Văn bản", 15),
    r("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ""),
    r("9", "Tổng số TTHC thuộc thẩm quyền giải quyết của UBND xã", "Thủ tục", 312),
    r("10", "Số TTHC được cung cấp dịch vụ công trực tuyến", "Thủ tục", 298),
    r("-", "Dịch vụ công trực tuyến toàn trình", "Thủ tục", 180),
    r("-", "Dịch vụ công trực tuyến một phần", "Thủ tục", 118),
    r("11", "Tổng số hồ sơ TTHC đã tiếp nhận tại Trung tâm Phục vụ hành chính công xã", "Hồ sơ", 4520),
    r("-", "Tiếp nhận trực tuyến", "Hồ sơ", 3100),
    r("-", "Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích", "Hồ sơ", 1420),
    r("12", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", p(68.58, 2)),
    r("13", "Số hồ sơ đã giải quyết", "Hồ sơ", 4300),
    r("-", "Giải quyết trước và đúng hạn", "Hồ sơ", 4280),
    r("-", "Giải quyết quá hạn", "Hồ sơ", 20),
    r("14", "Số hồ sơ đang giải quyết", "Hồ sơ", 220),
    r("15", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "%", p(99.53, 2)),
    r("16", "Số hồ sơ được số hóa kết quả giải quyết TTHC", "Hồ sơ", 4100),
    r("17", "Tỷ lệ số hóa kết quả giải quyết TTHC", "%", p(95.35, 2)),
    r("18", "Số phản ánh, kiến nghị về quy định hành chính đã tiếp nhận", "PAKN", 6),
    r("19", "Số phản ánh, kiến nghị đã xử lý", "PAKN", 5),
    r("20", "Tỷ lệ xử lý phản ánh, kiến nghị", "%", p(83.33, 2)),
    r("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", ""),
    r("21", "Số cơ quan chuyên môn thuộc UBND xã", "Cơ quan", 4),
    r("22", "Số biên chế cán bộ, công chức được giao", "Người", 45),
    // Three communes merged on 1 July 2025: the staff of all three are kept on until they are reassigned.
    r("23", "Số cán bộ, công chức hiện có", "Người", 52),
    r("24", "Số người hoạt động không chuyên trách", "Người", 18),
    r("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", ""),
    r("25", "Số cán bộ, công chức được bố trí đúng vị trí việc làm", "Người", 50),
    r("26", "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Lượt người", 86),
    r("VI", "CẢI CÁCH TÀI CHÍNH CÔNG", ""),
    r("27", "Dự toán thu ngân sách nhà nước được giao", "Triệu đồng", 5000),
    r("28", "Thu ngân sách nhà nước thực hiện", "Triệu đồng", 6200),
    r("29", "Tỷ lệ thu ngân sách so với dự toán", "%", p(124)),
    r("30", "Kế hoạch vốn đầu tư công được giao", "Triệu đồng", 12000),
    r("31", "Số vốn đầu tư công đã giải ngân", "Triệu đồng", 7800),
    r("32", "Tỷ lệ giải ngân vốn đầu tư công", "%", p(65)),
    r("VII", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", ""),
    r("33", "Số TTHC có yêu cầu nghĩa vụ tài chính", "Thủ tục", 120),
    r("34", "Số TTHC đã triển khai thanh toán trực tuyến", "Thủ tục", 110),
    r("35", "Tỷ lệ TTHC triển khai thanh toán trực tuyến", "%", p(91.67, 2)),
    r("36", "Trung tâm Phục vụ hành chính công xã có hệ thống đánh giá sự hài lòng", "Có/Không", "Có"),
  ],
};

export const DEPARTMENT_2025: Shape = {
  name: "department-2025",
  title: [
    "SỞ NỘI VỤ TỈNH THÁI NGUYÊN",
    "Phụ lục: Số liệu kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
  ],
  header: [["STT", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú"]],
  columns: { stt: 0, label: 1, unit: 2, values: [3], note: 4 },
  rows: [
    r("1", "Công tác chỉ đạo, điều hành", ""),
    r("1.1", "Số kế hoạch, văn bản chỉ đạo về CCHC đã ban hành", "Văn bản", 9),
    r("1.2", "Số nhiệm vụ CCHC được giao trong năm", "Nhiệm vụ", 30),
    r("1.3", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 21),
    r("1.4", "Tỷ lệ hoàn thành nhiệm vụ", "%", p(70)),
    r("2", "Cải cách thủ tục hành chính", ""),
    r("2.1", "Số TTHC thuộc phạm vi quản lý của Sở", "Thủ tục", 146),
    r("2.2", "Số TTHC được công bố mới, sửa đổi, bổ sung, bãi bỏ trong kỳ", "Thủ tục", 37),
    r("2.3", "Tổng số hồ sơ đã tiếp nhận", "Hồ sơ", 2316),
    r("", "Trong đó:", ""),
    r("", "a) Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 1980),
    r("", "b) Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ích", "Hồ sơ", 140),
    r("2.4", "Số hồ sơ đã giải quyết", "Hồ sơ", 2250),
    r("", "- Trước và đúng hạn", "Hồ sơ", 2241),
    r("", "- Quá hạn", "Hồ sơ", 9),
    r("2.5", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "%", p(99.6, 1)),
    r("3", "Cải cách tổ chức bộ máy", ""),
    r("3.1", "Số phòng chuyên môn, chi cục thuộc Sở", "Đơn vị", 7),
    r("3.2", "Số đơn vị sự nghiệp công lập trực thuộc", "Đơn vị", 3),
    r("3.3", "Số biên chế công chức được giao", "Người", 62),
    // Two departments were merged into this one in March 2025: their civil servants are all present.
    r("3.4", "Số công chức có mặt", "Người", 71),
    r("3.5", "Số lượng người làm việc được giao tại đơn vị sự nghiệp", "Người", 40),
    r("3.6", "Số lượng người làm việc có mặt tại đơn vị sự nghiệp", "Người", 43),
    r("4", "Cải cách chế độ công vụ", ""),
    r("4.1", "Số lượt công chức, viên chức được đào tạo, bồi dưỡng", "Lượt người", 154),
    r("4.2", "Số công chức, viên chức được tuyển dụng", "Người", 4),
    r("5", "Cải cách tài chính công", ""),
    r("5.1", "Dự toán thu phí, lệ phí được giao", "Triệu đồng", 1500),
    r("5.2", "Số thu phí, lệ phí thực hiện", "Triệu đồng", 1725.5),
    r("5.3", "Tỷ lệ thu phí, lệ phí so với dự toán", "%", p(115.03, 2)),
    r("6", "Xây dựng chính quyền điện tử, chính quyền số", ""),
    r("6.1", "Số TTHC cung cấp dịch vụ công trực tuyến toàn trình", "Thủ tục", 98),
    r("6.2", "Số TTHC cung cấp dịch vụ công trực tuyến một phần", "Thủ tục", 40),
    r("6.3", "Tổng số TTHC cung cấp dịch vụ công trực tuyến toàn trình và một phần", "Thủ tục", 138),
    r("6.4", "Số kết quả giải quyết TTHC được số hóa", "Hồ sơ", 2105),
  ],
};

export const TWO_COLUMNS: Shape = {
  name: "two-columns",
  title: ["BIỂU SỐ LIỆU KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2025"],
  header: [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "", "Ghi chú"],
    ["", "", "", "Kỳ báo cáo", "Lũy kế từ đầu năm", ""],
  ],
  columns: { stt: 0, label: 1, unit: 2, values: [3, 4], note: 5 },
  rows: [
    r("1", "Tiếp nhận hồ sơ TTHC", "Hồ sơ", 1500, 4200),
    r("a", "Tiếp nhận trực tuyến", "Hồ sơ", 1100, 2900),
    r("+", "Dịch vụ công trực tuyến toàn trình", "Hồ sơ", 700, 1800),
    r("+", "Dịch vụ công trực tuyến một phần", "Hồ sơ", 400, 1100),
    r("b", "Tiếp nhận trực tiếp", "Hồ sơ", 320, 1050),
    r("c", "Qua dịch vụ bưu chính công ích", "Hồ sơ", 80, 250),
    r("2", "Giải quyết hồ sơ TTHC", "Hồ sơ", 1460, 4150),
    r("a", "Đã giải quyết", "Hồ sơ", 1380, 4000),
    r("+", "Trước và đúng hạn", "Hồ sơ", 1370, 3976),
    r("+", "Quá hạn", "Hồ sơ", 10, 24),
    r("b", "Đang giải quyết", "Hồ sơ", 80, 150),
    r("+", "Trong hạn", "Hồ sơ", 78, 146),
    r("+", "Quá hạn", "Hồ sơ", 2, 4),
    r("3", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "%", p(99.28, 2), p(99.4, 2)),
    r("4", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", p(73.33, 2), p(69.05, 2)),
    r("5", "Số hồ sơ được số hóa kết quả giải quyết", "Hồ sơ", 1290, 3800),
    r("6", "Số lượt người được hướng dẫn tại Trung tâm Phục vụ hành chính công", "Lượt người", 2600, 7100),
  ],
};

export const SHAPES = [COMMUNE_2025, DEPARTMENT_2025, TWO_COLUMNS];

// --- builders ---------------------------------------------------------------------------------------------------

const textCell = (t: string): Cell => (t === "" ? { value: null, text: "" } : { value: t, text: t });

function valueCell(v: Value): Cell {
  if (v === null) return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: String(v) };
  if (typeof v === "string") return textCell(v);
  const decimals = v.decimals ?? 0;
  return {
    value: Number((v.pct / 100).toPrecision(12)),
    numberFormat: decimals ? `0.${"0".repeat(decimals)}%` : "0%",
    text: `${v.pct.toFixed(decimals)}%`,
  };
}

/** Rows of the shape with values replaced: { "row index": [values] } (index in shape.rows). */
export function withValues(shape: Shape, changes: Record<number, Value[]>): Shape {
  return {
    ...shape,
    rows: shape.rows.map((row, i) => (changes[i] ? { ...row, values: changes[i] } : row)),
  };
}

/** Index of the row with this STT and label start (labels repeat, STTs repeat under "-"). */
export function rowIndex(shape: Shape, label: string): number {
  const i = shape.rows.findIndex((r) => r.label === label);
  if (i < 0) throw new Error(`no row ${label} in ${shape.name}`);
  return i;
}

export function shapeGrid(shape: Shape, sheetName = "Phụ lục"): WorkbookGrid {
  const width = Math.max(...shape.header.map((h) => h.length));
  const cells: Cell[][] = shape.title.map((t) => [textCell(t)]);
  cells.push([]);
  for (const h of shape.header) cells.push(h.map(textCell));
  for (const row of shape.rows) {
    const line: Cell[] = Array.from({ length: width }, () => textCell(""));
    line[shape.columns.stt] = textCell(row.stt);
    line[shape.columns.label] = textCell(row.label);
    line[shape.columns.unit] = textCell(row.unit);
    shape.columns.values.forEach((col, k) => (line[col] = valueCell(row.values[k] ?? null)));
    cells.push(line);
  }
  cells.push([], [textCell("Người lập biểu")]);
  return { sheets: [{ name: sheetName, cells }] };
}

/** The shape as a real .xlsx file written by ExcelJS (bytes), the way an office saves its appendix. */
export async function shapeXlsx(shape: Shape, sheetName = "Phụ lục"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const grid = shapeGrid(shape, sheetName).sheets[0];
  grid.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.value === null) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell.value as ExcelJS.CellValue;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }),
  );
  const headerRow = shape.title.length + 2;
  if (shape.header.length === 2)
    ws.mergeCells(headerRow, shape.columns.values[0] + 1, headerRow, shape.columns.values[1] + 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The .xlsx file read back as the command line and the preview read it (src/io/xlsx). */
export async function shapeXlsxGrid(shape: Shape): Promise<WorkbookGrid> {
  return readXlsxGrid(await shapeXlsx(shape));
}
