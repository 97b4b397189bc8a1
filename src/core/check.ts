/**
 * The table check pipeline: workbook grid → locate the appendix → typed rows → rules → findings.
 * (Contract used by the pane, the ribbon commands and the CLI. Implementation lands with the core issue.)
 */
import type { WorkbookGrid } from "./grid";
import type { Bilingual, Finding } from "./findings";

export interface CheckOptions {
  /** Form version id; default: the current district form. */
  formId?: string;
}

export interface LocatedRowSummary {
  code: string;
  /** Address of the value cell (Số liệu), e.g. 'Phụ lục'!D45. */
  valueCell: string;
}

export type CheckResult =
  | { status: "checked"; sheetName: string; rows: LocatedRowSummary[]; findings: Finding[] }
  | { status: "no-appendix"; message: Bilingual; findings: Finding[] };

export function checkWorkbook(_workbook: WorkbookGrid, _options: CheckOptions = {}): CheckResult {
  return { status: "no-appendix", message: { vi: "Chưa cài đặt", en: "Not implemented yet" }, findings: [] };
}
