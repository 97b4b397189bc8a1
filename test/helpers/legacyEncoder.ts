/**
 * Test-only converters FROM Unicode to the legacy encodings, written from the published tables independently of
 * src/core/vn/legacy.ts (which converts the other way): the tests make legacy text with these and check that the
 * reader gives the Unicode text back.
 *
 * - TCVN3 (TCVN 5712:1993, VN3): the code of each letter, table by vowel series below. Capitals with a tone have
 *   no code: they are written with the small letter's code in a capitals font (.VnTimeH).
 * - VNI Windows: base letter + a mark character; the marks by what they add (tone, circumflex, breve).
 * - Windows-1258: the letters with a circumflex, breve or horn and đ are single bytes; tones are combining bytes.
 */

/** TCVN3 codes: each series is the letter without tone, then grave, hook, tilde, acute, dot (VN3 code order). */
const TCVN3_SERIES: [string, number[]][] = [
  ["aàảãáạ", [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ăằẳẵắặ", [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["âầẩẫấậ", [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["eèẻẽéẹ", [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["êềểễếệ", [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["iìỉĩíị", [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["oòỏõóọ", [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ôồổỗốộ", [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơờởỡớợ", [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["uùủũúụ", [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ưừửữứự", [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["yỳỷỹýỵ", [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
/** Letters with a code of their own outside the series: the seven capitals and đ. */
const TCVN3_SINGLE: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7, đ: 0xae };

const TCVN3_CODE = new Map<string, number>();
for (const [letters, codes] of TCVN3_SERIES) [...letters].forEach((l, i) => TCVN3_CODE.set(l, codes[i]));
for (const [l, c] of Object.entries(TCVN3_SINGLE)) TCVN3_CODE.set(l, c);

/** Does the letter need the capitals font in TCVN3 (a capital with no code of its own)? */
export function needsTcvn3Capitals(ch: string): boolean {
  return ch !== ch.toLowerCase() && !(ch in TCVN3_SINGLE) && TCVN3_CODE.has(ch.toLowerCase()) && /[^A-Z]/.test(ch);
}

/** Unicode → TCVN3, as the Latin-1 characters of the codes. Capitals with a tone get the small letter's code. */
export function toTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = TCVN3_CODE.get(ch) ?? (needsTcvn3Capitals(ch) ? TCVN3_CODE.get(ch.toLowerCase()) : undefined);
    out += code !== undefined ? String.fromCharCode(code) : ch;
  }
  return out;
}

/** Split text into runs for a TCVN3 document: [text, capitals font?]: capitals with a tone go in .VnTimeH runs. */
export function tcvn3Runs(text: string): [string, boolean][] {
  const runs: [string, boolean][] = [];
  for (const ch of text.normalize("NFC")) {
    const upper = needsTcvn3Capitals(ch);
    const last = runs[runs.length - 1];
    if (last && last[1] === upper) last[0] += ch;
    else runs.push([ch, upper]);
  }
  return runs.map(([t, upper]) => [toTcvn3(t), upper]);
}

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // grave, acute, hook, tilde, dot
const VNI_TONE_SMALL = ["ø", "ù", "û", "õ", "ï"];
const VNI_TONE_CAPITAL = ["Ø", "Ù", "Û", "Õ", "Ï"];
const VNI_CIRCUMFLEX_SMALL = ["â", "à", "á", "å", "ã", "ä"]; // alone, then with grave, acute, hook, tilde, dot
const VNI_CIRCUMFLEX_CAPITAL = ["Â", "À", "Á", "Å", "Ã", "Ä"];
const VNI_BREVE_SMALL = ["ê", "è", "é", "ú", "ü", "ë"];
const VNI_BREVE_CAPITAL = ["Ê", "È", "É", "Ú", "Ü", "Ë"];
const VNI_I: Record<string, string> = {
  ì: "ì",
  í: "í",
  ỉ: "æ",
  ĩ: "ó",
  ị: "ò",
  Ì: "Ì",
  Í: "Í",
  Ỉ: "Æ",
  Ĩ: "Ó",
  Ị: "Ò",
};

/** Unicode → VNI Windows, as the Latin-1 characters of its codes. */
export function toVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (VNI_I[ch]) {
      out += VNI_I[ch];
      continue;
    }
    if (ch === "ỵ" || ch === "Ỵ") {
      out += ch === "ỵ" ? "î" : "Î";
      continue;
    }
    if (ch === "đ" || ch === "Đ") {
      out += ch === "đ" ? "ñ" : "Ñ";
      continue;
    }
    const parts = [...ch.normalize("NFD")];
    const base = parts[0];
    if (!/[aeiouyAEIOUY]/.test(base) || parts.length === 1) {
      out += ch;
      continue;
    }
    const capital = base === base.toUpperCase();
    const marks = parts.slice(1);
    const tone = TONES.findIndex((t) => marks.includes(t));
    const horn = marks.includes("\u031b");
    const circumflex = marks.includes("\u0302");
    const breve = marks.includes("\u0306");
    let letter = base;
    if (horn) letter = base === "o" ? "ô" : base === "O" ? "Ô" : base === "u" ? "ö" : "Ö";
    if (circumflex) out += letter + (capital ? VNI_CIRCUMFLEX_CAPITAL : VNI_CIRCUMFLEX_SMALL)[tone + 1];
    else if (breve) out += letter + (capital ? VNI_BREVE_CAPITAL : VNI_BREVE_SMALL)[tone + 1];
    else out += letter + (tone >= 0 ? (capital ? VNI_TONE_CAPITAL : VNI_TONE_SMALL)[tone] : "");
  }
  return out;
}

/** Windows-1258 bytes of letters other than ASCII (the rest of the table is Latin-1 where the letter exists). */
const CP1258: Record<string, number> = {
  ă: 0xe3,
  Ă: 0xc3,
  đ: 0xf0,
  Đ: 0xd0,
  ơ: 0xf5,
  Ơ: 0xd5,
  ư: 0xfd,
  Ư: 0xdd,
  â: 0xe2,
  Â: 0xc2,
  ê: 0xea,
  Ê: 0xca,
  ô: 0xf4,
  Ô: 0xd4,
  "\u0300": 0xcc,
  "\u0301": 0xec,
  "\u0303": 0xde,
  "\u0309": 0xd2,
  "\u0323": 0xf2,
  "–": 0x96,
  "—": 0x97,
  "“": 0x93,
  "”": 0x94,
  "‘": 0x91,
  "’": 0x92,
  "…": 0x85,
  "\u00a0": 0xa0,
};

/** Unicode → Windows-1258 bytes: the tone of each letter as a combining byte after it, as Windows writes them. */
export function toWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const parts = [...ch.normalize("NFD")];
    const tone = parts.find((p) => TONES.includes(p));
    const letter = parts
      .filter((p) => p !== tone)
      .join("")
      .normalize("NFC");
    for (const c of [letter, ...(tone ? [tone] : [])]) {
      const code = c.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else if (CP1258[c] !== undefined) bytes.push(CP1258[c]);
      else throw new Error(`not in the test's Windows-1258 table: ${c} (U+${code.toString(16)})`);
    }
  }
  return new Uint8Array(bytes);
}

/** Punctuation an 8-bit legacy file cannot hold, as such files wrote it. */
export function plainPunctuation(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, "-").replace(/…/g, "...");
}

/** Characters as single bytes (TCVN3 and VNI text as a .txt file writes them). */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not a single byte: ${c}`);
      return code;
    }),
  );
}
