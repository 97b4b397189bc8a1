/**
 * The form file: a form as JSON, exactly the form schema (schema.ts). A provincial office writes one by hand or
 * exports one (`cchc form infer`, `cchc form export`, the pane), and another office checks with it (`cchc check
 * --form form.json`, or saved in the workbook). Reading it gives a clear message per problem, in both languages.
 */
import type { Bilingual } from "../findings";
import { formSchema, type FormDefinition, type FormDefinitionInput } from "./schema";

export class FormFileError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** Read a form file's text; throws FormFileError saying what is wrong and where. */
export function parseFormFile(text: string): FormDefinition {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FormFileError({
      vi: `Tệp biểu không phải JSON hợp lệ (${why})`,
      en: `The form file is not valid JSON (${why})`,
    });
  }
  const parsed = formSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`)
      .join("; ");
    const more = parsed.error.issues.length > 5 ? ` (+${parsed.error.issues.length - 5})` : "";
    throw new FormFileError({
      vi: `Tệp biểu không đúng mẫu: ${issues}${more}`,
      en: `The form file does not fit the form schema: ${issues}${more}`,
    });
  }
  return parsed.data;
}

/** The form as a form file's object: what a hand-written file would hold, without the schema's defaults. */
export function toFormFile(form: FormDefinition): FormDefinitionInput {
  return {
    id: form.id,
    level: form.level,
    year: form.year,
    title: form.title,
    titleEn: form.titleEn,
    rows: form.rows.map(({ keywords, proseUnits, italic, ...row }) => ({
      ...row,
      ...(italic ? { italic } : {}),
      ...(keywords.length ? { keywords } : {}),
      ...(proseUnits.length ? { proseUnits } : {}),
    })),
    relations: form.relations.map(({ severity, ...rel }) => ({
      ...rel,
      ...(severity === "error" ? {} : { severity }),
    })),
  };
}

/** The form file's text: indented JSON, one key per line, as an office would keep it under version control. */
export function formFileText(form: FormDefinition): string {
  return JSON.stringify(toFormFile(form), null, 2) + "\n";
}

/** The document setting that keeps the form the officer saved with the workbook (a form file's text). */
export const SAVED_FORM_SETTING = "cchc.form";
/** The document setting that keeps the relations the officer turned off (a JSON list of relationKey). */
export const RELATIONS_OFF_SETTING = "cchc.form.off";

/** The turned-off relations kept in the workbook; an unreadable setting is no list. */
export function parseRelationsOff(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The check's form options from what the workbook keeps: the saved form (unless it no longer reads: then the check
 * chooses, as if none were saved) and the relations turned off.
 */
export function savedFormOptions(
  savedForm: string | null | undefined,
  relationsOff: string | null | undefined,
): { form?: FormDefinition; disabledRelations: string[] } {
  const disabledRelations = parseRelationsOff(relationsOff ?? null);
  if (savedForm) {
    try {
      return { form: parseFormFile(savedForm), disabledRelations };
    } catch {
      // unreadable: no saved form
    }
  }
  return { disabledRelations };
}
