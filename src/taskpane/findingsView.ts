/**
 * Pure helpers between findings and what the pane shows: highlights per cell, counts, groups by section.
 */
import { compareSeverity, type Finding, type Lang, type Severity } from "../core/findings";
import type { Highlight } from "../host/types";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/**
 * Fill colours by severity: Excel's own conditional-formatting presets (light red, yellow, light blue),
 * so the marks look familiar. Hosts that draw highlights use these; the legend shows them.
 */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/**
 * The cells to fill: the cell a finding is about (cells[0]) takes the finding's severity; the related cells
 * (the numerator, the parts of a total…) are marked "info" so that the wrong cell stands out.
 * A cell named by several findings keeps the most severe mark.
 */
export function highlightsFor(findings: Finding[]): Highlight[] {
  const byCell = new Map<string, Severity>();
  const mark = (cell: string, severity: Severity) => {
    const prev = byCell.get(cell);
    if (!prev || compareSeverity(severity, prev) < 0) byCell.set(cell, severity);
  };
  for (const f of findings) {
    f.cells.forEach((cell, i) => {
      if (cell) mark(cell, i === 0 ? f.severity : "info");
    });
  }
  return [...byCell].map(([cell, severity]) => ({ cell, severity }));
}

export type Counts = Record<Severity, number>;

export function countBySeverity(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface SectionTitle {
  /** "1".."7" (or "I".."VII" on a form with roman groups) */
  number: string;
  title: string;
  /** The codes of the rows in the section, where they do not start with its number (a form read from the sheet). */
  codes?: ReadonlySet<string>;
}

export interface FindingGroup {
  /** Section number ("1".."7"), "narrative" or "other". */
  key: string;
  number: string | null;
  title: string | null;
  findings: Finding[];
  counts: Counts;
}

/** The section a finding belongs to: the section holding its first code, else its first number (7.2.4 → "7"). */
export function sectionOf(f: Finding, sections: readonly SectionTitle[] = []): string | null {
  const code = f.codes[0];
  const own = code ? sections.find((s) => s.codes?.has(code)) : undefined;
  if (own) return own.number;
  const m = code ? /^(\d+)/.exec(code) : null;
  return m ? m[1] : null;
}

export function isNarrative(f: Finding): boolean {
  return f.kind === "narrative-mismatch" || f.ruleId.startsWith("narrative");
}

/**
 * Group findings by section in form order (1..7), then the narrative, then the rest; inside a group by
 * severity (errors first), keeping the order the check gave otherwise.
 */
export function groupFindings(findings: Finding[], sections: SectionTitle[]): FindingGroup[] {
  const titles = new Map(sections.map((s) => [s.number, s.title]));
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = isNarrative(f) ? "narrative" : (sectionOf(f, sections) ?? "other");
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const index = new Map(sections.map((s, i) => [s.number, i]));
  const order = (key: string) =>
    key === "narrative"
      ? 1e6
      : key === "other"
        ? 1e6 + 1
        : Number.isFinite(Number(key))
          ? Number(key)
          : 1e5 + (index.get(key) ?? 0);
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, list]) => {
      const sorted = list
        .map((f, i) => ({ f, i }))
        .sort((a, b) => compareSeverity(a.f.severity, b.f.severity) || a.i - b.i)
        .map((x) => x.f);
      const numbered = key !== "narrative" && key !== "other";
      return {
        key,
        number: numbered ? key : null,
        title: numbered ? (titles.get(key) ?? null) : null,
        findings: sorted,
        counts: countBySeverity(sorted),
      };
    });
}

/** A stable key for a finding (React keys, "is this finding still there"). */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.kind}|${f.codes.join(",")}|${f.cells.join(",")}|${f.quote ?? ""}`;
}

/** Split a quote around its marked figure. */
export function splitQuote(f: Finding): { before: string; mark: string; after: string } | null {
  if (!f.quote) return null;
  const span = f.quoteSpan;
  if (!span || span.start < 0 || span.end > f.quote.length || span.start >= span.end) {
    return { before: f.quote, mark: "", after: "" };
  }
  return {
    before: f.quote.slice(0, span.start),
    mark: f.quote.slice(span.start, span.end),
    after: f.quote.slice(span.end),
  };
}

/** The local part of a cell address for display: 'Phụ lục'!D45 → D45. */
export function shortCell(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

export function messageOf(f: Finding, lang: Lang): string {
  return f.message[lang] || f.message.vi;
}
