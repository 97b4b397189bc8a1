/**
 * `cchc check-all <folder> [--out <summary.xlsx>] [--lang vi|en] [--form <id>] [--jobs N] [--timeout S]`
 * Checks every workbook in a folder (with the report of the same name beside it, if any) on worker threads, shows
 * progress, goes on past any file that cannot be checked, and writes one summary workbook.
 * Exit status: 0 every unit checked without errors, 1 errors found or a file could not be checked, 2 the folder or
 * the summary could not be used.
 */
import { renameSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { resolveForm } from "../../core/check";
import type { Bilingual, Lang } from "../../core/findings";
import { InputError } from "../errors";
import { parseOptions } from "../options";
import { runPool } from "../batch/pool";
import { createProgress } from "../batch/progress";
import { scanFolder, type UnitFiles } from "../batch/scan";
import { FindingSpool } from "../batch/spool";
import { worstFirst, writeSummaryWorkbook, type UnitSummary } from "../batch/summaryWorkbook";
import type { UnitResult, UnitTask } from "../batch/unit";
import type { CliCommand } from "./types";

/** The summary's default name, in the folder checked (and never itself checked). */
export const SUMMARY_FILE = "tong-hop-kiem-tra.xlsx";
const DEFAULT_TIMEOUT_S = 60;
const WORKER_MEMORY_MB = 1024;

const OLD_FORMAT: Bilingual = {
  vi: "Định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại thành .xlsx",
  en: "Old Excel format (.xls): open it in Excel and save it as .xlsx",
};

const T = {
  done: {
    vi: (n: number, total: number, s: string, e: number, w: number) =>
      `Đã kiểm tra ${n}/${total} tệp trong ${s} giây: ${e} lỗi, ${w} cảnh báo.`,
    en: (n: number, total: number, s: string, e: number, w: number) =>
      `Checked ${n}/${total} files in ${s} s: ${e} errors, ${w} warnings.`,
  },
  failedList: {
    vi: (n: number) => `Không kiểm tra được ${n} tệp:`,
    en: (n: number) => `${n} files could not be checked:`,
  },
  summary: { vi: "Bảng tổng hợp", en: "Summary workbook" },
};

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InputError({ vi: `${name} phải là số nguyên dương`, en: `${name} takes a positive whole number` });
  return n;
}

function listUnits(folder: string, out: string): UnitFiles[] {
  let units: UnitFiles[];
  try {
    units = scanFolder(folder, [out, path.join(folder, SUMMARY_FILE)]);
  } catch {
    throw new InputError({ vi: `Không đọc được thư mục: ${folder}`, en: `Cannot read the folder: ${folder}` });
  }
  if (units.length === 0)
    throw new InputError({
      vi: `Thư mục không có sổ tính .xlsx nào: ${folder}`,
      en: `The folder holds no .xlsx workbook: ${folder}`,
    });
  return units;
}

