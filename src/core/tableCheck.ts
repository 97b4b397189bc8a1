/**
 * The table check pipeline: workbook grid → locate the appendix → typed rows → rules → findings, with the form
 * inference (core/form/infer) given as a parameter: the task pane and the ribbon's function file load the inference
 * only when a table fits no known form. check.ts binds it (checkWorkbook), for the command line and everyone else.
 */
import type { Appendix } from "./appendix";
import { chooseFormWith, fitOf, INFERENCE_NEEDED, type FormInference, type FormSource } from "./choose/known";
import { compareSeverity, type Bilingual, type Finding } from "./findings";
import { currentForm, FORMS, getForm } from "./form";
import { withoutRelations } from "./form/relations";
import type { FormDefinition } from "./form/schema";
import type { WorkbookGrid } from "./grid";
import { locateAppendices } from "./locate";
import {
  appendixInColumn,
  complementaryColumn,
  planColumns,
  valueColumns,
  withComplementaryColumn,
} from "./locate/valueColumns";
import { createContext, TABLE_RULES, type Rule } from "./rules";

export interface CheckOptions {
  /** Form version id of a known form. */
  formId?: string;
  /** The form itself (a form file, or the one saved in the workbook); wins over formId. */
  form?: FormDefinition;
  // Neither: the known form whose rows the table's rows align with, else the form inferred from the table.
  /** Relations the officer turned off (relationKey), left out of whichever form is used. */
  disabledRelations?: readonly string[];
  /** Rules to run; default: every table rule. */
  rules?: readonly Rule[];
  /** The sheets the officer works on, first first: the first holding an appendix is checked (see locateAppendices). */
  preferredSheets?: readonly (string | null | undefined)[];
}

