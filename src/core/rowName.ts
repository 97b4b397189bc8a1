/**
 * A row as the officer sees it on the printed form: its STT ("7.2.4"), or, for a sub-row printed without one, its
 * label under the parent's STT ("Số hồ sơ TTHC đã tiếp nhận trực tuyến", under 7.2.4). Row codes such as "7.2.4b"
 * are a contract between programs (findings' codes, the JSON output); messages and the pane never show them.
 */
import type { Bilingual } from "./findings";
import type { FormDefinition, FormRow } from "./form/schema";

export interface RowLabel {
  code: string;
  /** The printed STT, or null for a sub-row printed without one. */
  stt: string | null;
  /** The label as printed (brackets kept), in each language (English falls back to the Vietnamese). */
  label: Bilingual;
  /** For a row without an STT: the STT of the nearest row above it in the tree that has one ("7.2.4"). */
  parentStt: string | null;
}

/** Longest label shown in a message before it is cut at a word with "…". */
const SHORT_LABEL = 60;

/**
 * The STT as it names a row: as printed, without the full stop officers type after it ("II." → "II", "8." → "8"),
 * so that "dòng 8" and "II. Chính quyền số" do not print it twice. Null for a blank STT.
 */
export function printedStt(stt: string | null | undefined): string | null {
  const t = (stt ?? "")
    .trim()
    .replace(/\s*\.+$/u, "")
    .trim();
  return t === "" ? null : t;
}

const rowsByCode = new WeakMap<FormDefinition, Map<string, FormRow>>();

export function rowLabel(form: FormDefinition, code: string): RowLabel {
  let byCode = rowsByCode.get(form);
  if (!byCode) {
    byCode = new Map(form.rows.map((r) => [r.code, r]));
    rowsByCode.set(form, byCode);
  }
  const row = byCode.get(code);
  if (!row) return { code, stt: code, label: { vi: code, en: code }, parentStt: null };
  let parentStt: string | null = null;
  const stt = printedStt(row.stt);
  if (!stt) {
    for (let p = row.parent ? byCode.get(row.parent) : undefined; p; p = p.parent ? byCode.get(p.parent) : undefined) {
      parentStt = printedStt(p.stt);
      if (parentStt) break;
    }
  }
  return { code, stt, label: { vi: row.label, en: row.labelEn ?? row.label }, parentStt };
}

/** A label cut to a readable length at a word boundary, without its bracketed asides. */
export function shortLabel(label: string, max = SHORT_LABEL): string {
  const plain = label
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[.;:,]+$/, "")
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, "")}…`;
}

/** "dòng 7.2.4" / "dòng “Số hồ sơ TTHC đã tiếp nhận trực tuyến” (mục 7.2.4)". */
export function rowName(form: FormDefinition, code: string): Bilingual {
  const r = rowLabel(form, code);
  if (r.stt) return { vi: `dòng ${r.stt}`, en: `row ${r.stt}` };
  const under = r.parentStt ? { vi: ` (mục ${r.parentStt})`, en: ` (under ${r.parentStt})` } : { vi: "", en: "" };
  return {
    vi: `dòng “${shortLabel(r.label.vi)}”${under.vi}`,
    en: `row “${shortLabel(r.label.en)}”${under.en}`,
  };
}

/** The same with a capital first letter, to open a sentence. */
export function RowName(form: FormDefinition, code: string): Bilingual {
  const n = rowName(form, code);
  return { vi: capitalise(n.vi), en: capitalise(n.en) };
}

/**
 * Several rows: "dòng 1.4.3, 1.4.4"; the sub-rows of one parent as "các dòng chi tiết của 3.1.4"; otherwise each
 * named, joined with joiner.
 */
export function rowsName(form: FormDefinition, codes: string[], joiner = ", "): Bilingual {
  const labels = codes.map((c) => rowLabel(form, c));
  if (labels.every((l) => l.stt)) {
    const list = labels.map((l) => l.stt).join(joiner);
    return codes.length === 1
      ? { vi: `dòng ${list}`, en: `row ${list}` }
      : { vi: `các dòng ${list}`, en: `rows ${list}` };
  }
  const parents = new Set(labels.map((l) => l.parentStt));
  if (codes.length > 1 && labels.every((l) => !l.stt) && parents.size === 1 && labels[0].parentStt) {
    const p = labels[0].parentStt;
    return { vi: `các dòng chi tiết của ${p}`, en: `the detail rows of ${p}` };
  }
  const named = codes.map((c) => rowName(form, c));
  return { vi: named.map((n) => n.vi).join(joiner), en: named.map((n) => n.en).join(joiner) };
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi-VN") + s.slice(1);
}
