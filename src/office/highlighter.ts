/**
 * Highlights as conditional formats (ExcelApi 1.6, with RangeAreas 1.9), not as cell fills:
 *   - the officer's own fills are never written, so there is nothing to remember and nothing to restore wrongly
 *     (no stored copy that a failed save, a second runtime, inserted rows, a sort or a renamed sheet could spoil);
 *   - a rule moves with its cells when rows are inserted or deleted, and "Xóa đánh dấu" deletes the add-in's
 *     rules wherever they went;
 *   - one rule per severity and sheet (a few, when the cells are many), not one write per cell.
 * The add-in's rules are custom-formula rules whose formula names the add-in and the severity,
 * =ISTEXT("cchc-addin:error") (always true): that is how they are found again, also by the ribbon command's runtime
 * and after the workbook is reopened, and what an officer sees in Conditional Formatting → Manage Rules.
 *
 * A pass reads what is there (sheets with their protection; the conditional formats; the cells of the add-in's
 * rules) and writes only the (sheet, severity) pairs whose cells changed: no write and no sync at all when nothing
 * changed, so a check leaves Excel's undo history and the "changed" state of the workbook alone. Protected sheets
 * are skipped and reported.
 */
import type { Severity } from "../core/findings";
import { parseLocalAddress, splitAddress, columnLetters } from "../core/grid";
import type { Highlight, PaintReport } from "../host/types";
import { HIGHLIGHT_FILLS } from "../taskpane/findingsView";

type Ctx = Excel.RequestContext;

const MARKER = "cchc-addin";
const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The always-true formula of the add-in's rule for a severity. */
export function ruleFormula(severity: Severity): string {
  return `=ISTEXT("${MARKER}:${severity}")`;
}

/** The severity of one of the add-in's rules, or null for any other formula. */
export function severityOfRule(formula: string | null | undefined): Severity | null {
  const m = /"cchc-addin:(error|warning|info)"/.exec(formula ?? "");
  return m ? (m[1] as Severity) : null;
}

/** Addresses of a rule's "applies to" beyond this many cells are not expanded (the rule is then rewritten). */
const MAX_EXPANDED = 20_000;
/** Longest "applies to" list given to one rule (several rules share the cells of a longer one). */
export const MAX_AREAS_CHARS = 240;

/** "'Phụ lục'!D7:D9, 'Phụ lục'!D12" → sheet-local cells D7, D8, D9, D12 (null when too many to list). */
export function cellsOfAddress(address: string): Set<string> | null {
  const cells = new Set<string>();
  for (const part of address.split(",")) {
    const { local } = splitAddress(part.trim());
    const [from, to = from] = local.replace(/\$/g, "").split(":");
    const a = parseLocalAddress(from);
    const b = parseLocalAddress(to);
    if (!a || !b) return null;
    if ((Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1) + cells.size > MAX_EXPANDED) return null;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.add(`${columnLetters(c)}${r + 1}`);
  }
  return cells;
}

/** Cells → "D7:D9,D12,F3" lists of at most MAX_AREAS_CHARS characters (vertical runs merged). */
export function areaLists(cells: Iterable<string>): string[] {
  const byCol = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseLocalAddress(cell);
    if (p) byCol.set(p.col, [...(byCol.get(p.col) ?? []), p.row]);
  }
  const areas: string[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    sorted.forEach((row, i) => {
      if (sorted[i + 1] === row + 1) return;
      const letters = columnLetters(col);
      areas.push(start === row ? `${letters}${row + 1}` : `${letters}${start + 1}:${letters}${row + 1}`);
      start = sorted[i + 1];
    });
  }
  const lists: string[] = [];
  for (const area of areas) {
    const last = lists.length - 1;
    if (last >= 0 && lists[last].length + 1 + area.length <= MAX_AREAS_CHARS) lists[last] += `,${area}`;
    else lists.push(area);
  }
  return lists;
}

interface OwnRule {
  sheet: string;
  severity: Severity;
  format: Excel.ConditionalFormat;
  cells: Set<string> | null;
}