export const checkAllCommand: CliCommand = {
  name: "check-all",
  usage: `  cchc check-all <thư-mục> [--out <tong-hop.xlsx>] [--lang vi|en] [--form district-2022] [--jobs N] [--timeout S]

  Kiểm tra mọi sổ tính .xlsx trong thư mục (cùng báo cáo .docx/.txt trùng tên bên cạnh, nếu có) và ghi một bảng tổng hợp
  / checks every .xlsx workbook in the folder (with the .docx/.txt report of the same name beside it) into one summary
  --out      bảng tổng hợp (mặc định <thư-mục>/${SUMMARY_FILE}) / the summary workbook (default <folder>/${SUMMARY_FILE})
  --jobs     số luồng kiểm tra (mặc định: số lõi CPU) / worker threads (default: CPU cores)
  --timeout  giây tối đa cho một tệp (mặc định ${DEFAULT_TIMEOUT_S}) / seconds at most per file (default ${DEFAULT_TIMEOUT_S})
  Mã thoát / exit status: 0 không có lỗi / no errors, 1 có lỗi hoặc tệp không kiểm tra được / errors or unreadable files,
  2 không dùng được thư mục hoặc không ghi được bảng tổng hợp / the folder or the summary could not be used`,

  async run(argv, io) {
    const opts = parseOptions(argv, { values: ["--out", "--form", "--jobs", "--timeout"] });
    const [folderArg] = opts.positional;
    if (!folderArg)
      throw new InputError({
        vi: "Thiếu thư mục chứa các sổ tính cần kiểm tra",
        en: "Missing the folder of workbooks to check",
      });
    const lang: Lang = opts.lang;
    const folder = path.resolve(folderArg);
    const out = path.resolve(opts.values.get("--out") ?? path.join(folder, SUMMARY_FILE));
    const formId = opts.values.get("--form");
    let defaultFormId: string;
    try {
      defaultFormId = resolveForm(formId).id;
    } catch {
      throw new InputError({ vi: `Không có biểu mẫu ${formId}`, en: `No such form: ${formId}` });
    }
    const jobs = positiveInt(opts.values.get("--jobs"), "--jobs", availableParallelism());
    const timeoutS = positiveInt(opts.values.get("--timeout"), "--timeout", DEFAULT_TIMEOUT_S);
    const units = listUnits(folder, out);

    const started = Date.now();
    const progress = createProgress(io, lang, units.length);
    const spool = new FindingSpool();
    const summaries: UnitSummary[] = [];
    const record = (unit: UnitFiles, result: UnitResult) => {
      progress.finished(unit.name, result);
      const common = { name: unit.name, workbookFile: unit.workbook, reportFile: unit.report };
      if (result.status === "failed") {
        summaries.push({ ...common, result, findings: null });
        return;
      }
      const { findings, ...rest } = result;
      summaries.push({
        ...common,
        result: { ...rest, findingCount: findings.length },
        findings: findings.length ? spool.add(findings) : null,
      });
    };

    // Stopped with Ctrl+C: leave no temporary files behind (the workers end with the process).
    const onInterrupt = () => {
      progress.end();
      spool.close();
      process.exit(130);
    };
    process.once("SIGINT", onInterrupt);
    try {
      const tasks: UnitTask[] = [];
      units.forEach((unit, id) => {
        if (unit.oldFormat) record(unit, { id, status: "failed", reason: OLD_FORMAT });
        else tasks.push({ id, workbook: unit.workbook, report: unit.report, formId, lang });
      });
      await runPool(
        tasks,
        { workers: jobs, timeoutMs: timeoutS * 1000, memoryMb: WORKER_MEMORY_MB },
        (task) => progress.started(units[task.id].name),
        (task, result) => record(units[task.id], result),
      );
      progress.end();

      summaries.sort(worstFirst);
      // Written beside its place and renamed over it: a run that fails leaves no half-written summary.
      const tmp = `${out}.${process.pid}.tmp`;
      try {
        await writeSummaryWorkbook(tmp, summaries, { lang, defaultFormId, readFindings: (ref) => spool.read(ref) });
        renameSync(tmp, out);
      } catch (e) {
        rmSync(tmp, { force: true });
        const why = e instanceof Error ? e.message : String(e);
        throw new InputError({
          vi: `Không ghi được bảng tổng hợp ${out}: ${why}`,
          en: `Cannot write the summary workbook ${out}: ${why}`,
        });
      }
    } finally {
      process.removeListener("SIGINT", onInterrupt);
      progress.end();
      spool.close();
    }

    const checked = summaries.filter((s) => s.result.status === "checked");
    const failed = summaries.filter((s) => s.result.status === "failed");
    const sum = (f: (s: UnitSummary) => number) => checked.reduce((a, s) => a + f(s), 0);
    const errors = sum((s) => (s.result.status === "checked" ? s.result.errors : 0));
    const warnings = sum((s) => (s.result.status === "checked" ? s.result.warnings : 0));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [
      T.done[lang](checked.length, units.length, lang === "vi" ? seconds.replace(".", ",") : seconds, errors, warnings),
    ];
    if (failed.length) {
      lines.push(T.failedList[lang](failed.length));
      for (const s of failed)
        if (s.result.status === "failed") lines.push(`  ${path.basename(s.workbookFile)}: ${s.result.reason[lang]}`);
    }
    lines.push(`${T.summary[lang]}: ${out}`);
    io.out(lines.join("\n") + "\n");
    return errors > 0 || failed.length > 0 ? 1 : 0;
  },
};
