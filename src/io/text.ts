/**
 * A text file's bytes → its text, in the encodings officers' files really come in (Node and browser alike:
 * TextDecoder, no Node APIs):
 * - a byte order mark says UTF-8, UTF-16 LE ("Unicode" in Notepad) or UTF-16 BE;
 * - without one: UTF-16 when every other byte is zero, else UTF-8 when the bytes are valid UTF-8;
 * - else an 8-bit file: TCVN3 or VNI when its characters say so (read as Windows-1252, the way Word shows such text;
 *   readPlainText then converts it), else Windows-1258, Vietnamese Windows' own code page, whose tone marks are
 *   separate combining characters: composed to NFC.
 * What is not text at all (a zip, an old Office file, a PDF, an image, other binary) is told apart by its first bytes
 * (sniffBinary), so the caller can say what it really is.
 */
import { detectLegacy } from "../core/vn/legacy";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** What a file that is not plain text is. "docx"/"xlsx": an Office file of the new kind (a zip with its parts). */
export type BinaryKind = "docx" | "xlsx" | "zip" | "ole" | "pdf" | "rtf" | "image" | "binary";

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** What the bytes are, when they are plainly not text; null for what may be text. */
export function sniffBinary(b: Uint8Array): BinaryKind | null {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    // the part names are stored as they are in the zip's headers
    const head = new TextDecoder("latin1").decode(b.subarray(0, Math.min(b.length, 64 * 1024)));
    if (head.includes("word/")) return "docx";
    if (head.includes("xl/")) return "xlsx";
    return "zip";
  }
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf"; // {\rtf
  if (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(b, [0xff, 0xd8, 0xff]) ||
    startsWith(b, [0x47, 0x49, 0x46, 0x38])
  )
    return "image";
  return null;
}

/** Decode a text file (see the module's note). Returns null for bytes that decode to no text (control characters). */
export function decodeText(b: Uint8Array): DecodedText | null {
  let decoded: DecodedText;
  if (startsWith(b, [0xef, 0xbb, 0xbf]))
    decoded = { text: new TextDecoder("utf-8").decode(b.subarray(3)), encoding: "utf-8" };
  else if (startsWith(b, [0xff, 0xfe]))
    decoded = { text: new TextDecoder("utf-16le").decode(b.subarray(2)), encoding: "utf-16le" };
  else if (startsWith(b, [0xfe, 0xff]))
    decoded = { text: new TextDecoder("utf-16be").decode(b.subarray(2)), encoding: "utf-16be" };
  else {
    const utf16 = utf16WithoutBom(b);
    decoded = utf16 ? { text: new TextDecoder(utf16).decode(b), encoding: utf16 } : decode8bit(b);
  }
  return looksLikeText(decoded.text) ? decoded : null;
}

function decode8bit(b: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), encoding: "utf-8" };
  } catch {
    // not UTF-8: an 8-bit Vietnamese file
  }
  const latin = new TextDecoder("windows-1252").decode(b);
  if (detectLegacy(latin)) return { text: latin, encoding: "windows-1252" };
  return { text: new TextDecoder("windows-1258").decode(b).normalize("NFC"), encoding: "windows-1258" };
}

/** UTF-16 without a byte order mark: most of the high bytes are zero (Vietnamese text is mostly ASCII letters). */
function utf16WithoutBom(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/** Text has no NUL and few other control characters (tabs, line and page breaks are text). */
function looksLikeText(s: string): boolean {
  const sample = s.length > 65536 ? s.slice(0, 65536) : s;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return false;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  return controls <= Math.max(2, sample.length * 0.01);
}
