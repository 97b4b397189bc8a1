/** The rows of a form being inferred, as the relation finders see them, and what they share. */
import type { Cell } from "../../grid";
import { parseVietnameseNumber } from "../../vn/numbers";
import type { RelationInput, ValueKind } from "../schema";
import { sameNoun, unitNoun, type Sense } from "./sense";

export interface Node {
  index: number;
  code: string;
  label: string;
  unit: string | null;
  kind: ValueKind;
  parent: Node | null;
  children: Node[];
  sense: Sense;
  /** Listed under "Trong đó": a part of its parent. */
  inWhich: boolean;
  /** A percent that may be above 100% (set by the ratio finder). */
  canExceed?: boolean;
  /**
   * The row's number in the table the form is learnt from (its first value column), or null. Only evidence against a
   * guess (a "part" above its "whole"); never a reason to pair rows.
   */
  value: number | null;
}

/** The number a value cell holds, read as the checker reads it, or null. */
export function cellNumber(cell: Cell | undefined, kind: ValueKind): number | null {
  if (!cell) return null;
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? cell.value : null;
  if (typeof cell.value !== "string") return null;
  const read = parseVietnameseNumber(cell.value, kind === "amount" ? "decimal" : "integer");
  return read.ok ? read.reading.value : null;
}

/** The table's own numbers say `part` is larger than `whole`: evidence that it is no part of it. */
export const valuesContradict = (part: Node, whole: Node): boolean =>
  part.value !== null && whole.value !== null && part.value > whole.value + 1e-9;

/** A row that counts a whole split into parts: its sub-rows hold quantities, or its label says "Tổng số". */
export const isTotal = (n: Node): boolean => n.sense.total || n.children.some(isQuantity);

/** A relation found, with how sure the finder is (0..1) and the words it rests on. */
export interface Found {
  relation: RelationInput;
  confidence: number;
  evidence: string;
}

/** Relations at least this sure raise errors; the others raise warnings. */
export const ERROR_CONFIDENCE = 0.8;

export const isQuantity = (n: Node): boolean => n.kind === "count" || n.kind === "amount";

/** Two quantities that can be compared: the same kind, the same thing counted, the same unit where both print one. */
export function comparable(a: Node, b: Node): boolean {
  if (a === b || !isQuantity(a) || !isQuantity(b) || a.kind !== b.kind) return false;
  if (a.sense.visits !== b.sense.visits) return false;
  const ua = unitNoun(a.unit);
  const ub = unitNoun(b.unit);
  if (ua !== null && ub !== null && ua !== ub) return false;
  return sameNoun(a.sense, b.sense);
}

/** The value rows under a row, in order (its sub-rows, and theirs). */
export function descendants(n: Node): Node[] {
  return n.children.flatMap((c) => [c, ...descendants(c)]);
}

/** A short quote of a label for evidence: at most `max` characters, cut at a word. */
export function quote(label: string, max = 60): string {
  const t = label.replace(/\s+/g, " ").trim();
  if (t.length <= max) return `«${t}»`;
  const cut = t.slice(0, max).replace(/\s+\S*$/, "");
  return `«${cut} …»`;
}

export const pairKey = (a: string, b: string): string => `${a}>${b}`;

export function siblingsOf(n: Node, all: Node[]): Node[] {
  return n.parent ? n.parent.children : all.filter((x) => x.parent === null);
}

/** True when `n` is under `whole` in the outline (a sub-row, or a sub-row's sub-row). */
export function isUnder(n: Node, whole: Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === whole) return true;
  return false;
}
