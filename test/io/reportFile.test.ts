/**
 * The report's file as the command line and the task pane read it (src/io/reportFile.ts): a .docx or text in any
 * encoding; anything else refused with what it is and what to do, in both languages, never a reader's internals.
 */
import JSZip from "jszip";
import { Document, Packer, Paragraph } from "docx";
import { readReportBytes, ReportFileError } from "../../src/io/reportFile";

async function refusal(bytes: Uint8Array, name: string): Promise<ReportFileError> {
  try {
    await readReportBytes(bytes, name);
  } catch (e) {
    if (e instanceof ReportFileError) return e;
    throw e;
  }
  throw new Error(`${name} was read`);
}

test("a Word document and a text file are read, whatever their names say", async () => {
  const docx = new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Tiếp nhận 5.240 hồ sơ.")] }] })),
  );
  expect((await readReportBytes(docx, "bao-cao.docx")).paragraphs.map((p) => p.text)).toEqual([
    "Tiếp nhận 5.240 hồ sơ.",
  ]);
  expect((await readReportBytes(docx, "bao-cao.txt")).paragraphs[0].text).toBe("Tiếp nhận 5.240 hồ sơ.");
  const utf16 = new Uint8Array([
    0xff,
    0xfe,
    ...Array.from("Đạt 90%").flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]),
  ]);
  expect((await readReportBytes(utf16, "du-thao.txt")).paragraphs[0].text).toBe("Đạt 90%");
});

test.each([
  [
    "bao-cao-cu.doc",
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    "Tệp báo cáo “bao-cao-cu.doc” là tệp Word/Excel đời cũ (.doc/.xls): hãy mở bằng Word và lưu lại thành .docx.",
  ],
  [
    "du thao.pdf",
    new TextEncoder().encode("%PDF-1.4\n"),
    "Tệp báo cáo “du thao.pdf” là tệp PDF: chưa đọc được PDF, hãy dùng tệp .docx gốc.",
  ],
  [
    "bao-cao.docx",
    new TextEncoder().encode("%PDF-1.4\n"),
    "Tệp báo cáo “bao-cao.docx” là tệp PDF: chưa đọc được PDF, hãy dùng tệp .docx gốc.",
  ],
  [
    "anh.png",
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
    "Tệp báo cáo “anh.png” là một tệp ảnh, không có chữ để đọc.",
  ],
])("%s is refused with what it is and what to do", async (name, bytes, vi) => {
  const e = await refusal(bytes, name);
  expect(e.text.vi).toBe(vi);
  expect(e.text.en).toMatch(/^The report file “.+” is /);
});

test("a zip that is no Word document, named .docx, is refused in words, not with the reader's internals", async () => {
  const zip = new JSZip();
  zip.file("noi-dung.txt", "x");
  const e = await refusal(await zip.generateAsync({ type: "uint8array" }), "ghi-chu.docx");
  expect(e.text.vi).toBe(
    "Tệp “ghi-chu.docx” không phải văn bản Word (.docx) đọc được: tệp hỏng, hoặc không phải tệp Word. Hãy mở bằng Word, lưu lại thành .docx rồi chọn lại.",
  );
  expect(e.text.en).not.toMatch(/document\.xml/);
  const sheet = new JSZip();
  sheet.file("xl/workbook.xml", "<workbook/>");
  expect((await refusal(await sheet.generateAsync({ type: "uint8array" }), "phu-luc.docx")).text.vi).toBe(
    "Tệp báo cáo “phu-luc.docx” là một sổ tính Excel (.xlsx), không phải báo cáo.",
  );
});
