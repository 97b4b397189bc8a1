/**
 * A relation's findings as the relation says (form/schema.ts): a "warning" relation never raises errors nor offers a
 * fix, and a finding of an inferred relation says it was inferred and from which words. Every rule that reports on
 * a relation passes its findings through here, so this is said in one place.
 *
 * A fix is offered only where the right value is certain. The value a relation computes is certain only when the
 * relation is: a relation guessed from the labels, however sure, may pair the wrong rows (the tryout's "Tỷ lệ … trên
 * tổng số hồ sơ tiếp nhận" divided by the dossiers resolved, at 85%), and its "Sửa" would write a wrong value into a
 * correct report. So a finding of an inferred relation says what the rows give, and the officer decides: no fix.
 */
import type { Finding } from "../findings";
import { relationKey } from "../form/relations";
import type { Relation } from "../form/schema";

export function withRelationSeverity(relation: Relation, finding: Finding): Finding {
  let out = finding;
  if (relation.severity === "warning") {
    const { fix: _fix, ...rest } = out;
    out = out.severity === "error" ? { ...rest, severity: "warning" } : rest;
  }
  if (relation.inferred) {
    const { evidence, confidence } = relation.inferred;
    const { fix: _guessed, ...rest } = out;
    out = rest;
    const sure = Math.round(confidence * 100);
    // The whole message says it (the JSON output, one line per finding). The summary shown beside the row's name
    // does not: the pane and the readable report show it apart, as a note (core/present.ts), with the relation's
    // name for the pane to turn it off.
    out = {
      ...out,
      message: {
        vi: `${out.message.vi} (Quan hệ suy ra từ nhãn của biểu, độ tin cậy ${sure}%: ${evidence}.)`,
        en: `${out.message.en} (Relation inferred from the form's labels, confidence ${sure}%: ${evidence}.)`,
      },
      inferred: { relation: relationKey(relation), evidence, confidence },
    };
  }
  return out;
}
