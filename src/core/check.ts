/**
 * The table check pipeline: workbook grid → locate the appendix → typed rows → rules → findings.
 * Shared by the task pane, the ribbon command and the command line.
 */
import type { Appendix } from "./appendix";
import { compareSeverity, type Bilingual, type Finding } from "./findings";
import { currentForm, getForm } from "./form";
import type { FormDefinition } from "./form/schema";
import type { WorkbookGrid } from "./grid";
import { locateAppendices } from "./locate";
import { createContext, TABLE_RULES, type Rule } from "./rules";

export interface CheckOptions {
  /** Form version id; default: the current district form. */
  formId?: string;
  /** Rules to run; default: every table rule. */
  rules?: readonly Rule[];
  /** The sheets the officer works on, first first: the first holding an appendix is checked (see locateAppendices). */
  preferredSheets?: readonly (string | null | undefined)[];
}

export interface LocatedRowSummary {
  code: string;
  /** Address of the value cell (Số liệu), e.g. 'Phụ lục'!D45. */
  valueCell: string;
}

export type CheckResult =
  | {
      status: "checked";
      sheetName: string;
      /** Every sheet holding an appendix, in workbook order (sheetName among them). */
      appendixSheets: string[];
      rows: LocatedRowSummary[];
      findings: Finding[];
      appendix: Appendix;
    }
  | { status: "no-appendix"; message: Bilingual; findings: Finding[] };

export const NO_APPENDIX: Bilingual = {
  vi: "Không tìm thấy biểu phụ lục trong sổ tính: cần một bảng có dòng tiêu đề STT / Chỉ tiêu thống kê / Đơn vị tính / Số liệu và các chỉ tiêu của biểu.",
  en: "No appendix found in the workbook: a table with the header STT / Chỉ tiêu thống kê / Đơn vị tính / Số liệu and the form's rows is needed.",
};

export function resolveForm(formId?: string): FormDefinition {
  if (!formId) return currentForm();
  const form = getForm(formId);
  if (!form) throw new Error(`Unknown form version: ${formId}`);
  return form;
}

/** Findings in form order of their first row, errors first within a row. */
export function sortFindings(findings: Finding[], form: FormDefinition): Finding[] {
  const order = new Map(form.rows.map((r, i) => [r.code, i]));
  const pos = (f: Finding) => (f.codes.length ? (order.get(f.codes[0]) ?? form.rows.length) : form.rows.length + 1);
  return [...findings].sort((a, b) => pos(a) - pos(b) || compareSeverity(a.severity, b.severity));
}

export function runRules(appendix: Appendix, rules: readonly Rule[] = TABLE_RULES): Finding[] {
  const ctx = createContext(appendix);
  return sortFindings(
    rules.flatMap((rule) => rule.check(ctx)),
    appendix.form,
  );
}

export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const form = resolveForm(options.formId);
  const { appendix, sheets } = locateAppendices(workbook, form, { preferredSheets: options.preferredSheets });
  if (!appendix) return { status: "no-appendix", message: NO_APPENDIX, findings: [] };
  return {
    status: "checked",
    sheetName: appendix.sheetName,
    appendixSheets: sheets,
    rows: [...appendix.rows.values()].map((r) => ({ code: r.code, valueCell: r.valueCell })),
    findings: runRules(appendix, options.rules),
    appendix,
  };
}
