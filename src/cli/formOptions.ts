/**
 * The form a command checks with: the one named on the command line (a known form's id or a form file), else the one
 * the officer saved with the workbook in the pane (with the relations turned off there), else none (the check
 * chooses: the known form the table matches, or the form read from the table).
 */
import type { CheckOptions } from "../core/check";
import { RELATIONS_OFF_SETTING, SAVED_FORM_SETTING, savedFormOptions } from "../core/form/file";
import { readFormArgument } from "./readForm";
import { readWorkbookSettingsFile } from "./readWorkbook";

export async function formOptions(workbook: string, formArg: string | undefined): Promise<CheckOptions> {
  if (formArg) return { form: await readFormArgument(formArg) };
  const settings = await readWorkbookSettingsFile(workbook);
  return savedFormOptions(settings.get(SAVED_FORM_SETTING), settings.get(RELATIONS_OFF_SETTING));
}
