/**
 * The command line's pipeline for one unit: the workbook (and the report's draft, if any) → the located appendix
 * and its findings, table and narrative together. `cchc check` prints them; `cchc check-all` summarises them.
 */
import type { Appendix } from "../core/appendix";
import { checkWorkbook, NO_APPENDIX, type UsedForm } from "../core/check";
import type { Finding } from "../core/findings";
import { checkNarrative } from "../core/narrative";
import { InputError } from "./errors";
import { formOptions } from "./formOptions";
import { readReportFile } from "./readReport";
import { readWorkbookFile } from "./readWorkbook";

export interface CheckedFiles {
  appendix: Appendix;
  findings: Finding[];
  /** The form the check used (named in the readable report). */
  used: UsedForm;
}

/**
 * Throws InputError when a file cannot be read or the workbook holds no appendix. The form: `form` (a known form's id
 * or a form file), else the one saved in the workbook, else the check's own choice (see formOptions).
 */
export async function checkFiles(
  workbookPath: string,
  reportPath: string | null,
  form?: string,
): Promise<CheckedFiles> {
  const grid = await readWorkbookFile(workbookPath);
  const report = reportPath ? await readReportFile(reportPath) : null;
  const result = checkWorkbook(grid, await formOptions(workbookPath, form));
  if (result.status === "no-appendix") throw new InputError(NO_APPENDIX);
  const { appendix } = result;
  const findings = report ? [...result.findings, ...checkNarrative(report, appendix)] : result.findings;
  return { appendix, findings, used: result.used };
}
