/**
 * A report (the narrative to compare, or the draft to export) from its file's bytes: a .docx, or plain text in any
 * encoding src/io/text.ts reads. What cannot be read is refused with what it really is, in the officer's words ("a
 * PDF: use the original .docx", "an old Word file: save it as .docx"), so the command line and the task pane say the
 * same. No Node APIs: the pane loads this module on demand, with the .docx reader.
 */
import type { Bilingual } from "../core/findings";
import { readPlainText, type NarrativeDocument } from "../core/narrative/document";
import { readDocxText } from "./docx";
import { decodeText, sniffBinary, type BinaryKind } from "./text";
import { ZipLimitError } from "./zip";
import { zipLimitMessage } from "./zipMessage";

/** The file is not a report that can be read; text says why, and what to do. */
export class ReportFileError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

const WHAT_IT_IS: Record<BinaryKind, Bilingual> = {
  docx: {
    vi: "một văn bản Word (.docx) mang đuôi khác: hãy đặt đuôi .docx",
    en: "a Word document (.docx) with another extension: name it .docx",
  },
  xlsx: { vi: "một sổ tính Excel (.xlsx), không phải báo cáo", en: "an Excel workbook (.xlsx), not a report" },
  zip: { vi: "một tệp nén (.zip)", en: "a zip archive" },
  ole: {
    vi: "tệp Word/Excel đời cũ (.doc/.xls): hãy mở bằng Word và lưu lại thành .docx",
    en: "an old Word/Excel file (.doc/.xls): open it in Word and save it as .docx",
  },
  pdf: {
    vi: "tệp PDF: chưa đọc được PDF, hãy dùng tệp .docx gốc",
    en: "a PDF: PDF is not read, use the original .docx",
  },
  rtf: {
    vi: "tệp RTF: hãy mở bằng Word và lưu lại thành .docx",
    en: "an RTF file: open it in Word and save it as .docx",
  },
  image: { vi: "một tệp ảnh, không có chữ để đọc", en: "a picture, with no text to read" },
  binary: { vi: "không phải văn bản (tệp nhị phân)", en: "not text (a binary file)" },
};

function notReadable(kind: BinaryKind, name: string): ReportFileError {
  const what = WHAT_IT_IS[kind];
  return new ReportFileError({
    vi: `Tệp báo cáo “${name}” là ${what.vi}.`,
    en: `The report file “${name}” is ${what.en}.`,
  });
}

/** name: the file's name as the officer knows it (the command line gives its path), for the messages. */
export async function readReportBytes(data: Uint8Array, name: string): Promise<NarrativeDocument> {
  const kind = sniffBinary(data);
  if (/\.docx$/i.test(name) || kind === "docx") {
    if (kind !== null && kind !== "docx" && kind !== "zip") throw notReadable(kind, name);
    try {
      return await readDocxText(data);
    } catch (e) {
      if (e instanceof ZipLimitError) throw new ReportFileError(zipLimitMessage(e, name));
      throw new ReportFileError({
        vi: `Tệp “${name}” không phải văn bản Word (.docx) đọc được: tệp hỏng, hoặc không phải tệp Word. Hãy mở bằng Word, lưu lại thành .docx rồi chọn lại.`,
        en: `“${name}” is not a Word document (.docx) that can be read: the file is damaged, or not a Word file. Open it in Word, save it as .docx and choose it again.`,
      });
    }
  }
  if (kind) throw notReadable(kind, name);
  const decoded = decodeText(data);
  if (!decoded) throw notReadable("binary", name);
  const doc = readPlainText(decoded.text);
  if (decoded.encoding === "windows-1258")
    doc.conversions = [...(doc.conversions ?? []), { from: "windows-1258", paragraphs: 0 }];
  return doc;
}
