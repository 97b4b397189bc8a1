/**
 * Form timings for `npm run bench` (loaded by bench.ts): learn a form of 120 rows from its table (target ≤ 10 ms),
 * and locate + check a commune's 2025 appendix whose form is learnt on every check (the live check's cost).
 */
import { checkWorkbook } from "../../src/core/check";
import { findTable } from "../../src/core/choose/table";
import { inferForm, type InferRow } from "../../src/core/form/infer";
import { COMMUNE_2025, shapeGrid } from "../core/form/infer/shapes";
import { seedAppendixPasted } from "../helpers/fixtures";
import { time, type Timing } from "./bench";

/** 120 table rows: the seed's appendix, then the commune form's rows numbered on after it. */
export function rows120(): InferRow[] {
  const seed = findTable(seedAppendixPasted())!.rows.map((r) => ({
    stt: r.stt,
    label: r.label,
    unit: r.unit,
    value: r.valueCell,
  }));
  const commune = findTable(shapeGrid(COMMUNE_2025))!.rows.map((r) => ({
    stt: /^\d+$/.test(r.stt) ? String(Number(r.stt) + 100) : r.stt,
    label: r.label,
    unit: r.unit,
    value: r.valueCell,
  }));
  return [...seed, ...commune].slice(0, 120);
}

export async function benchForms(): Promise<Timing[]> {
  const rows = rows120();
  if (rows.length !== 120) throw new Error(`expected 120 rows, got ${rows.length}`);
  const commune = shapeGrid(COMMUNE_2025);
  return [
    await time("infer a form of 120 rows", 300, () => inferForm(rows), 10),
    await time("locate + check a 2025 commune appendix (form learnt)", 200, () => checkWorkbook(commune)),
  ];
}
