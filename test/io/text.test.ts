/**
 * A .txt report in the encodings officers' files come in: UTF-8 with or without a BOM, "Unicode" from Notepad
 * (UTF-16 LE with a BOM) and UTF-16 BE, Windows-1258 (tones as combining marks), TCVN3 and VNI; and what is not
 * text at all, told by what it is.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { readPlainText } from "../../src/core/narrative";
import { decodeText, sniffBinary } from "../../src/io/text";
import { SEED_TXT } from "../helpers/fixtures";
import { latin1Bytes, plainPunctuation, toTcvn3, toVni, toWindows1258 } from "../helpers/legacyEncoder";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const seed = readFileSync(SEED_TXT, "utf8");
const sentence =
  "Tổng số hồ sơ tiếp nhận là 5.106 hồ sơ, đã giải quyết đúng hạn 5.098 hồ sơ, đạt 99,84%; Ủy ban nhân dân huyện.";

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

describe("decodeText", () => {
  test.each([
    ["UTF-8", new TextEncoder().encode(seed), "utf-8"],
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)]), "utf-8"],
    ["UTF-16 LE with a BOM (Notepad's “Unicode”)", utf16(seed, false, true), "utf-16le"],
    ["UTF-16 BE with a BOM", utf16(seed, true, true), "utf-16be"],
    ["UTF-16 LE without a BOM", utf16(seed, false, false), "utf-16le"],
  ])("%s", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: seed, encoding });
  });

  test("Windows-1258: tones written as combining marks come out composed (NFC)", () => {
    const bytes = toWindows1258(sentence);
    expect(bytes.length).toBeGreaterThan(sentence.length); // the tones are bytes of their own
    expect(decodeText(bytes)).toEqual({ text: sentence, encoding: "windows-1258" });
    const whole = decodeText(toWindows1258(seed))!;
    expect(whole.text).toBe(seed.normalize("NFC"));
  });

  test("TCVN3 and VNI bytes are read as the characters Word shows, and readPlainText converts them", () => {
    for (const [from, encode] of [
      ["tcvn3", toTcvn3],
      ["vni", toVni],
    ] as const) {
      const decoded = decodeText(latin1Bytes(encode(plainPunctuation(seed))))!;
      expect(decoded.encoding).toBe("windows-1252");
      const doc = readPlainText(decoded.text);
      expect(doc.conversions?.[0].from).toBe(from);
      expect(doc.paragraphs.map((p) => p.text).join("\n")).toContain("đúng hạn");
    }
  });

  test("binary bytes decode to nothing", () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(decodeText(noise)).toBeNull();
    expect(decodeText(new Uint8Array([0x41, 0, 0x42, 0, 0, 0, 0x43]))).toBeNull();
  });
});

describe("sniffBinary: what a file that is not text really is", () => {
  test("Word and Excel files of both kinds, PDF, RTF, pictures; text is not sniffed", async () => {
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    const xlsx = new JSZip();
    xlsx.file("xl/workbook.xml", "<workbook/>");
    expect(sniffBinary(await docx.generateAsync({ type: "uint8array" }))).toBe("docx");
    expect(sniffBinary(await xlsx.generateAsync({ type: "uint8array" }))).toBe("xlsx");
    expect(sniffBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe("ole");
    expect(sniffBinary(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffBinary(new TextEncoder().encode("{\\rtf1\\ansi"))).toBe("rtf");
    expect(sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("image");
    expect(sniffBinary(new TextEncoder().encode(seed))).toBeNull();
    expect(sniffBinary(utf16(seed, false, true))).toBeNull();
  });
});
