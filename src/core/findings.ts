/**
 * Findings: what every rule and the narrative check report. The JSON shape and the kinds are a contract
 * with other tools (see README, "JSON output"): do not rename.
 */

export const FINDING_KINDS = [
  "ratio",
  "sum",
  "part-exceeds-total",
  "range",
  "not-a-number",
  "missing",
  "narrative-mismatch",
  "date",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = "error" | "warning" | "info";

/** A message in both UI languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

export type Lang = keyof Bilingual;

/** A value to write into one cell, when the right value is certain. */
export interface Fix {
  /** Row code whose value cell is written. */
  code: string;
  /** Cell address, e.g. 'Phụ lục'!D45. */
  cell: string;
  /**
   * What to write into the cell, in the cell's own style: a number (a percent-formatted cell gets the fraction,
   * 0.0776; a plain one the percent points, 7.76) or, where the officer typed text, text in the same notation.
   */
  value: number | string;
  /** The number format to set with the value, where the cell's own would show it wrongly (text typed as "5.75%"). */
  numberFormat?: string;
  /** The corrected value as a plain number (percent rows in percent points). */
  number: number;
  /** How the corrected value is shown, per language: "7,76%" / "7.76%". */
  display: Bilingual;
}

export interface Finding {
  /** The rule that produced it, e.g. "ratio" or "narrative-figure". */
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  /** codes[0] is the row whose value is wrong or suspect; the rest are the related rows. */
  codes: string[];
  /** Addresses like 'Phụ lục'!D45, in the order of codes where they exist. */
  cells: string[];
  message: Bilingual;
  /**
   * The message without naming the row or cell it is about ("ghi 5,75% nhưng 396/5.106 = 7,76%."), for views that
   * show the row beside it (the pane's cards, the readable report). Not part of the JSON output.
   */
  summary?: Bilingual;
  expected?: number | string | null;
  actual?: number | string | null;
  /** The text the finding is about: the cell text, or the sentence of the narrative. */
  quote?: string;
  /** Where the quoted figure sits inside quote (narrative findings). */
  quoteSpan?: { start: number; end: number };
  fix?: Fix;
  /**
   * The relation the finding rests on, when it was inferred from the labels (form/schema.ts: inferred): its name
   * (relationKey, to turn it off), the words it rests on and how sure. The message says it too; views that show the
   * summary show this apart, as a note. Not part of the JSON output.
   */
  inferred?: { relation: string; evidence: string; confidence: number };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_ORDER[a] - SEVERITY_ORDER[b];
}

/** The public JSON shape of one finding (the CLI's --json contract). */
export interface FindingJson {
  kind: FindingKind;
  severity: Severity;
  codes: string[];
  cells: string[];
  message: string;
  expected: number | string | null;
  actual: number | string | null;
  quote: string | null;
}

export function toFindingJson(f: Finding, lang: Lang): FindingJson {
  return {
    kind: f.kind,
    severity: f.severity,
    codes: f.codes,
    cells: f.cells,
    message: f.message[lang],
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    quote: f.quote ?? null,
  };
}
