/**
 * Which form to check a workbook against: a known form (district-2022 …) when the located table's rows align well
 * with it, else the form inferred from the table itself. Decided by how well the rows align, not by a flag
 * (known.ts; this module binds the inference, infer.ts).
 */
import { FORMS } from "../form";
import type { FormDefinition } from "../form/schema";
import type { WorkbookGrid } from "../grid";
import type { LocateOptions } from "../locate";
import { inferTableForm } from "./infer";
import { chooseFormWith, type FormChoice } from "./known";
import { findTable } from "./table";

export * from "./known";
export { inferTableForm };

/**
 * The form read from the workbook's table (the first preferred sheet's, else the one with the most indicator rows),
 * or null when there is no table to read.
 */
export function inferWorkbookForm(workbook: WorkbookGrid, options: LocateOptions = {}): FormDefinition | null {
  const table = findTable(workbook, options.preferredSheets);
  return table ? inferTableForm(table) : null;
}

/** options.preferredSheets: the sheets the officer works on, first first (see locateAppendices). */
export function chooseForm(
  workbook: WorkbookGrid,
  known: readonly FormDefinition[] = FORMS,
  options: LocateOptions = {},
): FormChoice | null {
  return chooseFormWith(workbook, known, options, inferTableForm);
}
