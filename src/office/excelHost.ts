/**
 * The WorkbookHost for Excel, on the Excel JavaScript API (minimum ExcelApi 1.14: Office 2021 and later, Microsoft
 * 365, Excel on the web and on Mac). Round trips are what make an add-in slow, above all in Excel on the web, so
 * every operation queues what it can before each context.sync, and every batch runs with delayForCellEdit (and a
 * quiet retry) so that it waits for the officer to leave the cell being typed in:
 *   readWorkbook     see workbookReader.ts: 2 syncs for an ordinary workbook once its sheets are known
 *   showHighlights   see highlighter.ts: 2-3 reads, and 1 write only when a highlight changed
 *   clearHighlights  the same with no highlights wanted
 *   writeCell(s)     1 read (values, formulas, formats, protection) + 1 write, however many cells; restoreCells too
 *   insertSheet      1 read (the sheet names) + 1 write
 *   selectCell       1
 */
import type { Lang } from "../core/findings";
import { uniqueSheetName } from "../core/template/sheetName";
import type { SheetTemplate } from "../core/template/types";
import type { Highlight, UserEdit, WorkbookHost } from "../host/types";
import { rangeAt, restoreCellsIn, writeCellsIn } from "./cellWriter";
import { createFileDelivery } from "./fileDelivery";
import { paintHighlights } from "./highlighter";
import { restoreLegacyFills } from "./legacyFills";
import { getSetting, officeLanguage, putSetting, runExcel } from "./officeEnv";
import { writeTemplate } from "./sheetWriter";
import { WorkbookReader } from "./workbookReader";

type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<void>;

type AnyHandlerResult = OfficeExtension.EventHandlerResult<unknown>;

/** Removes an event handler in the request context it was added in. */
async function removeHandler(result: AnyHandlerResult): Promise<void> {
  await Excel.run(result.context, async (context) => {
    result.remove();
    await context.sync();
  });
}

/**
 * A change is the add-in's own when Excel says so (triggerSource, ExcelApi 1.14): the fixes, the inserted sheet, the
 * highlights. (A co-author's pane is another runtime; its highlight pass writes nothing when nothing changed.)
 */
export function isOwnChange(args: Pick<Excel.WorksheetChangedEventArgs, "triggerSource">): boolean {
  return args.triggerSource === "ThisLocalAddin";
}

export function createExcelHost(): WorkbookHost {
  const reader = new WorkbookReader();
  /** Highlight passes run one after another (each reads what the previous one wrote). */
  let highlightQueue: Promise<unknown> = Promise.resolve();

  const serially = <T>(op: () => Promise<T>): Promise<T> => {
    const next = highlightQueue.then(op, op);
    highlightQueue = next.catch(() => undefined);
    return next;
  };

  function showHighlights(highlights: Highlight[]) {
    return serially(() =>
      runExcel(async (context) => {
        await restoreLegacyFills(context);
        return paintHighlights(context, highlights);
      }),
    );
  }

  function selectCell(address: string): Promise<void> {
    return runExcel(async (context) => {
      const range = rangeAt(context, address);
      range.worksheet.activate();
      range.select();
      await context.sync();
    });
  }

  function insertSheet(template: SheetTemplate): Promise<string> {
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        template.name,
        sheets.items.map((s) => s.name),
      );
      const sheet = context.workbook.worksheets.add(name);
      writeTemplate(sheet, template, { pageLayout: true });
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  async function onUserEdit(listener: (edit: UserEdit) => void): Promise<() => void> {
    const handler: ChangeHandler = async (args) => {
      if (!isOwnChange(args)) listener({ sheet: reader.nameOf(args.worksheetId) });
    };
    try {
      const result = await Excel.run(async (context) => {
        const added = context.workbook.worksheets.onChanged.add(handler);
        await context.sync();
        return added;
      });
      return () => void removeHandler(result).catch(() => undefined);
    } catch {
      return () => undefined; // no change events here: the officer re-checks by hand
    }
  }

  return {
    kind: "excel",
    displayLanguage: (): Lang => officeLanguage(),
    readWorkbook: (options) => runExcel((context) => reader.read(context, options)),
    showHighlights,
    clearHighlights: () => showHighlights([]),
    selectCell,
    writeCell: async (address, value, numberFormat, expected) =>
      (await runExcel((context) => writeCellsIn(context, [{ address, value, numberFormat, expected }])))[0],
    writeCells: (writes) => runExcel((context) => writeCellsIn(context, writes)),
    restoreCells: (snapshots) => runExcel((context) => restoreCellsIn(context, snapshots)),
    insertSheet,
    onUserEdit,
    loadSetting: (key) => getSetting(key),
    saveSetting: (key, value) => putSetting(key, value),
    deliverFile: createFileDelivery(),
  };
}
