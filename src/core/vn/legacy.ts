/**
 * The legacy Vietnamese encodings many offices still type in, converted to Unicode the way Unikey's converter does:
 * character by character from the published tables, anything else left as it is. Pure ES2022.
 *
 * Both are 8-bit font encodings: text typed with them is stored (in a .docx, or in a .txt read as Windows-1252) as
 * the Latin-1 characters of the same codes, which is why such text looks like "c¸n bé c«ng chøc" in any other font.
 * - TCVN3 (TCVN 5712:1993 VN3, "ABC"; fonts .VnTime, .VnArial …): one code per letter. 67 lower-case letters and
 *   Ă Â Ê Ô Ơ Ư Đ have codes of their own (0xA1-0xFE); capitals with a tone mark are written with the lower-case codes
 *   in the fonts whose name ends in H (.VnTimeH, .VnArialH), which draw every letter as a capital.
 * - VNI (VNI Windows; fonts VNI-Times, VNI-Helve …): a base letter followed by a mark character (a tone, a
 *   circumflex, a breve, or a mark and a tone in one), plus single characters for đ, ơ, ư and the i's with a tone.
 *
 * detectLegacy tells such text by its characters: codes that Vietnamese Unicode text never has inside a word
 * (TCVN3: "¸", "µ", "®" …; VNI: a vowel followed by "ø", "ï", "û", "ä" …), often enough to rule out chance, and none
 * of the letters only Unicode has ("ư", "ơ", "ạ" …).
 */

export type LegacyEncoding = "tcvn3" | "vni";

// --- TCVN3 ------------------------------------------------------------------------------------------------------

/**
 * The letters of the TCVN3 codes 0xA1-0xFE, in code order (read as the Latin-1 characters of the same codes);
 * "_" where TCVN3 has no letter. 0xA1-0xA7 Ă Â Ê Ô Ơ Ư Đ, 0xA8-0xAE ă â ê ô ơ ư đ, 0xB5 à … 0xFE ỵ.
 */
const TCVN3_FROM_A1 =
  "ĂÂÊÔƠƯĐăâêôơưđ__" + // 0xA1-0xB0
  "____àảãáạ_ằẳẵắ__" + // 0xB1-0xC0
  "_____ặầẩẫấậè_ẻẽé" + // 0xC1-0xD0
  "ẹềểễếệìỉ___ĩíịò_" + // 0xD1-0xE0
  "ỏõóọồổỗốộờởỡớợù_" + // 0xE1-0xF0
  "ủũúụừửữứựỳỷỹýỵ"; // 0xF1-0xFE

const TCVN3 = new Map<string, string>(
  [...TCVN3_FROM_A1]
    .map((letter, i): [string, string] => [String.fromCharCode(0xa1 + i), letter])
    .filter(([, letter]) => letter !== "_"),
);

/** TCVN3 text → Unicode. upperCaseFont: the run is in a capitals font (.VnTimeH): every letter is a capital. */
export function tcvn3ToUnicode(text: string, upperCaseFont = false): string {
  let out = "";
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return upperCaseFont ? out.toUpperCase() : out;
}

// --- VNI --------------------------------------------------------------------------------------------------------

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031B";

/** VNI's mark characters after a base letter (lower-case marks after lower-case letters, capitals after capitals). */
const VNI_MARKS: Record<string, { marks: string; bases: string }> = {
  // tones
  ø: { marks: GRAVE, bases: "aeiouyôö" },
  ù: { marks: ACUTE, bases: "aeiouyôö" },
  û: { marks: HOOK, bases: "aeiouyôö" },
  õ: { marks: TILDE, bases: "aeiouyôö" },
  ï: { marks: DOT, bases: "aeiouyôö" },
  Ø: { marks: GRAVE, bases: "AEIOUYÔÖ" },
  Ù: { marks: ACUTE, bases: "AEIOUYÔÖ" },
  Û: { marks: HOOK, bases: "AEIOUYÔÖ" },
  Õ: { marks: TILDE, bases: "AEIOUYÔÖ" },
  Ï: { marks: DOT, bases: "AEIOUYÔÖ" },
  // circumflex, alone and with a tone
  â: { marks: CIRCUMFLEX, bases: "aeo" },
  à: { marks: CIRCUMFLEX + GRAVE, bases: "aeo" },
  á: { marks: CIRCUMFLEX + ACUTE, bases: "aeo" },
  å: { marks: CIRCUMFLEX + HOOK, bases: "aeo" },
  ã: { marks: CIRCUMFLEX + TILDE, bases: "aeo" },
  ä: { marks: CIRCUMFLEX + DOT, bases: "aeo" },
  Â: { marks: CIRCUMFLEX, bases: "AEO" },
  À: { marks: CIRCUMFLEX + GRAVE, bases: "AEO" },
  Á: { marks: CIRCUMFLEX + ACUTE, bases: "AEO" },
  Å: { marks: CIRCUMFLEX + HOOK, bases: "AEO" },
  Ã: { marks: CIRCUMFLEX + TILDE, bases: "AEO" },
  Ä: { marks: CIRCUMFLEX + DOT, bases: "AEO" },
  // breve, alone and with a tone
  ê: { marks: BREVE, bases: "a" },
  è: { marks: BREVE + GRAVE, bases: "a" },
  é: { marks: BREVE + ACUTE, bases: "a" },
  ú: { marks: BREVE + HOOK, bases: "a" },
  ü: { marks: BREVE + TILDE, bases: "a" },
  ë: { marks: BREVE + DOT, bases: "a" },
  Ê: { marks: BREVE, bases: "A" },
  È: { marks: BREVE + GRAVE, bases: "A" },
  É: { marks: BREVE + ACUTE, bases: "A" },
  Ú: { marks: BREVE + HOOK, bases: "A" },
  Ü: { marks: BREVE + TILDE, bases: "A" },
  Ë: { marks: BREVE + DOT, bases: "A" },
};

