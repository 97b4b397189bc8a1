/**
 * The table check pipeline: workbook grid → locate the appendix → typed rows → rules → findings.
 * Shared by the task pane, the ribbon command and the command line (tableCheck.ts; here with the form inference bound).
 */
import { inferTableForm } from "./choose";
import type { WorkbookGrid } from "./grid";
import { checkWorkbookWith, type CheckOptions, type CheckResult } from "./tableCheck";

export * from "./tableCheck";

/** The table check: the form given, else the known form the table fits, else the form read from the table. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  return checkWorkbookWith(workbook, options, inferTableForm);
}
