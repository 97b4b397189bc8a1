/**
 * A commune's 2025 appendix as an officer types it into the template a province's Sở Nội vụ sends (not the seed's
 * district form): the unit's heading and the national motto above the title, a two-row header with "Kết quả" over
 * "Năm 2025", roman groups with flat numbering and "-" sub-rows, group rows merged across, numbers typed as text
 * ("02", "5.240", "99,61%", "74,43 %", "40 "), the signature block below; and two real mistakes: 85% where 18/20 is
 * 90%, and the received files' parts adding up to 5.190 where the total says 5.240.
 */
import ExcelJS from "exceljs";

type Value = number | string | { pct: number; decimals: number } | null;
const pct = (p: number, decimals = 2): Value => ({ pct: p, decimals });

/** STT, label, unit, value as typed. */
export const COMMUNE_ROWS: [string, string, string, Value][] = [
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "", null],
  ["1", "Số nhiệm vụ CCHC đề ra trong Kế hoạch CCHC năm 2025 của UBND xã", "Nhiệm vụ", "20"],
  ["2", "Số nhiệm vụ CCHC đã hoàn thành", "Nhiệm vụ", "18"],
  ["3", "Tỷ lệ nhiệm vụ CCHC hoàn thành", "%", "85%"],
  ["4", "Số cuộc kiểm tra công tác CCHC do UBND xã thực hiện", "Cuộc", "02"],
  ["5", "Số tin, bài tuyên truyền về CCHC trên Trang thông tin điện tử xã", "Tin, bài", 15],
  ["II", "CẢI CÁCH THỂ CHẾ", "", null],
  ["6", "Số văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", "Văn bản", 2],
  ["7", "Số văn bản quy phạm pháp luật được rà soát", "Văn bản", 11],
  ["III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", null],
  ["8", "Tổng số TTHC thuộc thẩm quyền giải quyết của UBND cấp xã", "TTHC", 354],
  ["9", "Số TTHC được công khai đầy đủ, đúng quy định", "TTHC", 354],
  ["10", "Tổng số hồ sơ TTHC đã tiếp nhận", "Hồ sơ", "5.240"],
  ["-", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 3900],
  ["-", "Số hồ sơ tiếp nhận trực tiếp, qua bưu chính công ích", "Hồ sơ", 1290],
  ["11", "Số hồ sơ đã giải quyết", "Hồ sơ", "5.100"],
  ["-", "Giải quyết trước và đúng hạn", "Hồ sơ", 5080],
  ["-", "Giải quyết quá hạn", "Hồ sơ", 20],
  ["12", "Số hồ sơ đang giải quyết", "Hồ sơ", "140"],
  ["13", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "%", "99,61%"],
  ["14", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "74,43 %"],
  ["15", "Số hồ sơ được số hóa kết quả giải quyết TTHC", "Hồ sơ", "4.950"],
  ["16", "Tỷ lệ số hóa kết quả giải quyết TTHC", "%", pct(97.06)],
  ["17", "Số phản ánh, kiến nghị của người dân, doanh nghiệp đã tiếp nhận", "Phản ánh", 4],
  ["18", "Số phản ánh, kiến nghị đã xử lý xong", "Phản ánh", 4],
  ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", "", null],
  ["19", "Số cơ quan chuyên môn thuộc UBND xã", "Cơ quan", 3],
  ["20", "Số biên chế cán bộ, công chức được giao", "Người", "40 "],
  ["21", "Số cán bộ, công chức hiện có", "Người", 46],
  ["V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", null],
  ["22", "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Lượt người", 60],
  ["23", "Số cán bộ, công chức bị xử lý kỷ luật", "Người", 0],
  ["VI", "CẢI CÁCH TÀI CHÍNH CÔNG", "", null],
  ["24", "Dự toán thu ngân sách nhà nước được giao", "Triệu đồng", 7000],
  ["25", "Thu ngân sách nhà nước thực hiện", "Triệu đồng", "8.350,5"],
  ["26", "Kế hoạch vốn đầu tư công được giao", "Triệu đồng", 15000],
  ["27", "Số vốn đầu tư công đã giải ngân", "Triệu đồng", 9600],
  ["28", "Tỷ lệ giải ngân vốn đầu tư công", "%", pct(64, 0)],
  ["VII", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "", null],
  ["29", "Tỷ lệ văn bản đi được ký số và gửi trên môi trường điện tử", "%", pct(98, 0)],
  ["30", "Số cán bộ, công chức được cấp chữ ký số", "Người", 40],
  ["31", "Xã có Trung tâm Phục vụ hành chính công", "Có/Không", "Có"],
];

/** The first row of the table (1-based) in the sheet: rows 1-9 are the heading, the title and the header. */
export const FIRST_ROW = 10;

export async function communeBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.columns = [{ width: 5 }, { width: 50 }, { width: 11 }, { width: 11 }, { width: 14 }];
  const merged = (range: string, text: string) => {
    ws.mergeCells(range);
    ws.getCell(range.split(":")[0]).value = text;
  };
  merged("A1:B1", "UBND XÃ PHÚ LƯƠNG");
  merged("C1:E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  merged("A2:B2", "VĂN PHÒNG HĐND VÀ UBND");
  merged("C2:E2", "Độc lập - Tự do - Hạnh phúc");
  merged("A4:E4", "PHỤ LỤC");
  merged("A5:E5", "Số liệu kết quả thực hiện công tác cải cách hành chính năm 2025");
  merged("A6:E6", "(Kèm theo Báo cáo số      /BC-UBND ngày     /12/2025 của UBND xã Phú Lương)");
  merged("A8:A9", "TT");
  merged("B8:B9", "Nội dung chỉ tiêu");
  merged("C8:C9", "ĐVT");
  ws.getCell("D8").value = "Kết quả";
  ws.getCell("D9").value = "Năm 2025";
  merged("E8:E9", "Ghi chú");
  COMMUNE_ROWS.forEach(([stt, label, unit, value], i) => {
    const r = FIRST_ROW + i;
    ws.getCell(r, 1).value = stt;
    ws.getCell(r, 2).value = label;
    if (unit) ws.getCell(r, 3).value = unit;
    if (value === null) ws.mergeCells(r, 2, r, 5);
    else if (typeof value === "object") {
      ws.getCell(r, 4).value = value.pct / 100;
      ws.getCell(r, 4).numFmt = value.decimals ? `0.${"0".repeat(value.decimals)}%` : "0%";
    } else ws.getCell(r, 4).value = value;
  });
  const sign = FIRST_ROW + COMMUNE_ROWS.length + 1;
  ws.getCell(sign, 2).value = "NGƯỜI LẬP BIỂU";
  merged(`C${sign}:E${sign}`, "TM. ỦY BAN NHÂN DÂN");
  merged(`C${sign + 1}:E${sign + 1}`, "CHỦ TỊCH");
  ws.getCell(sign + 5, 2).value = "Lê Thị Hoa";
  merged(`C${sign + 5}:E${sign + 5}`, "Nguyễn Văn Bình");
  return Buffer.from(await wb.xlsx.writeBuffer());
}
