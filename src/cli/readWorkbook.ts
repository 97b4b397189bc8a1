/** Node only: read an .xlsx file into the core's cell grids (src/io/xlsx: bounded zip, the project's XML reading). */
import type { WorkbookGrid } from "../core/grid";
import { readWorkbookSettings } from "../io/workbookSettings";
import { readXlsxGrid, XlsxTooLargeError } from "../io/xlsx";
import { ZipLimitError } from "../io/zip";
import { InputError } from "./errors";
import { readInputFile } from "./readInput";
import { zipLimitMessage } from "../io/zipMessage";

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const data = await readInputFile(path, { vi: `Không đọc được tệp: ${path}`, en: `Cannot read the file: ${path}` });
  if (data.length === 0)
    throw new InputError({
      vi: `Tệp trống (0 byte), không có sổ tính nào: ${path}. Có thể tệp chưa được lưu hoặc gửi lỗi; xin gửi lại.`,
      en: `The file is empty (0 bytes), no workbook in it: ${path}. It may not have been saved or sent whole; send it again.`,
    });
  try {
    return await readXlsxGrid(data);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new InputError(zipLimitMessage(e, path));
    if (e instanceof XlsxTooLargeError)
      throw new InputError({
        vi: `Sổ tính quá lớn để kiểm tra (hơn ${e.limit.toLocaleString("vi-VN")} ô): ${path}`,
        en: `The workbook is too large to check (over ${e.limit.toLocaleString("en-US")} cells): ${path}`,
      });
    throw new InputError({
      vi: `Tệp không phải sổ tính Excel (.xlsx) hợp lệ: ${path}`,
      en: `Not a valid Excel workbook (.xlsx): ${path}`,
    });
  }
}

/** The add-in's document settings saved in the workbook (the saved form, the turned-off relations …); none if unreadable. */
export async function readWorkbookSettingsFile(path: string): Promise<Map<string, string>> {
  try {
    return await readWorkbookSettings(
      await readInputFile(path, { vi: `Không đọc được tệp: ${path}`, en: `Cannot read the file: ${path}` }),
    );
  } catch {
    return new Map();
  }
}
