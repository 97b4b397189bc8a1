/**
 * The WorkbookHost for Excel, on the Excel JavaScript API (ExcelApi 1.8, with 1.9 features where present).
 * Round trips are what make an add-in slow, above all in Excel on the web, so every operation queues everything it
 * can before one context.sync and never syncs inside a loop:
 *   readWorkbook     1 sync once the sheet names are known (the first call needs 1 more to learn them)
 *   showHighlights   1 read (the previous fills of newly highlighted cells; skipped when none) + 1 write
 *   clearHighlights  1 write
 *   writeCell        1 read (the previous value) + 1 write
 *   writeCells       1 read (the previous values) + 1 write, however many cells
 *   insertSheet      1 read (the sheet names) + 1 write
 *   selectCell       1
 */
import type { Lang } from "../core/findings";
import { splitAddress, type Cell, type CellValue, type SheetGrid, type WorkbookGrid } from "../core/grid";
import { uniqueSheetName } from "../core/template/sheetName";
import type { SheetTemplate } from "../core/template/types";
import type { CellWrite, Highlight, PreviousCell, WorkbookHost } from "../host/types";
import { HIGHLIGHT_FILLS } from "../taskpane/findingsView";
import { loadFills, normaliseAddress, saveFills, type FillStore, type SavedFill } from "./highlightStore";
import { createFileDelivery } from "./fileDelivery";
import { getSetting, officeLanguage, putSetting, supportsExcelApi } from "./officeEnv";
import { writeTemplate } from "./sheetWriter";
import { WriteGuard } from "./writeGuard";

export interface ExcelHostOptions {
  /** Clock of the own-write guard (tests). */
  now?: () => number;
  /** How long after an own write its change events are ignored, in ms. */
  ownWriteWindowMs?: number;
}

const USED_RANGE_PROPS = "values,text,numberFormat,rowIndex,columnIndex";

type Ctx = Excel.RequestContext;
type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<void>;

/** The range at "'Phụ lục'!D45" (or "D45" on the active sheet). */
function rangeAt(context: Ctx, address: string): Excel.Range {
  const { sheet, local } = splitAddress(address);
  const worksheets = context.workbook.worksheets;
  const ws = sheet ? worksheets.getItem(sheet) : worksheets.getActiveWorksheet();
  return ws.getRange(local);
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** A used range (or its null object for an empty sheet) → the sheet's grid with its origin. */
export function toSheetGrid(name: string, range: Excel.Range): SheetGrid {
  if (range.isNullObject) return { name, cells: [], originRow: 0, originCol: 0 };
  const { values, text, numberFormat } = range;
  const cells = values.map((row, r) =>
    row.map((v, c): Cell => ({
      value: toCellValue(v),
      text: text[r][c] ?? "",
      numberFormat: String(numberFormat[r][c]),
    })),
  );
  return { name, cells, originRow: range.rowIndex, originCol: range.columnIndex };
}

/**
 * Queues the used range of each named sheet. valuesOnly = true: the grid covers the cells holding values, so a sheet
 * formatted far beyond its data (a filled column, a bordered block) does not inflate the read, and our own
 * highlights never change what is read; empty cells inside the range still come back, as empty cells.
 */
function queueUsedRanges(context: Ctx, names: string[]): Excel.Range[] {
  return names.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(USED_RANGE_PROPS),
  );
}

async function loadSheetNames(context: Ctx): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/** The previous fill to remember: null for "no fill" (ExcelApi 1.9 tells by the pattern; before it, white means none). */
function savedFill(fill: Excel.RangeFill, withPattern: boolean): SavedFill {
  if (withPattern) return fill.pattern === "None" ? null : fill.color;
  return !fill.color || fill.color.toUpperCase() === "#FFFFFF" ? null : fill.color;
}

function restoreFill(fill: Excel.RangeFill, saved: SavedFill): void {
  if (saved === null) fill.clear();
  else fill.color = saved;
}

/** A test for "the sheet of this cell still exists" (a cell on a deleted or renamed sheet fails the whole batch). */
async function sheetStillThere(): Promise<(address: string) => boolean> {
  const names = new Set(await Excel.run((context) => loadSheetNames(context)));
  return (address) => {
    const { sheet } = splitAddress(address);
    return !sheet || names.has(sheet);
  };
}

const keepKeys = <V>(m: Map<string, V>, keep: (key: string) => boolean) => new Map([...m].filter(([k]) => keep(k)));

