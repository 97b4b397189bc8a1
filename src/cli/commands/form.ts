/**
 * `cchc form infer <workbook.xlsx> [--out form.json]`: learn the form from the workbook's appendix table.
 * `cchc form export <district-2022|workbook.xlsx|form.json> [--out form.json]`: a built-in form, the form saved in a
 * workbook by the pane, or a form file (checked and rewritten), as a form file.
 * Without --out the form file goes to stdout; with it, a summary of the form and its inferred relations does.
 * Exit status: 0 written, 2 could not.
 */
import { writeFile } from "node:fs/promises";
import { chooseForm, inferWorkbookForm } from "../../core/choose";
import type { Lang } from "../../core/findings";
import { getForm } from "../../core/form";
import { describeForm } from "../../core/form/describe";
import { formFileText, parseFormFile, SAVED_FORM_SETTING } from "../../core/form/file";
import type { FormDefinition } from "../../core/form/schema";
import { InputError } from "../errors";
import type { Io } from "../io";
import { parseOptions } from "../options";
import { readFormArgument } from "../readForm";
import { readWorkbookFile, readWorkbookSettingsFile } from "../readWorkbook";
import type { CliCommand } from "./types";

const NO_TABLE = {
  vi: "Không tìm thấy bảng để đọc biểu: cần một bảng có dòng tiêu đề STT / Chỉ tiêu (Nội dung) / Đơn vị tính / Số liệu (Kết quả)",
  en: "No table to read a form from: a table with the header STT / Chỉ tiêu (Nội dung) / Đơn vị tính / Số liệu (Kết quả) is needed",
};

/** The summary printed beside a written form file: its name and contents, then each inferred relation's evidence. */
function summary(form: FormDefinition, lang: Lang): string {
  const lines = [describeForm(form)[lang]];
  for (const r of form.relations) {
    if (!r.inferred) continue;
    const sure = Math.round(r.inferred.confidence * 100);
    const level = r.severity === "error" ? { vi: "lỗi", en: "error" } : { vi: "cảnh báo", en: "warning" };
    lines.push(`  [${level[lang]} ${sure}%] ${r.inferred.evidence}`);
  }
  return lines.join("\n") + "\n";
}

async function write(form: FormDefinition, out: string | undefined, io: Io, lang: Lang, note = ""): Promise<number> {
  const text = formFileText(form);
  if (!out) {
    io.out(text);
    if (note) io.err(note);
    return 0;
  }
  try {
    await writeFile(out, text, "utf8");
  } catch {
    throw new InputError({ vi: `Không ghi được tệp: ${out}`, en: `Cannot write the file: ${out}` });
  }
  io.out(`${note}${summary(form, lang)}`);
  return 0;
}

async function infer(path: string, out: string | undefined, io: Io, lang: Lang): Promise<number> {
  const grid = await readWorkbookFile(path);
  const form = inferWorkbookForm(grid);
  if (!form) throw new InputError(NO_TABLE);
  const choice = chooseForm(grid);
  const note =
    choice?.source === "known"
      ? {
          vi: `Lưu ý: bảng này khớp với biểu có sẵn ${choice.form.id}; biểu đọc từ bảng vẫn được ghi.\n`,
          en: `Note: this table is the known form ${choice.form.id}; the form read from it is written all the same.\n`,
        }[lang]
      : "";
  return write(form, out, io, lang, note);
}

async function exportForm(arg: string, out: string | undefined, io: Io, lang: Lang): Promise<number> {
  if (!getForm(arg) && /\.xlsx$/i.test(arg)) {
    const saved = (await readWorkbookSettingsFile(arg)).get(SAVED_FORM_SETTING);
    if (!saved)
      throw new InputError({
        vi: `Sổ tính không có biểu đã lưu: ${arg}. Dùng "cchc form infer" để đọc biểu từ bảng`,
        en: `The workbook holds no saved form: ${arg}. Use "cchc form infer" to read the form from its table`,
      });
    let form: FormDefinition;
    try {
      form = parseFormFile(saved);
    } catch {
      throw new InputError({
        vi: `Biểu đã lưu trong sổ tính không đọc được: ${arg}`,
        en: `The saved form does not read: ${arg}`,
      });
    }
    return write(form, out, io, lang);
  }
  return write(await readFormArgument(arg), out, io, lang);
}

export const formCommand: CliCommand = {
  name: "form",
  usage: `  cchc form infer <phu-luc.xlsx> [--out bieu.json]
  cchc form export <district-2022|phu-luc.xlsx|bieu.json> [--out bieu.json]

  infer     đọc biểu (dòng, đơn vị, loại số liệu, quan hệ kèm căn cứ và độ tin cậy) từ bảng phụ lục của sổ tính
            / learn the form (rows, units, kinds, relations with evidence and confidence) from the workbook's table
  export    xuất biểu có sẵn, biểu đã lưu trong sổ tính, hoặc kiểm tra và ghi lại một tệp biểu
            / export a built-in form, the form saved in a workbook, or check and rewrite a form file
  --out     ghi tệp biểu (.json) và in tóm tắt; không có thì in tệp biểu ra stdout
            / write the form file (.json) and print a summary; without it the form file goes to stdout`,

  async run(argv, io) {
    const opts = parseOptions(argv, { values: ["--out"], maxPositional: 2 });
    const [action, target] = opts.positional;
    const out = opts.values.get("--out");
    if (action === "infer" && target) return infer(target, out, io, opts.lang);
    if (action === "export" && target) return exportForm(target, out, io, opts.lang);
    throw new InputError({
      vi: "Dùng: cchc form infer <phu-luc.xlsx> [--out bieu.json] hoặc cchc form export <district-2022|phu-luc.xlsx> [--out bieu.json]",
      en: "Use: cchc form infer <workbook.xlsx> [--out form.json] or cchc form export <district-2022|workbook.xlsx> [--out form.json]",
    });
  },
};
