/** Node only: read an .xlsx file into the core's cell grids with ExcelJS. */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import { gridFromExcelJs } from "../io/xlsxGrid";
import { InputError } from "./errors";

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new InputError({ vi: `Không đọc được tệp: ${path}`, en: `Cannot read the file: ${path}` });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new InputError({
      vi: `Tệp không phải sổ tính Excel (.xlsx) hợp lệ: ${path}`,
      en: `Not a valid Excel workbook (.xlsx): ${path}`,
    });
  }
  return gridFromExcelJs(workbook);
}
