/**
 * The form read from a found table (core/form/infer): the inference chooseFormWith is given. The task pane and the
 * ribbon's function file load this module on demand, only when a table fits no known form.
 */
import { inferForm } from "../form/infer";
import type { FormDefinition } from "../form/schema";
import { yearOf, type FoundTable } from "./table";

export function inferTableForm(table: FoundTable): FormDefinition | null {
  try {
    return inferForm(
      table.rows.map((r) => ({ stt: r.stt, label: r.label, unit: r.unit, value: r.valueCell })),
      { year: yearOf(table.title) ?? undefined },
    );
  } catch {
    return null;
  }
}
