/** Command-line arguments: `cchc check <workbook.xlsx> [--report <draft.docx|draft.txt>] [--json] [--lang vi|en]`. */
import type { Lang } from "../core/findings";
import { InputError } from "./errors";

export interface CheckArgs {
  command: "check";
  workbook: string;
  report?: string;
  json: boolean;
  lang: Lang;
  formId?: string;
}

export type Args = CheckArgs | { command: "help" };

export const USAGE = `Cách dùng / Usage:
  cchc check <phu-luc.xlsx> [--report <bao-cao.docx|bao-cao.txt>] [--json] [--lang vi|en] [--form district-2022]

  --report  đối chiếu thuyết minh của báo cáo với biểu / check the report's narrative against the appendix
  --json    một đối tượng JSON trên stdout / one JSON object on stdout
  --lang    ngôn ngữ thông báo (mặc định vi) / message language (default vi)
Mã thoát / exit status: 0 không có lỗi / no errors, 1 có lỗi / errors found, 2 không kiểm tra được / could not check`;

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help")
    return { command: "help" };
  const [command, ...rest] = argv;
  if (command !== "check") {
    throw new InputError({
      vi: `Lệnh không hợp lệ: ${command}. Dùng: cchc check <tệp.xlsx>`,
      en: `Unknown command: ${command}. Use: cchc check <file.xlsx>`,
    });
  }
  const args: CheckArgs = { command: "check", workbook: "", json: false, lang: "vi" };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--"))
        throw new InputError({ vi: `Thiếu giá trị cho ${a}`, en: `Missing value for ${a}` });
      return v;
    };
    if (a === "--json") args.json = true;
    else if (a === "--report") args.report = value();
    else if (a === "--form") args.formId = value();
    else if (a === "--lang") {
      const v = value();
      if (v !== "vi" && v !== "en")
        throw new InputError({ vi: `--lang chỉ nhận vi hoặc en`, en: `--lang takes vi or en` });
      args.lang = v;
    } else if (a.startsWith("--"))
      throw new InputError({ vi: `Tùy chọn không hợp lệ: ${a}`, en: `Unknown option: ${a}` });
    else if (!args.workbook) args.workbook = a;
    else throw new InputError({ vi: `Thừa tham số: ${a}`, en: `Unexpected argument: ${a}` });
  }
  if (!args.workbook)
    throw new InputError({ vi: "Thiếu tệp sổ tính .xlsx cần kiểm tra", en: "Missing the .xlsx workbook to check" });
  return args;
}
