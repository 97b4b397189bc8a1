/**
 * Workbooks highlighted by an earlier build of the add-in, which painted cell fills and kept the replaced fills in
 * the document setting "cchc.highlightFills" (key: 'Phụ lục'!D45, value: "#RRGGBB" or null for no fill). The first
 * highlight pass or clear in such a workbook puts those cells back, once, and drops the setting. A cell is only put
 * back while it still carries one of the add-in's colours: a cell the officer has re-coloured since, or that an
 * inserted row or a sort brought to that address, keeps what it has.
 */
import { splitAddress } from "../core/grid";
import { HIGHLIGHT_FILLS } from "../taskpane/findingsView";
import { getSetting, putSetting } from "./officeEnv";

export const LEGACY_FILL_SETTING = "cchc.highlightFills";

type Ctx = Excel.RequestContext;

function parse(json: string): [string, string | null][] {
  try {
    const data: unknown = JSON.parse(json);
    if (!data || typeof data !== "object") return [];
    return Object.entries(data as Record<string, unknown>).filter(
      (e): e is [string, string | null] => e[1] === null || typeof e[1] === "string",
    );
  } catch {
    return [];
  }
}

const OWN_COLOURS = new Set(Object.values(HIGHLIGHT_FILLS).map((c) => c.toUpperCase()));

/** Restores the fills an earlier build stored, where the add-in's colour is still on the cell. No-op without them. */
export async function restoreLegacyFills(context: Ctx): Promise<void> {
  const json = await getSetting(LEGACY_FILL_SETTING);
  if (json === null) return;
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const entries = parse(json).filter(([address]) => names.has(splitAddress(address).sheet));
  const fills = entries.map(([address]) => {
    const { sheet, local } = splitAddress(address);
    return context.workbook.worksheets.getItem(sheet).getRange(local).format.fill.load("color");
  });
  await context.sync();
  let restored = 0;
  entries.forEach(([, saved], i) => {
    const fill = fills[i];
    if (!OWN_COLOURS.has(String(fill.color).toUpperCase())) return;
    if (saved === null) fill.clear();
    else fill.color = saved;
    restored++;
  });
  if (restored > 0) await context.sync();
  await putSetting(LEGACY_FILL_SETTING, null);
}
