/**
 * `cchc export <workbook.xlsx> [--report <draft.docx|draft.txt>] --out <report.docx> [--details <details.json>]`
 * The narrative report in the official layout, generated from the sheet (or from the officer's draft, its figures
 * rewritten from the rows), its figures linked to their rows. The table is checked too: its errors are listed on
 * stderr after the report is written (it quotes the figures as the table has them).
 *
 * What the officer saved with the workbook in the pane is used as the pane uses it: the report details (a --details
 * file overrides them field by field) and the narrative (the draft when no --report is given: sections III and IV
 * from it, or its whole text with --from draft).
 * Exit status: 0 written, 2 could not.
 */
import { readFile, writeFile } from "node:fs/promises";
import { checkWorkbook, NO_APPENDIX } from "../../core/check";
import type { Lang } from "../../core/findings";
import { NARRATIVE_SETTING, parseSavedNarrative } from "../../core/narrative/saved";
import { buildReport, type ReportSource } from "../../core/report/build";
import { parseReportDetails, type ReportDetails } from "../../core/report/details";
import { DETAILS_SETTING, savedReportDetails } from "../../core/report/savedDetails";
import { rowsName } from "../../core/rowName";
import { reportDocx } from "../../io/reportDocx";
import { InputError } from "../errors";
import { formOptions } from "../formOptions";
import { parseOptions } from "../options";
import { readReportFile } from "../readReport";
import { readWorkbookFile, readWorkbookSettingsFile } from "../readWorkbook";
import type { CliCommand } from "./types";

async function readDetails(file: string | undefined): Promise<ReportDetails> {
  if (!file) return {};
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw new InputError({
      vi: `Không đọc được tệp thông tin báo cáo (JSON): ${file}`,
      en: `Cannot read the report details file (JSON): ${file}`,
    });
  }
  try {
    return parseReportDetails(json);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError({
      vi: `Thông tin báo cáo không hợp lệ trong ${file}: ${why}`,
      en: `Invalid report details in ${file}: ${why}`,
    });
  }
}

const TEXT = {
  vi: {
    errors: (n: number) =>
      `Cảnh báo: biểu còn ${n} lỗi; báo cáo ghi số liệu như biểu đang ghi. Nên sửa biểu (cchc check) rồi xuất lại:`,
    flagged: (rows: string) => `Số liệu của ${rows} đang có lỗi; báo cáo ghi đúng như biểu.`,
    savedDetails: "Thông tin báo cáo: lấy từ sổ tính (đã lưu trong khung bên).",
    fromDraft: (fields: string) => `Lấy từ bản thảo (không có trong thông tin báo cáo đã cho): ${fields}.`,
    fromSheet: (fields: string) => `Lấy từ biểu (tiêu đề, dòng “Kèm theo”, phần ký dưới biểu): ${fields}.`,
    savedNarrative: (name: string) => `Bản thảo: thuyết minh lưu trong sổ tính (${name}).`,
    written: (file: string, n: number) =>
      `Đã ghi báo cáo: ${file} (${n} số liệu lấy từ biểu, liên kết với dòng của biểu).`,
    unlinked: (n: number) => `${n} số liệu trong bản thảo chưa gắn được với dòng nào của biểu, giữ nguyên như đã viết:`,
  },
  en: {
    errors: (n: number) =>
      `Warning: the table has ${n} errors; the report quotes its figures as they are. Fix the table (cchc check) and export again:`,
    flagged: (rows: string) => `The figures of ${rows} have errors; the report writes them as the table has them.`,
    savedDetails: "Report details: read from the workbook (saved in the pane).",
    fromDraft: (fields: string) => `Taken from the draft (not in the report details given): ${fields}.`,
    fromSheet: (fields: string) =>
      `Taken from the sheet (its title, the “Kèm theo” line, the signature under the table): ${fields}.`,
    savedNarrative: (name: string) => `Draft: the narrative kept in the workbook (${name}).`,
    written: (file: string, n: number) =>
      `Wrote the report: ${file} (${n} figures from the table, linked to their rows).`,
    unlinked: (n: number) =>
      `${n} figures of the draft could not be tied to a row of the table and are left as written:`,
  },
} satisfies Record<Lang, unknown>;

/** The details a draft or the sheet can give, as the officer calls them. */
const DRAFT_FIELDS: [(keyof ReportDetails)[], Record<Lang, string>][] = [
  [["unitName", "parentBody"], { vi: "cơ quan ban hành", en: "issuing body" }],
  [["reportNumber", "numberSuffix"], { vi: "số văn bản", en: "number" }],
  [["place", "reportDate", "reportMonth"], { vi: "địa danh, ngày tháng", en: "place and date" }],
  [["period", "year"], { vi: "kỳ báo cáo", en: "period" }],
  [["summary"], { vi: "trích yếu", en: "summary line" }],
  [["signing", "signer"], { vi: "người ký", en: "signer" }],
  [["recipients"], { vi: "nơi nhận", en: "recipients" }],
];

