/**
 * TextEncoder where the page lacks it (the EdgeHTML web view of Office 2019 on Windows; jsdom): the docx library
 * encodes the document's parts with it. A UTF-8 encoder, installed only when none exists.
 */
class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(input = ""): Uint8Array {
    const out: number[] = [];
    for (const ch of input) {
      let c = ch.codePointAt(0)!;
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }
}

export function ensureTextEncoder(): void {
  const g = globalThis as { TextEncoder?: unknown };
  if (typeof g.TextEncoder !== "function") g.TextEncoder = Utf8Encoder;
}

ensureTextEncoder();

export { Utf8Encoder };
