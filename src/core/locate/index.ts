/**
 * Locate the appendix in a workbook: every sheet, every header candidate; the candidate whose table matches the
 * most form rows wins. Then each form row gets its cells and its value read as the form says.
 */
import type { Appendix, AppendixRow } from "../appendix";
import type { FormDefinition } from "../form/schema";
import { cellAddress, type SheetGrid, type WorkbookGrid } from "../grid";
import { readValue } from "../values/readValue";
import { alignRows } from "./align";
import { findHeaders, type HeaderMatch } from "./header";
import { readTableRows, type TableRow } from "./tableRows";

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

export function locateAppendix(workbook: WorkbookGrid, form: FormDefinition): Appendix | null {
  let best: Candidate | null = null;
  let tried = 0;
  for (const sheet of workbook.sheets) {
    if (tried >= MAX_HEADER_CANDIDATES) break;
    const headers = findHeaders(sheet).slice(0, MAX_HEADER_CANDIDATES - tried);
    tried += headers.length;
    // A header repeated further down (page breaks of a table pasted from Word) belongs to the table above it,
    // so each candidate reads to the end of the sheet (at most MAX_TABLE_GRID_ROWS) and repeated header rows are
    // skipped.
    for (const header of headers) {
      const table = readTableRows(sheet, header);
      const alignment = alignRows(table, form.rows);
      const matched = alignment.filter((j) => j >= 0).length;
      const filled = alignment.filter(
        (j, i) => j >= 0 && table[i].valueCell.text.trim() + String(table[i].valueCell.value ?? "") !== "",
      ).length;
      if (!best || matched > best.matched || (matched === best.matched && filled > best.filled))
        best = { sheet, header, table, alignment, matched, filled };
    }
  }
  if (!best || best.matched < MIN_MATCHED_ROWS) return null;
  return buildAppendix(best, form);
}

function buildAppendix(c: Candidate, form: FormDefinition): Appendix {
  const valueCol = c.header.columns.value ?? -1;
  const byCode = new Map<string, AppendixRow>();
  const unrecognised: Appendix["unrecognised"] = [];
  c.table.forEach((row, i) => {
    const j = c.alignment[i];
    if (j < 0) {
      if (row.label)
        unrecognised.push({ cell: cellAddress(c.sheet, row.gridRow, c.header.columns.label ?? 0), text: row.label });
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
  return { form, sheetName: c.sheet.name, rows, missingCodes, unrecognised };
}
