/**
 * Appendices and reports the project had never seen when they were written (phase 2, "unseen"): four offices of the
 * two-level local government (from 1 July 2025), four forms and four reports, as their officers would lay them out
 * and word them. Written from knowledge of such reports, not copied from any; names of places are real, figures are
 * invented but hold together (every ratio and sum of the consistent version is right).
 *
 * Each case has a consistent version and a planted one. The planted one holds the only faults that must be found:
 * `planted` lists them (a table finding by kind and row code, in which value column; a narrative finding by row; a
 * date by the date as written). Everything else is a trap that must stay quiet: legitimate differences (staff above
 * the quota after a merger, revenue above the estimate, "lượt người" above a headcount), figures of another year or
 * another body, growth percentages, plan-versus-actual above 100%, cumulative totals beside the period's figures.
 *
 * Markers: in a sheet a cell { good, bad } holds `good` in the consistent version and `bad` in the planted one; in a
 * report "[[good||bad]]" likewise.
 */
import type { DocBlock } from "./docx";
import { num, pct, type CellSpec, type SheetSpec } from "./sheet";

export type Planted<T> = { good: T; bad: T };
export type PlantedCell = CellSpec | Planted<CellSpec>;

export interface PlantedFinding {
  kind: "ratio" | "sum" | "part-exceeds-total" | "range" | "not-a-number" | "missing" | "narrative-mismatch" | "date";
  /** codes[0] of the finding (row code of the learnt form); for a date, the date as written. */
  code: string;
  /** For table findings of a form with several value columns: the column's heading (the message names it). */
  column?: string;
  /** For narrative findings: the table's value and the prose's. */
  expected?: number;
  actual?: number;
  /** A planted fault the checker cannot find yet, and why (it is then asserted not to be reported). */
  notFound?: string;
}

export interface UnseenCase {
  /** File name stem (the unit's name as a provincial office would save it). */
  id: string;
  description: string;
  sheets: { name: string; rows: PlantedCell[][]; merges?: string[]; widths?: number[] }[];
  report: { format: "txt"; text: string } | { format: "docx"; blocks: (DocBlock | Planted<DocBlock>)[] };
  /** The faults of the planted version; the consistent one has none. */
  planted: PlantedFinding[];
  /**
   * Warnings both versions raise by the project's design, not faults: a "-" or "Không phát sinh" in a value cell is
   * read as none and the officer asked to write 0 (or leave it blank) and explain in Ghi chú (the seed pins this).
   */
  designWarnings?: PlantedFinding[];
}

const bad = <T>(good: T, badValue: T): Planted<T> => ({ good, bad: badValue });

function isPlanted<T>(v: unknown): v is Planted<T> {
  return typeof v === "object" && v !== null && "good" in v && "bad" in v;
}

export function sheetsOf(c: UnseenCase, plant: boolean): SheetSpec[] {
  return c.sheets.map((s) => ({
    ...s,
    rows: s.rows.map((line) => line.map((cell) => (isPlanted<CellSpec>(cell) ? (plant ? cell.bad : cell.good) : cell))),
  }));
}

export function textOf(text: string, plant: boolean): string {
  return text.replace(/\[\[([^|\]]*)\|\|([^\]]*)\]\]/g, (_m, good: string, b: string) => (plant ? b : good));
}

