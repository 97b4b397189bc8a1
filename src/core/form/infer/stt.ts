/**
 * Reading the STT column (số thứ tự) of a table the checker has never seen: dotted numbers (1, 1.2, 1.2.3), roman
 * groups (I, II), letters (a, b), bullets ("-", "+", "•"), "Trong đó", or nothing. A bullet or letter written at the
 * start of the label when the STT cell is empty counts as the row's marker too.
 */

export type SttMark =
  | { type: "number"; text: string; parts: number[] }
  | { type: "roman"; text: string }
  /** a, b, c (sub-rows) or A, B, C (groups, upper: true). */
  | { type: "letter"; text: string; letter: string; upper: boolean }
  | { type: "bullet"; text: string; bullet: string }
  /** "Trong đó" (of which): the rows that follow are parts of the row above. */
  | { type: "inWhich"; text: string }
  | { type: "none"; text: "" };

/** I … XXXIX; a lone L or C is a capital letter (groups A, B, C …), not 50 or 100. */
const ROMAN = /^(?=[IVX])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const IN_WHICH = /^trong\s+đó\s*:?$/i;

/** "1", "1.2", "1.2.", "1,2", "1.2)" → [1, 2]; null when not a dotted number. */
function dottedNumber(s: string): number[] | null {
  const t = s.replace(/,/g, ".").replace(/[.)]$/, "");
  if (!/^\d{1,3}(\.\d{1,3})*$/.test(t)) return null;
  return t.split(".").map(Number);
}

/** The marker printed in the STT cell. */
export function readStt(raw: string): SttMark {
  const s = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (s === "") return { type: "none", text: "" };
  const parts = dottedNumber(s);
  if (parts) return { type: "number", text: parts.join("."), parts };
  const bare = s.replace(/[.)]$/, "");
  if (ROMAN.test(bare)) return { type: "roman", text: bare };
  if (/^[A-ZĐ]$/.test(bare)) return { type: "letter", text: bare, letter: bare, upper: true };
  if (/^[a-zđ][.)/]?$/.test(s)) return { type: "letter", text: s[0], letter: s[0], upper: false };
  if (/^[-–—+•*·]$/.test(s)) return { type: "bullet", text: s, bullet: s === "—" || s === "–" ? "-" : s };
  if (IN_WHICH.test(s)) return { type: "inWhich", text: s };
  return { type: "none", text: "" };
}

/**
 * A marker written at the start of the label ("- Số hồ sơ trực tuyến", "+ Toàn trình", "a) Cấp xã"), for rows whose
 * STT cell is empty. Single-letter roman numerals ("i)", "v)") are read as letters there.
 */
export function labelMark(label: string): SttMark {
  const s = label.trim();
  const bullet = /^([-–—+•*·])\s*(?=\S)/.exec(s);
  if (bullet) {
    const b = bullet[1] === "—" || bullet[1] === "–" ? "-" : bullet[1];
    return { type: "bullet", text: b, bullet: b };
  }
  const letter = /^([a-zđ])[)/]\s+/.exec(s);
  if (letter) return { type: "letter", text: letter[1], letter: letter[1], upper: false };
  if (/^trong\s+đó\s*:/i.test(s)) return { type: "inWhich", text: "Trong đó" };
  return { type: "none", text: "" };
}

/** A label that is only "Trong đó:" (a line of its own that opens a list of parts). */
export function isInWhichLine(label: string): boolean {
  return IN_WHICH.test(label.trim());
}

/**
 * The class of a marker for the outline: rows of one class at one place are siblings. Dotted numbers are classed by
 * depth; letters and each bullet character are classes of their own; "Trong đó" and empty STTs are sub-rows.
 */
export function markClass(mark: SttMark): string {
  switch (mark.type) {
    case "number":
      return `n${mark.parts.length}`;
    case "roman":
      return "roman";
    case "letter":
      return mark.upper ? "LETTER" : "letter";
    case "bullet":
      return `bullet${mark.bullet}`;
    case "inWhich":
    case "none":
      return "sub";
  }
}
