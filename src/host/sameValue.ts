import type { CellValue } from "../core/grid";

/**
 * Whether a cell still holds a value (before a fix: the value the finding was computed from; before an undo: the
 * value the fix wrote). Numbers within rounding, text without surrounding spaces; an empty cell equals "".
 */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (typeof v === "string" ? v.trim() : v) ?? "";
  const [x, y] = [norm(a), norm(b)];
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return x === y;
}
