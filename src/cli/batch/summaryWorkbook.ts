/**
 * The summary workbook of a `check-all` run (bảng tổng hợp), for the provincial Department of Home Affairs:
 *   "Tổng hợp"  a row per unit, worst first: errors, warnings, the key figures, a link to its findings; beside it a
 *               chart of the error counts of the units with the most errors;
 *   "Chi tiết"  each unit's findings (or why it could not be checked), a block per unit in the same order, with a
 *               link back.
 */
import type { Bilingual, Lang, Severity } from "../../core/findings";
import { KEY_FIGURE_IDS, KEY_FIGURES, type KeyFigureId } from "../../core/keyFigures";
import type { BarChartSpec } from "../xlsx/barChart";
import { sheetRef } from "../xlsx/xml";
import { writeXlsxFile, type XlsxCell, type XlsxRow } from "../xlsx/writer";
import type { SpoolRef } from "./spool";
import type { FindingRow, UnitResult } from "./unit";

/** What the summary keeps of one unit (the findings themselves wait in the spool). */
export interface UnitSummary {
  name: string;
  workbookFile: string;
  reportFile: string | null;
  result:
    | Exclude<UnitResult, { status: "checked" }>
    | (Omit<Extract<UnitResult, { status: "checked" }>, "findings"> & { findingCount: number });
  findings: SpoolRef | null;
}

/** Units that could not be checked first (they must be sent again), then by errors, warnings, name. */
export function worstFirst(a: UnitSummary, b: UnitSummary): number {
  const failed = (u: UnitSummary) => (u.result.status === "failed" ? 1 : 0);
  const errors = (u: UnitSummary) => (u.result.status === "checked" ? u.result.errors : 0);
  const warnings = (u: UnitSummary) => (u.result.status === "checked" ? u.result.warnings : 0);
  return (
    failed(b) - failed(a) || errors(b) - errors(a) || warnings(b) - warnings(a) || a.name.localeCompare(b.name, "vi")
  );
}