export const exportCommand: CliCommand = {
  name: "export",
  usage: `  cchc export <phu-luc.xlsx> --out <bao-cao.docx> [--report <ban-thao.docx|ban-thao.txt>] [--details <thong-tin.json>] [--from sheet|draft] [--lang vi|en] [--form <district-2022|bieu.json>]

  --out      tệp Word sẽ ghi / the Word file to write
  --report   bản thảo thuyết minh: giữ lời văn, ghi lại số liệu theo biểu / the officer's draft: its text kept, its figures rewritten from the table
  --details  thông tin báo cáo (JSON: unitName, parentBody, period, year, reportNumber, reportDate, signing, signer, recipients…)
  --from     sheet: soạn lời văn từ biểu (bản thảo chỉ cho phần III, IV) / write the prose from the table; draft (mặc định khi có --report)
  Thông tin báo cáo và thuyết minh đã lưu trong sổ tính (khung bên) được dùng như khung bên dùng; --details, --report ghi đè.
  The report details and the narrative saved in the workbook (the pane) are used as the pane uses them; --details, --report override them.
  Mã thoát / exit status: 0 đã ghi / written, 2 không ghi được / could not`,

  async run(argv, io) {
    const opts = parseOptions(argv, { values: ["--out", "--report", "--details", "--from", "--form"] });
    const [workbook] = opts.positional;
    const t = TEXT[opts.lang];
    if (!workbook)
      throw new InputError({ vi: "Thiếu tệp sổ tính .xlsx cần xuất", en: "Missing the .xlsx workbook to export" });
    const out = opts.values.get("--out");
    if (!out) throw new InputError({ vi: "Thiếu --out <bao-cao.docx>", en: "Missing --out <report.docx>" });
    if (!/\.docx$/i.test(out))
      throw new InputError({ vi: `Tệp ghi ra phải là .docx: ${out}`, en: `The output must be a .docx file: ${out}` });
    const from = opts.values.get("--from");
    if (from !== undefined && from !== "sheet" && from !== "draft")
      throw new InputError({ vi: "--from chỉ nhận sheet hoặc draft", en: "--from takes sheet or draft" });
    const reportPath = opts.values.get("--report");

    const fromFile = await readDetails(opts.values.get("--details"));
    const grid = await readWorkbookFile(workbook);
    // what the pane saved with the workbook: the details, and the narrative (the draft when none is given here)
    const settings = await readWorkbookSettingsFile(workbook);
    const saved = savedReportDetails(settings.get(DETAILS_SETTING));
    const details: ReportDetails = { ...saved, ...fromFile };
    const kept = reportPath ? null : parseSavedNarrative(settings.get(NARRATIVE_SETTING) ?? null);
    if (from === "draft" && !reportPath && !kept)
      throw new InputError({
        vi: "--from draft cần --report <bản thảo> (sổ tính không lưu thuyết minh nào)",
        en: "--from draft needs --report <draft> (the workbook keeps no narrative)",
      });
    const draft = reportPath ? await readReportFile(reportPath) : (kept?.doc ?? null);
    const result = checkWorkbook(grid, await formOptions(workbook, opts.values.get("--form")));
    if (result.status === "no-appendix") throw new InputError(NO_APPENDIX);

    const model = buildReport({
      appendix: result.appendix,
      details,
      draft,
      // the pane's way: a narrative kept in the workbook gives sections III and IV unless its text is asked for
      source: (from as ReportSource | undefined) ?? (reportPath ? "draft" : "sheet"),
      findings: result.findings,
    });
    const bytes = await reportDocx(model);
    try {
      await writeFile(out, bytes);
    } catch {
      throw new InputError({ vi: `Không ghi được tệp: ${out}`, en: `Cannot write the file: ${out}` });
    }
    // Written: now what the officer must know. The table's errors first (the report quotes its figures as they are).
    const errors = result.findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      io.err(`${t.errors(errors.length)}\n`);
      for (const f of errors) io.err(`  ${f.cells[0] ?? ""} ${f.message[opts.lang]}\n`);
    }
    if (model.flagged.length > 0) io.err(`${t.flagged(rowsName(result.appendix.form, model.flagged)[opts.lang])}\n`);
    io.out(`${t.written(out, model.figures.length)}\n`);
    if (Object.keys(saved).length > 0) io.out(`${t.savedDetails}\n`);
    const named = (keys: (keyof ReportDetails)[]) =>
      DRAFT_FIELDS.filter(([fields]) => fields.some((k) => keys.includes(k)))
        .map(([, name]) => name[opts.lang])
        .join(", ");
    if (model.detailsFrom.draft.length > 0) io.out(`${t.fromDraft(named(model.detailsFrom.draft))}\n`);
    if (model.detailsFrom.sheet.length > 0) io.out(`${t.fromSheet(named(model.detailsFrom.sheet))}\n`);
    if (kept) io.out(`${t.savedNarrative(kept.source.name)}\n`);
    if (model.unlinked.length > 0) {
      io.out(`${t.unlinked(model.unlinked.length)}\n`);
      for (const u of model.unlinked) io.out(`  - “${u.text}”: ${u.quote}\n`);
    }
    return 0;
  },
};
