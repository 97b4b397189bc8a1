/**
 * The outline of a table from its STT column: which row is under which, and each row's code.
 *
 * An outline stack: a row whose marker class is already on the stack is a sibling of that entry (the entries above
 * it close); a new class opens a level under the row above. A dotted number goes under the row its prefix names
 * (1.2.3 under 1.2), a number printed twice in a row ("4.6" heading, then "4.6" Tổng số …) is the heading's sub-row.
 *
 * Codes follow the form contract: the printed STT; a sub-row without its own number (blank, "-", "+", a, b, "Trong
 * đó") takes its parent's code plus a letter in order (11a, 11b; under 11a: 11aa); roman and capital-letter groups
 * keep their letters (II, B); a number printed again under another group is qualified by it (II.1); a "Trong đó:"
 * line of its own is its parent's code plus ".0" (2.3.0), so the parts after it keep their letters.
 */
import { isInWhichLine, labelMark, markClass, readStt, type SttMark } from "./stt";

export interface OutlineInput {
  stt: string;
  label: string;
  /** The row has a unit or a value of its own (a heading has neither). */
  hasContent: boolean;
}

export interface OutlineRow {
  code: string;
  parent: string | null;
  /** The STT as printed when it names the row ("1.2", "II", "B"); null for bullets, letters, "Trong đó" and blanks. */
  stt: string | null;
  mark: SttMark;
  /** A sub-row without a number of its own (blank, bullet, letter, "Trong đó"): printed in italics on most forms. */
  subRow: boolean;
  /** Listed under "Trong đó" (of which): a part of its parent, not necessarily all of it. */
  inWhich: boolean;
  /** A line that only says "Trong đó:". */
  inWhichLine: boolean;
}

const CODE = /^(?:[A-Z]+|\d+)(?:\.(?:\d+|[A-Z]+))*[a-z]*$/;

interface Entry {
  index: number;
  cls: string;
  code: string;
  sttText: string;
  hasContent: boolean;
}

function letters(n: number): string {
  let s = "";
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

export function buildOutline(rows: readonly OutlineInput[]): OutlineRow[] {
  const out: OutlineRow[] = [];
  const used = new Set<string>();
  const subCount = new Map<string, number>();
  const inWhichOpen = new Set<string>();
  const stack: Entry[] = [];
  let orphan = 0;

  const subCode = (parent: string | null): string => {
    if (parent === null) {
      let code: string;
      do code = `0.${++orphan}`;
      while (used.has(code));
      return code;
    }
    let n = subCount.get(parent) ?? 0;
    let code: string;
    do code = parent + letters(n++);
    while (used.has(code));
    subCount.set(parent, n);
    return code;
  };

  rows.forEach((row, index) => {
    const printed = readStt(row.stt);
    const inWhichLine = printed.type === "none" && isInWhichLine(row.label) && !row.hasContent;
    const mark: SttMark = printed.type === "none" ? labelMark(row.label) : printed;
    const cls = markClass(mark);
    let dup = false;

    const top = stack[stack.length - 1];
    // "4.6 Số người làm việc …" (a heading) then "4.6 Tổng số người làm việc được giao": the heading's sub-row.
    dup =
      mark.type === "number" &&
      top !== undefined &&
      top.cls === cls &&
      top.sttText === mark.text &&
      !top.hasContent &&
      row.hasContent;
    if (dup) {
      // stays under the heading
    } else if (mark.type === "number" && mark.parts.length > 1) {
      const prefix = mark.parts.slice(0, -1).join(".");
      const at = findLast(stack, (e) => e.code === prefix);
      if (at >= 0) stack.length = at + 1;
      else {
        // No row with the prefix (1.2 without 1): close every number as deep or deeper, and what is under it.
        const depth = mark.parts.length;
        const first = stack.findIndex((e) => /^n\d+$/.test(e.cls) && Number(e.cls.slice(1)) >= depth);
        if (first >= 0) stack.length = first;
      }
    } else if (cls === "LETTER") {
      stack.length = 0; // capital-letter parts (A, B) are the outermost groups
    } else if (cls === "roman") {
      // roman groups are outermost, or under a capital-letter part
      stack.length = findLast(stack, (e) => e.cls === "LETTER") + 1;
    } else {
      popSameClass(stack, cls);
    }
    const parent = stack[stack.length - 1];
    const parentCode = parent?.code ?? null;

    let code: string;
    if (inWhichLine && parentCode !== null && CODE.test(`${parentCode}.0`) && !used.has(`${parentCode}.0`)) {
      // "Trong đó:" on a line of its own is no indicator: it takes no letter from the parts listed after it.
      code = `${parentCode}.0`;
    } else if (dup || inWhichLine || mark.type === "bullet" || mark.type === "inWhich" || mark.type === "none") {
      code = subCode(parentCode);
    } else if (mark.type === "letter" && !mark.upper) {
      code = subCode(parentCode);
    } else {
      const want = mark.type === "letter" ? mark.letter.replace("Đ", "DD") : mark.text;
      code = want;
      if (used.has(code) || !CODE.test(code)) {
        const qualified = parentCode ? `${parentCode}.${want}` : want;
        code = !used.has(qualified) && CODE.test(qualified) ? qualified : subCode(parentCode);
      }
    }
    used.add(code);

    const subRow = dup || (mark.type !== "number" && mark.type !== "roman" && !(mark.type === "letter" && mark.upper));
    const inWhich =
      parentCode !== null && !inWhichLine && (mark.type === "inWhich" || (subRow && inWhichOpen.has(parentCode)));
    if (parentCode !== null && (inWhichLine || mark.type === "inWhich")) inWhichOpen.add(parentCode);

    out.push({
      code,
      parent: parentCode,
      // Only a number or a group's numeral or capital letter names the row; a bullet, a letter or "Trong đó" does not
      // (the row is then named by its label under its parent's STT, as the district form's sub-rows are).
      stt:
        mark.type === "number" || mark.type === "roman" || (mark.type === "letter" && mark.upper)
          ? row.stt.replace(/\s+/g, " ").trim()
          : null,
      mark,
      subRow,
      inWhich,
      inWhichLine,
    });
    // A "Trong đó:" line opens no level: the rows after it are parts of the row above it.
    if (!inWhichLine)
      stack.push({ index, cls: dup ? "dup" : cls, code, sttText: mark.text, hasContent: row.hasContent });
  });
  return out;
}

function findLast<T>(list: T[], pred: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i])) return i;
  return -1;
}

function popSameClass(stack: Entry[], cls: string): void {
  const at = findLast(stack, (e) => e.cls === cls);
  if (at >= 0) stack.length = at;
}
