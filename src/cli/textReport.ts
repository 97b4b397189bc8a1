/** The readable report: a summary, then findings grouped by section of the form, each with its cell address. */
import type { Finding, Lang, Severity } from "../core/findings";
import type { FormDefinition } from "../core/form/schema";
import { splitAddress } from "../core/grid";

const SEVERITY_LABEL: Record<Severity, Record<Lang, string>> = {
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
  info: { vi: "THÔNG TIN", en: "INFO" },
};

const T = {
  title: { vi: "Kết quả kiểm tra biểu phụ lục CCHC", en: "CCHC appendix check" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  summary: {
    vi: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    en: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} info`,
  },
  none: { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  narrative: { vi: "Thuyết minh báo cáo", en: "Report narrative" },
  other: { vi: "Khác", en: "Other" },
  missingRows: { vi: "Các dòng của biểu không tìm thấy trong bảng", en: "Form rows not found in the table" },
  unrecognised: { vi: "Các dòng trong bảng không khớp chỉ tiêu nào của biểu", en: "Table rows that match no form row" },
  fix: { vi: "Sửa thành", en: "Fix" },
  moreRows: {
    vi: (n: number) => `… và ${n.toLocaleString("vi-VN")} dòng khác`,
    en: (n: number) => `… and ${n.toLocaleString("en-US")} more rows`,
  },
};

/** Rows listed by name at most (a sheet with 200,000 rows under the table must not print them all). */
export const MAX_LISTED_ROWS = 20;

export interface TextReportInput {
  form: FormDefinition;
  sheetName: string;
  findings: Finding[];
  missingCodes: string[];
  unrecognised: { cell: string; text: string }[];
}

function sectionOf(f: Finding): string {
  if (f.kind === "narrative-mismatch" || f.kind === "date") return "narrative";
  return f.codes[0]?.split(".")[0] ?? "other";
}

export function renderTextReport(input: TextReportInput, lang: Lang): string {
  const { form, findings } = input;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const lines: string[] = [];
  lines.push(`${T.title[lang]} — ${T.sheet[lang]} "${input.sheetName}"`);
  lines.push(T.summary[lang](count("error"), count("warning"), count("info")));
  if (findings.length === 0) lines.push("", T.none[lang]);
  const sections = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = sectionOf(f);
    sections.set(key, [...(sections.get(key) ?? []), f]);
  }
  const order = [...form.rows.filter((r) => r.parent === null).map((r) => r.code), "narrative", "other"];
  for (const key of order) {
    const list = sections.get(key);
    if (!list) continue;
    const group = form.rows.find((r) => r.code === key);
    const heading =
      key === "narrative"
        ? T.narrative[lang]
        : group
          ? `${group.stt ?? group.code}. ${lang === "en" && group.labelEn ? group.labelEn : group.label}`
          : T.other[lang];
    lines.push("", heading);
    for (const f of list) {
      const where = f.cells.length ? splitAddress(f.cells[0]).local : "";
      lines.push(`  [${SEVERITY_LABEL[f.severity][lang]}] ${where ? `${where} ` : ""}${f.message[lang]}`);
      if (f.quote && (f.kind === "narrative-mismatch" || f.kind === "date")) lines.push(`      « ${f.quote} »`);
      if (f.fix) lines.push(`      → ${T.fix[lang]}: ${f.fix.display[lang]}`);
    }
  }
  if (input.missingCodes.length) lines.push("", `${T.missingRows[lang]}: ${input.missingCodes.join(", ")}`);
  if (input.unrecognised.length) {
    lines.push("", `${T.unrecognised[lang]}:`);
    for (const u of input.unrecognised.slice(0, MAX_LISTED_ROWS))
      lines.push(`  ${splitAddress(u.cell).local} ${u.text}`);
    const more = input.unrecognised.length - MAX_LISTED_ROWS;
    if (more > 0) lines.push(`  ${T.moreRows[lang](more)}`);
  }
  return lines.join("\n") + "\n";
}
