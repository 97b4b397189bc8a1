/** Inputs of the export's tests: the seed's workbook and report details, a form whose table needs a landscape page. */
import { checkWorkbook } from "../../src/core/check";
import { defineForm } from "../../src/core/form/schema";
import type { WorkbookGrid } from "../../src/core/grid";
import { locateAppendix } from "../../src/core/locate";
import type { ReportDetails } from "../../src/core/report/details";
import { appendixGrid } from "../helpers/grids";
import { cloneWorkbook } from "../helpers/fixtures";
import { checked as checkedTable, type Typed } from "../core/unseen/grid";

export const SEED_DETAILS: ReportDetails = {
  parentBody: "UBND tỉnh Bắc Kạn",
  unitName: "UBND huyện Ngân Sơn",
  period: "quý III",
  year: 2022,
  reportNumber: "125",
  reportDate: "2022-09-05",
  signing: "tm",
  signer: { name: "Nguyễn Trọng Lăng", title: "Chủ tịch" },
  recipients: ["Sở Nội vụ", "TT Huyện ủy, HĐND huyện", "Lãnh đạo UBND huyện", "UBND các xã, thị trấn", "Lưu: VT, NV"],
};

export function checked(grid: WorkbookGrid) {
  const r = checkWorkbook(grid);
  if (r.status !== "checked") throw new Error("appendix not found");
  return r;
}

/** A copy of the workbook with one cell's value replaced ('Phụ lục'!D45 → value). */
export function withCell(grid: WorkbookGrid, address: string, value: number | string): WorkbookGrid {
  const copy = cloneWorkbook(grid);
  const m = /^'?(.+?)'?!([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not an address: ${address}`);
  const sheet = copy.sheets.find((s) => s.name === m[1]);
  if (!sheet) throw new Error(`no sheet ${m[1]}`);
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 - (sheet.originCol ?? 0);
  const row = Number(m[3]) - 1 - (sheet.originRow ?? 0);
  while (sheet.cells.length <= row) sheet.cells.push([]);
  sheet.cells[row][col] = { value, text: String(value) };
  return copy;
}

/** A form whose units are long single words: its table does not fit a portrait page. */
export const wideForm = defineForm({
  id: "test-wide",
  level: "commune",
  year: 2025,
  title: "Biểu thống kê (rộng)",
  titleEn: "Wide table (test)",
  rows: [
    { code: "1", stt: "1", label: "Công tác chỉ đạo điều hành CCHC", unit: null, kind: "heading", parent: null },
    { code: "1.1", stt: "1.1", label: "Số văn bản chỉ đạo đã ban hành", unit: "Văn bản", kind: "count", parent: "1" },
    { code: "1.2", stt: "1.2", label: "Số cuộc kiểm tra đã thực hiện", unit: "Cuộc", kind: "count", parent: "1" },
    { code: "1.3", stt: "1.3", label: "Số người được tập huấn", unit: "Người", kind: "count", parent: "1" },
    { code: "2", stt: "2", label: "Chính quyền số", unit: null, kind: "heading", parent: null },
    {
      code: "2.1",
      stt: "2.1",
      label: "Hồ sơ tiếp nhận qua hệ thống",
      unit: "Hồ sơ (trực tuyến/trực tiếp/bưu chính công ích)",
      kind: "text",
      parent: "2",
    },
    {
      code: "2.2",
      stt: "2.2",
      label: "Nền tảng dùng chung",
      unit: "VNeID/iGate/Cổng-dịch-vụ-công-quốc-gia",
      kind: "text",
      parent: "2",
    },
  ],
  relations: [],
});

export function wideAppendix() {
  const grid = appendixGrid(
    {
      "1.1": 4,
      "1.2": 2,
      "1.3": 120,
      "2.1": "Trực tuyến 1.204; trực tiếp 310",
      "2.2": "VNeID/iGate/Cổng-dịch-vụ-công-quốc-gia",
    },
    wideForm,
  );
  const appendix = locateAppendix(grid, wideForm);
  if (!appendix) throw new Error("wide appendix not found");
  return appendix;
}

/**
 * A ward's quarter on a "Kế hoạch | Thực hiện | Tỷ lệ (%)" table (values typed as text, as wards type them; a note in
 * Ghi chú; sub-rows with no plan), its form learnt from the sheet.
 */
export const PLAN_TABLE: Typed[][] = [
  ["PHỤ LỤC"],
  ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026"],
  ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)", "(7)"],
  ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""],
  ["1.1", "Số văn bản chỉ đạo, điều hành về CCHC được ban hành", "Văn bản", "4", "3", "75", ""],
  ["1.2", "Số cuộc kiểm tra công tác CCHC tại các tổ dân phố", "Cuộc", "4", "1", "25", "Còn 3 cuộc vào quý II"],
  ["1.3", "Số nhiệm vụ trong Kế hoạch CCHC năm 2026 của phường", "Nhiệm vụ", "32", "9", "28,13", ""],
  ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
  ["2.1", "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", "12.500", "11.480", "91,84", ""],
  ["-", "Tiếp nhận trực tuyến", "Hồ sơ", "", "8.610", "", ""],
  ["-", "Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích", "Hồ sơ", "", "2.870", "", ""],
  ["2.2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "70", "75", "107,14", ""],
  ["2.3", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", "98", "99,46", "101,49", ""],
  ["3", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "", "", "", "", ""],
  ["3.1", "Số cán bộ, công chức được đào tạo, bồi dưỡng", "Người", "28", "9", "32,14", "Lớp quý II: 19 người"],
  ["3.2", "Số người hoạt động không chuyên trách ở tổ dân phố", "Người", "42", "42", "100", ""],
];

export const PLAN_DETAILS: ReportDetails = {
  unitName: "UBND phường Hòa Bình",
  period: "quý I",
  year: 2026,
  reportNumber: "48",
  reportDate: "2026-03-20",
};

/** The ward's table checked with the form learnt from it. */
export const planTableChecked = () => checkedTable(PLAN_TABLE);
