/**
 * Vietnamese text normalization for matching and number reading. Pure ES2022 (no Node, DOM or Office APIs).
 *
 * normalizeVietnamese(s) does, in order:
 *  1. removes zero-width characters (U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+2060 WJ, U+FEFF BOM,
 *     U+200E/U+200F direction marks) and soft hyphens (U+00AD);
 *     maps dash variants (‐ ‑ ‒ – — ― − ﹘ ﹣ －) to "-"; non-breaking, narrow, thin and other Unicode spaces to " "
 *     (tabs are kept: they separate table columns in exported text); curly quotes (‘ ’ ‚ ‛ ′) to "'" and
 *     (“ ” „ ‟ ″ « ») to '"'; full-width percent (％) to "%";
 *  2. NFC (composes NFD and "precomposed letter + combining tone" input);
 *  3. old → new tone placement in open syllables ending in oa / oe / uy: hoà→hòa, xoá→xóa, khoẻ→khỏe, uỷ→ủy,
 *     thuỷ→thủy, thuý→thúy (the tone moves to the first vowel). Untouched when a letter follows (hoàn, toán, khuyến,
 *     khuỷu) and "qu" + y is never touched (quý, quỹ, quỳ stay: the u belongs to the consonant). Case is kept (HOÀ→HÒA).
 *  4. i/y spelling variants, whole syllables only, always to the y form (as Vietnamese administrative texts write):
 *       tỉ→tỷ (tỷ lệ, tỷ đồng), kì→kỳ, kí→ký, kỉ→kỷ, kĩ→kỹ, kị→kỵ, lí→lý, mĩ→mỹ, sĩ→sỹ,
 *       qui→quy, quí→quý, quì→quỳ, quỉ→quỷ, quĩ→quỹ, quị→quỵ,
 *       and the phrases "hi vọng"→"hy vọng", "hi sinh"→"hy sinh", "công ti"→"công ty".
 *     Not included on purpose (i and y are different words or the i form is the only one): ai/ay, ui/uy (tui/tuy),
 *     a bare vowel i/y, tí (tiny) / Tý, mì, lì, vĩ, thi, chỉ, and unaccented ti/li/ki/hi outside the phrases above.
 *  5. collapses runs of spaces to one space (tabs and newlines are kept; nothing is trimmed).
 * The result is idempotent: normalizeVietnamese(normalizeVietnamese(s)) === normalizeVietnamese(s).
 */

const REMOVED = new Set<number>([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f]);

const REPLACED: Record<number, string> = (() => {
  const m: Record<number, string> = {};
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) m[c] = "-";
  for (const c of [0x00a0, 0x202f, 0x205f, 0x3000, 0x1680]) m[c] = " ";
  for (let c = 0x2000; c <= 0x200a; c++) m[c] = " ";
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) m[c] = "'";
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]) m[c] = '"';
  m[0xff05] = "%";
  return m;
})();

const TONES_A = "àáảãạ";
const TONES_E = "èéẻẽẹ";
const TONES_Y = "ỳýỷỹỵ";
const TONES_O = "òóỏõọ";
const TONES_U = "ùúủũụ";

function withCaseOf(model: string, ch: string): string {
  return model !== model.toLowerCase() ? ch.toUpperCase() : ch;
}

/** oà / oé / uỷ … at the end of a syllable → òa / óe / ủy (tone on the first vowel). "quỷ" keeps its tone. */
const OLD_TONE = new RegExp(
  `(^|[^qQ])([uU])([${TONES_Y}${TONES_Y.toUpperCase()}])(?![\\p{L}\\p{M}])` +
    `|([oO])([${TONES_A}${TONES_A.toUpperCase()}${TONES_E}${TONES_E.toUpperCase()}])(?![\\p{L}\\p{M}])`,
  "gu",
);

function fixTonePlacement(s: string): string {
  return s.replace(OLD_TONE, (_m, before: string, u: string, y: string, o: string, ae: string) => {
    if (u !== undefined) {
      const t = TONES_Y.indexOf(y.toLowerCase());
      return before + withCaseOf(u, TONES_U[t]) + withCaseOf(y, "y");
    }
    const low = ae.toLowerCase();
    let t = TONES_A.indexOf(low);
    let plain = "a";
    if (t < 0) {
      t = TONES_E.indexOf(low);
      plain = "e";
    }
    return withCaseOf(o, TONES_O[t]) + withCaseOf(ae, plain);
  });
}

/** Whole-syllable i → y variants (lower-case keys). */
const IY_SYLLABLES: Record<string, string> = {
  tỉ: "tỷ",
  kì: "kỳ",
  kí: "ký",
  kỉ: "kỷ",
  kĩ: "kỹ",
  kị: "kỵ",
  lí: "lý",
  mĩ: "mỹ",
  sĩ: "sỹ",
  qui: "quy",
  quí: "quý",
  quì: "quỳ",
  quỉ: "quỷ",
  quĩ: "quỹ",
  quị: "quỵ",
};
const IY_PHRASES: Record<string, string> = { "hi vọng": "hy vọng", "hi sinh": "hy sinh", "công ti": "công ty" };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The character before the word is captured (and put back), not looked behind: Safari before 16.4 lacks lookbehind.
const IY_RE = new RegExp(
  `(^|[^\\p{L}\\p{M}])(${[...Object.keys(IY_PHRASES), ...Object.keys(IY_SYLLABLES)].map(escapeRe).join("|")})(?![\\p{L}\\p{M}])`,
  "giu",
);

