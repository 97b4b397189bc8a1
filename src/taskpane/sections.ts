/** The form's sections (the rows without a parent: 1..7, or I..VII), titled in the pane's language. */
import type { Lang } from "../core/findings";
import type { FormDefinition } from "../core/form/schema";
import type { SectionTitle } from "./findingsView";

export function sectionTitles(form: FormDefinition, lang: Lang): SectionTitle[] {
  const sectionOf = new Map<string, string>();
  for (const r of form.rows) sectionOf.set(r.code, r.parent === null ? r.code : (sectionOf.get(r.parent) ?? r.code));
  return form.rows
    .filter((r) => r.parent === null)
    .map((r) => {
      const codes = new Set(form.rows.filter((x) => sectionOf.get(x.code) === r.code).map((x) => x.code));
      // A section whose rows all start with its number (1 → 1.2.3a) needs no list of codes.
      const numbered = [...codes].every(
        (c) => c === r.code || c.startsWith(`${r.code}.`) || c.startsWith(`${r.code}a`),
      );
      return {
        number: r.code,
        title: lang === "en" && r.labelEn ? r.labelEn : r.label,
        ...(numbered ? {} : { codes }),
      };
    });
}
