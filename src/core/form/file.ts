/**
 * The form file: a form as JSON, exactly the form schema (schema.ts). A provincial office writes one by hand or
 * exports one (`cchc form infer`, `cchc form export`, the pane), and another office checks with it (`cchc check
 * --form form.json`, or saved in the workbook). Reading it gives a clear message per problem, in both languages.
 */
import type { z } from "zod";
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
    const shown = parsed.error.issues.slice(0, 5).map((i) => issueText(i, json));
    const more = parsed.error.issues.length - shown.length;
    throw new FormFileError({
      vi: `Tệp biểu không đúng mẫu: ${shown.map((x) => x.vi).join("; ")}${more > 0 ? ` (và ${more} chỗ khác)` : ""}`,
      en: `The form file does not fit the form schema: ${shown.map((x) => x.en).join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`,
    });
  }
  return parsed.data;
}

/** What a problem the schema found looks like to the person who wrote the file: where (rows[3].code), and what. */
function issueText(issue: z.core.$ZodIssue, json: unknown): Bilingual {
  const where = issue.path.reduce<string>(
    (s, k) => (typeof k === "number" ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    "",
  );
  const at = (b: Bilingual): Bilingual => (where ? { vi: `${where}: ${b.vi}`, en: `${where}: ${b.en}` } : b);
  const missing = valueAt(json, issue.path) === undefined;
  switch (issue.code) {
    case "invalid_type":
      if (missing) return at({ vi: "thiếu", en: "missing" });
      return at({
        vi: `phải là ${TYPE_VI[issue.expected] ?? issue.expected}`,
        en: `must be ${TYPE_EN[issue.expected] ?? issue.expected}`,
      });
    case "invalid_value":
    case "invalid_union": {
      // A union told apart by a field ("type": "ratio" | "sum" | "part-of") names its options.
      const options = issue.code === "invalid_value" ? issue.values : (issue as { options?: unknown[] }).options;
      if (missing) return at({ vi: "thiếu", en: "missing" });
      if (!options?.length) return at({ vi: "không đúng mẫu", en: "does not fit" });
      const values = options.map((v) => JSON.stringify(v)).join(", ");
      return at({ vi: `phải là một trong: ${values}`, en: `must be one of: ${values}` });
    }
    case "too_small":
      if (issue.origin === "array")
        return at({
          vi: `cần ít nhất ${issue.minimum} mục`,
          en: `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? "item" : "items"}`,
        });
      if (issue.origin === "string") return at({ vi: "không được để trống", en: "must not be empty" });
      return at({ vi: `không được nhỏ hơn ${issue.minimum}`, en: `must be at least ${issue.minimum}` });
    case "invalid_format": {
      // the only pattern of a form file: a row code ("1", "1.2", "3.3.1b", "II.1")
      const value = valueAt(json, issue.path);
      const shown = typeof value === "string" ? ` “${value}”` : "";
      return at({
        vi: `${shown ? `mã${shown} ` : ""}không đúng dạng mã dòng (ví dụ: 1, 1.2, 3.3.1b, II, II.1)`,
        en: `${shown ? `code${shown} ` : ""}is not a row code (e.g. 1, 1.2, 3.3.1b, II, II.1)`,
      });
    }
    case "too_big":
      return at({ vi: `không được lớn hơn ${issue.maximum}`, en: `must be at most ${issue.maximum}` });
    case "custom": {
      const vi = (issue.params as { vi?: unknown } | undefined)?.vi;
      return at({ vi: typeof vi === "string" ? vi : issue.message, en: issue.message });
    }
    default:
      return at({ vi: issue.message, en: issue.message });
  }
}

const TYPE_VI: Record<string, string> = {
  string: "chữ (trong dấu ngoặc kép)",
  number: "số",
  int: "số nguyên",
  boolean: "true hoặc false",
  array: "danh sách […]",
  object: "đối tượng {…}",
};
const TYPE_EN: Record<string, string> = {
  string: "text (in double quotes)",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list […]",
  object: "an object {…}",
};

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = json;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
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
