/** Node only: the form named on the command line, a known form's id or a form file (.json). */
import { readFile } from "node:fs/promises";
import { FORMS, getForm } from "../core/form";
import { FormFileError, parseFormFile } from "../core/form/file";
import type { FormDefinition } from "../core/form/schema";
import { InputError } from "./errors";

export async function readFormArgument(arg: string): Promise<FormDefinition> {
  const known = getForm(arg);
  if (known) return known;
  let text: string;
  try {
    text = await readFile(arg, "utf8");
  } catch {
    const ids = FORMS.map((f) => f.id).join(", ");
    throw new InputError({
      vi: `Không có biểu "${arg}": cần mã một biểu có sẵn (${ids}) hoặc một tệp biểu .json`,
      en: `No form "${arg}": give a known form's id (${ids}) or a form file (.json)`,
    });
  }
  try {
    return parseFormFile(text);
  } catch (e) {
    if (e instanceof FormFileError) throw new InputError({ vi: `${arg}: ${e.text.vi}`, en: `${arg}: ${e.text.en}` });
    throw e;
  }
}
