/**
 * The Office common API bits the Excel adapter needs: requirement sets, the display language, Excel.run with the
 * cell-edit delay and retry, and the document's settings (a per-workbook property bag saved inside the file).
 */
import type { Lang } from "../core/findings";

/** True when the running Excel supports the ExcelApi requirement set (e.g. "1.9"). False outside Office. */
export function supportsExcelApi(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** "vi" when Office runs in Vietnamese (vi-VN), "en" otherwise. */
export function officeLanguage(): Lang {
  const lang = Office.context?.displayLanguage ?? "";
  return lang.toLowerCase().startsWith("vi") ? "vi" : "en";
}

// ---------------------------------------------------------------------------------------------------------------
// Excel.run in cell-edit mode

/** How often a batch refused in cell-edit mode is tried again, and how long to wait before the first retry. */
export const CELL_EDIT_RETRIES = 4;
export const CELL_EDIT_RETRY_MS = 600;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Excel refused the batch because the officer is typing in a cell. */
export function isCellEditError(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "InvalidOperationInCellEditMode";
}

/**
 * Excel.run with delayForCellEdit: a batch that meets the officer typing in a cell waits until the cell is left,
 * instead of failing. Where Excel still refuses it in cell-edit mode, the batch is tried again a few times, quietly,
 * with a growing pause (the batches given here read, or write only after their reads, so a retry is safe).
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, attempt = 0): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (e) {
    if (!isCellEditError(e) || attempt >= CELL_EDIT_RETRIES) throw e;
    await wait(CELL_EDIT_RETRY_MS * (attempt + 1));
    return runExcel(batch, attempt + 1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Document settings

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function asPromise(call: (callback: (result: Office.AsyncResult<unknown>) => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Failed)
        reject(new Error(result.error?.message ?? "Office settings"));
      else resolve();
    }),
  );
}

/**
 * Re-reads the settings saved in the document. The task pane and the ribbon command run in separate runtimes, each
 * with its own in-memory copy, so a value the other one saved is only seen after a refresh. Best effort: a host
 * without refreshAsync, or a failed refresh, leaves the in-memory copy.
 */
function refreshSettings(): Promise<void> {
  const bag = settings();
  if (typeof bag.refreshAsync !== "function") return Promise.resolve();
  return asPromise((cb) => bag.refreshAsync(cb)).catch(() => undefined);
}

/**
 * Every settings operation of this runtime, one after another. saveAsync writes the whole in-memory bag, so a save
 * must start from the document's current bag (refresh), change one key, and save, with nothing in between: otherwise
 * one write overwrites another's key (this runtime's, or the other runtime's saved earlier).
 */
let settingsQueue: Promise<unknown> = Promise.resolve();

function queued<T>(op: () => Promise<T>): Promise<T> {
  const next = settingsQueue.then(op, op);
  settingsQueue = next.catch(() => undefined);
  return next;
}

/** A setting as the document has it now (refreshed first). */
export function getSetting(key: string): Promise<string | null> {
  return queued(async () => {
    await refreshSettings();
    const value: unknown = settings().get(key);
    return typeof value === "string" ? value : null;
  });
}

/** Refresh → set (or, with null or "", remove) → save, in the queue. Rejects when the document refused the save. */
export function putSetting(key: string, value: string | null): Promise<void> {
  return queued(async () => {
    await refreshSettings();
    const bag = settings();
    if (value === null || value === "") bag.remove(key);
    else bag.set(key, value);
    await asPromise((cb) => bag.saveAsync(cb));
  });
}
