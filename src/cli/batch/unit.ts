/**
 * One unit of a `check-all` run (một đơn vị: a commune's or a department's report): what a worker is given, what it
 * sends back, and the check itself (the same pipeline as `cchc check`, src/cli/checkFiles.ts).
 * A result is small and plain (structured-clone safe): the counts, the key figures and the findings as text rows.
 */
import { splitAddress } from "../../core/grid";
import type { Bilingual, Lang, Severity } from "../../core/findings";
import { formName } from "../../core/form/describe";
import { INFERRED_FORM_ID } from "../../core/form/infer";
import type { FormDefinition } from "../../core/form/schema";
import { keyFigures, type KeyFigures } from "../../core/keyFigures";
import { rowText } from "../../core/present";
import { rowLabel } from "../../core/rowName";
import { checkFiles } from "../checkFiles";
import { InputError } from "../errors";

export interface UnitTask {
  id: number;
  workbook: string;
  report: string | null;
  formId?: string;
  lang: Lang;
}

/** One finding as the summary's detail sheet shows it. */
export interface FindingRow {
  severity: Severity;
  /** The cell without its sheet (D45), or "" for findings without a cell. */
  cell: string;
  /** The row as printed on the form ("7.2.4", "II › Đúng hạn"), never its code; "" for findings without a row. */
  row: string;
  message: string;
  /** The fixed value, where certain. */
  fix: string | null;
  /** The narrative's sentence, for narrative findings. */
  quote: string | null;
}

export type UnitResult =
  | {
      id: number;
      status: "checked";
      sheetName: string;
      formId: string;
      /** The form named for the officer: "Biểu cấp xã 2025", or that it was learnt from the unit's own table. */
      formName: string;
      errors: number;
      warnings: number;
      infos: number;
      figures: KeyFigures;
      findings: FindingRow[];
    }
  | { id: number; status: "failed"; reason: Bilingual };

/** A unit's findings beyond this many are summed up in one line (the counts stay exact). */
export const MAX_FINDING_ROWS = 500;
const MAX_QUOTE = 400;

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + "…" : s);

/** The form as the summary names it: a learnt one says it was learnt from the unit's table. */
function formNameOf(form: FormDefinition, lang: Lang): string {
  if (form.id === INFERRED_FORM_ID)
    return {
      vi: "Biểu học từ bảng trong tệp (không theo biểu mẫu có sẵn)",
      en: "Form learnt from the file's own table (no known form)",
    }[lang];
  return formName(form)[lang];
}

export async function checkUnit(task: UnitTask): Promise<UnitResult> {
  try {
    const { appendix, findings } = await checkFiles(task.workbook, task.report, task.formId);
    const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
    return {
      id: task.id,
      status: "checked",
      sheetName: appendix.sheetName,
      formId: appendix.form.id,
      formName: formNameOf(appendix.form, task.lang),
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      figures: keyFigures(appendix),
      findings: findings.slice(0, MAX_FINDING_ROWS).map((f) => ({
        severity: f.severity,
        cell: f.cells.length ? splitAddress(f.cells[0]).local : "",
        row: f.codes.length ? rowText(rowLabel(appendix.form, f.codes[0]), task.lang, 60) : "",
        message: f.message[task.lang],
        fix: f.fix ? f.fix.display[task.lang] : null,
        quote: f.quote && (f.kind === "narrative-mismatch" || f.kind === "date") ? clip(f.quote, MAX_QUOTE) : null,
      })),
    };
  } catch (e) {
    if (e instanceof InputError) return { id: task.id, status: "failed", reason: e.text };
    const message = e instanceof Error ? e.message : String(e);
    return {
      id: task.id,
      status: "failed",
      reason: { vi: `Lỗi khi kiểm tra: ${message}`, en: `Failed while checking: ${message}` },
    };
  }
}
