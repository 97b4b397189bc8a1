/**
 * The narrative check on forms learnt from the sheet (no keywords written by hand): a commune's 2025 report against
 * its own table, and a provincial department's. Consistent prose raises no error and its figures find their rows;
 * planted disagreements are errors on the right rows. In NFC and NFD.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Appendix } from "../../../src/core/appendix";
import { analyzeNarrative, readPlainText } from "../../../src/core/narrative";
import { COMMUNE_2025, DEPARTMENT_2025, shapeGrid, type Shape } from "../form/infer/shapes";
import { matchedCodes } from "./helpers";

/** A commune's report of 2025, worded as such reports are, with the table's figures. */
const COMMUNE_REPORT = `ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 215/BC-UBND
Tân Lập, ngày 05 tháng 12 năm 2025
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2025
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
Năm 2025, UBND xã đã ban hành 12 văn bản chỉ đạo, điều hành về cải cách hành chính. Kế hoạch CCHC năm 2025 đề ra 24 nhiệm vụ, đến nay đã hoàn thành {18} nhiệm vụ, đạt {75}% kế hoạch. Tổ chức 02 cuộc kiểm tra công tác CCHC, kiểm tra công vụ. Tuyên truyền, phổ biến về cải cách hành chính cho 1.250 lượt người.
II. CẢI CÁCH THỂ CHẾ
HĐND, UBND xã ban hành 03 văn bản quy phạm pháp luật; rà soát, hệ thống hóa 15 văn bản quy phạm pháp luật.
III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã là 312 thủ tục, trong đó 298 thủ tục được cung cấp dịch vụ công trực tuyến (180 dịch vụ công trực tuyến toàn trình, 118 dịch vụ công trực tuyến một phần).
Trung tâm Phục vụ hành chính công xã đã tiếp nhận 4.520 hồ sơ, trong đó tiếp nhận trực tuyến {3.100} hồ sơ, đạt tỷ lệ 68,58%. Đã giải quyết 4.300 hồ sơ, trong đó giải quyết trước và đúng hạn 4.280 hồ sơ, đạt {99,53}%; quá hạn 20 hồ sơ; đang giải quyết 220 hồ sơ. Số hóa kết quả giải quyết thủ tục hành chính đối với 4.100 hồ sơ, đạt 95,35%.
Tiếp nhận 06 phản ánh, kiến nghị về quy định hành chính, đã xử lý 05 phản ánh, kiến nghị.
IV. CẢI CÁCH TỔ CHỨC BỘ MÁY
UBND xã có 04 cơ quan chuyên môn. Biên chế cán bộ, công chức được giao là 45 người; hiện có {52} cán bộ, công chức; 18 người hoạt động không chuyên trách.
V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
Bố trí 50 cán bộ, công chức đúng vị trí việc làm. Cử 86 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.
VI. CẢI CÁCH TÀI CHÍNH CÔNG
Thu ngân sách nhà nước thực hiện 6.200 triệu đồng, bằng 124% dự toán được giao. Kế hoạch vốn đầu tư công được giao 12.000 triệu đồng, đã giải ngân {7.800} triệu đồng, đạt 65% kế hoạch.
VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ
Có 110/120 thủ tục hành chính có yêu cầu nghĩa vụ tài chính đã triển khai thanh toán trực tuyến, đạt 91,67%. Trung tâm Phục vụ hành chính công xã đã có hệ thống đánh giá sự hài lòng.`;

/** The planted disagreements: row → [table value, prose value] (the {…} figures of the report). */
const COMMUNE_PLANTED: Record<string, [string, number, number]> = {
  "3": ["18", 18, 19],
  "4": ["75", 75, 80],
  "11a": ["3.100", 3100, 3200],
  "15": ["99,53", 99.53, 99.35],
  "23": ["52", 52, 50],
  "31": ["7.800", 7800, 7900],
};

const DEPARTMENT_REPORT = `SỞ NỘI VỤ TỈNH THÁI NGUYÊN
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025
1. Công tác chỉ đạo, điều hành
Sở đã ban hành 09 kế hoạch, văn bản chỉ đạo về CCHC. Năm 2025 Sở được giao {30} nhiệm vụ CCHC, đến nay đã hoàn thành 21 nhiệm vụ, đạt 70%.
2. Cải cách thủ tục hành chính
Sở đang quản lý 146 thủ tục hành chính; trong kỳ đã công bố mới, sửa đổi, bổ sung, bãi bỏ 37 thủ tục. Tổng số hồ sơ đã tiếp nhận là 2.316 hồ sơ, trong đó tiếp nhận trực tuyến {1.980} hồ sơ, qua dịch vụ bưu chính công ích 140 hồ sơ. Đã giải quyết 2.250 hồ sơ, trong đó trước và đúng hạn 2.241 hồ sơ, đạt 99,6%; quá hạn 09 hồ sơ.
3. Cải cách tổ chức bộ máy
Sở có 07 phòng chuyên môn, chi cục và 03 đơn vị sự nghiệp công lập trực thuộc. Biên chế công chức được giao 62 người, số công chức có mặt {71} người do hợp nhất hai sở.
4. Cải cách tài chính công
Thu phí, lệ phí thực hiện 1.725,5 triệu đồng, bằng 115,03% dự toán.`;

const DEPARTMENT_PLANTED: Record<string, [string, number, number]> = {
  "1.2": ["30", 30, 32],
  "2.3a": ["1.980", 1980, 1890],
  "3.4": ["71", 71, 17],
};

function learnt(shape: Shape): Appendix {
  const result = checkWorkbook(shapeGrid(shape));
  if (result.status !== "checked" || result.used.source !== "inferred") throw new Error("form not learnt");
  return result.appendix;
}

/** The report as written ({12} → 12) or with the planted values ({12} → the prose value of that row). */
function report(text: string, planted: Record<string, [string, number, number]>, plant: boolean): string {
  const byWritten = new Map(Object.values(planted).map(([written, , prose]) => [written, prose]));
  return text.replace(/\{([^}]+)\}/g, (_m, written: string) => {
    if (!plant) return written;
    const prose = byWritten.get(written);
    if (prose === undefined) throw new Error(`no planted value for ${written}`);
    return prose.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  });
}

describe.each([
  ["NFC", (s: string) => s.normalize("NFC")],
  ["NFD", (s: string) => s.normalize("NFD")],
] as const)("%s", (_v, transform) => {
  describe.each([
    ["a commune's 2025 report", COMMUNE_2025, COMMUNE_REPORT, COMMUNE_PLANTED, 30],
    ["a provincial department's report", DEPARTMENT_2025, DEPARTMENT_REPORT, DEPARTMENT_PLANTED, 14],
  ] as const)("%s against its own table", (_name, shape, text, planted, minMatched) => {
    const appendix = learnt(shape);

    test("the consistent report raises no error, and its figures find their rows", () => {
      const { findings, outcomes } = analyzeNarrative(readPlainText(transform(report(text, planted, false))), appendix);
      expect(findings.filter((f) => f.severity === "error").map((f) => f.message.vi)).toEqual([]);
      const matched = matchedCodes(outcomes);
      for (const code of Object.keys(planted)) expect(matched).toContain(code);
      expect(new Set(matched).size).toBeGreaterThanOrEqual(minMatched);
    });

    test("each planted disagreement is an error on its row, with both values", () => {
      const { findings } = analyzeNarrative(readPlainText(transform(report(text, planted, true))), appendix);
      const errors = findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");
      expect(errors.map((f) => f.codes[0]).sort()).toEqual(Object.keys(planted).sort());
      for (const [code, [, table, prose]] of Object.entries(planted)) {
        const f = errors.find((e) => e.codes[0] === code)!;
        expect(f.cells[0]).toBe(appendix.rows.get(code)!.valueCell);
        expect(f.expected).toBeCloseTo(table, 6);
        expect(f.actual).toBeCloseTo(prose, 6);
      }
    });
  });
});
