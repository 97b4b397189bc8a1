/** The form's seven sections (the rows without a parent), titled in the pane's language. */
import type { Lang } from "../core/findings";
import type { FormDefinition } from "../core/form/schema";
import type { SectionTitle } from "./findingsView";

export function sectionTitles(form: FormDefinition, lang: Lang): SectionTitle[] {
  return form.rows
    .filter((r) => r.parent === null)
    .map((r) => ({ number: r.code, title: lang === "en" && r.labelEn ? r.labelEn : r.label }));
}
