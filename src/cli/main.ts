/**
 * `cchc check <workbook.xlsx> [--report <draft>] [--json] [--lang vi|en]`
 * Exit status: 0 no errors, 1 errors found, 2 the input could not be checked (one line on stderr, no stack trace).
 */
import { checkWorkbook, NO_APPENDIX } from "../core/check";
import { toFindingJson } from "../core/findings";
import { parseArgs, USAGE } from "./args";
import { checkNarrative } from "../core/narrative";
import { InputError } from "./errors";
import { readReportFile } from "./readReport";
import { readWorkbookFile } from "./readWorkbook";
import { renderTextReport } from "./textReport";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let lang: "vi" | "en" = argv.includes("en") && argv[argv.indexOf("en") - 1] === "--lang" ? "en" : "vi";
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      io.out(USAGE + "\n");
      return 0;
    }
    lang = args.lang;
    const grid = await readWorkbookFile(args.workbook);
    const report = args.report ? await readReportFile(args.report) : null;
    const result = checkWorkbook(grid, { formId: args.formId });
    if (result.status === "no-appendix") throw new InputError(NO_APPENDIX);
    const { appendix } = result;
    const findings = report ? [...result.findings, ...checkNarrative(report, appendix)] : result.findings;
    if (args.json) {
      io.out(JSON.stringify({ findings: findings.map((f) => toFindingJson(f, lang)) }, null, 2) + "\n");
    } else {
      io.out(
        renderTextReport(
          {
            form: appendix.form,
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
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`cchc: ${e.text[lang]}\n`);
      return 2;
    }
    throw e;
  }
}
