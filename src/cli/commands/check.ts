/**
 * `cchc check <workbook.xlsx> [--report <draft.docx|draft.txt>] [--json] [--lang vi|en] [--form <id|form.json>]`
 * The form: --form (a known form's id or a form file), else the form saved in the workbook by the pane, else the known
 * form the table's rows align with, else the form learnt from the table itself.
 * Exit status: 0 no errors, 1 errors found, 2 the input could not be checked.
 */
import { toFindingJson } from "../../core/findings";
import { checkFiles } from "../checkFiles";
import { InputError } from "../errors";
import { parseOptions } from "../options";
import { renderTextReport } from "../textReport";
import type { CliCommand } from "./types";

export const checkCommand: CliCommand = {
  name: "check",
  usage: `  cchc check <phu-luc.xlsx> [--report <bao-cao.docx|bao-cao.txt>] [--json] [--lang vi|en] [--form <district-2022|bieu.json>]

  --report  đối chiếu thuyết minh của báo cáo với biểu / check the report's narrative against the appendix
  --json    một đối tượng JSON trên stdout / one JSON object on stdout
  --lang    ngôn ngữ thông báo (mặc định vi) / message language (default vi)
  --form    biểu dùng để kiểm tra: mã biểu có sẵn hoặc tệp biểu .json (mặc định: biểu đã lưu trong sổ tính, biểu có sẵn
            khớp với bảng, hoặc biểu đọc từ chính bảng) / the form to check with: a known form's id or a form file
            (default: the form saved in the workbook, the known form the table matches, or the form read from the table)
  Mã thoát / exit status: 0 không có lỗi / no errors, 1 có lỗi / errors found, 2 không kiểm tra được / could not check`,

  async run(argv, io) {
    const opts = parseOptions(argv, { flags: ["--json"], values: ["--report", "--form"] });
    const [workbook] = opts.positional;
    if (!workbook)
      throw new InputError({ vi: "Thiếu tệp sổ tính .xlsx cần kiểm tra", en: "Missing the .xlsx workbook to check" });
    const lang = opts.lang;
    const reportPath = opts.values.get("--report") ?? null;
    const { appendix, findings, used } = await checkFiles(workbook, reportPath, opts.values.get("--form"));
    if (opts.flags.has("--json")) {
      io.out(JSON.stringify({ findings: findings.map((f) => toFindingJson(f, lang)) }, null, 2) + "\n");
    } else {
      io.out(
        renderTextReport(
          {
            form: appendix.form,
            usedForm: used.form,
            sheetName: appendix.sheetName,
            findings,
            missingCodes: appendix.missingCodes,
            unrecognised: appendix.unrecognised,
          },
          lang,
        ),
      );
    }
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