/** Which form the check used and why. */
export interface UsedForm {
  source: FormSource;
  /** The form as chosen, before the officer's turned-off relations are left out (appendix.form is after). */
  form: FormDefinition;
  /** Share of the table's labelled rows that are rows of the form. */
  fit: number;
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
      used: UsedForm;
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

/** The form to check against and the table located with it, null when there is no appendix (see chooseFormWith). */
function locateWithForm(
  workbook: WorkbookGrid,
  options: CheckOptions,
  inference: FormInference | null,
): { source: FormSource; form: FormDefinition; appendix: Appendix; sheets: string[] } | null | typeof INFERENCE_NEEDED {
  const located = { preferredSheets: options.preferredSheets };
  if (options.form || options.formId) {
    const form = options.form ?? resolveForm(options.formId);
    const { appendix, sheets } = locateAppendices(workbook, form, located);
    return appendix ? { source: "given", form, appendix, sheets } : null;
  }
  return chooseFormWith(workbook, FORMS, located, inference);
}

/**
 * The table check (check.ts's checkWorkbook is this with the inference bound). With inference null: null when the
 * workbook holds a table that fits no known form, so that a form must be read from it: load the inference (see
 * core/choose/infer.ts) and check again with it.
 */
export function checkWorkbookWith(workbook: WorkbookGrid, options: CheckOptions, inference: FormInference): CheckResult;
export function checkWorkbookWith(
  workbook: WorkbookGrid,
  options: CheckOptions,
  inference: FormInference | null,
): CheckResult | null;
export function checkWorkbookWith(
  workbook: WorkbookGrid,
  options: CheckOptions,
  inference: FormInference | null,
): CheckResult | null {
  const located = locateWithForm(workbook, options, inference);
  if (located === INFERENCE_NEEDED) return null;
  if (!located) return { status: "no-appendix", message: NO_APPENDIX, findings: [] };
  const form = withoutRelations(located.form, options.disabledRelations ?? []);
  const chosen = form === located.form ? located.appendix : { ...located.appendix, form };
  // A form other than the built-in ones may have several value columns (Kỳ báo cáo | Lũy kế từ đầu năm).
  const appendix =
    withPlanColumns(workbook, chosen) ?? (FORMS.includes(located.form) ? chosen : withOtherColumns(workbook, chosen));
  return {
    status: "checked",
    sheetName: appendix.sheetName,
    appendixSheets: located.sheets,
    rows: [...appendix.rows.values()].map((r) => ({ code: r.code, valueCell: r.valueCell })),
    findings: runRulesPerColumn(appendix, options.rules),
    appendix,
    used: { source: located.source, form: located.form, fit: fitOf(located.appendix) },
  };
}

/**
 * The appendix with the rest of its figures read from the column beside it when the table splits them over two ("Chi
 * tiết | Tổng số"), and the table's other value columns (Appendix.otherColumns), when it has any.
 */
function withOtherColumns(workbook: WorkbookGrid, appendix: Appendix): Appendix {
  const { main, others } = valueColumns(workbook, appendix);
  const complementary = complementaryColumn(workbook, appendix);
  const merged = complementary === null ? appendix : withComplementaryColumn(workbook, appendix, complementary);
  if (others.length === 0) return merged;
  return {
    ...merged,
    columnTitle: main,
    otherColumns: others.map((c) => ({ title: c.title, rows: appendixInColumn(workbook, appendix, c.col).rows })),
  };
}

/**
 * A table of "Kế hoạch | Thực hiện | Tỷ lệ (%)" (or "Thực hiện | Kế hoạch"): the appendix read from the results (the
 * figures reported), with the plan as another column (Appendix.otherColumns, marked plan) and the rate column
 * (Appendix.rateColumn); null when the table has no plan beside its results (see planColumns).
 */
function withPlanColumns(workbook: WorkbookGrid, appendix: Appendix): Appendix | null {
  const found = planColumns(workbook, appendix);
  if (!found) return null;
  const { plan, results, rate } = found;
  const planRows = appendixInColumn(workbook, appendix, plan.col).rows;
  const others = valueColumns(workbook, appendix).others.filter((c) => c.col !== results.col && c.col !== plan.col);
  return {
    ...appendixInColumn(workbook, appendix, results.col),
    columnTitle: results.title,
    otherColumns: [
      { title: plan.title, rows: planRows, plan: true },
      ...others.map((c) => ({ title: c.title, rows: appendixInColumn(workbook, appendix, c.col).rows })),
    ],
    ...(rate && {
      rateColumn: {
        title: rate.title,
        planTitle: plan.title,
        resultsTitle: results.title,
        rows: appendixInColumn(workbook, appendix, rate.col, "percent").rows,
        planRows,
      },
    }),
  };
}

/** The rules run on each value column, and each finding names its column (when there are several). */
function runRulesPerColumn(appendix: Appendix, rules?: readonly Rule[]): Finding[] {
  const others = appendix.otherColumns ?? [];
  if (others.length === 0) return runRules(appendix, rules);
  const all = rules ?? TABLE_RULES;
  const perColumn = all.filter((r) => !r.acrossColumns);
  const across = all.filter((r) => r.acrossColumns);
  const named = (title: string, findings: Finding[]) =>
    findings.map((f) => ({
      ...f,
      message: { vi: `Cột «${title}»: ${f.message.vi}`, en: `Column «${title}»: ${f.message.en}` },
      // the views that show the row's name beside the summary (the pane's cards, the readable report) say it too
      ...(f.summary && {
        summary: { vi: `cột «${title}»: ${f.summary.vi}`, en: `column «${title}»: ${f.summary.en}` },
      }),
    }));
  const found = [
    ...named(appendix.columnTitle ?? "", runRules(appendix, perColumn)),
    ...others.flatMap((c) =>
      named(c.title, runRules({ ...appendix, rows: c.rows, ...(c.plan && { readsPlan: true }) }, perColumn)),
    ),
    ...runRules(appendix, across),
  ];
  return sortFindings(found, appendix.form);
}
