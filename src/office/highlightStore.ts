/**
 * The fills the highlights replaced, kept in the workbook's settings so that a reloaded pane (or the ribbon
 * command, which runs in its own runtime) can still put every cell back exactly as it was.
 * Key: the cell address normalised ('Phụ lục'!D45); value: its previous fill colour, or null for "no fill".
 */
import { quoteSheetName, splitAddress } from "../core/grid";
import { getSetting, putSetting, refreshSettings } from "./officeEnv";

export const HIGHLIGHT_SETTING = "cchc.highlightFills";

/** A previous fill: "#RRGGBB", or null when the cell had no fill (restored with fill.clear()). */
export type SavedFill = string | null;
export type FillStore = Map<string, SavedFill>;

/** One spelling per cell: quoted sheet name as Excel writes it, no $, upper-case column. */
export function normaliseAddress(address: string): string {
  const { sheet, local } = splitAddress(address);
  const cell = local.replace(/\$/g, "").toUpperCase();
  return sheet ? `${quoteSheetName(sheet)}!${cell}` : cell;
}

function parse(json: string | null): FillStore {
  if (!json) return new Map();
  try {
    const data: unknown = JSON.parse(json);
    if (!data || typeof data !== "object") return new Map();
    const entries = Object.entries(data as Record<string, unknown>);
    return new Map(entries.filter(([, v]) => v === null || typeof v === "string") as [string, SavedFill][]);
  } catch {
    return new Map();
  }
}

/** The saved fills, as the document has them now. */
export async function loadFills(): Promise<FillStore> {
  await refreshSettings();
  return parse(getSetting(HIGHLIGHT_SETTING));
}

export function saveFills(store: FillStore): Promise<void> {
  return putSetting(HIGHLIGHT_SETTING, store.size === 0 ? null : JSON.stringify(Object.fromEntries(store)));
}
