/**
 * A table check is a rule, in the spirit of ESLint: an id, the kind of finding it reports, a description,
 * and a check over the located appendix that returns findings (with a fix where the right value is certain).
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { Bilingual, Finding, FindingKind } from "../findings";

export interface RuleContext {
  appendix: Appendix;
  /** The located row, or undefined when the table lacks it. */
  row(code: string): AppendixRow | undefined;
  /** The row's number, or null when it is not a readable number. */
  num(code: string): number | null;
}

export interface Rule {
  id: string;
  kind: FindingKind;
  description: Bilingual;
  /**
   * The rule reads several value columns at once (the rate of "Kế hoạch | Thực hiện | Tỷ lệ (%)"): it runs once per
   * table, not once per value column, and its messages name their columns themselves.
   */
  acrossColumns?: boolean;
  check(ctx: RuleContext): Finding[];
}

export function createContext(appendix: Appendix): RuleContext {
  const row = (code: string) => appendix.rows.get(code);
  return {
    appendix,
    row,
    num: (code) => {
      const r = row(code);
      return r && r.value.status === "number" ? r.value.number : null;
    },
  };
}
