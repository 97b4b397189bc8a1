/**
 * A relation of the form in the officer's words, rows named as printed ("Tỷ lệ dòng 13 = dòng “Giải quyết trước và
 * đúng hạn” (mục 11) / dòng 11"): never the row codes the program gives sub-rows printed without an STT ("11a").
 */
import type { Lang } from "../core/findings";
import { relationKey } from "../core/form/relations";
import type { FormDefinition, Relation } from "../core/form/schema";
import { capitalise, rowName, rowsName } from "../core/rowName";
import type { Messages } from "./i18n";

export function relationText(r: Relation, form: FormDefinition, t: Messages, lang: Lang): string {
  const name = (code: string) => rowName(form, code)[lang];
  switch (r.type) {
    case "ratio":
      return t.formRelationRatio(name(r.percent), name(r.numerator), name(r.denominator));
    case "sum":
      return t.formRelationSum(capitalise(name(r.total)), rowsName(form, r.parts)[lang]);
    case "part-of":
      return t.formRelationPartOf(capitalise(name(r.part)), name(r.whole));
  }
}

/** The relation of the form named by relationKey, or null. */
export function relationByKey(form: FormDefinition | null | undefined, key: string): Relation | null {
  return form?.relations.find((r) => relationKey(r) === key) ?? null;
}
