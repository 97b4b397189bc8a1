/** The officer's message for a zip (.xlsx, .docx) that unpacks past the bounds of src/io/zip.ts (command line and pane). */
import type { Bilingual } from "../core/findings";
import type { ZipLimitError } from "./zip";

export function zipLimitMessage(e: ZipLimitError, file: string): Bilingual {
  const mb = Math.round(e.limit / (1024 * 1024));
  if (e.bound === "entries")
    return {
      vi: `Tệp nén có quá nhiều phần (hơn ${e.limit.toLocaleString("vi-VN")}), không đọc: ${file}`,
      en: `The file holds too many parts (over ${e.limit.toLocaleString("en-US")}) to read: ${file}`,
    };
  return {
    vi: `Tệp giải nén ra quá lớn (hơn ${mb} MB${e.part ? `, phần ${e.part}` : ""}), không đọc: ${file}`,
    en: `The file unpacks to too much (over ${mb} MB${e.part ? `, part ${e.part}` : ""}) to read: ${file}`,
  };
}
