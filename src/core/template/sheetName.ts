/** Naming the sheet an appendix is inserted into, as Excel names copies. Shared by every WorkbookHost. */

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/**
 * "Phụ lục", then "Phụ lục (2)", "Phụ lục (3)"…: the first name no sheet has. Excel compares sheet names
 * case-insensitively, and cuts the base so that the suffix fits in 31 characters.
 */
export function uniqueSheetName(preferred: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const base = preferred.slice(0, MAX_SHEET_NAME) || "Sheet";
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
