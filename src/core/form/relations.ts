/** Naming relations, so that the officer can turn one off and the choice is kept with the workbook. */
import type { FormDefinition, RelationInput } from "./schema";

/** A stable name for a relation: its type and rows ("ratio 3.3.1 = 3.3.1b / 3.3.1a"). */
export function relationKey(relation: RelationInput): string {
  switch (relation.type) {
    case "ratio":
      return `ratio ${relation.percent} = ${relation.numerator} / ${relation.denominator}`;
    case "sum":
      return `sum ${relation.total} = ${relation.parts.join(" + ")}`;
    case "part-of":
      return `part-of ${relation.part} <= ${relation.whole}`;
  }
}

/** The form without the relations named (the officer turned them off). The same object when none is named. */
export function withoutRelations(form: FormDefinition, keys: readonly string[]): FormDefinition {
  if (keys.length === 0) return form;
  const off = new Set(keys);
  const relations = form.relations.filter((r) => !off.has(relationKey(r)));
  return relations.length === form.relations.length ? form : { ...form, relations };
}
