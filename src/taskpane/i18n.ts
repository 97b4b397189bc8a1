/**
 * The pane's words, Vietnamese first. English is shown when the host's display language is not Vietnamese.
 * One typed dictionary: every key exists in both languages (the compiler checks en against vi).
 */
import type { Lang, Severity } from "../core/findings";

const vi = {
  appTitle: "Phụ lục báo cáo CCHC",
  appSubtitle: "Biểu thống kê số liệu kết quả thực hiện công tác cải cách hành chính",

  // Insert the appendix
  insertTitle: "Chèn biểu phụ lục",
  insertHint: "Điền thông tin báo cáo rồi chèn biểu vào một trang tính mới. Các trang tính đang có không bị thay đổi.",
  detailUnit: "Đơn vị báo cáo",
  detailPeriod: "Kỳ báo cáo",
  detailYear: "Năm",
  detailNumber: "Số báo cáo",
  detailDate: "Ngày báo cáo",
  detailSigner: "Người ký",
  detailSignerTitle: "Chức danh người ký",
  signerTitlePlaceholder: "Ví dụ: CHỦ TỊCH",
  periodPlaceholder: "Ví dụ: quý III",
  unitPlaceholder: "Ví dụ: UBND huyện Ngân Sơn",
  insertButton: "Chèn biểu phụ lục",
  inserting: "Đang chèn…",
  inserted: (name: string) => `Đã chèn biểu vào trang tính “${name}”.`,
  detailsSaved: "Thông tin báo cáo được lưu trong tệp.",

  // Check
  checkTitle: "Kiểm tra phụ lục",
  checkHint: "Đối chiếu các tỷ lệ, tổng và số liệu trong biểu; tô màu các ô cần xem lại.",
  checkButton: "Kiểm tra phụ lục",
  checking: "Đang kiểm tra…",
  clearButton: "Xóa đánh dấu",
  liveSwitch: "Kiểm tra tự động",
  liveHint: "Kiểm tra lại sau mỗi lần sửa ô",
  checkedSheet: (sheet: string, rows: number) => `Đã kiểm tra trang “${sheet}” (${rows} chỉ tiêu).`,
  noFindings: "Không phát hiện sai sót nào trong biểu.",
  noAppendix: "Không tìm thấy biểu phụ lục CCHC trong tệp này.",
  noAppendixHint: "Mở trang tính có biểu “Biểu thống kê số liệu…”, hoặc dùng “Chèn biểu phụ lục” để tạo biểu mới.",
  errorTitle: "Không thực hiện được",
  countsLabel: "Tổng hợp kết quả",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as Record<Severity, string>,
  severityCount: {
    error: (n: number) => `${n} lỗi`,
    warning: (n: number) => `${n} cảnh báo`,
    info: (n: number) => `${n} thông tin`,
  } as Record<Severity, (n: number) => string>,
  legendTitle: "Màu đánh dấu",
  legendRelated: "Ô liên quan",
  filterLabel: "Lọc theo mức độ",
  filterHint: "Bấm để chỉ xem loại này; bấm lần nữa để xem lại tất cả.",
  narrativeTag: "Thuyết minh",
  relatedCells: "Ô liên quan:",
  fixButton: "Sửa",
  fixLabel: (row: string, display: string, cell: string) => `Sửa ${row}: ghi ${display} vào ô ${cell}`,
  fixed: (display: string, row: string) => `Đã ghi ${display} vào ${row}.`,
  converted: (n: number) => `Đã chuyển ${n} ô thành số.`,
  undoButton: "Hoàn tác",
  undoMore: (n: number) => `Còn ${n} thao tác trước đó có thể hoàn tác.`,
  textNumbersTitle: (n: number) => `${n} ô ghi số dạng chữ`,
  textNumbersHint:
    "Các ô này ghi số dưới dạng chữ (ví dụ “02”, “98.49%”). Đã đọc được chắc chắn; chuyển thành số để Excel tính được, cách hiển thị giữ như cũ.",
  convertButton: (n: number) => `Chuyển ${n} ô thành số`,

  // Narrative
  narrativeTitle: "Đối chiếu thuyết minh",
  narrativeHint: "Mở báo cáo thuyết minh (.docx) hoặc dán nội dung để đối chiếu các con số với biểu.",
  narrativeOpen: "Mở tệp .docx",
  narrativePaste: "Nội dung thuyết minh",
  narrativeCheck: "Đối chiếu",
  narrativeClear: "Bỏ thuyết minh",
  narrativeLoaded: (name: string) => `Đang đối chiếu: “${name}”.`,
  narrativePastedName: "nội dung đã dán",
  narrativeResult: (n: number) =>
    n === 0 ? "Các số liệu trong thuyết minh khớp với biểu." : `${n} chỗ lệch, trong danh sách kiểm tra bên trên.`,
  unmatchedTitle: (n: number) => `${n} số liệu không thuộc biểu`,
  unmatchedHint: "Các số liệu này trong thuyết minh không ứng với dòng nào của biểu nên chưa được đối chiếu.",
  narrativeReading: "Đang đọc tệp…",
  narrativeEmpty: "Chưa có nội dung để đối chiếu.",

  // Export
  exportTitle: "Xuất Word",
  exportComing: "Xuất biểu phụ lục ra tệp Word (.docx) đúng mẫu: sắp ra mắt.",
};