type AnyHandlerResult = OfficeExtension.EventHandlerResult<unknown>;

/** Removes event handlers, one batch per request context they were added in. */
async function removeHandlers(results: AnyHandlerResult[]) {
  const byContext = new Map<OfficeExtension.ClientRequestContext, typeof results>();
  for (const r of results) byContext.set(r.context, [...(byContext.get(r.context) ?? []), r]);
  await Promise.all(
    [...byContext].map(([context, group]) =>
      Excel.run(context, async (ctx) => {
        group.forEach((r) => r.remove());
        await ctx.sync();
      }),
    ),
  );
}

/** ExcelApi 1.9: one handler for every sheet, present and future. */
async function watchWorkbook(handler: ChangeHandler): Promise<() => void> {
  const result = await Excel.run(async (context) => {
    const added = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return added;
  });
  return () => void removeHandlers([result]).catch(() => undefined);
}

/** ExcelApi 1.7/1.8: a handler on each sheet, and on each sheet added later. */
async function watchEachSheet(handler: ChangeHandler): Promise<() => void> {
  const results: AnyHandlerResult[] = [];
  let stopped = false;
  const watchNewSheet = async (args: Excel.WorksheetAddedEventArgs) => {
    if (stopped) return;
    await Excel.run(async (context) => {
      results.push(context.workbook.worksheets.getItem(args.worksheetId).onChanged.add(handler));
      await context.sync();
    });
  };
  const onAdded = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    sheets.items.forEach((ws) => results.push(ws.onChanged.add(handler)));
    const added = context.workbook.worksheets.onAdded.add(watchNewSheet);
    await context.sync();
    return added;
  });
  return () => {
    stopped = true;
    void removeHandlers([...results, onAdded]).catch(() => undefined);
  };
}

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  const guard = new WriteGuard(options.now, options.ownWriteWindowMs);
  /** Sheet names of the last read: the next read queues their used ranges in the same batch as the name check. */
  let knownSheets: string[] | null = null;
  /** Highlight operations run one after another (each reads and rewrites the saved fills). */
  let highlightQueue: Promise<unknown> = Promise.resolve();

  const serially = <T>(op: () => Promise<T>): Promise<T> => {
    const next = highlightQueue.then(op, op);
    highlightQueue = next.catch(() => undefined);
    return next;
  };

  /**
   * One batch: the sheet names, and the used ranges of the sheets expected to be there. The grid is null when the
   * names differ from the expected ones (a sheet was added, moved or renamed).
   */
  async function readBatch(context: Ctx, expected: string[]): Promise<{ names: string[]; grid: WorkbookGrid | null }> {
    const sheets = context.workbook.worksheets.load("items/name");
    const ranges = queueUsedRanges(context, expected);
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const grid = sameNames(names, expected) ? { sheets: expected.map((n, i) => toSheetGrid(n, ranges[i])) } : null;
    return { names, grid };
  }

  /** One sync while the sheets stay the same; two when they changed (or on the first read); three after a rename. */
  function readWorkbook(): Promise<WorkbookGrid> {
    return Excel.run(async (context) => {
      // A known sheet renamed or deleted fails its getItem, and with it the batch: then learn the names first.
      let batch = await readBatch(context, knownSheets ?? []).catch(() => readBatch(context, []));
      if (!batch.grid) batch = await readBatch(context, batch.names);
      if (!batch.grid) throw new Error("The workbook's sheets changed during the read; read again.");
      knownSheets = batch.names;
      return batch.grid;
    });
  }

  /** Queues the restores and the new fills, then syncs once as an own write. */
  async function paint(store: FillStore, wanted: Map<string, Highlight["severity"]>, context: Ctx): Promise<void> {
    for (const [key, saved] of store) if (!wanted.has(key)) restoreFill(rangeAt(context, key).format.fill, saved);
    for (const [key, severity] of wanted) rangeAt(context, key).format.fill.color = HIGHLIGHT_FILLS[severity];
    await guard.around(() => context.sync());
  }

  /** Reads the fills of the cells highlighted for the first time (one sync) into the store. */
  async function rememberFills(store: FillStore, keys: string[], context: Ctx): Promise<void> {
    if (keys.length === 0) return;
    const withPattern = supportsExcelApi("1.9");
    const fills = keys.map((key) => rangeAt(context, key).format.fill.load(withPattern ? "color,pattern" : "color"));
    await context.sync();
    keys.forEach((key, i) => store.set(key, savedFill(fills[i], withPattern)));
  }

  async function applyHighlights(store: FillStore, wanted: Map<string, Highlight["severity"]>): Promise<void> {
    const next = new Map(store);
    await Excel.run(async (context) => {
      await rememberFills(
        next,
        [...wanted.keys()].filter((k) => !next.has(k)),
        context,
      );
      await paint(next, wanted, context);
    });
    for (const key of [...next.keys()]) if (!wanted.has(key)) next.delete(key);
    await saveFills(next);
  }

  /** Runs a highlight change; when a sheet of a highlighted cell is gone, forgets those cells and tries once more. */
  async function withStore(wanted: Map<string, Highlight["severity"]>): Promise<void> {
    const store = await loadFills();
    if (store.size === 0 && wanted.size === 0) return;
    try {
      await applyHighlights(store, wanted);
    } catch (e) {
      const exists = await sheetStillThere();
      const [kept, still] = [keepKeys(store, exists), keepKeys(wanted, exists)];
      if (kept.size === store.size && still.size === wanted.size) throw e;
      await applyHighlights(kept, still);
    }
  }

  function showHighlights(highlights: Highlight[]): Promise<void> {
    const wanted = new Map(highlights.map((h) => [normaliseAddress(h.cell), h.severity] as const));
    return serially(() => withStore(wanted));
  }

  function clearHighlights(): Promise<void> {
    return serially(() => withStore(new Map()));
  }

  function selectCell(address: string): Promise<void> {
    return Excel.run(async (context) => {
      const range = rangeAt(context, address);
      range.worksheet.activate();
      range.select();
      await context.sync();
    });
  }

  function writeCell(address: string, value: number | string, numberFormat?: string) {
    return Excel.run(async (context) => {
      const range = rangeAt(context, address).load("values, numberFormat");
      await context.sync();
      const previous = toCellValue(range.values[0][0]);
      const previousFormat = String(range.numberFormat[0][0] ?? "General");
      if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
      // A leading apostrophe keeps text as typed: "02" stays "02", "-" is not a formula. "" empties the cell.
      range.values = [[typeof value === "string" && value !== "" ? `'${value}` : value]];
      await guard.around(() => context.sync());
      return { previous, previousFormat };
    });
  }

  /** Several cells as one action: every range loaded, one sync; every value queued, one sync. */
  function writeCells(writes: CellWrite[]): Promise<PreviousCell[]> {
    if (writes.length === 0) return Promise.resolve([]);
    return Excel.run(async (context) => {
      const ranges = writes.map((w) => rangeAt(context, w.address).load("values, numberFormat"));
      await context.sync();
      const previous = ranges.map((range) => ({
        previous: toCellValue(range.values[0][0]),
        previousFormat: String(range.numberFormat[0][0] ?? "General"),
      }));
      writes.forEach(({ value, numberFormat }, i) => {
        if (numberFormat !== undefined) ranges[i].numberFormat = [[numberFormat]];
        ranges[i].values = [[typeof value === "string" && value !== "" ? `'${value}` : value]];
      });
      await guard.around(() => context.sync());
      return previous;
    });
  }

  function insertSheet(template: SheetTemplate): Promise<string> {
    return Excel.run(async (context) => {
      const name = uniqueSheetName(template.name, await loadSheetNames(context));
      const sheet = context.workbook.worksheets.add(name);
      writeTemplate(sheet, template, { pageLayout: supportsExcelApi("1.9") });
      sheet.activate();
      await guard.around(() => context.sync());
      return name;
    });
  }

  async function onUserEdit(listener: () => void): Promise<() => void> {
    const handler: ChangeHandler = async (args) => {
      if (!guard.isOwnChange(args)) listener();
    };
    try {
      return supportsExcelApi("1.9") ? await watchWorkbook(handler) : await watchEachSheet(handler);
    } catch {
      return () => undefined; // no change events here: the officer re-checks by hand
    }
  }

  return {
    kind: "excel",
    displayLanguage: (): Lang => officeLanguage(),
    readWorkbook,
    showHighlights,
    clearHighlights,
    selectCell,
    writeCell,
    insertSheet,
    onUserEdit,
    loadSetting: async (key) => getSetting(key),
    saveSetting: (key, value) => putSetting(key, value),
    deliverFile: createFileDelivery(),
    writeCells,
  };
}
