/**
 * A relation's findings as the relation says (form/schema.ts): a "warning" relation never raises errors nor offers a
 * fix, and a finding of an inferred relation says it was inferred and from which words. Every rule that reports on
 * a relation passes its findings through here, so this is said in one place.
 */
import type { Finding } from "../findings";
import type { Relation } from "../form/schema";

export function withRelationSeverity(relation: Pick<Relation, "severity" | "inferred">, finding: Finding): Finding {
  let out = finding;
  if (relation.severity === "warning") {
    const { fix: _fix, ...rest } = out;
    out = out.severity === "error" ? { ...rest, severity: "warning" } : rest;
  }
  if (relation.inferred) {
    const { evidence, confidence } = relation.inferred;
    const sure = Math.round(confidence * 100);
    const note = {
      vi: ` (Quan hệ suy ra từ nhãn của biểu, độ tin cậy ${sure}%: ${evidence}.)`,
      en: ` (Relation inferred from the form's labels, confidence ${sure}%: ${evidence}.)`,
    };
    // Both the whole message and the summary shown beside the row's name (the pane, the readable report) say it.
    const add = (b: { vi: string; en: string }) => ({ vi: `${b.vi}${note.vi}`, en: `${b.en}${note.en}` });
    out = { ...out, message: add(out.message), ...(out.summary ? { summary: add(out.summary) } : {}) };
  }
  return out;
}
