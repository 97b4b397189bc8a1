/** Node only: read the report's draft (.docx, or plain text) for the narrative check. */
import path from "node:path";
import { readPlainText, type NarrativeDocument } from "../core/narrative";
import { readDocxText } from "../io/docx";
import { ZipLimitError } from "../io/zip";
import { InputError } from "./errors";
import { readInputFile } from "./readInput";
import { zipLimitMessage } from "./zipMessage";

export async function readReportFile(file: string): Promise<NarrativeDocument> {
  const data = await readInputFile(file, {
    vi: `Không đọc được tệp báo cáo: ${file}`,
    en: `Cannot read the report file: ${file}`,
  });
  const ext = path.extname(file).toLowerCase();
  if (ext === ".docx") {
    try {
      return await readDocxText(data);
    } catch (e) {
      if (e instanceof ZipLimitError) throw new InputError(zipLimitMessage(e, file));
      throw new InputError({
        vi: `Tệp không phải văn bản Word (.docx) hợp lệ: ${file}`,
        en: `Not a valid Word document (.docx): ${file}`,
      });
    }
  }
  if (ext === ".doc") {
    throw new InputError({
      vi: `Chưa đọc được định dạng Word cũ (.doc): hãy lưu lại thành .docx: ${file}`,
      en: `The old Word format (.doc) is not supported: save it as .docx: ${file}`,
    });
  }
  const text = data.toString("utf8");
  if (text.includes("\u0000")) {
    throw new InputError({
      vi: `Tệp báo cáo phải là .docx hoặc văn bản thuần (.txt): ${file}`,
      en: `The report must be .docx or plain text (.txt): ${file}`,
    });
  }
  return readPlainText(text.replace(/^\uFEFF/, ""));
}
