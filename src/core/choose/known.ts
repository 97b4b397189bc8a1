/**
 * Which form to check a workbook against, without the form inference itself: a known form (district-2022 …) when the
 * located table's rows align well with it, else the form read from the table by the inference it is given. Decided by
 * how well the rows align, not by a flag. The inference (core/form/infer) is a parameter so that the task pane can
 * load it only when a table needs it; index.ts binds it for everyone else (chooseForm).
 */
import type { Appendix } from "../appendix";
import type { FormDefinition } from "../form/schema";
import type { WorkbookGrid } from "../grid";
import { locateAppendices, type LocateOptions } from "../locate";
import { labelTokens, tokenSimilarity } from "../locate/similarity";
import { findTable, type FoundTable } from "./table";

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

/** Reads a form from a table (core/form/infer through choose/infer.ts), or null when none can be read. */
export type FormInference = (table: FoundTable) => FormDefinition | null;

/** What chooseFormWith says when the form must be read from the table and no inference was given. */
export const INFERENCE_NEEDED = "inference-needed";

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
 * The choice with the inference given (see chooseForm), or INFERENCE_NEEDED when inference is null and the workbook
 * has a table that no known form fits: the caller loads the inference and chooses again. Without such a table the
 * choice is made without it. options.preferredSheets: the sheets the officer works on, first first.
 */
export function chooseFormWith(
  workbook: WorkbookGrid,
  known: readonly FormDefinition[],
  options: LocateOptions,
  inference: FormInference,
): FormChoice | null;
export function chooseFormWith(
  workbook: WorkbookGrid,
  known: readonly FormDefinition[],
  options: LocateOptions,
  inference: FormInference | null,
): FormChoice | null | typeof INFERENCE_NEEDED;
export function chooseFormWith(
  workbook: WorkbookGrid,
  known: readonly FormDefinition[],
  options: LocateOptions,
  inference: FormInference | null,
): FormChoice | null | typeof INFERENCE_NEEDED {
  let best: FormChoice | null = null;
  for (const form of known) {
    const { appendix, sheets } = locateAppendices(workbook, form, options);
    if (!appendix) continue;
    const fit = fitOf(appendix);
    if (!best || fit > best.fit) best = { source: "known", form, appendix, sheets, fit };
  }
  if (best && best.fit >= KNOWN_FORM_FIT) return best;
  const table = findTable(workbook, options.preferredSheets);
  if (!table) return best;
  if (!inference) return INFERENCE_NEEDED;
  const inferred = inference(table);
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