function fixIY(s: string): string {
  return s.replace(IY_RE, (whole: string, before: string, m: string) => {
    const low = m.toLowerCase();
    const target = IY_SYLLABLES[low] ?? IY_PHRASES[low];
    if (target === undefined || target.length !== m.length) return whole;
    let out = before;
    for (let i = 0; i < m.length; i++) out += withCaseOf(m[i], target[i]);
    return out;
  });
}

export interface NormalizedText {
  /** The normalized text (equal to normalizeVietnamese(input)). */
  text: string;
  /**
   * Index in the normalized text → index in the original string of the character it came from.
   * index >= text.length maps to the original length; index < 0 maps to 0.
   */
  toOriginal: (index: number) => number;
  /**
   * Exclusive end in the normalized text → exclusive end in the original (covers the whole source of the last
   * character: the combining marks of an NFD letter, every space of a collapsed run). Use it for span ends.
   */
  toOriginalEnd: (end: number) => number;
}

const MARK = /\p{M}/u;

/**
 * What steps 1, 2 and 5 would change: a character removed or replaced, a combining mark, a run of spaces (and, for the
 * map, a character of two code units). Text without any (and already NFC) keeps its length and positions: only the
 * same-length steps 3-4 apply.
 */
const CHANGED_BY_STEPS = new RegExp(
  `[${[...REMOVED, ...Object.keys(REPLACED).map(Number)].map((cp) => `\\u{${cp.toString(16)}}`).join("")}]|\\p{M}| {2}|[\\u{10000}-\\u{10ffff}\\ud800-\\udfff]`,
  "u",
);

/** Normalize like normalizeVietnamese and keep a map from normalized positions back to the original string. */
export function normalizeWithMap(s: string): NormalizedText {
  const input = s ?? "";
  if (!CHANGED_BY_STEPS.test(input) && input.normalize("NFC") === input) {
    // the usual case (typed text, already NFC): one pass of the two same-length fixes, positions map 1:1
    const text = fixIY(fixTonePlacement(input));
    const n = input.length;
    return {
      text,
      toOriginal: (index: number) => (index >= n ? n : index < 0 ? 0 : Math.floor(index)),
      toOriginalEnd: (e: number) => (e <= 0 ? 0 : e > n ? n : Math.floor(e)),
    };
  }
  // Step 1: removals and single-character replacements.
  let a = "";
  const aStart: number[] = [];
  const aEnd: number[] = [];
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    if (!REMOVED.has(cp)) {
      const rep = REPLACED[cp];
      const piece = rep ?? input.slice(i, i + len);
      for (let k = 0; k < piece.length; k++) {
        a += piece[k];
        aStart.push(i);
        aEnd.push(i + len);
      }
    }
    i += len;
  }
  // Step 2: NFC cluster by cluster (a code point and the combining marks after it).
  let b = "";
  const bStart: number[] = [];
  const bEnd: number[] = [];
  for (let i = 0; i < a.length;) {
    const cp = a.codePointAt(i) as number;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < a.length) {
      const next = a.codePointAt(j) as number;
      const ch = String.fromCodePoint(next);
      if (!MARK.test(ch)) break;
      j += ch.length;
    }
    const cluster = a.slice(i, j);
    const nfc = cp < 0x80 && j === i + 1 ? cluster : cluster.normalize("NFC");
    for (let k = 0; k < nfc.length; k++) {
      b += nfc[k];
      bStart.push(aStart[i]);
      bEnd.push(aEnd[j - 1]);
    }
    i = j;
  }
  // Steps 3-4: same-length replacements (tone placement, i/y).
  let c = fixIY(fixTonePlacement(b));
  if (c.length !== b.length) c = b; // cannot happen (all replacements are one BMP letter for one); keeps the map honest
  // Step 5: collapse runs of spaces.
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < c.length; i++) {
    if (c[i] === " " && i > 0 && c[i - 1] === " ") {
      end[end.length - 1] = bEnd[i];
      continue;
    }
    text += c[i];
    start.push(bStart[i]);
    end.push(bEnd[i]);
  }
  const origLen = input.length;
  return {
    text,
    toOriginal: (index: number) => {
      if (index >= text.length) return origLen;
      if (index < 0) return 0;
      return start[Math.floor(index)];
    },
    toOriginalEnd: (e: number) => {
      if (e <= 0) return text.length === 0 ? 0 : start[0];
      if (e > text.length) return origLen;
      return end[Math.floor(e) - 1];
    },
  };
}

/** See the module comment. Idempotent. */
export function normalizeVietnamese(s: string): string {
  return normalizeWithMap(s).text;
}

/** normalizeVietnamese + lower case + every whitespace run (newlines too) to one space + trim. */
export function foldForMatch(s: string): string {
  return normalizeVietnamese(s).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Remove every diacritic (tones, circumflex, breve, horn) and đ→d / Đ→D, after normalizeVietnamese (so tỉ and tỷ
 * both give "ty"). Case and spacing are kept; combine with foldForMatch for fuzzy keys: stripDiacritics(foldForMatch(s)).
 */
export function stripDiacritics(s: string): string {
  return normalizeVietnamese(s)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}
