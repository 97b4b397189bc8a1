/**
 * Small tables for the focused tests of the unseen round: rows of cells as an officer types them, turned into a cell
 * grid (no file), and the form learnt from them.
 */
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import type { Appendix } from "../../../src/core/appendix";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";

/** A cell: a number, text, null (empty) or a percent { p } stored as the fraction and formatted. */
export type Typed = number | string | null | { p: number; d?: number };

export function cell(v: Typed): Cell {
  if (v === null || v === "") return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: String(v) };
  if (typeof v === "string") return { value: v, text: v };
  const d = v.d ?? 2;
  return {
    value: Number((v.p / 100).toPrecision(12)),
    numberFormat: d ? `0.${"0".repeat(d)}%` : "0%",
    text: `${v.p.toFixed(d)}%`,
  };
}

export function grid(rows: Typed[][], name = "Phụ lục"): WorkbookGrid {
  return { sheets: [{ name, cells: rows.map((r) => r.map(cell)) }] };
}

/** The table checked with the form learnt from it (it must be learnt, not a known form). */
export function checked(rows: Typed[][]): Extract<CheckResult, { status: "checked" }> {
  const result = checkWorkbook(grid(rows));
  if (result.status !== "checked") throw new Error("no appendix");
  if (result.used.source !== "inferred") throw new Error(`form not learnt: ${result.used.source}`);
  return result;
}

export const appendixOf = (rows: Typed[][]): Appendix => checked(rows).appendix;

export const HEADER: Typed[] = ["STT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"];
