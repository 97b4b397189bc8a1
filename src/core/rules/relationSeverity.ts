/** A relation's findings as the relation's severity says (form/schema.ts): a "warning" relation never raises errors. */
import type { Finding } from "../findings";
import type { Relation } from "../form/schema";

/** An error of a "warning" relation becomes a warning without a fix: a correct report may differ there. */
export function withRelationSeverity(relation: Pick<Relation, "severity">, finding: Finding): Finding {
  if (relation.severity !== "warning" || finding.severity !== "error") return finding;
  const { fix: _fix, ...rest } = finding;
  return { ...rest, severity: "warning" };
}
