/** Node only: read an .xlsx file into the core's cell grids with ExcelJS, and the add-in's settings kept in it. */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/grid";
import { readWorkbookSettings } from "../io/workbookSettings";
import { gridFromExcelJs } from "../io/xlsxGrid";
import { InputError } from "./errors";

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new InputError({ vi: `Không đọc được tệp: ${path}`, en: `Cannot read the file: ${path}` });
  }
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const data = await readBytes(path);
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

/** The add-in's document settings saved in the workbook (the saved form, the turned-off relations …); none if unreadable. */
export async function readWorkbookSettingsFile(path: string): Promise<Map<string, string>> {
  try {
    return await readWorkbookSettings(await readBytes(path));
  } catch {
    return new Map();
  }
}
