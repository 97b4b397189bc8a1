/** Inputs of the export's tests: the seed's workbook and report details, a form whose table needs a landscape page. */
import { checkWorkbook } from "../../src/core/check";
import { defineForm } from "../../src/core/form/schema";
import type { WorkbookGrid } from "../../src/core/grid";
import { locateAppendix } from "../../src/core/locate";
import type { ReportDetails } from "../../src/core/report/details";
import { appendixGrid } from "../helpers/grids";
import { cloneWorkbook } from "../helpers/fixtures";

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
    { "1.1": 4, "1.2": 2, "1.3": 120, "2.1": "Trực tuyến 1.204; trực tiếp 310", "2.2": "VNeID/iGate/Cổng-dịch-vụ-công-quốc-gia" },
    wideForm,
  );
  const appendix = locateAppendix(grid, wideForm);
  if (!appendix) throw new Error("wide appendix not found");
  return appendix;
}
