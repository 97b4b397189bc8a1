/**
 * Pure helpers between findings and what the pane shows: highlights per cell, quotes, cell addresses. What is shown
 * and in which order is core/present.ts (shared with the readable report).
 */
import { compareSeverity, type Finding, type Severity } from "../core/findings";
import { needsNoAction } from "../core/present";
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
 * A cell named by several findings keeps the most severe mark. Notes that need no action (core/present.ts) mark
 * nothing: the sheet shows what the list shows.
 */
export function highlightsFor(findings: Finding[]): Highlight[] {
  const byCell = new Map<string, Severity>();
  const mark = (cell: string, severity: Severity) => {
    const prev = byCell.get(cell);
    if (!prev || compareSeverity(severity, prev) < 0) byCell.set(cell, severity);
  };
  for (const f of findings) {
    if (needsNoAction(f)) continue;
    f.cells.forEach((cell, i) => {
      if (cell) mark(cell, i === 0 ? f.severity : "info");
    });
  }
  return [...byCell].map(([cell, severity]) => ({ cell, severity }));
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
