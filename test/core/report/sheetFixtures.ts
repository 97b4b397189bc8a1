/** Appendix sheets with a title block and a signature block: a ward, a department (two-column header, NFD), a commune. */
import ExcelJS from "exceljs";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import { COMMUNE_2025, DEPARTMENT_2025, shapeGrid, type Shape } from "../form/infer/shapes";

const text = (t: string): Cell => (t === "" ? { value: null, text: "" } : { value: t, text: t });

/** The shape's table with these rows above it (cells left to right) and these under it. */
export function sheet(shape: Shape, above: string[][], below: string[][] = []): WorkbookGrid {
  const grid = shapeGrid({ ...shape, title: [] });
  const cells = grid.sheets[0].cells.slice(1, -2); // without the blank line and "Người lập biểu"
  const lines = (rows: string[][]) => rows.map((r) => r.map(text));
  return { sheets: [{ name: "Phụ lục", cells: [...lines(above), [], ...cells, [], ...lines(below)] }] };
}

export const WARD = sheet(
  COMMUNE_2025,
  [
    ["UBND PHƯỜNG BÌNH MINH"],
    [],
    ["PHỤ LỤC"],
    ["SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026"],
    ["(Kèm theo Báo cáo số 52/BC-UBND ngày 25/3/2026 của UBND phường Bình Minh)"],
  ],
  [
    ["", "", "", "NGƯỜI LẬP BIỂU"],
    ["", "", "", "Trần Thị Hoa"],
  ],
);

const nfd = (rows: string[][]) => rows.map((r) => r.map((t) => t.normalize("NFD")));
/** A department's two-column header (NFD text, as some Mac-made files carry), its title on two lines, signed KT. */
export const DEPARTMENT = sheet(
  DEPARTMENT_2025,
  nfd([
    ["UBND TỈNH THANH HÓA", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 318/BC-SNNMT", "", "", "Thanh Hóa, ngày 12 tháng 12 năm 2025"],
    [],
    ["BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC"],
    ["CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2025"],
  ]),
  nfd([
    ["Nơi nhận:", "", "", "KT. GIÁM ĐỐC"],
    ["- UBND tỉnh;", "", "", "PHÓ GIÁM ĐỐC"],
    ["- Sở Nội vụ;"],
    ["- Lưu: VT, VP."],
    ["", "", "", "Lê Văn Minh"],
  ]),
);

/** A commune's sheet with the number and the day left blank, signed by its chairman. */
export const COMMUNE = sheet(
  COMMUNE_2025,
  [
    ["ỦY BAN NHÂN DÂN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["XÃ PHÚ LƯƠNG", "", "", "Độc lập - Tự do - Hạnh phúc"],
    ["Phụ lục"],
    ["BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025"],
    ["(Kèm theo Báo cáo số      /BC-UBND ngày     /12/2025 của UBND xã Phú Lương)"],
  ],
  [["", "", "", "TM. ỦY BAN NHÂN DÂN"], ["", "", "", "CHỦ TỊCH"], [], ["", "", "", "Hoàng Văn Nam"]],
);

/** The sheet as an .xlsx file (ExcelJS), each title line merged across the table's width as offices lay it out. */
export async function sheetXlsx(grid: WorkbookGrid): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheets[0].name);
  grid.sheets[0].cells.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (cell.value === null) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell.value as ExcelJS.CellValue;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    });
    const filled = line.filter((c) => c.value !== null).length;
    if (filled === 1 && line[0]?.value !== null && line.length === 1) ws.mergeCells(r + 1, 1, r + 1, 5);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
