/**
 * Which form to check a workbook against: a known form (district-2022 …) when the located table's rows align well
 * with it, else the form inferred from the table itself. Decided by how well the rows align, not by a flag.
 */
import type { Appendix } from "../appendix";
import { FORMS } from "../form";
import { inferForm } from "../form/infer";
import type { FormDefinition } from "../form/schema";
import type { WorkbookGrid } from "../grid";
import { locateAppendices, type LocateOptions } from "../locate";
import { labelTokens, tokenSimilarity } from "../locate/similarity";
import { findTable, yearOf } from "./table";

export type FormSource = "known" | "inferred" | "given";

export interface FormChoice {
  source: FormSource;
  form: FormDefinition;
  appendix: Appendix;
  /** Every sheet holding an appendix of this form, in workbook order. */
  sheets: string[];
  /** How well the table's rows are the form's rows, 0..1 (fitOf). */
  fit: number;
}

/** A known form is used when the table's rows are its rows this well (see fitOf). */
export const KNOWN_FORM_FIT = 0.75;

/**
 * How well the table's rows are the form's rows, 0..1: each labelled table row counts its label's word overlap with
 * the form row it was aligned with (0 when it was aligned with none), averaged. A table of the form, reworded here and
 * there, is near 1; another form that shares some wording aligns a few rows, each only partly.
 */
export function fitOf(appendix: Appendix): number {
  let sum = 0;
  for (const row of appendix.rows.values())
    sum += row.labelText ? tokenSimilarity(labelTokens(row.labelText), labelTokens(row.formRow.label)) : 1;
  const total = appendix.rows.size + appendix.unrecognised.length;
  return total === 0 ? 0 : sum / total;
}

/**
 * The form read from the workbook's table (the first preferred sheet's, else the one with the most indicator rows),
 * or null when there is no table to read.
 */
export function inferWorkbookForm(workbook: WorkbookGrid, options: LocateOptions = {}): FormDefinition | null {
  const table = findTable(workbook, options.preferredSheets);
  if (!table) return null;
  try {
    return inferForm(
      table.rows.map((r) => ({ stt: r.stt, label: r.label, unit: r.unit, value: r.valueCell })),
      { year: yearOf(table.title) ?? undefined },
    );
  } catch {
    return null;
  }
}

/** options.preferredSheets: the sheets the officer works on, first first (see locateAppendices). */
export function chooseForm(
  workbook: WorkbookGrid,
  known: readonly FormDefinition[] = FORMS,
  options: LocateOptions = {},
): FormChoice | null {
  let best: FormChoice | null = null;
  for (const form of known) {
    const { appendix, sheets } = locateAppendices(workbook, form, options);
    if (!appendix) continue;
    const fit = fitOf(appendix);
    if (!best || fit > best.fit) best = { source: "known", form, appendix, sheets, fit };
  }
  if (best && best.fit >= KNOWN_FORM_FIT) return best;
  const inferred = inferWorkbookForm(workbook, options);
  const located = inferred ? locateAppendices(workbook, inferred, options) : null;
  if (inferred && located?.appendix && (!best || located.appendix.rows.size > best.appendix.rows.size))
    return {
      source: "inferred",
      form: inferred,
      appendix: located.appendix,
      sheets: located.sheets,
      fit: fitOf(located.appendix),
    };
  return best;
}