export type Messages = typeof vi;

const en: Messages = {
  appTitle: "CCHC report appendix",
  appSubtitle: "Statistics table of the administrative reform report",

  insertTitle: "Insert the appendix",
  insertHint: "Fill in the report details, then insert the table into a new sheet. Existing sheets are not changed.",
  detailUnit: "Reporting unit",
  detailPeriod: "Period",
  detailYear: "Year",
  detailNumber: "Report number",
  detailDate: "Report date",
  detailSigner: "Signed by",
  detailSignerTitle: "Signer's title",
  signerTitlePlaceholder: "e.g. CHỦ TỊCH",
  periodPlaceholder: "e.g. quý III",
  unitPlaceholder: "e.g. UBND huyện Ngân Sơn",
  insertButton: "Insert the appendix",
  inserting: "Inserting…",
  inserted: (name: string) => `Inserted the table into sheet “${name}”.`,
  detailsSaved: "The report details are saved in the workbook.",

  checkTitle: "Check the appendix",
  checkHint: "Checks the ratios, totals and figures of the table and colours the cells to review.",
  checkButton: "Check the appendix",
  checking: "Checking…",
  clearButton: "Clear highlights",
  liveSwitch: "Check automatically",
  liveHint: "Re-check after every edit",
  checkedSheet: (sheet: string, rows: number) => `Checked sheet “${sheet}” (${rows} rows).`,
  noFindings: "No problems found in the table.",
  noAppendix: "No CCHC appendix was found in this workbook.",
  noAppendixHint: "Open the sheet with the statistics table, or use “Insert the appendix” to create one.",
  errorTitle: "Something went wrong",
  countsLabel: "Summary",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityCount: {
    error: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
    warning: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    info: (n: number) => `${n} info`,
  },
  legendTitle: "Highlight colours",
  legendRelated: "Related cell",
  filterLabel: "Filter by severity",
  filterHint: "Click to see only these; click again to see all.",
  narrativeTag: "Narrative",
  relatedCells: "Related cells:",
  fixButton: "Fix",
  fixLabel: (row: string, display: string, cell: string) => `Fix ${row}: write ${display} into ${cell}`,
  fixed: (display: string, row: string) => `Wrote ${display} into ${row}.`,
  converted: (n: number) => `Converted ${n} ${n === 1 ? "cell" : "cells"} to numbers.`,
  undoButton: "Undo",
  undoMore: (n: number) => `${n} earlier ${n === 1 ? "action" : "actions"} can be undone too.`,
  textNumbersTitle: (n: number) => `${n} ${n === 1 ? "number" : "numbers"} typed as text`,
  textNumbersHint:
    "These cells hold numbers as text (e.g. “02”, “98.49%”). They were read with certainty; convert them so Excel can calculate with them. They look the same afterwards.",
  convertButton: (n: number) => `Convert ${n} ${n === 1 ? "cell" : "cells"} to numbers`,

  narrativeTitle: "Compare with the narrative",
  narrativeHint: "Open the narrative report (.docx) or paste its text to compare its figures with the table.",
  narrativeOpen: "Open a .docx file",
  narrativePaste: "Narrative text",
  narrativeCheck: "Compare",
  narrativeClear: "Remove the narrative",
  narrativeLoaded: (name: string) => `Comparing: “${name}”.`,
  narrativePastedName: "pasted text",
  narrativeResult: (n: number) =>
    n === 0
      ? "The narrative's figures agree with the table."
      : `${n} ${n === 1 ? "disagreement" : "disagreements"}, in the check's list above.`,
  unmatchedTitle: (n: number) => `${n} ${n === 1 ? "figure" : "figures"} not in the table`,
  unmatchedHint: "These figures of the narrative match no row of the appendix, so they were not compared.",
  narrativeReading: "Reading the file…",
  narrativeEmpty: "Nothing to compare yet.",

  exportTitle: "Export to Word",
  exportComing: "Export the appendix to a Word file (.docx) in the official layout: coming soon.",
};

export const MESSAGES: Record<Lang, Messages> = { vi, en };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang] ?? vi;
}

/** The pane's language: Vietnamese unless the host says otherwise. */
export function paneLanguage(displayLanguage: string | undefined | null): Lang {
  return !displayLanguage || displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}
