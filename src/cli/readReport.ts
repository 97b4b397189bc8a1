/**
 * Node only: read the report's draft (.docx, or plain text in any encoding src/io/text.ts reads) for the narrative
 * check. What cannot be read is refused with what it really is ("an old Word file", "a PDF", "a picture").
 */
import path from "node:path";
import type { Bilingual } from "../core/findings";
import { readPlainText, type NarrativeDocument } from "../core/narrative";
import { readDocxText } from "../io/docx";
import { decodeText, sniffBinary, type BinaryKind } from "../io/text";
import { ZipLimitError } from "../io/zip";
import { InputError } from "./errors";
import { readInputFile } from "./readInput";
import { zipLimitMessage } from "./zipMessage";

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

function notReadable(kind: BinaryKind, file: string): InputError {
  const what = WHAT_IT_IS[kind];
  return new InputError({ vi: `Tệp báo cáo là ${what.vi}: ${file}`, en: `The report file is ${what.en}: ${file}` });
}

export async function readReportFile(file: string): Promise<NarrativeDocument> {
  const data = await readInputFile(file, {
    vi: `Không đọc được tệp báo cáo: ${file}`,
    en: `Cannot read the report file: ${file}`,
  });
  const ext = path.extname(file).toLowerCase();
  const kind = sniffBinary(data);
  if (ext === ".docx" || kind === "docx") {
    if (kind !== null && kind !== "docx" && kind !== "zip") throw notReadable(kind, file);
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
  if (kind) throw notReadable(kind, file);
  const decoded = decodeText(data);
  if (!decoded) throw notReadable("binary", file);
  const doc = readPlainText(decoded.text);
  if (decoded.encoding === "windows-1258")
    doc.conversions = [...(doc.conversions ?? []), { from: "windows-1258", paragraphs: 0 }];
  return doc;
}
