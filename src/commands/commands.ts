/**
 * The ribbon's ExecuteFunction command "Kiểm tra nhanh" (manifest FunctionName "checkAppendix"): read the workbook,
 * run the table check, refresh the highlights, without opening the pane. Runs in the function file's own runtime.
 */
import { checkWorkbook } from "../core/check";
import { RELATIONS_OFF_SETTING, SAVED_FORM_SETTING, savedFormOptions } from "../core/form/file";
import { createExcelHost } from "../office/excelHost";
import { highlightsFor } from "../taskpane/findingsView";

/** The manifest's <FunctionName>. */
export const CHECK_COMMAND = "checkAppendix";

export async function checkAppendix(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = createExcelHost();
    // The form the officer saved in the pane (and the relations turned off there), as the pane's checks use it.
    const [savedForm, relationsOff] = await Promise.all([
      host.loadSetting(SAVED_FORM_SETTING),
      host.loadSetting(RELATIONS_OFF_SETTING),
    ]);
    const result = checkWorkbook(await host.readWorkbook(), savedFormOptions(savedForm, relationsOff));
    // No appendix: no findings, so the highlights of an earlier check are taken off.
    await host.showHighlights(highlightsFor(result.findings));
  } catch (e) {
    console.error(`${CHECK_COMMAND} failed`, e);
  } finally {
    // Required: Excel shows the command as running until then (and gives up after 5 minutes).
    event?.completed();
  }
}

/**
 * Registers a command both ways: Office.actions.associate where office.js has it, and a global function, which is
 * what hosts without it (Office 2019, no shared runtime) call by the manifest's FunctionName.
 */
export function registerCommand(name: string, command: (event: Office.AddinCommands.Event) => void): void {
  (globalThis as Record<string, unknown>)[name] = command;
  try {
    if (typeof Office !== "undefined" && typeof Office.actions?.associate === "function") {
      Office.actions.associate(name, command);
    }
  } catch {
    // An office.js without associate: the global function serves.
  }
}

registerCommand(CHECK_COMMAND, (event) => void checkAppendix(event));

if (typeof Office !== "undefined") void Office.onReady();