/** VNI's single characters: đ, ơ, ư and the i's and y with a tone of their own. */
const VNI_SINGLE: Record<string, string> = {
  ñ: "đ",
  Ñ: "Đ",
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  ì: "ì",
  í: "í",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
  Ì: "Ì",
  Í: "Í",
  Æ: "Ỉ",
  Ó: "Ĩ",
  Ò: "Ị",
  Î: "Ỵ",
};

/** A VNI base letter as Unicode: ô/ö stand for ơ/ư (o/u with a horn). */
function vniBase(ch: string): string {
  if (ch === "ô") return `o${HORN}`;
  if (ch === "Ô") return `O${HORN}`;
  if (ch === "ö") return `u${HORN}`;
  if (ch === "Ö") return `U${HORN}`;
  return ch;
}

/** VNI text → Unicode (NFC). */
export function vniToUnicode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const mark = VNI_MARKS[text[i + 1]];
    if (mark && mark.bases.includes(ch)) {
      out += (vniBase(ch) + mark.marks).normalize("NFC");
      i++;
    } else out += VNI_SINGLE[ch] ?? ch;
  }
  return out;
}

/** Text in a legacy encoding → Unicode. */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, upperCaseFont = false): string {
  return encoding === "tcvn3" ? tcvn3ToUnicode(text, upperCaseFont) : vniToUnicode(text);
}

/** The encoding a font name says: ".VnTime", ".VnTimeH" → TCVN3 (H: capitals); "VNI-Times" → VNI; else null. */
export function fontEncoding(font: string | undefined): { encoding: LegacyEncoding; upperCase: boolean } | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.vn/i.test(f)) return { encoding: "tcvn3", upperCase: /H$/.test(f) };
  if (/^vni[-_ ]/i.test(f)) return { encoding: "vni", upperCase: false };
  return null;
}

// --- detection --------------------------------------------------------------------------------------------------

/** TCVN3 codes that are no Vietnamese (nor any common) letter in Unicode text: ¡-§, ¨-®, µ-¹, »-¾. */
const TCVN3_SIGN = /[\u00a1-\u00a7\u00a8-\u00ae\u00b5-\u00b9\u00bb-\u00be]/g;
/** VNI marks that no Vietnamese letter in Unicode text is: ø ï û ä å ë ü (and capitals), after a vowel. */
const VNI_SIGN = /[aeiouyAEIOUYôöÔÖ][øïûäåëüØÏÛÄÅËÜ]/g;
/**
 * Letters that only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and every letter with a tone outside Latin-1): text read from
 * an 8-bit legacy encoding never has one, and nearly every Vietnamese sentence in Unicode has several.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const ASCII_LETTER = /[A-Za-z]/;

export interface LegacyGuess {
  encoding: LegacyEncoding;
  /** Characters (TCVN3) or letter-mark pairs (VNI) seen that only that encoding has. */
  signs: number;
}

/**
 * The legacy encoding a text is in, told by its characters, or null. Text with a letter only Unicode Vietnamese has
 * is Unicode. A TCVN3 sign counts inside a word (an ASCII letter on either side: "c¸n", "®Õn"), so that a ¾ or
 * « quotes » alone do not count. At least minSigns signs, one for every 12 words, and clearly more of one kind than of
 * the other.
 */
export function detectLegacy(text: string, minSigns = 2): LegacyGuess | null {
  let tcvn = 0;
  for (const m of text.matchAll(TCVN3_SIGN)) {
    const i = m.index!;
    if (ASCII_LETTER.test(text[i - 1] ?? "") || ASCII_LETTER.test(text[i + 1] ?? "")) tcvn++;
  }
  const vni = text.match(VNI_SIGN)?.length ?? 0;
  if (Math.max(tcvn, vni) < minSigns || UNICODE_VIETNAMESE.test(text)) return null;
  const words = wordCount(text);
  const enough = (n: number) => n >= minSigns && n * 12 >= words;
  if (enough(tcvn) && tcvn > 2 * vni) return { encoding: "tcvn3", signs: tcvn };
  if (enough(vni) && vni > 2 * tcvn) return { encoding: "vni", signs: vni };
  return null;
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The name officers know an encoding by, for messages. */
export const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };
