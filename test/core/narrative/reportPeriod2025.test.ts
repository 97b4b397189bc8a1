/**
 * The report period from a 2025 report's title block: the summary line right after "BÁO CÁO" ("Công tác cải cách hành
 * chính năm 2025", no word saying it is a report of results), and never a sentence of the body ("… Hội nghị sơ kết 6
 * tháng vận hành chính quyền địa phương hai cấp.") when the title names no period.
 */
import { readPlainText, reportDateFrom, reportPeriodFrom } from "../../../src/core/narrative";

test("the summary line after BÁO CÁO names the period, whatever its words", () => {
  const doc = readPlainText(
    "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC\nSố: 412/BC-UBND\nBÁO CÁO\nCông tác cải cách hành chính năm 2025\n1. Công tác chỉ đạo, điều hành\nTổ chức kiểm tra công tác CCHC tại 06 cơ quan.",
  );
  expect(reportPeriodFrom(doc)?.kind).toBe("year");
  expect(reportDateFrom(doc)).toEqual({ y: 2025, m: 12, d: 31 });
});

test("a sentence of the body that mentions '6 tháng' does not make the report a half-year one", () => {
  const doc = readPlainText(
    "BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính kỳ báo cáo\n" +
      "Đặc khu Phú Quốc chính thức hoạt động từ ngày 01/7/2025; Kế hoạch CCHC năm 2025 đề ra 40 nhiệm vụ, đến nay hoàn thành 37 nhiệm vụ.\n" +
      "Ngày 15/11/2025, đặc khu tổ chức Hội nghị sơ kết 6 tháng vận hành chính quyền địa phương hai cấp theo kế hoạch của tỉnh.",
  );
  expect(reportPeriodFrom(doc)).toBeNull();
  expect(reportDateFrom(doc)).toBeNull();
});