const pairKey = (sheet: string, severity: Severity) => `${severity}\u0000${sheet}`;

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The wanted highlights by sheet and severity (sheet-local cells). */
function group(highlights: Highlight[]): Map<string, { sheet: string; severity: Severity; cells: Set<string> }> {
  const groups = new Map<string, { sheet: string; severity: Severity; cells: Set<string> }>();
  for (const h of highlights) {
    const { sheet, local } = splitAddress(h.cell);
    const p = parseLocalAddress(local);
    if (!sheet || !p) continue;
    const key = pairKey(sheet, h.severity);
    const g = groups.get(key) ?? { sheet, severity: h.severity, cells: new Set<string>() };
    g.cells.add(`${columnLetters(p.col)}${p.row + 1}`);
    groups.set(key, g);
  }
  return groups;
}

/** A cell keeps its most severe mark only (the callers already send one mark per cell; this makes it so). */
function oneMarkPerCell(highlights: Highlight[]): Highlight[] {
  const order = (s: Severity) => SEVERITIES.indexOf(s);
  const best = new Map<string, Highlight>();
  for (const h of highlights) {
    const { sheet, local } = splitAddress(h.cell);
    const key = `${sheet}!${local.replace(/\$/g, "").toUpperCase()}`;
    const prev = best.get(key);
    if (!prev || order(h.severity) < order(prev.severity)) best.set(key, h);
  }
  return [...best.values()];
}

/**
 * Makes `highlights` the add-in's highlights. Syncs: 2 reads (sheets; their conditional formats), a 3rd when the
 * add-in has rules in the workbook (their cells), and 1 write only when something changed.
 */
export async function paintHighlights(context: Ctx, highlights: Highlight[]): Promise<PaintReport> {
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const formats = sheets.items.map((ws) => ({
    ws,
    collection: ws.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"),
  }));
  await context.sync();

  const own: OwnRule[] = formats.flatMap(({ ws, collection }) =>
    collection.items.flatMap((format) => {
      // Only a custom rule has a formula (customOrNullObject: the officer's data bars and colour scales load as null).
      const severity = format.type === "Custom" ? severityOfRule(format.customOrNullObject.rule.formula) : null;
      return severity ? [{ sheet: ws.name, severity, format, cells: null }] : [];
    }),
  );
  const wanted = group(oneMarkPerCell(highlights));
  if (own.length === 0 && wanted.size === 0) return { protectedSheets: [] };

  if (own.length > 0) {
    const areas = own.map((rule) => rule.format.getRanges().load("address"));
    await context.sync();
    own.forEach((rule, i) => (rule.cells = cellsOfAddress(areas[i].address)));
  }

  const isProtected = new Map(sheets.items.map((ws) => [ws.name, ws.protection.protected]));
  const protectedSheets = new Set<string>();
  const existing = new Map<string, OwnRule[]>();
  for (const rule of own) {
    const key = pairKey(rule.sheet, rule.severity);
    existing.set(key, [...(existing.get(key) ?? []), rule]);
  }

  let writes = 0;
  for (const key of new Set([...existing.keys(), ...wanted.keys()])) {
    const rules = existing.get(key) ?? [];
    const want = wanted.get(key);
    const sheet = want?.sheet ?? rules[0].sheet;
    if (!isProtected.has(sheet)) continue; // a highlight on a sheet that is gone
    if (isProtected.get(sheet)) {
      protectedSheets.add(sheet);
      continue;
    }
    const have = new Set<string>();
    let complete = true;
    for (const rule of rules) {
      if (rule.cells === null) complete = false;
      else rule.cells.forEach((c) => have.add(c));
    }
    const target = want?.cells ?? new Set<string>();
    if (complete && sameSet(have, target)) continue;
    rules.forEach((rule) => rule.format.delete());
    writes += rules.length;
    if (want) {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const list of areaLists(want.cells)) {
        const format = ws.getRanges(list).conditionalFormats.add("Custom");
        format.custom.rule.formula = ruleFormula(want.severity);
        format.custom.format.fill.color = HIGHLIGHT_FILLS[want.severity];
        writes++;
      }
    }
  }
  if (writes > 0) await context.sync();
  return { protectedSheets: [...protectedSheets] };
}
