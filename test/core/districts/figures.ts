/**
 * A consistent set of figures for a district that is not Ngân Sơn: every relation of the form holds, every percent
 * is its numerator over its denominator. Each test writes them in its own district's style and plants its faults.
 */
import { currentForm } from "../../../src/core/form";
import type { Value } from "./book";

/** Percent rows in percent points (exact where a relation gives them). */
export function consistentFigures(): Record<string, number | string> {
  return {
    "1.1": 12,
    "1.2": 80,
    "1.2.1": 40,
    "1.2.2": 32,
    "1.3.1": 5,
    "1.3.2": 8,
    "1.3.3": 6,
    "1.3.4": 75,
    "1.4.1": 20,
    "1.4.2": 15,
    "1.4.3": 3,
    "1.4.4": 2,
    "1.5.1": 500,
    "1.5.2": "Kết hợp",
    "1.6": "Có",
    "2.1": 3,
    "2.2": 5,
    "2.2.1": 100,
    "2.2.1a": 1,
    "2.2.1b": 1,
    "2.3.1": 25,
    "2.3.2": 50,
    "2.3.2a": 4,
    "2.3.2b": 2,
    "3.1.1": 2,
    "3.1.2": 10,
    "3.1.3": 4,
    "3.1.4": 370,
    "3.1.4a": 262,
    "3.1.4b": 108,
    "3.2.1": 20,
    "3.2.2": 15,
    "3.2.3": 30,
    "3.3.1": (1204 / 1230) * 100,
    "3.3.1a": 1230,
    "3.3.1b": 1204,
    "3.3.2": (2456 / 2460) * 100,
    "3.3.2a": 2460,
    "3.3.2b": 2456,
    "3.4": 100,
    "3.4.1": 3,
    "3.4.2": 3,
    "4.1": 12,
    "4.2": 0,
    "4.3": 40,
    "4.4": 10.5,
    "4.5.1": 80,
    "4.5.2": 76,
    "4.5.3": 5,
    "4.5.4": 1,
    "4.5.5": 12.5,
    "4.6a": 820,
    "4.6.1": 790,
    "4.6.2": 3,
    "4.6.3": 10,
    "5.1.1": 100,
    "5.1.2": 95,
    "5.2.1": 12,
    "5.2.2": 0,
    "5.3.1": 0,
    "5.3.2": 2,
    "5.3.3": 1,
    "5.3.4": 0,
    "5.3.5": 1,
    "5.3.6": 0,
    "5.4.1": 0,
    "5.4.2": 1,
    "5.4.3": 2,
    "6.1": (12715.025 / 69843.532) * 100,
    "6.1.1": 69843.532,
    "6.1.2": 12715.025,
    "6.2.1": 0,
    "6.2.2": 2,
    "6.2.3": 3,
    "6.2.3a": 1,
    "6.2.3b": 2,
    "6.2.3c": 0,
    "6.2.4": 35,
    "6.2.5": 0,
    "7.1a": 98.5,
    "7.1b": 100,
    "7.2.1": 90,
    "7.2.1a": 50,
    "7.2.1b": 45,
    "7.2.1c": 30,
    "7.2.2": 95,
    "7.2.2a": 200,
    "7.2.2b": 190,
    "7.2.2c": 120,
    "7.2.3": (230 / 235) * 100,
    "7.2.3a": 235,
    "7.2.3b": 230,
    "7.2.4": (1204 / 5106) * 100,
    "7.2.4a": 5106,
    "7.2.4b": 1204,
    "7.2.5": 80,
    "7.2.5a": 120,
    "7.2.5b": 96,
  };
}

const isPercent = (code: string) => currentForm().rows.find((r) => r.code === code)?.kind === "percent";

/** Every figure written by `percent` for percent rows (points) and `other` for the rest. */
export function written(
  figures: Record<string, number | string>,
  percent: (points: number, code: string) => Value,
  other: (v: number | string, code: string) => Value = (v) => v,
): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [code, v] of Object.entries(figures))
    out[code] = isPercent(code) && typeof v === "number" ? percent(v, code) : other(v, code);
  return out;
}

/** Round half up to d decimals; truncate to d decimals. */
export const round = (x: number, d: number) => Math.round(x * 10 ** d + 1e-9) / 10 ** d;
export const trunc = (x: number, d: number) => Math.floor(x * 10 ** d + 1e-9) / 10 ** d;

/** "97,89" — a number in Vietnamese notation (thousands dot, decimal comma). */
export function vn(x: number, d = 0): string {
  const [int, frac] = x.toFixed(d).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac ? `${grouped},${frac}` : grouped;
}
