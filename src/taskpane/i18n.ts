/**
 * The pane's words, Vietnamese first. English is shown when the host's display language is not Vietnamese.
 * One typed dictionary: every key exists in both languages (the compiler checks en against vi).
 */
import type { Lang, Severity } from "../core/findings";

const vi = {
  appTitle: "Phụ lục báo cáo CCHC",
  appSubtitle: "Biểu thống kê số liệu kết quả thực hiện công tác cải cách hành chính",
  sectionLoadFailed: (message: string) =>
    `Không tải được phần này của khung bên (${message}). Hãy đóng khung bên rồi mở lại; các phần khác vẫn dùng được.`,

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
  unitPlaceholder: "Ví dụ: UBND xã Phú Lương",
  insertButton: "Chèn biểu phụ lục",
  inserting: "Đang chèn…",
  inserted: (name: string) => `Đã chèn biểu vào trang tính “${name}”.`,
  insertWhich: (form: string) => `Biểu sẽ chèn: ${form}.`,
  insertOwnForm:
    "Bảng đang kiểm tra theo biểu đọc từ trang tính. Muốn chèn biểu như bảng đó, bấm “Lưu biểu vào sổ tính” ở mục “Biểu dùng để kiểm tra” trước.",
  detailsSaved: "Thông tin báo cáo được lưu trong tệp.",
  detailParentBody: "Cơ quan chủ quản",
  parentBodyPlaceholder: "Sở, phòng ghi: UBND tỉnh …; UBND xã bỏ trống",
  detailPlace: "Địa danh",
  placePlaceholder: "Ví dụ: Phú Lương",
  detailSummary: "Trích yếu",
  summaryPlaceholder: "Kết quả thực hiện công tác cải cách hành chính …",
  detailSigning: "Thẩm quyền ký",
  signingDefault: (lines: string) => `Theo đơn vị báo cáo (${lines})`,
  detailRecipients: "Nơi nhận",
  recipientsHint: "Mỗi dòng một nơi nhận.",
  recipientsPlaceholder: "Sở Nội vụ\nLưu: VT, NV",
  periodNone: "— Chọn kỳ —",
  periodLabel: (text: string) => text.charAt(0).toLocaleUpperCase("vi-VN") + text.slice(1),
  numberPrints: (s: string) => `In ra: Số: ${s}`,
  datePlaceholder: "ngày/tháng/năm",
  dateInvalid: "Ngày không hợp lệ: ghi ngày/tháng/năm, ví dụ 10/12/2025.",
  datePrints: (s: string) => `In ra: ${s}`,

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
  noAppendixHint:
    "Biểu cần có dòng tiêu đề với cột STT (hoặc TT), cột tên chỉ tiêu (“Chỉ tiêu”, “Nội dung”), cột đơn vị tính và cột số liệu (“Số liệu”, “Kết quả”). Mở trang tính có biểu, hoặc dùng “Chèn biểu phụ lục” để tạo biểu mới.",
  errorTitle: "Không thực hiện được",
  countsLabel: "Tổng hợp kết quả",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as Record<Severity, string>,
  severityCount: {
    error: (n: number) => `${n} lỗi`,
    warning: (n: number) => `${n} cảnh báo`,
    // Only the numbers typed as text are counted as info (core/present.ts): named as such.
    info: (n: number) => `${n} ô số dạng chữ`,
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
  textNumbersInCards: (n: number) => `Nút chuyển cả ${n} ô ghi số dạng chữ nằm trong các thẻ lỗi, cảnh báo ở trên.`,
  turnOffCheck: "Tắt phép kiểm tra này",
  turnOffLabel: (row: string) => `Tắt phép kiểm tra này của dòng ${row}`,
  turnedOff: (relation: string) => `Đã tắt phép kiểm tra: ${relation}.`,
  turnBackOn: "Bật lại",

  // Narrative
  narrativeTitle: "Đối chiếu thuyết minh",
  narrativeHint: "Mở báo cáo thuyết minh (.docx) hoặc dán nội dung để đối chiếu các con số với biểu.",
  narrativeOpen: "Mở tệp báo cáo (.docx, .txt)",
  narrativePaste: "Nội dung thuyết minh",
  narrativeCheck: "Đối chiếu",
  narrativeClear: "Bỏ thuyết minh",
  narrativeLoaded: (name: string) => `Đang đối chiếu: “${name}”.`,
  narrativePastedName: "nội dung đã dán",
  narrativeResult: (n: number) =>
    n === 0 ? "Các số liệu trong thuyết minh khớp với biểu." : `${n} chỗ lệch, trong danh sách kiểm tra bên trên.`,
  // Counted by sentence: one sentence may hold several such figures (its note says how many).
  unmatchedTitle: (n: number) => `${n} câu có số liệu không thuộc biểu`,
  unmatchedHint: "Các số liệu này trong thuyết minh không ứng với dòng nào của biểu nên chưa được đối chiếu.",
  narrativeReading: "Đang đọc tệp…",
  narrativeEmpty: "Chưa có nội dung để đối chiếu.",

  // Export
  exportTitle: "Xuất Word",
  exportHint:
    "Soạn báo cáo (.docx) theo thể thức Nghị định 30/2020/NĐ-CP từ số liệu của biểu, kèm phụ lục. Mỗi số liệu trong báo cáo được gắn với dòng của biểu để đối chiếu lại về sau.",
  exportSource: "Lời văn của báo cáo",
  exportFromSheet: "Soạn từ số liệu của biểu",
  exportFromDraft: "Giữ lời văn của bản thảo, ghi lại số liệu theo biểu",
  exportDraftNone: "Chưa có bản thảo: mở tệp ở mục “Đối chiếu thuyết minh” hoặc chọn tệp ở đây.",
  exportDraftName: (name: string) => `Bản thảo: “${name}”.`,
  exportChooseDraft: "Chọn bản thảo (.docx, .txt)",
  exportDetails: "Thông tin in trên báo cáo",
  exportButton: "Xuất báo cáo Word",
  exportChecking: "Đang kiểm tra biểu…",
  exportBuilding: "Đang soạn báo cáo…",
  exportDelivering: "Đang giao tệp…",
  exportErrorsTitle: (n: number) => `Biểu còn ${n} lỗi`,
  exportErrorsBody: "Nếu xuất bây giờ, báo cáo sẽ ghi các số liệu này đúng như biểu đang ghi.",
  exportGoBack: "Quay lại sửa biểu",
  exportAnyway: "Vẫn xuất",
  exportFailed: "Không xuất được báo cáo",
  exportDone: (n: number) => `Đã tạo báo cáo: ${n} số liệu lấy từ biểu, gắn với dòng của biểu.`,
  deliveredDownload: (name: string) => `Đã tải xuống “${name}”. Nếu không thấy tệp, dùng một cách bên dưới.`,
  deliveredBrowser: (name: string) => `Đã mở trình duyệt để tải “${name}”.`,
  deliveredClipboard: "Đã sao chép báo cáo: mở Word và dán (Ctrl+V; trên Mac ⌘V).",
  deliveryFailed: (why: string) => `Chưa giao được tệp (${why}). Dùng một cách bên dưới.`,
  wayDownload: "Tải xuống lại",
  wayBrowser: "Mở trong trình duyệt",
  wayClipboard: "Sao chép để dán vào Word",
  exportFlagged: (rows: string) => `Số liệu của ${rows} đang có lỗi; báo cáo ghi đúng như biểu.`,
  exportUnlinked: (n: number) => `${n} số liệu của bản thảo chưa gắn được với dòng nào, giữ nguyên như đã viết`,
  unlinkedNoRow: "không thuộc dòng nào của biểu",
  unlinkedEmptyRow: (row: string) => `${row} trong biểu để trống`,
  unlinkedChanged: (row: string) => `${row} nay đã có số liệu: sửa câu này`,
  exportPlatforms:
    "Cách nhận tệp: Excel trên web tải xuống ngay. Excel cho Windows tải xuống trong khung bên (nếu không thấy tệp: “Mở trong trình duyệt” hoặc “Sao chép”). Excel cho Mac mở trình duyệt mặc định để tải tệp. Ở đâu cũng có thể “Sao chép” rồi dán vào Word.",
  // The form used (issue 9): which one, its inferred relations, save / forget / share it
  formTitle: "Biểu dùng để kiểm tra",
  formHint:
    "Biểu có sẵn được dùng khi bảng khớp với nó; nếu không, biểu được đọc từ chính bảng (các dòng, đơn vị tính, các phép kiểm tra giữa các dòng).",
  formNone: "Chưa kiểm tra: bấm “Kiểm tra phụ lục” để biết biểu nào được dùng.",
  formSource: { known: "biểu có sẵn", inferred: "đọc từ trang tính", given: "đã lưu trong sổ tính" },
  formUsed: (name: string) => `Biểu đang dùng: ${name}`,
  formSavedNote: "Các lần kiểm tra sau dùng đúng biểu đã lưu này, kể cả khi mở lại sổ tính.",
  formInferredTitle: (n: number) => `Phép kiểm tra suy ra từ tên chỉ tiêu (${n})`,
  formInferredHint:
    "Các phép kiểm tra này được suy ra từ tên các chỉ tiêu của biểu, mỗi phép ghi căn cứ và độ tin cậy. Phép chắc chắn thì báo lỗi, phép khác chỉ cảnh báo. Tắt phép nào không đúng với biểu của đơn vị.",
  formRelationRatio: (p: string, n: string, d: string) => `Tỷ lệ ${p} = ${n} / ${d}`,
  formRelationSum: (total: string, parts: string) => `${total} = tổng ${parts}`,
  formRelationPartOf: (part: string, whole: string) => `${part} không vượt quá ${whole}`,
  formEvidence: (evidence: string) => `Căn cứ: ${evidence}`,
  formRelationLevel: (error: boolean, sure: number) => `${error ? "Báo lỗi" : "Chỉ cảnh báo"}, độ tin cậy ${sure}%`,
  formRelationOff: "đã tắt",
  formSave: "Lưu biểu vào sổ tính",
  formForget: "Bỏ biểu đã lưu",
  formDownload: "Tải tệp biểu (.json)",
  formOpen: "Mở tệp biểu…",
  formOpenLabel: "Mở tệp biểu (.json) của đơn vị khác",
  formSaved: "Đã lưu biểu vào sổ tính.",
  formForgotten: "Đã bỏ biểu đã lưu: lần kiểm tra sau tự chọn biểu.",
  formOpened: (name: string) => `Đã dùng tệp biểu “${name}” và lưu vào sổ tính.`,
  formDelivered: "Đã gửi tệp biểu.",
  formShareHint: "Gửi tệp biểu cho đơn vị khác: đơn vị đó mở bằng “Mở tệp biểu…” trong khung này.",
  exportComing: "Xuất biểu phụ lục ra tệp Word (.docx) đúng mẫu: sắp ra mắt.",

  // Which appendix, quiet notes, the out-of-date list, the narrative kept in the file (excel branch)
  appendixCount: (n: number, sheet: string) => `Tệp có ${n} biểu phụ lục; đang kiểm tra trang “${sheet}”.`,
  appendixSwitch: "Kiểm tra biểu trên trang",
  notesLabel: "Ghi chú về lần kiểm tra",
  staleList: "Bảng tính đã được sửa sau lần kiểm tra này: danh sách có thể đã cũ. Bấm “Kiểm tra phụ lục” để cập nhật.",
  notePaused:
    "Đã xóa đánh dấu. Kiểm tra tự động vẫn cập nhật danh sách nhưng không tô màu lại; bấm “Kiểm tra phụ lục” để tô lại.",
  noteProtected: (sheets: string) =>
    `Trang ${sheets} đang được bảo vệ nên không tô màu được các ô trên đó; danh sách vẫn đầy đủ.`,
  notePaintFailed: (message: string) => `Không tô màu được các ô (${message}); danh sách vẫn đầy đủ.`,
  noteTruncated: (sheet: string, rows: number, columns: number, readRows: number, readColumns: number) =>
    `Trang “${sheet}” rất lớn (${rows} dòng × ${columns} cột): chỉ đọc ${readRows} dòng × ${readColumns} cột đầu.`,
  noteSkipped: (sheet: string) => `Không đọc được trang “${sheet}” (quá lớn): trang này không được kiểm tra.`,
  refusedFormula: (cell: string, formula: string) =>
    `Không sửa ô ${cell}: ô có công thức ${formula}, ghi số vào sẽ xóa công thức. Hãy xem lại công thức hoặc các ô nó tính từ.`,
  refusedChanged: (cell: string) =>
    `Không ghi vào ô ${cell}: ô đã thay đổi sau lần kiểm tra (hoặc lần sửa) trước. Kiểm tra lại rồi thử lại.`,
  refusedProtected: (cell: string) =>
    `Không ghi được vào ô ${cell}: trang tính đang được bảo vệ (Xem lại → Bỏ bảo vệ trang tính).`,
  narrativeStored:
    "Nội dung thuyết minh được lưu kèm trong tệp Excel này và đi theo tệp khi gửi đi. Bấm “Bỏ thuyết minh” để xóa khỏi tệp.",
  narrativeSaveFailed: (message: string) =>
    `Không lưu được thuyết minh vào tệp (${message}): vẫn đối chiếu trong lần làm việc này, nhưng lần mở tệp sau sẽ không còn.`,
  narrativeRemoveFailed: (message: string) => `Không xóa được thuyết minh khỏi tệp (${message}).`,
  detailsSaveFailed: (message: string) =>
    `Không lưu được thông tin báo cáo vào tệp (${message}); biểu vẫn chèn được, nhưng lần mở tệp sau phải điền lại.`,
};

export type Messages = typeof vi;

const en: Messages = {
  appTitle: "CCHC report appendix",
  appSubtitle: "Statistics table of the administrative reform report",
  sectionLoadFailed: (message: string) =>
    `This part of the pane could not be loaded (${message}). Close the pane and open it again; the other parts still work.`,

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
  unitPlaceholder: "e.g. UBND xã Phú Lương",
  insertButton: "Insert the appendix",
  inserting: "Inserting…",
  inserted: (name: string) => `Inserted the table into sheet “${name}”.`,
  insertWhich: (form: string) => `Form to insert: ${form}.`,
  insertOwnForm:
    "The table being checked follows the form read from the sheet. To insert a table like it, first select “Save the form in the workbook” under “Form used for the check”.",
  detailsSaved: "The report details are saved in the workbook.",
  detailParentBody: "Parent body",
  parentBodyPlaceholder: "A department: UBND tỉnh …; a committee: blank",
  detailPlace: "Place",
  placePlaceholder: "e.g. Phú Lương",
  detailSummary: "Summary line",
  summaryPlaceholder: "Kết quả thực hiện công tác cải cách hành chính …",
  detailSigning: "Signing",
  signingDefault: (lines: string) => `As the reporting body signs (${lines})`,
  detailRecipients: "Recipients",
  recipientsHint: "One recipient per line.",
  recipientsPlaceholder: "Sở Nội vụ\nLưu: VT, NV",
  periodNone: "— Choose —",
  periodLabel: (text: string) =>
    ({
      "quý I": "Quarter I",
      "6 tháng đầu năm": "First six months",
      "quý III": "Quarter III",
      "9 tháng đầu năm": "First nine months",
      năm: "Year",
    })[text] ?? text,
  numberPrints: (s: string) => `Prints: Số: ${s}`,
  datePlaceholder: "day/month/year",
  dateInvalid: "Not a date: write day/month/year, e.g. 10/12/2025.",
  datePrints: (s: string) => `Prints: ${s}`,

  checkTitle: "Check the appendix",
  checkHint: "Checks the ratios, totals and figures of the table and colours the cells to review.",
  checkButton: "Check the appendix",
  checking: "Checking…",
  clearButton: "Clear highlights",
  liveSwitch: "Check automatically",
  liveHint: "Re-check after every edit",
  checkedSheet: (sheet: string, rows: number) => `Checked sheet “${sheet}” (${rows} indicators).`,
  noFindings: "No problems found in the table.",
  noAppendix: "No CCHC appendix was found in this workbook.",
  noAppendixHint:
    "The table needs a header row with an STT (or TT) column, a column of indicator names (“Chỉ tiêu”, “Nội dung”), a unit column and a figures column (“Số liệu”, “Kết quả”). Open the sheet with the table, or use “Insert the appendix” to create one.",
  errorTitle: "Something went wrong",
  countsLabel: "Summary",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityCount: {
    error: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
    warning: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
    info: (n: number) => `${n} ${n === 1 ? "number" : "numbers"} as text`,
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
  textNumbersInCards: (n: number) =>
    `The button also converts ${n} ${n === 1 ? "number" : "numbers"} typed as text listed in the cards above.`,
  turnOffCheck: "Turn this check off",
  turnOffLabel: (row: string) => `Turn this check of row ${row} off`,
  turnedOff: (relation: string) => `Turned off the check: ${relation}.`,
  turnBackOn: "Turn back on",

  narrativeTitle: "Compare with the narrative",
  narrativeHint: "Open the narrative report (.docx) or paste its text to compare its figures with the table.",
  narrativeOpen: "Open the report (.docx, .txt)",
  narrativePaste: "Narrative text",
  narrativeCheck: "Compare",
  narrativeClear: "Remove the narrative",
  narrativeLoaded: (name: string) => `Comparing: “${name}”.`,
  narrativePastedName: "pasted text",
  narrativeResult: (n: number) =>
    n === 0
      ? "The narrative's figures agree with the table."
      : `${n} ${n === 1 ? "disagreement" : "disagreements"}, in the check's list above.`,
  unmatchedTitle: (n: number) => `${n} ${n === 1 ? "sentence" : "sentences"} with figures not in the table`,
  unmatchedHint: "These figures of the narrative match no row of the appendix, so they were not compared.",
  narrativeReading: "Reading the file…",
  narrativeEmpty: "Nothing to compare yet.",

  exportTitle: "Export to Word",
  exportHint:
    "Writes the report (.docx) in the layout of Decree 30/2020/NĐ-CP from the table's figures, with the appendix. Every figure in it is linked to its row of the table, to be checked again later.",
  exportSource: "The report's text",
  exportFromSheet: "Write it from the table's figures",
  exportFromDraft: "Keep the draft's text, rewrite its figures from the table",
  exportDraftNone: "No draft yet: open one under “Compare with the narrative”, or choose a file here.",
  exportDraftName: (name: string) => `Draft: “${name}”.`,
  exportChooseDraft: "Choose a draft (.docx, .txt)",
  exportDetails: "Details printed on the report",
  exportButton: "Export the Word report",
  exportChecking: "Checking the table…",
  exportBuilding: "Writing the report…",
  exportDelivering: "Handing over the file…",
  exportErrorsTitle: (n: number) => `The table has ${n} ${n === 1 ? "error" : "errors"}`,
  exportErrorsBody: "Exported now, the report quotes these figures as the table has them.",
  exportGoBack: "Go back to the table",
  exportAnyway: "Export anyway",
  exportFailed: "The report could not be exported",
  exportDone: (n: number) => `Report written: ${n} figures from the table, linked to their rows.`,
  deliveredDownload: (name: string) => `Downloaded “${name}”. If the file is not there, use another way below.`,
  deliveredBrowser: (name: string) => `Opened the browser to download “${name}”.`,
  deliveredClipboard: "Copied the report: open Word and paste (Ctrl+V; ⌘V on a Mac).",
  deliveryFailed: (why: string) => `The file could not be handed over (${why}). Use another way below.`,
  wayDownload: "Download again",
  wayBrowser: "Open in the browser",
  wayClipboard: "Copy to paste into Word",
  exportFlagged: (rows: string) => `The figures of ${rows} have errors; the report writes them as the table has them.`,
  exportUnlinked: (n: number) => `${n} figures of the draft could not be tied to a row and are left as written`,
  unlinkedNoRow: "no row of the table",
  unlinkedEmptyRow: (row: string) => `${row} is empty in the table`,
  unlinkedChanged: (row: string) => `${row} now has a figure: reword this sentence`,
  exportPlatforms:
    "Getting the file: Excel on the web downloads it at once. Excel for Windows downloads it in the pane (if it is not there: “Open in the browser” or “Copy”). Excel for Mac opens the default browser to download it. Anywhere, “Copy” and paste into Word works.",
  formTitle: "Form used for the check",
  formHint:
    "A known form is used when the table matches it; otherwise the form is read from the table itself (rows, units, checks between rows).",
  formNone: "Not checked yet: press “Check the appendix” to see which form is used.",
  formSource: { known: "known form", inferred: "read from the sheet", given: "saved in the workbook" },
  formUsed: (name: string) => `Form in use: ${name}`,
  formSavedNote: "Later checks use exactly this saved form, also after the workbook is reopened.",
  formInferredTitle: (n: number) => `Checks inferred from the indicator names (${n})`,
  formInferredHint:
    "These checks were inferred from the names of the form's indicators, each with its evidence and a confidence. Confident ones raise errors; the others only warn. Turn off any that does not hold in your office's form.",
  formRelationRatio: (p: string, n: string, d: string) => `Percent ${p} = ${n} / ${d}`,
  formRelationSum: (total: string, parts: string) => `${total} = sum of ${parts}`,
  formRelationPartOf: (part: string, whole: string) => `${part} is at most ${whole}`,
  formEvidence: (evidence: string) => `Based on: ${evidence}`,
  formRelationLevel: (error: boolean, sure: number) => `${error ? "Raises errors" : "Warns only"}, confidence ${sure}%`,
  formRelationOff: "off",
  formSave: "Save the form in the workbook",
  formForget: "Forget the saved form",
  formDownload: "Download the form file (.json)",
  formOpen: "Open a form file…",
  formOpenLabel: "Open another office's form file (.json)",
  formSaved: "The form is saved in the workbook.",
  formForgotten: "The saved form is forgotten: the next check chooses the form.",
  formOpened: (name: string) => `Using the form file “${name}”, saved in the workbook.`,
  formDelivered: "The form file was delivered.",
  formShareHint: "Send the form file to another office: they open it with “Open a form file…” in this pane.",
  exportComing: "Export the appendix to a Word file (.docx) in the official layout: coming soon.",

  appendixCount: (n: number, sheet: string) => `The workbook holds ${n} appendices; checking sheet “${sheet}”.`,
  appendixSwitch: "Check the table on sheet",
  notesLabel: "Notes on this check",
  staleList:
    "The workbook was edited after this check: the list may be out of date. Select “Check the appendix” to update it.",
  notePaused:
    "Highlights cleared. The automatic check still updates the list but does not colour the cells again; select “Check the appendix” to colour them.",
  noteProtected: (sheets: string) =>
    `Sheet ${sheets} is protected, so its cells could not be coloured; the list is complete.`,
  notePaintFailed: (message: string) => `The cells could not be coloured (${message}); the list is complete.`,
  noteTruncated: (sheet: string, rows: number, columns: number, readRows: number, readColumns: number) =>
    `Sheet “${sheet}” is very large (${rows} rows × ${columns} columns): only its first ${readRows} rows × ${readColumns} columns were read.`,
  noteSkipped: (sheet: string) => `Sheet “${sheet}” could not be read (too large): it was not checked.`,
  refusedFormula: (cell: string, formula: string) =>
    `${cell} was not changed: it holds the formula ${formula}, which a number would replace. Check the formula or the cells it uses.`,
  refusedChanged: (cell: string) =>
    `${cell} was not written: it changed after the last check (or fix). Check again, then retry.`,
  refusedProtected: (cell: string) =>
    `${cell} could not be written: the sheet is protected (Review → Unprotect Sheet).`,
  narrativeStored:
    "The narrative is kept inside this Excel file and travels with it when the file is sent. Select “Remove the narrative” to delete it from the file.",
  narrativeSaveFailed: (message: string) =>
    `The narrative could not be saved in the file (${message}): it is compared during this session, but will be gone next time.`,
  narrativeRemoveFailed: (message: string) => `The narrative could not be removed from the file (${message}).`,
  detailsSaveFailed: (message: string) =>
    `The report details could not be saved in the file (${message}); the table can still be inserted, but they will have to be filled in again next time.`,
};

export const MESSAGES: Record<Lang, Messages> = { vi, en };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang] ?? vi;
}

/** The pane's language: Vietnamese unless the host says otherwise. */
export function paneLanguage(displayLanguage: string | undefined | null): Lang {
  return !displayLanguage || displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}
