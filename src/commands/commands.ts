/**
 * The ribbon's ExecuteFunction command "Kiểm tra nhanh" (manifest FunctionName "checkAppendix"): read the workbook,
 * run the table check and the narrative kept with the workbook, refresh the highlights, without opening the pane.
 * Runs in the function file's own runtime. The highlights say the result; a short dialog says what they cannot:
 * no appendix, protected sheets, an error.
 */
import { RELATIONS_OFF_SETTING, SAVED_FORM_SETTING, savedFormOptions } from "../core/form/file";
import { createExcelHost } from "../office/excelHost";
import { checkOnDemand } from "../taskpane/checkOnDemand";
import { highlightsFor } from "../taskpane/findingsView";
import { NARRATIVE_SETTING, parseSavedNarrative } from "../taskpane/narrativeSetting";
import { showNotice, type NoticeKind } from "./notice";

/** The manifest's <FunctionName>. */
export const CHECK_COMMAND = "checkAppendix";

export async function checkAppendix(event?: Office.AddinCommands.Event): Promise<void> {
  let notice: [NoticeKind, string] | null = null;
  try {
    const host = createExcelHost();
    // The form the officer saved in the pane (and the relations turned off there), as the pane's checks use it.
    const [savedForm, relationsOff] = await Promise.all([
      host.loadSetting(SAVED_FORM_SETTING).catch(() => null),
      host.loadSetting(RELATIONS_OFF_SETTING).catch(() => null),
    ]);
    const grid = await host.readWorkbook();
    // The form inference is loaded only for a table that fits no known form (checkOnDemand).
    const result = await checkOnDemand(
      grid,
      { ...savedFormOptions(savedForm, relationsOff), preferredSheets: [grid.activeSheet] },
      () => import(/* webpackChunkName: "infer" */ "../core/choose/infer"),
    );
    // The narrative the pane keeps with the workbook: its highlights stay (an earlier version cleared them).
    const saved = parseSavedNarrative(await host.loadSetting(NARRATIVE_SETTING).catch(() => null));
    // The narrative check is loaded only then (a chunk of its own): the function file loads at Excel's start.
    const narrative =
      saved && result.status === "checked"
        ? (await import(/* webpackChunkName: "narrative" */ "../core/narrative/check")).checkNarrative(
            saved.doc,
            result.appendix,
          )
        : [];
    // No appendix: no findings, so the highlights of an earlier check are taken off.
    const report = await host.showHighlights(highlightsFor([...result.findings, ...narrative]));
    if (result.status === "no-appendix") notice = ["no-appendix", ""];
    else if (report.protectedSheets.length > 0) notice = ["protected", report.protectedSheets.join(", ")];
  } catch (e) {
    console.error(`${CHECK_COMMAND} failed`, e);
    notice = ["error", e instanceof Error ? e.message : String(e)];
  }
  try {
    if (notice) await showNotice(...notice);
  } finally {
    // Required: Excel shows the command as running until then (and gives up after 5 minutes).
    event?.completed();
  }
}

/**
 * Registers a command both ways: Office.actions.associate where office.js has it, and a global function, which is
 * what hosts without a shared runtime call by the manifest's FunctionName.
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
