/**
 * Locate the appendix in a workbook: every sheet, every header candidate; the sheet the officer works on when it
 * holds one, else the candidate whose table matches the most form rows. Then each form row gets its cells and its
 * value read as the form says.
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { FormDefinition } from "../form/schema";
import { cellAddress, type SheetGrid, type WorkbookGrid } from "../grid";
import { readValue } from "../values/readValue";
import { alignRows } from "./align";
import { findHeaders, type HeaderMatch } from "./header";
import { readTableRows, type TableRow } from "./tableRows";
import { sheetMargins } from "./margins";
import { titleAbove } from "./title";

interface Candidate {
  sheet: SheetGrid;
  header: HeaderMatch;
  table: TableRow[];
  alignment: number[];
  matched: number;
  /** Matched rows with a value: between two copies of the table, the one being filled in is the one to check. */
  filled: number;
}

/** Fewer matched form rows than this and it is not the appendix. */
const MIN_MATCHED_ROWS = 5;
/**
 * Header candidates tried per workbook at most (a workbook has a few; a table pasted from Word repeats its header
 * at each page break). Each costs an alignment, so a sheet of 200,000 header-like rows must not try them all.
 */
export const MAX_HEADER_CANDIDATES = 50;

export interface LocateOptions {
  /**
   * The sheets the officer works on, first first (the one being edited or the active one, then the one checked last
   * time): the first of them that holds an appendix is the one checked, even when another sheet holds a better-filled
   * copy.
   */
  preferredSheets?: readonly (string | null | undefined)[];
}

export interface LocatedAppendices {
  appendix: Appendix | null;
  /** Every sheet holding an appendix, in workbook order (the officer can switch between them). */
  sheets: string[];
}

const better = (a: Candidate, b: Candidate | null) =>
  !b || a.matched > b.matched || (a.matched === b.matched && a.filled > b.filled);

/** The best header candidate of one sheet, or null; tries at most budget.left candidates (and counts them off). */
function bestOfSheet(sheet: SheetGrid, form: FormDefinition, budget: { left: number }): Candidate | null {
  let best: Candidate | null = null;
  // A header repeated further down (page breaks of a table pasted from Word) belongs to the table above it,
  // so each candidate reads to the end of the sheet (at most MAX_TABLE_GRID_ROWS) and repeated header rows are
  // skipped.
  const headers = findHeaders(sheet).slice(0, Math.max(0, budget.left));
  budget.left -= headers.length;
  for (const header of headers) {
    const table = readTableRows(sheet, header);
    const alignment = alignRows(table, form.rows);
    const matched = alignment.filter((j) => j >= 0).length;
    const filled = alignment.filter(
      (j, i) => j >= 0 && table[i].valueCell.text.trim() + String(table[i].valueCell.value ?? "") !== "",
    ).length;
    const candidate = { sheet, header, table, alignment, matched, filled };
    if (better(candidate, best)) best = candidate;
  }
  return best && best.matched >= MIN_MATCHED_ROWS ? best : null;
}

/** Every sheet's appendix; the preferred sheet's when it has one, else the one matching the most form rows. */
export function locateAppendices(
  workbook: WorkbookGrid,
  form: FormDefinition,
  options: LocateOptions = {},
): LocatedAppendices {
  const budget = { left: MAX_HEADER_CANDIDATES };
  const found = workbook.sheets
    .map((sheet) => bestOfSheet(sheet, form, budget))
    .filter((c): c is Candidate => c !== null);
  const preferred = (options.preferredSheets ?? [])
    .map((name) => found.find((c) => name && c.sheet.name === name))
    .find((c) => c !== undefined);
  const best = preferred ?? found.reduce<Candidate | null>((b, c) => (better(c, b) ? c : b), null);
  return { appendix: best ? buildAppendix(best, form) : null, sheets: found.map((c) => c.sheet.name) };
}

export function locateAppendix(
  workbook: WorkbookGrid,
  form: FormDefinition,
  options: LocateOptions = {},
): Appendix | null {
  return locateAppendices(workbook, form, options).appendix;
}

function buildAppendix(c: Candidate, form: FormDefinition): Appendix {
  const valueCol = c.header.columns.value ?? -1;
  const byCode = new Map<string, AppendixRow>();
  const unrecognised: Appendix["unrecognised"] = [];
  c.table.forEach((row, i) => {
    const j = c.alignment[i];
    if (j < 0) {
      if (row.label)
        unrecognised.push({
          cell: cellAddress(c.sheet, row.firstGridRow, c.header.columns.label ?? 0),
          text: row.label,
        });
      return;
    }
    const formRow = form.rows[j];
    byCode.set(formRow.code, {
      code: formRow.code,
      formRow,
      valueCell: cellAddress(c.sheet, row.gridRow, valueCol),
      sheetRow: (c.sheet.originRow ?? 0) + row.gridRow,
      valueCol: (c.sheet.originCol ?? 0) + valueCol,
      labelText: row.label,
      sttText: row.stt,
      note: row.note,
      value: readValue(row.valueCell, formRow),
    });
  });
  const rows = new Map<string, AppendixRow>();
  const missingCodes: string[] = [];
  for (const formRow of form.rows) {
    const found = byCode.get(formRow.code);
    if (found) rows.set(formRow.code, found);
    else missingCodes.push(formRow.code);
  }
  return {
    form,
    sheetName: c.sheet.name,
    rows,
    missingCodes,
    unrecognised,
    title: titleAbove(c.sheet, c.header.firstRow),
    margins: sheetMargins(c.sheet, c.header.firstRow, lastMatchedRow(c), Math.min(...Object.values(c.header.columns))),
  };
}

/** The grid row of the table's last row matched to the form (what follows may be notes or the signature block). */
function lastMatchedRow(c: Candidate): number {
  let last = c.header.lastRow;
  c.table.forEach((row, i) => {
    if (c.alignment[i] >= 0) last = Math.max(last, row.gridRow);
  });
  return last;
}
