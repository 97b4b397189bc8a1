/**
 * The Office common API bits the Excel adapter needs: requirement sets, the display language, and the document's
 * settings (a per-workbook property bag saved inside the file) as promises.
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

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function settle<T>(resolve: (v: T) => void, reject: (e: Error) => void, value: T) {
  return (result: Office.AsyncResult<unknown>) => {
    if (result.status === Office.AsyncResultStatus.Failed)
      reject(new Error(result.error?.message ?? "Office settings"));
    else resolve(value);
  };
}

export function getSetting(key: string): string | null {
  const value: unknown = settings().get(key);
  return typeof value === "string" ? value : null;
}

/** Sets (or, with null, removes) a setting and persists the settings into the document. */
export function putSetting(key: string, value: string | null): Promise<void> {
  const bag = settings();
  if (value === null) bag.remove(key);
  else bag.set(key, value);
  return new Promise<void>((resolve, reject) => bag.saveAsync(settle(resolve, reject, undefined)));
}

/**
 * Re-reads the settings saved in the document. The task pane and the ribbon command run in separate runtimes, each
 * with its own in-memory copy, so a value the other one saved is only seen after a refresh. Best effort: some hosts
 * lack refreshAsync, and a failed refresh leaves the in-memory copy.
 */
export function refreshSettings(): Promise<void> {
  const bag = settings();
  if (typeof bag.refreshAsync !== "function") return Promise.resolve();
  return new Promise<void>((resolve) => bag.refreshAsync(() => resolve()));
}
