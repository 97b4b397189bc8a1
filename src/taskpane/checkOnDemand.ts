/**
 * The table check as the pane and the ribbon's function file run it: without the form inference (core/form/infer)
 * until a table needs it. Most tables fit a known form, and a workbook without a table needs no inference either, so
 * their pages load without it; the first table that fits none loads it (a chunk of its own, kept for the page's life)
 * and is checked with it, as the command line checks it.
 */
import type { FormInference } from "../core/choose/known";
import { checkWorkbookWith, type CheckOptions, type CheckResult } from "../core/tableCheck";
import type { WorkbookGrid } from "../core/grid";

/** Loads core/choose/infer.ts: each page says how (the pane prefetches it, the function file does not). */
export type InferenceLoader = () => Promise<{ inferTableForm: FormInference }>;

let loaded: FormInference | null = null;

/** The check with what is loaded, at once; null when the table needs the inference and it is not loaded yet. */
export function checkLoaded(workbook: WorkbookGrid, options: CheckOptions): CheckResult | null {
  return checkWorkbookWith(workbook, options, loaded);
}

/** The check with the inference, loaded first (once) when it is not yet. */
export async function checkWithInference(
  workbook: WorkbookGrid,
  options: CheckOptions,
  load: InferenceLoader,
): Promise<CheckResult> {
  loaded ??= (await load()).inferTableForm;
  return checkWorkbookWith(workbook, options, loaded);
}

/** The check, loading the inference first when the table needs it. */
export async function checkOnDemand(
  workbook: WorkbookGrid,
  options: CheckOptions,
  load: InferenceLoader,
): Promise<CheckResult> {
  return checkLoaded(workbook, options) ?? checkWithInference(workbook, options, load);
}
