/**
 * Node only: read the report's draft (.docx, or plain text in any encoding src/io/text.ts reads) for the narrative
 * check. What cannot be read is refused with what it really is ("an old Word file", "a PDF", "a picture"), in the
 * words the task pane uses too (src/io/reportFile.ts).
 */
import type { NarrativeDocument } from "../core/narrative";
import { readReportBytes, ReportFileError } from "../io/reportFile";
import { InputError } from "./errors";
import { readInputFile } from "./readInput";

export async function readReportFile(file: string): Promise<NarrativeDocument> {
  const data = await readInputFile(file, {
    vi: `Không đọc được tệp báo cáo: ${file}`,
    en: `Cannot read the report file: ${file}`,
  });
  if (data.length === 0)
    throw new InputError({
      vi: `Tệp báo cáo trống (0 byte): ${file}. Có thể tệp chưa được lưu hoặc gửi lỗi; xin gửi lại.`,
      en: `The report file is empty (0 bytes): ${file}. It may not have been saved or sent whole; send it again.`,
    });
  try {
    return await readReportBytes(data, file);
  } catch (e) {
    if (e instanceof ReportFileError) throw new InputError(e.text);
    throw e;
  }
}
