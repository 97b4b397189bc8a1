/**
 * The readable report: a summary, then the findings grouped by section of the form, each with its cell address,
 * shown as the pane shows them (core/present.ts): reading notes folded into the finding about the same cell, numbers
 * typed as text listed once, the narrative's unmatched figures listed apart, notes that need no action left out.
 */
import type { Finding, Lang, Severity } from "../core/findings";
import { rowByCode } from "../core/form";
import { describeForm } from "../core/form/describe";
import type { FormDefinition } from "../core/form/schema";
import { splitAddress } from "../core/grid";
import { presentFindings, type FindingCard } from "../core/present";
import { capitalise, rowLabel, rowName, shortLabel } from "../core/rowName";

const SEVERITY_LABEL: Record<Severity, Record<Lang, string>> = {
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
  info: { vi: "THÔNG TIN", en: "INFO" },
};

const T = {
  title: { vi: "Kết quả kiểm tra biểu phụ lục CCHC", en: "CCHC appendix check" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  summary: {
    vi: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo`,
    en: (e: number, w: number) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}`,
  },
  none: { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  narrative: { vi: "Thuyết minh báo cáo", en: "Report narrative" },
  other: { vi: "Khác", en: "Other" },
  missingRows: { vi: "Các dòng của biểu không tìm thấy trong bảng", en: "Form rows not found in the table" },
  unrecognised: { vi: "Các dòng trong bảng không khớp chỉ tiêu nào của biểu", en: "Table rows that match no form row" },
  fix: { vi: "Sửa thành", en: "Fix" },
  form: { vi: "Biểu", en: "Form" },
  moreRows: {
    vi: (n: number) => `… và ${n.toLocaleString("vi-VN")} dòng khác`,
    en: (n: number) => `… and ${n.toLocaleString("en-US")} more rows`,
  },
  textNumbers: {
    vi: (n: number) => `${n} ô ghi số dạng chữ (đọc được chắc chắn, nên chuyển thành số)`,
    en: (n: number) =>
      `${n} ${n === 1 ? "cell holds" : "cells hold"} a number typed as text (read with certainty; convert to numbers)`,
  },
  unmatched: {
    vi: (n: number) => `${n} số liệu trong thuyết minh không thuộc dòng nào của biểu`,
    en: (n: number) => `${n} ${n === 1 ? "figure" : "figures"} of the narrative match no row of the appendix`,
  },
};

/** Rows listed by name at most (a sheet with 200,000 rows under the table must not print them all). */
export const MAX_LISTED_ROWS = 20;

export interface TextReportInput {
  form: FormDefinition;
  /** The form as chosen (before relations turned off), named on the report's second line. */
  usedForm?: FormDefinition;
  sheetName: string;
  findings: Finding[];
  missingCodes: string[];
  unrecognised: { cell: string; text: string }[];
}

/** The group (a row without parent) a finding's first row is in, "narrative", or "other". */
function sectionOf(card: FindingCard, form: FormDefinition): string {
  if (card.source === "narrative") return "narrative";
  const code = card.finding.codes[0];
  let row = code === undefined ? undefined : rowByCode(form, code);
  if (!row) return code?.split(".")[0] ?? "other";
  while (row.parent !== null) {
    const parent = rowByCode(form, row.parent);
    if (!parent) break;
    row = parent;
  }
  return row.code;
}

function local(address: string | undefined): string {
  return address ? splitAddress(address).local : "";
}

function cardLines(card: FindingCard, form: FormDefinition, lang: Lang): string[] {
  const f = card.finding;
  const where = local(f.cells[0]);
  const what = f.codes.length ? `${capitalise(rowName(form, f.codes[0])[lang])}: ${card.text[lang]}` : f.message[lang];
  const lines = [`  [${SEVERITY_LABEL[f.severity][lang]}] ${where ? `${where} ` : ""}${what}`];
  for (const note of card.notes) lines.push(`      (${note[lang]})`);
  if (f.quote && card.source === "narrative") lines.push(`      « ${f.quote} »`);
  if (f.fix) lines.push(`      → ${T.fix[lang]}: ${f.fix.display[lang]}`);
  return lines;
}

export function renderTextReport(input: TextReportInput, lang: Lang): string {
  const { form } = input;
  const view = presentFindings(input.findings, form);
  const lines: string[] = [];
  lines.push(`${T.title[lang]} — ${T.sheet[lang]} "${input.sheetName}"`);
  lines.push(`${T.form[lang]}: ${describeForm(input.usedForm ?? form)[lang]}`);
  lines.push(T.summary[lang](view.counts.error, view.counts.warning));
  if (view.cards.length === 0 && view.textNumbers.findings.length === 0) lines.push("", T.none[lang]);
  const sections = new Map<string, FindingCard[]>();
  for (const card of view.cards) {
    const key = sectionOf(card, form);
    sections.set(key, [...(sections.get(key) ?? []), card]);
  }
  const order = [...form.rows.filter((r) => r.parent === null).map((r) => r.code), "narrative", "other"];
  for (const key of order) {
    const list = sections.get(key);
    if (!list) continue;
    const group = form.rows.find((r) => r.code === key);
    const stt = group ? rowLabel(form, group.code).stt : null;
    const label = group ? (lang === "en" && group.labelEn ? group.labelEn : group.label) : "";
    const heading =
      key === "narrative" ? T.narrative[lang] : group ? (stt ? `${stt}. ${label}` : label) : T.other[lang];
    lines.push("", heading);
    for (const card of list) lines.push(...cardLines(card, form, lang));
  }
  const numbers = view.textNumbers.findings;
  if (numbers.length) {
    lines.push("", `${T.textNumbers[lang](numbers.length)}:`);
    lines.push(
      `  ${numbers.map((f) => `${local(f.cells[0])} "${f.quote ?? ""}" → ${f.fix?.display[lang] ?? ""}`).join("; ")}`,
    );
  }
  if (view.unmatched.length) {
    lines.push("", `${T.unmatched[lang](view.unmatched.length)}:`);
    for (const f of view.unmatched) {
      lines.push(`  - ${f.message[lang]}`);
      if (f.quote) lines.push(`      « ${f.quote} »`);
    }
  }
  if (input.missingCodes.length) {
    // the rows as printed (their STT, or their label), not their codes
    const rows = input.missingCodes.map((c) => {
      const r = rowLabel(form, c);
      return r.stt ?? `“${shortLabel(r.label[lang])}”`;
    });
    lines.push("", `${T.missingRows[lang]}: ${rows.join(", ")}`);
  }
  if (input.unrecognised.length) {
    lines.push("", `${T.unrecognised[lang]}:`);
    for (const u of input.unrecognised.slice(0, MAX_LISTED_ROWS))
      lines.push(`  ${splitAddress(u.cell).local} ${u.text}`);
    const more = input.unrecognised.length - MAX_LISTED_ROWS;
    if (more > 0) lines.push(`  ${T.moreRows[lang](more)}`);
  }
  return lines.join("\n") + "\n";
}
