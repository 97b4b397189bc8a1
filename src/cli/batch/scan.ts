/**
 * The units in a folder for `check-all`: every workbook (.xlsx, .xlsm) directly in it, each with the report's draft of
 * the same name beside it, if any (.docx first, then .txt; case is ignored). Excel's lock files (~$…), hidden files
 * and the summary itself are left out; an old-format .xls is listed so that it is reported, not silently skipped.
 */
import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";

export interface UnitFiles {
  /** The unit's name: the workbook's file name without its extension. */
  name: string;
  workbook: string;
  report: string | null;
  /** Set for a file that is known not to be checkable (an .xls): the reason is given without opening it. */
  oldFormat: boolean;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const OLD_WORKBOOK = /\.xls$/i;

/** Throws (ENOENT, ENOTDIR, EACCES) when the folder cannot be listed. `exclude`: absolute paths to leave out. */
export function scanFolder(folder: string, exclude: readonly string[] = []): UnitFiles[] {
  const entries: Dirent[] = readdirSync(folder, { withFileTypes: true });
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const reports = new Map<string, string>();
  for (const e of entries) {
    if (!e.isFile() && !e.isSymbolicLink()) continue;
    const ext = path.extname(e.name).toLowerCase();
    if (ext !== ".docx" && ext !== ".txt") continue;
    const key = e.name.slice(0, -ext.length).toLowerCase();
    // .docx wins over .txt
    if (ext === ".docx" || !reports.has(key)) reports.set(key, e.name);
  }
  const units: UnitFiles[] = [];
  for (const e of entries) {
    if (e.name.startsWith("~$") || e.name.startsWith(".")) continue;
    const isWorkbook = WORKBOOK.test(e.name);
    const isOld = OLD_WORKBOOK.test(e.name);
    if (!isWorkbook && !isOld) continue;
    if (e.isDirectory()) continue;
    const file = path.resolve(folder, e.name);
    if (excluded.has(file)) continue;
    const name = e.name.slice(0, -path.extname(e.name).length);
    const report = reports.get(name.toLowerCase());
    units.push({ name, workbook: file, report: report ? path.resolve(folder, report) : null, oldFormat: isOld });
  }
  return units.sort((a, b) => a.name.localeCompare(b.name, "vi") || a.workbook.localeCompare(b.workbook));
}