const T = {
  summarySheet: { vi: "Tổng hợp", en: "Summary" },
  detailSheet: { vi: "Chi tiết", en: "Details" },
  title: { vi: "Tổng hợp kết quả kiểm tra báo cáo CCHC", en: "CCHC reports: check summary" },
  no: { vi: "STT", en: "No." },
  unit: { vi: "Đơn vị", en: "Unit" },
  errors: { vi: "Lỗi", en: "Errors" },
  warnings: { vi: "Cảnh báo", en: "Warnings" },
  findings: { vi: "Chi tiết", en: "Findings" },
  workbook: { vi: "Tệp biểu", en: "Workbook" },
  report: { vi: "Báo cáo", en: "Report" },
  notes: { vi: "Ghi chú", en: "Notes" },
  severity: { vi: "Mức", en: "Severity" },
  cell: { vi: "Ô", en: "Cell" },
  row: { vi: "Dòng", en: "Row" },
  message: { vi: "Nội dung", en: "Finding" },
  fix: { vi: "Sửa thành", en: "Fix" },
  quote: { vi: "Trích thuyết minh", en: "Narrative quote" },
  see: { vi: (n: number) => `Xem ${n} phát hiện`, en: (n: number) => `See ${n} findings` },
  seeFailure: { vi: "Xem lý do", en: "See why" },
  none: { vi: "Không có phát hiện nào.", en: "No findings." },
  back: { vi: "← Về bảng tổng hợp", en: "← Back to the summary" },
  failed: { vi: "Không kiểm tra được", en: "Could not be checked" },
  counts: {
    vi: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    en: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} info`,
  },
  more: { vi: (n: number) => `… và ${n} phát hiện khác`, en: (n: number) => `… and ${n} more findings` },
  computed: {
    vi: (what: string) => `${what}: ô để trống, tính từ các dòng thành phần`,
    en: (what: string) => `${what}: cell empty, computed from its parts`,
  },
  form: { vi: (name: string) => `Biểu: ${name}`, en: (name: string) => `Form: ${name}` },
  chartTitle: {
    vi: (n: number, all: boolean) => (all ? "Số lỗi theo đơn vị" : `Số lỗi: ${n} đơn vị nhiều lỗi nhất`),
    en: (n: number, all: boolean) => (all ? "Errors per unit" : `Errors: the ${n} units with the most`),
  },
};

const SEVERITY: Record<Severity, Bilingual> = {
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
  info: { vi: "THÔNG TIN", en: "INFO" },
};

/** At most this many units in the chart (the worst): more bars than this cannot be read. */
export const CHART_UNITS = 30;

export interface SummaryOptions {
  lang: Lang;
  /** The form run when none was named: its id is noted only for units checked with another. */
  defaultFormId: string;
  readFindings(ref: SpoolRef): FindingRow[];
}

const header = (texts: string[]): XlsxRow => texts.map((value) => ({ value, style: "header" as const }));

/** Rows a unit takes on the detail sheet: its heading and its findings (or one line saying there are none). */
function detailRowCount(u: UnitSummary): number {
  if (u.result.status === "failed") return 2;
  const shown = u.result.findingCount;
  if (shown === 0) return 2;
  const truncated = u.result.errors + u.result.warnings + u.result.infos > shown ? 1 : 0;
  return 1 + shown + truncated;
}

/** `units` must already be sorted (worstFirst). */
export async function writeSummaryWorkbook(
  file: string,
  units: readonly UnitSummary[],
  options: SummaryOptions,
): Promise<void> {
  const { lang } = options;
  const summaryName = T.summarySheet[lang];
  const detailName = T.detailSheet[lang];

  // Where each unit's block starts on the detail sheet (0-based rows; row 0 is the header).
  const detailStart: number[] = [];
  let row = 1;
  for (const u of units) {
    detailStart.push(row);
    row += detailRowCount(u);
  }
  const detailRows = row - 1;

  const figureHeaders = KEY_FIGURE_IDS.map((id) => KEY_FIGURES[id].name[lang]);
  const summaryRows: XlsxRow[] = [
    header([
      T.no[lang],
      T.unit[lang],
      T.errors[lang],
      T.warnings[lang],
      ...figureHeaders,
      T.findings[lang],
      T.workbook[lang],
      T.report[lang],
      T.notes[lang],
    ]),
  ];
  units.forEach((u, i) => {
    const link = `${sheetRef(detailName)}!A${detailStart[i] + 1}`;
    const base = (path: string) => path.split(/[\\/]/).pop() ?? path;
    const files = [base(u.workbookFile), u.reportFile ? base(u.reportFile) : ""];
    if (u.result.status === "failed") {
      summaryRows.push([
        i + 1,
        { value: u.name, style: "bold" },
        null,
        null,
        ...KEY_FIGURE_IDS.map(() => null),
        { value: T.seeFailure[lang], style: "link", link },
        ...files,
        { value: `${T.failed[lang]}: ${u.result.reason[lang]}`, style: "muted" },
      ]);
      return;
    }
    const r = u.result;
    const notes: string[] = [];
    for (const id of KEY_FIGURE_IDS)
      if (r.figures[id].source === "computed") notes.push(T.computed[lang](KEY_FIGURES[id].name[lang]));
    if (r.formId !== options.defaultFormId)
      notes.push(/^(biểu|form)\b/iu.test(r.formName) ? r.formName : T.form[lang](r.formName));
    const total = r.errors + r.warnings + r.infos;
    summaryRows.push([
      i + 1,
      u.name,
      { value: r.errors, style: r.errors ? "errorCount" : "integer" },
      { value: r.warnings, style: "integer" },
      ...KEY_FIGURE_IDS.map((id: KeyFigureId): XlsxCell => {
        const v = r.figures[id].value;
        return { value: v === null ? null : v / 100, style: "percent" };
      }),
      total ? { value: T.see[lang](total), style: "link", link } : { value: T.none[lang], style: "muted" },
      ...files,
      notes.length ? { value: notes.join("; "), style: "muted" } : null,
    ]);
  });

  // The chart: the worst checked units (failed ones sort first and have no count).
  const firstChecked = units.findIndex((u) => u.result.status === "checked");
  const checked = firstChecked < 0 ? [] : units.slice(firstChecked, firstChecked + CHART_UNITS);
  const columns = 7 + KEY_FIGURE_IDS.length + 1;
  const chart: BarChartSpec | undefined = checked.length
    ? {
        title: T.chartTitle[lang](checked.length, units.length - firstChecked <= CHART_UNITS),
        seriesName: T.errors[lang],
        sheet: summaryName,
        categoryCol: 1,
        valueCol: 2,
        fromRow: firstChecked + 1,
        toRow: firstChecked + checked.length,
        categories: checked.map((u) => u.name),
        values: checked.map((u) => (u.result.status === "checked" ? u.result.errors : 0)),
        anchor: {
          fromCol: columns + 1,
          fromRow: 1,
          toCol: columns + 10,
          toRow: 1 + Math.max(16, Math.ceil(checked.length * 1.4) + 6),
        },
      }
    : undefined;

  async function* details(): AsyncGenerator<XlsxRow> {
    yield header([
      T.unit[lang],
      T.severity[lang],
      T.cell[lang],
      T.row[lang],
      T.message[lang],
      T.fix[lang],
      T.quote[lang],
    ]);
    for (const [i, u] of units.entries()) {
      const back: XlsxCell = { value: T.back[lang], style: "link", link: `${sheetRef(summaryName)}!B${i + 2}` };
      if (u.result.status === "failed") {
        yield [
          { value: u.name, style: "bold" },
          null,
          null,
          null,
          { value: T.failed[lang], style: "bold" },
          null,
          back,
        ];
        yield [u.name, SEVERITY.error[lang], null, null, { value: u.result.reason[lang], style: "wrap" }];
        continue;
      }
      const r = u.result;
      yield [
        { value: u.name, style: "bold" },
        null,
        null,
        null,
        { value: T.counts[lang](r.errors, r.warnings, r.infos), style: "bold" },
        null,
        back,
      ];
      const rows = u.findings ? options.readFindings(u.findings) : [];
      if (rows.length === 0) yield [u.name, null, null, null, { value: T.none[lang], style: "muted" }];
      for (const f of rows)
        yield [
          u.name,
          { value: SEVERITY[f.severity][lang], style: f.severity === "error" ? "errorCount" : "text" },
          f.cell,
          f.row,
          { value: f.message, style: "wrap" },
          f.fix,
          f.quote ? { value: f.quote, style: "wrap" } : null,
        ];
      const total = r.errors + r.warnings + r.infos;
      if (total > rows.length && rows.length > 0)
        yield [u.name, null, null, null, { value: T.more[lang](total - rows.length), style: "muted" }];
    }
  }

  await writeXlsxFile(file, {
    title: T.title[lang],
    creator: "cchc check-all",
    sheets: [
      {
        name: summaryName,
        widths: [5, 28, 7, 9, 14, 14, 14, 18, 24, 20, 40],
        rows: summaryRows,
        freezeHeader: true,
        autoFilterRows: units.length,
        chart,
      },
      {
        name: detailName,
        widths: [24, 11, 7, 10, 70, 12, 60],
        rows: details(),
        freezeHeader: true,
        autoFilterRows: detailRows,
      },
    ],
  });
}