export function blocksOf(c: UnseenCase, plant: boolean): DocBlock[] {
  if (c.report.format !== "docx") throw new Error(`${c.id} has a text report`);
  return c.report.blocks.map((b) => {
    const block = isPlanted<DocBlock>(b) ? (plant ? b.bad : b.good) : b;
    if (typeof block === "string") return textOf(block, plant);
    if ("text" in block) return { ...block, text: textOf(block.text, plant) };
    return block;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 1. A ward's quarterly form: Phường Hạc Thành (Thanh Hóa), quarter III 2025, the ward's first quarter after the
//    reform. Roman groups, flat numbering, "-" sub-rows, a row of column numbers (1 … 5) under the header, the
//    title block in merged cells, percents typed as percents, the national motto beside the unit's name.

const WARD_ROWS: PlantedCell[][] = [
  ["UBND PHƯỜNG HẠC THÀNH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  [null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["Biểu số 01/CCHC-Q"],
  ["SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2025"],
  ["(Kèm theo Báo cáo số 87/BC-UBND ngày 16/9/2025 của UBND phường Hạc Thành)"],
  ["(Số liệu tính từ ngày 01/7/2025 đến ngày 14/9/2025)"],
  ["TT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"],
  [1, 2, 3, 4, 5],
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"],
  [1, "Số văn bản chỉ đạo, điều hành về CCHC được ban hành trong quý", "Văn bản", 7],
  [2, "Số nhiệm vụ CCHC theo Kế hoạch năm 2025 của phường", "Nhiệm vụ", 32],
  [3, "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 14],
  [4, "Tỷ lệ nhiệm vụ hoàn thành so với Kế hoạch", "%", pct(43.75)],
  [5, "Số cuộc kiểm tra, tự kiểm tra công tác CCHC", "Cuộc", 1],
  ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  [6, "Tổng số TTHC thuộc thẩm quyền giải quyết của UBND phường", "Thủ tục", 341],
  [7, "Số TTHC được cung cấp dịch vụ công trực tuyến toàn trình", "Thủ tục", 156],
  [8, "Số TTHC được cung cấp dịch vụ công trực tuyến một phần", "Thủ tục", 185],
  [9, "Tổng số hồ sơ TTHC tiếp nhận trong kỳ", "Hồ sơ", num(2847)],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", num(2105)],
  ["-", "Tiếp nhận trực tiếp tại Trung tâm Phục vụ hành chính công", "Hồ sơ", bad(num(698), num(689))],
  ["-", "Tiếp nhận qua dịch vụ bưu chính công ích", "Hồ sơ", 44],
  [10, "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", pct(73.94)],
  [11, "Số hồ sơ đã giải quyết", "Hồ sơ", num(2690)],
  ["-", "Giải quyết trước hạn", "Hồ sơ", num(1320)],
  ["-", "Giải quyết đúng hạn", "Hồ sơ", num(1352)],
  ["-", "Giải quyết quá hạn", "Hồ sơ", 18, "Lĩnh vực đất đai"],
  [12, "Số hồ sơ đang giải quyết", "Hồ sơ", 157],
  [13, "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn", "%", bad(pct(99.33), pct(99.63))],
  [14, "Số hồ sơ được số hóa khi tiếp nhận", "Hồ sơ", num(2512)],
  [15, "Tỷ lệ hồ sơ được số hóa", "%", pct(88.23)],
  [16, "Số hồ sơ thanh toán trực tuyến phí, lệ phí", "Hồ sơ", num(1034)],
  [17, "Số phản ánh, kiến nghị tiếp nhận", "PAKN", 3],
  [18, "Số phản ánh, kiến nghị đã xử lý", "PAKN", 3],
  ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"],
  [19, "Số biên chế cán bộ, công chức được giao", "Người", 58],
  // Four wards were merged on 1 July 2025: their staff are all kept on until reassigned or retired.
  [20, "Số cán bộ, công chức hiện có", "Người", 71, "Tiếp nhận nguyên trạng"],
  [21, "Số cán bộ, công chức dôi dư sau sắp xếp", "Người", 13],
  [22, "Số người nghỉ hưu trước tuổi, thôi việc theo Nghị định số 178/2024/NĐ-CP", "Người", 9],
  ["IV", "CHUYỂN ĐỔI SỐ, TRIỂN KHAI ĐỀ ÁN 06"],
  [23, "Số tài khoản định danh điện tử mức độ 2 được kích hoạt trong quý", "Tài khoản", num(4126)],
  [24, "Tỷ lệ văn bản đi được ký số (trừ văn bản mật)", "%", pct(98.7, 1)],
  [25, "Trung tâm Phục vụ hành chính công phường có camera giám sát kết nối với tỉnh", "Có/Không", "Có"],
  [],
  [null, "Người lập biểu", null, "KT. CHỦ TỊCH"],
  [null, null, null, "PHÓ CHỦ TỊCH"],
];

const WARD_REPORT = `ỦY BAN NHÂN DÂN
PHƯỜNG HẠC THÀNH
Số: 87/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hạc Thành, ngày 16 tháng 9 năm 2025

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính quý III năm 2025

Thực hiện Công văn số 1256/SNV-CCHC ngày 02/7/2025 của Sở Nội vụ tỉnh Thanh Hóa về việc báo cáo định kỳ công tác cải cách hành chính năm 2025, UBND phường Hạc Thành báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) quý III năm 2025 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Ngay sau khi chính thức đi vào hoạt động từ ngày 01/7/2025 theo mô hình chính quyền địa phương hai cấp, UBND phường đã ban hành 07 văn bản chỉ đạo, điều hành về CCHC (gồm 02 kế hoạch, 03 công văn, 02 quyết định kiện toàn Tổ công tác CCHC). Kế hoạch CCHC năm 2025 của phường xác định 32 nhiệm vụ; tính đến ngày 14/9/2025 đã hoàn thành 14/32 nhiệm vụ, đạt tỷ lệ 43,75%, các nhiệm vụ còn lại đang triển khai theo đúng tiến độ. Trong quý, UBND phường tổ chức 01 cuộc tự kiểm tra công tác CCHC tại Trung tâm Phục vụ hành chính công phường.

II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Công khai thủ tục hành chính
UBND phường đã công khai đầy đủ 341 thủ tục hành chinh thuộc thẩm quyền giải quyết theo Quyết định số 2456/QĐ-UBND ngày 30/6/2025 của Chủ tịch UBND tỉnh, trong đó có 156 TTHC cung cấp dịch vụ công trực tuyến toàn trình và 185 TTHC cung cấp dịch vụ công trực tuyến một phần.
2. Kết quả tiếp nhận, giải quyết thủ tục hành chính
Trong kỳ báo cáo (từ ngày 01/7/2025 đến ngày 14/9/2025), Trung tâm Phục vụ hành chính công phường đã tiếp nhận 2.847 hồ sơ (tiếp nhận trực tuyến 2.105 hồ sơ, trực tiếp [[698||689]] hồ sơ, qua dịch vụ bưu chính công ích 44 hồ sơ); tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 73,94%, cao hơn mức bình quân chung của tỉnh (65,2%). Đã giải quyết 2.690 hồ sơ, trong đó trước hạn 1.320 hồ sơ, đúng hạn [[1.352||1.325]] hồ sơ, quá hạn 18 hồ sơ (chủ yếu thuộc lĩnh vực đất đai do phải chờ kết quả đo đạc); tỷ lệ giải quyết trước hạn và đúng han đạt [[99,33||99,63]]%. Hiện còn 157 hồ sơ đang giải quyết, chưa đến hạn trả kết quả.
Thực hiện số hóa hồ sơ, kết quả giải quyết TTHC: đã số hóa [[2.512||2.521]] hồ sơ, đạt 88,23%; có 1.034 hồ sơ thực hiện thanh toán trực tuyến phí, lệ phí. So với cùng kỳ năm 2024 (trước khi sắp xếp), số hồ sơ tiếp nhận tăng 18,6%, tỷ lệ hồ sơ tiếp nhận trực tuyến tăng 21,4 điểm phần trăm.
Trong quý, phường tiếp nhận 03 phản ánh, kiến nghị về quy định hành chính và đã xử lý xong 03/03 phản ánh, kiến nghị.

III. CẢI CÁCH TỔ CHỨC BỘ MÁY
Phường Hạc Thành được thành lập trên cơ sở nhập nguyên trạng 04 đơn vị hành chính cấp xã. Biên chế cán bộ, công chức được giao là 58 người; số cán bộ, công chức hiện có 71 người (vượt 13 người so với biên chế được giao, do tiếp nhận nguyên trạng cán bộ, công chức của các đơn vị trước sắp xếp). Số cán bộ, công chức dôi dư sau sắp xếp là 13 người; đến nay đã giải quyết chế độ nghỉ hưu trước tuổi, thôi việc theo Nghị định số 178/2024/NĐ-CP cho 09 người, 04 người còn lại dự kiến giải quyết xong trong tháng 10/2025.

IV. CHUYỂN ĐỔI SỐ VÀ TRIỂN KHAI ĐỀ ÁN 06
Trong quý, phường phối hợp với Công an phường kích hoạt 4.126 tài khoản định danh điện tử mức độ 2, nâng tổng số tài khoản đã kích hoạt trên địa bàn lên 41.350 tài khoản. Tỷ lệ văn bản đi được ký số (trừ văn bản mật) đạt 98,7%. Trung tâm Phục vụ hành chính công phường đã lắp đặt hệ thống camera giám sát và kết nối với Trung tâm Phục vụ hành chính công tỉnh từ ngày [[25/8/2025||25/9/2025]].

V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025
Tiếp tục thực hiện 18 nhiệm vụ còn lại của Kế hoạch CCHC năm 2025; phấn đấu tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt trên 99%, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 80% trở lên.

Trên đây là báo cáo kết quả thực hiện công tác CCHC quý III năm 2025 của UBND phường Hạc Thành./.

Nơi nhận:
- Sở Nội vụ tỉnh Thanh Hóa;
- TT Đảng ủy, HĐND phường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH`;

export const WARD: UnseenCase = {
  id: "phuong-hac-thanh-quy-3-2025",
  description: "a ward's quarterly form and its report (.txt), Thanh Hóa, quarter III 2025",
  sheets: [
    {
      name: "Biểu 01",
      rows: WARD_ROWS,
      merges: ["A1:B1", "C1:E1", "C2:E2", "A5:E5", "A6:E6", "A7:E7"],
      widths: [6, 60, 12, 12, 20],
    },
  ],
  report: { format: "txt", text: WARD_REPORT },
  planted: [
    // the part typed 689 instead of 698: the total no longer adds up (the prose copied the wrong figure)
    { kind: "sum", code: "9" },
    // 99,63% where (1.320 + 1.352)/2.690 = 99,33% (the prose copied it)
    {
      kind: "ratio",
      code: "13",
      notFound:
        "the numerator is two rows (trước hạn + đúng hạn); a ratio relation of the form schema has one numerator row, so no relation is inferred (rather than a wrong one)",
    },
    // the prose says 1.325 on-time dossiers, the table 1.352; 2.521 digitised, the table 2.512
    { kind: "narrative-mismatch", code: "11b", expected: 1352, actual: 1325 },
    { kind: "narrative-mismatch", code: "14", expected: 2512, actual: 2521 },
    // connected on 25/9/2025, after the report of 16/9/2025
    { kind: "date", code: "25/9/2025" },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// 2. A provincial department's 6-month form: Sở Nông nghiệp và Môi trường tỉnh Phú Thọ (the department of the
//    merged province), the first half of 2026, beside the same period of 2025 and a "So sánh (%)" column of growth
//    percentages. Roman groups with numbering that restarts in each group; "Trong đó:" on a line of its own; numbers
//    with thousands separators and one decimal in the comparison column.

const DEPT_ROWS: PlantedCell[][] = [
  ["UBND TỈNH PHÚ THỌ", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["PHỤ LỤC"],
  ["KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026"],
  ["(Kèm theo Báo cáo số 215/BC-SNNMT ngày 10/6/2026 của Sở Nông nghiệp và Môi trường)"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2026", "Cùng kỳ năm 2025", "So sánh (%)", "Ghi chú"],
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"],
  ["1", "Số văn bản chỉ đạo, điều hành về CCHC đã ban hành", "Văn bản", 6, 5, num(120, "0.0")],
  ["2", "Số nhiệm vụ CCHC được giao theo Kế hoạch năm", "Nhiệm vụ", 28, 25, num(112, "0.0")],
  ["3", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 15, 11, num(136.4, "0.0")],
  ["4", "Tỷ lệ hoàn thành nhiệm vụ", "%", num(53.57, "0.00"), num(44, "0.00"), "-"],
  ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  ["1", "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở", "Thủ tục", 187, 164, num(114, "0.0")],
  ["2", "Số TTHC được cắt giảm, đơn giản hóa thời gian giải quyết", "Thủ tục", 12, 8, num(150, "0.0")],
  ["3", "Số hồ sơ TTHC đã tiếp nhận", "Hồ sơ", num(5362), num(4118), num(130.2, "0.0")],
  [null, "Trong đó:"],
  [null, "- Tiếp nhận trực tuyến", "Hồ sơ", num(4987), num(3540), num(140.9, "0.0")],
  [null, "- Tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích", "Hồ sơ", bad(375, 357), 578, num(64.9, "0.0")],
  ["4", "Số hồ sơ đã giải quyết", "Hồ sơ", num(5201), num(4006), num(129.8, "0.0")],
  [null, "- Trước hạn, đúng hạn", "Hồ sơ", num(5150), num(3950), num(130.4, "0.0")],
  [null, "- Quá hạn", "Hồ sơ", 51, 56, num(91.1, "0.0")],
  ["5", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", num(99.02, "0.00"), num(98.6, "0.00"), "-"],
  ["6", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", num(93.01, "0.00"), num(85.96, "0.00"), "-"],
  ["7", "Tỷ lệ hồ sơ được số hóa", "%", num(100, "0.00"), num(96.5, "0.00"), "-"],
  ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"],
  ["1", "Số phòng chuyên môn, nghiệp vụ", "Phòng", 8, 14, num(57.1, "0.0")],
  ["2", "Số chi cục và tương đương", "Chi cục", 3, 5, num(60, "0.0")],
  ["3", "Số đơn vị sự nghiệp công lập trực thuộc", "Đơn vị", 6, 11, num(54.5, "0.0")],
  ["4", "Biên chế công chức được giao", "Người", 142, 95, num(149.5, "0.0")],
  // The departments of three provinces were merged: every civil servant present is kept on.
  ["5", "Số công chức có mặt", "Người", 163, 92, num(177.2, "0.0")],
  ["6", "Số người đã nghỉ việc theo chính sách tinh giản biên chế", "Người", 17, 3, num(566.7, "0.0")],
  ["IV", "CẢI CÁCH TÀI CHÍNH CÔNG"],
  ["1", "Dự toán chi ngân sách nhà nước được giao", "Triệu đồng", num(45600), num(38250), num(119.2, "0.0")],
  ["2", "Số đã giải ngân", "Triệu đồng", num(21340.5, "#,##0.0"), num(17002), num(125.5, "0.0")],
  ["3", "Tỷ lệ giải ngân so với dự toán", "%", bad(num(46.8, "0.00"), num(48.6, "0.00")), num(44.45, "0.00"), "-"],
  ["V", "XÂY DỰNG CHÍNH QUYỀN SỐ"],
  ["1", "Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", "Thủ tục", 120, 96, num(125, "0.0")],
  ["2", "Số TTHC đã cung cấp dịch vụ công trực tuyến toàn trình", "Thủ tục", 118, 90, num(131.1, "0.0")],
  [
    "3",
    "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình",
    "%",
    num(98.33, "0.00"),
    bad(num(93.75, "0.00"), num(97.35, "0.00")),
    "-",
  ],
  ["4", "Số hồ sơ thực hiện thanh toán trực tuyến", "Hồ sơ", num(3012), num(1870), num(161.1, "0.0")],
  [],
  [null, "NGƯỜI LẬP BIỂU", null, null, "GIÁM ĐỐC"],
];

const DEPT_REPORT: (DocBlock | Planted<DocBlock>)[] = [
  {
    table: [
      [
        "UBND TỈNH PHÚ THỌ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
      ],
      ["Số: 215/BC-SNNMT", "Phú Thọ, ngày 10 tháng 6 năm 2026"],
    ],
  },
  { text: "BÁO CÁO", bold: true, center: true },
  { text: "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026", bold: true, center: true },
  "Thực hiện Kế hoạch số 38/KH-UBND ngày 15/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, Sở Nông nghiệp và Môi trường báo cáo kết quả 6 tháng đầu năm 2026 như sau:",
  { text: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", bold: true },
  "Sở đã ban hành 06 văn bản chỉ đạo, điều hành về CCHC (tăng 01 văn bản so với cùng kỳ). Kế hoạch CCHC năm 2026 của Sở gồm 28 nhiệm vụ, đến nay đã hoàn thành 15 nhiệm vụ, chiếm 53,57%; cùng kỳ năm 2025 hoàn thành 11/25 nhiệm vụ (44%).",
  { text: "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", bold: true },
  "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của Sở là 187 thủ tục (sau khi hợp nhất Sở Nông nghiệp và Phát triển nông thôn với Sở Tài nguyên và Môi trường và sắp xếp tỉnh); trong kỳ đã cắt giảm, đơn giản hóa thời gian giải quyết đối với 12 TTHC.",
  "Trong 6 tháng đầu năm, Sở tiếp nhận 5.362 hồ sơ, tăng 30,2% so với cùng kỳ, trong đó hồ sơ tiếp nhận trực tuyến là [[4.987||4.897]] hồ sơ (chiếm 93,01%), tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích [[375||357]] hồ sơ. Đã giải quyết 5.201 hồ sơ, trong đó trước hạn, đúng hạn 5.150 hồ sơ, đạt 99,02% (cùng kỳ năm 2025 đạt 98,6%); quá hạn 51 hồ sơ, Sở đã thực hiện xin lỗi tổ chức, cá nhân theo quy định. Tỷ lệ hồ sơ được số hóa đạt 100%.",
  "Toàn tỉnh trong 6 tháng tiếp nhận 412.650 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,8% (số liệu của Trung tâm Phục vụ hành chính công tỉnh).",
  { text: "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", bold: true },
  "Sau hợp nhất, Sở có 08 phòng chuyên môn, nghiệp vụ (giảm 06 phòng so với trước sắp xếp), 03 chi cục và 06 đơn vị sự nghiệp công lập trực thuộc. Biên chế công chức được giao 142 người, số công chức có mặt 163 người; Sở đang xây dựng lộ trình giải quyết số dôi dư đến năm 2030. Trong kỳ đã giải quyết cho 17 người nghỉ việc theo chính sách tinh giản biên chế, trong đó 12 người nghỉ hưu trước tuổi.",
  { text: "IV. CẢI CÁCH TÀI CHÍNH CÔNG", bold: true },
  "Dự toán chi ngân sách nhà nước được giao năm 2026 là 45.600 triệu đồng; đến ngày 31/5/2026 đã giải ngân 21.340,5 triệu đồng, đạt [[46,8||48,6]]% dự toán.",
  { text: "V. XÂY DỰNG CHÍNH QUYỀN SỐ", bold: true },
  "Có 118/120 TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình, đạt 98,33%; 3.012 hồ sơ được thanh toán trực tuyến phí, lệ phí. Hệ thống thông tin giải quyết TTHC của tỉnh được nâng cấp từ ngày [[02/4/2026||31/4/2026]].",
  { text: "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", bold: true },
  "Hoàn thành 13 nhiệm vụ còn lại; tổ chức hội nghị đối thoại với doanh nghiệp trước ngày 30/9/2026.",
  { table: [["Nơi nhận:\n- UBND tỉnh;\n- Sở Nội vụ;\n- Lưu: VT, VP.", "GIÁM ĐỐC\n\n\nNguyễn Văn Hùng"]] },
];

export const DEPARTMENT: UnseenCase = {
  id: "so-nn-mt-phu-tho-6-thang-2026",
  description:
    "a provincial department's 6-month form with the same period of last year and a comparison column, and its .docx report",
  sheets: [{ name: "PL 6 thang", rows: DEPT_ROWS, merges: ["A1:C1", "D1:G1", "A2:C2", "D2:G2", "A5:G5", "A6:G6"] }],
  report: { format: "docx", blocks: DEPT_REPORT },
  planted: [
    // 357 instead of 375 direct dossiers: the received total no longer adds up
    { kind: "sum", code: "II.3", column: "6 tháng đầu năm 2026" },
    // 48,6% disbursed where 21.340,5/45.600 = 46,80% (the prose copied it)
    { kind: "ratio", code: "IV.3", column: "6 tháng đầu năm 2026" },
    // last year's column: 90/96 is 93,75%, not 97,35%
    { kind: "ratio", code: "V.3", column: "Cùng kỳ năm 2025" },
    // the prose: 4.897 online dossiers, the table 4.987
    { kind: "narrative-mismatch", code: "II.3a", expected: 4987, actual: 4897 },
    // 31 April does not exist
    { kind: "date", code: "31/4/2026" },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// 3. A special zone's annual form: Đặc khu Phú Quốc (An Giang), 2025 (the zone exists since 1 July 2025). Groups A-E,
//    numbering that runs on through the groups, "a", "b", "c" in the STT column under a "Trong đó:" line, a "(1)
//    (2) …" row under the header, amounts in tỷ đồng, a satisfaction score in points, revenue above the estimate.

const ZONE_ROWS: PlantedCell[][] = [
  ["ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC"],
  [],
  ["BIỂU TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
  ["(Kèm theo Báo cáo số 412/BC-UBND ngày 08/12/2025 của UBND đặc khu Phú Quốc)"],
  [],
  ["STT", "Tên chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"],
  ["(1)", "(2)", "(3)", "(4)", "(5)"],
  ["A", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
  [1, "Số kế hoạch, văn bản chỉ đạo về CCHC đã ban hành", "Văn bản", 15],
  [2, "Số nhiệm vụ trong Kế hoạch CCHC năm 2025", "Nhiệm vụ", 40],
  [3, "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 37],
  [4, "Tỷ lệ hoàn thành Kế hoạch CCHC", "%", pct(92.5, 1)],
  [5, "Số cơ quan, đơn vị được kiểm tra công tác CCHC", "Cơ quan", 6],
  ["B", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  [6, "Số TTHC thuộc thẩm quyền giải quyết của UBND đặc khu", "Thủ tục", 356],
  [7, "Số hồ sơ TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công đặc khu", "Hồ sơ", num(9845)],
  [null, "Trong đó:"],
  ["a", "Hồ sơ trực tuyến", "Hồ sơ", num(7262)],
  ["b", "Hồ sơ trực tiếp", "Hồ sơ", num(2430)],
  ["c", "Hồ sơ qua dịch vụ bưu chính công ích", "Hồ sơ", bad(153, 135)],
  [8, "Số hồ sơ tiếp nhận không phụ thuộc vào địa giới hành chính", "Hồ sơ", 412],
  [9, "Số hồ sơ đã giải quyết", "Hồ sơ", num(9510)],
  ["a", "Trước hạn, đúng hạn", "Hồ sơ", num(9426)],
  ["b", "Quá hạn", "Hồ sơ", 84],
  [10, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", pct(99.12)],
  [11, "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", pct(73.76)],
  [12, "Số văn bản xin lỗi tổ chức, cá nhân do giải quyết quá hạn", "Văn bản", 84],
  [13, "Chỉ số hài lòng của người dân, doanh nghiệp", "Điểm", num(92.35, "0.00")],
  ["C", "CẢI CÁCH TỔ CHỨC BỘ MÁY, CHẾ ĐỘ CÔNG VỤ"],
  [14, "Số cơ quan chuyên môn thuộc UBND đặc khu", "Cơ quan", 5],
  [15, "Số biên chế được giao", "Người", 96],
  [16, "Số cán bộ, công chức hiện có", "Người", 118],
  [17, "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Lượt người", 236],
  ["D", "CẢI CÁCH TÀI CHÍNH CÔNG"],
  [18, "Dự toán thu ngân sách nhà nước năm 2025", "Tỷ đồng", num(5840)],
  [19, "Thu ngân sách nhà nước thực hiện", "Tỷ đồng", num(7732.5, "#,##0.0")],
  [20, "Tỷ lệ thu ngân sách so với dự toán", "%", pct(132.41)],
  [21, "Kế hoạch vốn đầu tư công năm 2025", "Tỷ đồng", num(1250)],
  [22, "Vốn đầu tư công đã giải ngân", "Tỷ đồng", num(962.3, "#,##0.0")],
  [23, "Tỷ lệ giải ngân vốn đầu tư công", "%", bad(pct(76.98), pct(79.68))],
  ["E", "CHÍNH QUYỀN SỐ, TRIỂN KHAI ĐỀ ÁN 06"],
  [24, "Số dịch vụ công thiết yếu theo Đề án 06 đã triển khai", "Dịch vụ", 25],
  [25, "Tỷ lệ hồ sơ được số hóa, tái sử dụng kết quả", "%", pct(91.4, 1)],
  [26, "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", pct(64.8, 1)],
  [],
  [null, "Người tổng hợp", null, "TM. ỦY BAN NHÂN DÂN"],
];

const ZONE_REPORT: (DocBlock | Planted<DocBlock>)[] = [
  {
    table: [
      ["ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 412/BC-UBND", "Phú Quốc, ngày 08 tháng 12 năm 2025"],
    ],
  },
  { text: "BÁO CÁO", bold: true, center: true },
  { text: "Công tác cải cách hành chính năm 2025", bold: true, center: true },
  { text: "PHẦN I. KẾT QUẢ THỰC HIỆN", bold: true },
  { text: "1. Công tác chỉ đạo, điều hành", bold: true },
  "Đặc khu Phú Quốc chính thức hoạt động từ ngày 01/7/2025. Ngay từ những ngày đầu, UBND đặc khu đã ban hành 15 kế hoạch, văn bản chỉ đạo về CCHC; Kế hoạch CCHC năm 2025 đề ra 40 nhiệm vụ, đến nay hoàn thành 37 nhiệm vụ (đạt 92,5%). Tổ chức kiểm tra công tác CCHC tại 06 cơ quan, đơn vị.",
  { text: "2. Cải cách thủ tục hành chính", bold: true },
  "UBND đặc khu đang giải quyết 356 TTHC. Năm 2025, Trung tâm Phục vụ hành chính công đặc khu tiếp nhận 9.845 hồ sơ (trực tuyến 7.262 hồ sơ, chiếm 73,76%; trực tiếp 2.430 hồ sơ; qua dịch vụ bưu chính công ích [[153||135]] hồ sơ), tăng 60,9% so với năm 2024 (năm 2024 huyện Phú Quốc cũ tiếp nhận 6.120 hồ sơ); trong đó có 412 hồ sơ tiếp nhận không phụ thuộc vào địa giới hành chính.",
  "Đã giải quyết [[9.510||9.150]] hồ sơ, trong đó trước hạn, đúng hạn 9.426 hồ sơ, đạt tỷ lệ 99,12%, quá hạn 84 hồ sơ; UBND đặc khu đã ban hành 84 văn bản xin lỗi tổ chức, cá nhân. Chỉ số hài lòng của người dân, doanh nghiệp đạt 92,35 điểm, cao hơn bình quân của tỉnh An Giang (89,6 điểm).",
  { text: "3. Cải cách tổ chức bộ máy, chế độ công vụ", bold: true },
  "UBND đặc khu có 05 cơ quan chuyên môn. Biên chế được giao 96 người, hiện có 118 cán bộ, công chức (do tiếp nhận nguyên trạng từ huyện Phú Quốc và các xã, thị trấn cũ). Trong năm cử 236 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.",
  { text: "4. Cải cách tài chính công", bold: true },
  "Thu ngân sách nhà nước năm 2025 thực hiện 7.732,5 tỷ đồng, bằng 132,41% dự toán tỉnh giao (5.840 tỷ đồng). Kế hoạch vốn đầu tư công năm 2025 là 1.250 tỷ đồng, đã giải ngân 962,3 tỷ đồng, đạt [[76,98||79,68]]% kế hoạch.",
  { text: "5. Chính quyền số, triển khai Đề án 06", bold: true },
  "Đã triển khai 25/25 dịch vụ công thiết yếu theo Đề án 06; tỷ lệ hồ sơ được số hóa, tái sử dụng kết quả đạt 91,4%; tỷ lệ thanh toán trực tuyến đạt 64,8%. Ngày [[15/11/2025||31/11/2025]], đặc khu tổ chức Hội nghị sơ kết 6 tháng vận hành chính quyền địa phương hai cấp.",
  { text: "PHẦN II. NHIỆM VỤ NĂM 2026", bold: true },
  "Phấn đấu 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ thanh toán trực tuyến đạt trên 80%.",
];

export const SPECIAL_ZONE: UnseenCase = {
  id: "dac-khu-phu-quoc-nam-2025",
  description: "a special zone's annual form (groups A-E, letter sub-rows, tỷ đồng) and its .docx report",
  sheets: [{ name: "Sheet1", rows: ZONE_ROWS, merges: ["A1:E1", "A3:E3", "A4:E4"] }],
  report: { format: "docx", blocks: ZONE_REPORT },
  planted: [
    // 135 instead of 153 by post: the received total no longer adds up (the prose copied it)
    { kind: "sum", code: "7" },
    // 79,68% disbursed where 962,3/1.250 = 76,98% (the prose copied it)
    { kind: "ratio", code: "23" },
    // the prose: 9.150 settled, the table 9.510
    { kind: "narrative-mismatch", code: "9", expected: 9510, actual: 9150 },
    // 31 November does not exist
    { kind: "date", code: "31/11/2025" },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// 4. A commune's form typed sloppily, with two value columns: Xã Tân Kỳ (Nghệ An), quarter IV and the whole of 2025.
//    The label merged over two columns, "Số liệu" merged over "Quý IV/2025 | Lũy kế năm 2025", every number typed as
//    text in Vietnamese notation ("1.236", "01", "99,33"), "x" where a quarter has no figure, "-" and "Không phát
//    sinh", units written in the labels instead of the unit column, a yes/no row ticked "x".

const COMMUNE_ROWS: PlantedCell[][] = [
  ["UBND XÃ TÂN KỲ"],
  ["BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ IV VÀ NĂM 2025"],
  ["(Kèm theo Báo cáo số 156/BC-UBND ngày 12/12/2025)"],
  [],
  ["TT", "Nội dung", null, "ĐVT", "Số liệu", null, "Ghi chú"],
  [null, null, null, null, "Quý IV/2025", "Lũy kế năm 2025", null],
  ["I", "Công tác chỉ đạo, điều hành"],
  ["1", "Số văn bản chỉ đạo, điều hành về CCHC", null, "Văn bản", "03", "11"],
  ["2", "Số cuộc kiểm tra công tác CCHC", null, "Cuộc", "01", "02"],
  ["3", "Số nhiệm vụ trong kế hoạch CCHC năm", null, "Nhiệm vụ", "x", "20"],
  ["4", "Số nhiệm vụ đã hoàn thành", null, "Nhiệm vụ", "x", "19"],
  ["5", "Tỷ lệ hoàn thành kế hoạch (%)", null, null, "x", "95%"],
  ["II", "Cải cách thủ tục hành chính"],
  ["6", "Số TTHC thuộc thẩm quyền giải quyết (thủ tục)", null, null, "298", "298"],
  ["7", "Số hồ sơ tiếp nhận (hồ sơ)", null, null, "1.236", "4.905"],
  ["-", "Trực tuyến", null, null, "1.002", "3.811"],
  ["-", "Trực tiếp, bưu chính", null, null, "234", "1.094"],
  ["8", "Số hồ sơ đã giải quyết (hồ sơ)", null, null, "1.198", "4.850"],
  ["-", "Đúng hạn, trước hạn", null, null, "1.190", "4.818"],
  ["-", "Quá hạn", null, null, bad("08", "18"), "32"],
  ["9", "Tỷ lệ giải quyết đúng hạn (%)", null, null, "99,33", "99,34"],
  ["10", "Tỷ lệ tiếp nhận trực tuyến (%)", null, null, "81,07", bad("77,70", "77,96")],
  ["11", "Số hồ sơ phải xin lỗi do quá hạn", null, "Hồ sơ", "08", "32"],
  ["12", "Số phản ánh, kiến nghị về TTHC", null, "PAKN", "Không phát sinh", "-"],
  ["III", "Tổ chức bộ máy"],
  ["13", "Biên chế được giao", null, "Người", "x", "36"],
  ["14", "Số cán bộ, công chức hiện có", null, "Người", "x", "44"],
  ["15", "Số cán bộ dôi dư đã bố trí, giải quyết chế độ", null, "Người", "3", "8"],
  ["IV", "Chuyển đổi số"],
  ["16", "Trang thông tin điện tử của xã hoạt động thường xuyên", null, "Có/Không", "x", "x"],
  ["17", "Số hồ sơ được số hóa (hồ sơ)", null, null, "1.236", "4.530"],
  ["18", "Tỷ lệ số hóa hồ sơ (%)", null, null, "100", "92,35"],
  [],
  [null, "Người lập", null, null, "CHỦ TỊCH"],
];

const COMMUNE_MERGES = [
  "A1:C1",
  "A2:G2",
  "A3:G3",
  "A5:A6",
  "B5:C6",
  "D5:D6",
  "E5:F5",
  "G5:G6",
  ...Array.from({ length: 27 }, (_, i) => `B${i + 7}:C${i + 7}`),
];

const COMMUNE_REPORT = `UBND XÃ TÂN KỲ
Số: 156/BC-UBND
Tân Kỳ, ngày 12 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính quý IV và năm 2025

Căn cứ Kế hoạch số 12/KH-UBND ngày 02/7/2025 của UBND xã về cải cách hành chính 6 tháng cuối năm 2025; UBND xã Tân Kỳ báo cáo kết quả như sau:

1. Công tác chỉ đạo, điều hành
Trong quý IV, UBND xã ban hành 03 văn bản chỉ đạo, điều hành về CCHC, nâng tổng số văn bản ban hành trong năm lên 11 văn bản. Năm 2025 xã thực hiện 20 nhiệm vụ CCHC, đã hoàn thành 19/20 nhiệm vụ (đạt 95%); tổ chức 02 cuộc kiểm tra công tác CCHC (quý IV: 01 cuộc).

2. Cải cách thủ tục hành chính
Xã đang giải quyết 298 thủ tục hành chính. Quý IV tiếp nhận 1.236 hồ sơ (trực tuyến 1.002 hồ sơ, đạt 81,07%), đã giải quyết 1.198 hồ sơ, trong đó đúng hạn, trước hạn 1.190 hồ sơ, quá hạn [[08||18]] hồ sơ. Lũy kế năm 2025 tiếp nhận 4.905 hồ sơ, trong đó trực tuyến [[3.811||3.181]] hồ sơ, đạt tỷ lệ [[77,70||77,96]]%; giải quyết 4.850 hồ sơ, đúng hạn 4.818 hồ sơ, đạt 99,34%; quá hạn 32 hồ sơ, xã đã xin lỗi bằng văn bản đối với 32 trường hợp. Không có phản ánh, kiến nghị về thủ tục hành chính.
Trung tâm Phục vụ hành chính công xã đã số hóa 4.530 hồ sơ trong năm (đạt 92,35%), riêng quý IV số hóa 100% hồ sơ tiếp nhận.

3. Tổ chức bộ máy
Biên chế được giao 36 người, hiện có 44 cán bộ, công chức (tiếp nhận từ 03 xã cũ: Kỳ Sơn, Kỳ Tân, Tân Xuân). Đến ngày 30/11/2025 đã bố trí, giải quyết chế độ cho 08 cán bộ dôi dư (quý IV: 03 người).

4. Chuyển đổi số
Trang thông tin điện tử của xã hoạt động thường xuyên, cập nhật tin bài đúng quy định.

5. Nhiệm vụ năm 2026
Tiếp tục giải quyết số cán bộ dôi dư còn lại trước ngày 30/6/2026.`;

export const SLOPPY_COMMUNE: UnseenCase = {
  id: "xa-tan-ky-quy-4-2025",
  description: "a commune's two-column form typed as text (Quý IV | Lũy kế), merged labels, x and Không phát sinh",
  sheets: [{ name: "Phu luc", rows: COMMUNE_ROWS, merges: COMMUNE_MERGES }],
  report: { format: "txt", text: COMMUNE_REPORT },
  planted: [
    // quarter IV: 18 late where 1.198 − 1.190 = 8 (the prose copied it)
    { kind: "sum", code: "8", column: "Quý IV/2025" },
    // the year: 3.811/4.905 = 77,70%, not 77,96% (the prose copied it)
    { kind: "ratio", code: "10", column: "Lũy kế năm 2025" },
    // the prose: 3.181 online in the year, the table 3.811
    { kind: "narrative-mismatch", code: "7a", expected: 3811, actual: 3181 },
  ],
  designWarnings: [
    { kind: "not-a-number", code: "12", column: "Quý IV/2025" },
    { kind: "not-a-number", code: "12", column: "Lũy kế năm 2025" },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// 5. A ward's form with the totals in a column to the right: Phường Thủ Dầu Một (TP. Hồ Chí Minh), quarter I 2026.
//    "Kết quả" merged over "Chi tiết | Tổng số": the parts' figures in the left column, each total in the right one,
//    never both on one row; a row of column numbers "A | B | C | 1 | 2 | 3".

const RIGHT_TOTALS_ROWS: PlantedCell[][] = [
  ["ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT"],
  ["BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026"],
  [],
  ["STT", "Nội dung", "Đơn vị tính", "Kết quả", null, "Ghi chú"],
  [null, null, null, "Chi tiết", "Tổng số", null],
  ["A", "B", "C", "1", "2", "3"],
  ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  ["1", "Số TTHC thuộc thẩm quyền giải quyết của UBND phường", "Thủ tục", null, 338],
  ["-", "Dịch vụ công trực tuyến toàn trình", "Thủ tục", 164, null],
  ["-", "Dịch vụ công trực tuyến một phần", "Thủ tục", 174, null],
  ["2", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", null, num(3120)],
  ["-", "Trực tuyến", "Hồ sơ", num(2400), null],
  ["-", "Trực tiếp và qua dịch vụ bưu chính công ích", "Hồ sơ", bad(720, 710), null],
  ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", null, bad(pct(76.92), pct(79.62))],
  ["4", "Số hồ sơ đã giải quyết", "Hồ sơ", null, num(2985)],
  ["-", "Trước hạn, đúng hạn", "Hồ sơ", num(2969), null],
  ["-", "Quá hạn", "Hồ sơ", 16, null],
  ["5", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", null, pct(99.46)],
  ["II", "TỔ CHỨC BỘ MÁY"],
  ["6", "Số biên chế được giao", "Người", null, 64],
  ["7", "Số cán bộ, công chức hiện có", "Người", null, 79],
  [],
  [null, "Người lập biểu", null, "CHỦ TỊCH"],
];

const RIGHT_TOTALS_REPORT = `ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT
Số: 41/BC-UBND
Thủ Dầu Một, ngày 12 tháng 3 năm 2026

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính quý I năm 2026

1. Cải cách thủ tục hành chính
Phường đang giải quyết 338 TTHC (164 dịch vụ công trực tuyến toàn trình, 174 dịch vụ công trực tuyến một phần). Từ ngày 15/12/2025 đến ngày 28/02/2026, phường tiếp nhận 3.120 hồ sơ, trong đó trực tuyến 2.400 hồ sơ ([[76,92||79,62]]%), trực tiếp và qua dịch vụ bưu chính công ích [[720||710]] hồ sơ; đã giải quyết [[2.985||2.895]] hồ sơ, trước hạn, đúng hạn 2.969 hồ sơ, đạt 99,46%, quá hạn 16 hồ sơ. Cùng kỳ năm 2025, phường Phú Cường (cũ) chỉ tiếp nhận 1.480 hồ sơ.
Ngày [[26/02/2026||29/02/2026]], UBND phường tổ chức đối thoại với người dân về thủ tục đất đai; kết quả đối thoại đã được tổng hợp gửi Sở Nông nghiệp và Môi trường.

2. Tổ chức bộ máy
Biên chế được giao 64 người, hiện có 79 cán bộ, công chức; phường đã xây dựng phương án bố trí số dôi dư trong năm 2026.

3. Nhiệm vụ quý II năm 2026
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80% trước ngày 30/6/2026.`;

export const RIGHT_TOTALS: UnseenCase = {
  id: "phuong-thu-dau-mot-quy-1-2026",
  description: "a ward's form with the parts in one column and the totals in a column to the right",
  sheets: [{ name: "Quý I", rows: RIGHT_TOTALS_ROWS, merges: ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5"] }],
  report: { format: "txt", text: RIGHT_TOTALS_REPORT },
  planted: [
    // 710 instead of 720: the total received no longer adds up (the prose copied it)
    { kind: "sum", code: "2" },
    // 79,62% where 2.400/3.120 = 76,92% (the prose copied it)
    { kind: "ratio", code: "3" },
    // the prose: 2.895 settled, the table 2.985
    { kind: "narrative-mismatch", code: "4", expected: 2985, actual: 2895 },
    // 2026 is no leap year
    { kind: "date", code: "29/02/2026" },
  ],
};

export const CASES: UnseenCase[] = [WARD, DEPARTMENT, SPECIAL_ZONE, SLOPPY_COMMUNE, RIGHT_TOTALS];
