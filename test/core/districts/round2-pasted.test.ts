/**
 * Round 2: an appendix pasted from a PDF or a web page. Every cell is text: numbers with thousands dots and decimal
 * commas, percents like "97,89 %", stray and non-breaking spaces, STT "1.2." with a trailing dot, roman group numbers,
 * labels split over two rows with the STT on the second, a long "Ghi chú" column, two sub-rows swapped, a form row
 * missing, an extra row the form does not have.
 */
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { currentForm } from "../../../src/core/form";
import type { FormRow } from "../../../src/core/form/schema";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import { errors, summary } from "./book";
import { consistentFigures, round, vn } from "./figures";

const NBSP = "\u00a0";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];
const t = (s: string | null): Cell => ({ value: s === null || s === "" ? null : s, text: s ?? "" });

/** A figure as the PDF shows it. */
function shown(row: FormRow, v: number | string | undefined, i: number): string {
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  if (row.kind === "percent") {
    const p = round(v, 2);
    const text = vn(p, Number.isInteger(p) ? 0 : 2);
    return i % 3 === 0 ? `${text} %` : i % 3 === 1 ? `${text}${NBSP}%` : `${text}%`;
  }
  if (row.kind === "amount") return `${NBSP}${vn(v, 3)} `;
  return i % 2 ? ` ${vn(v)}` : vn(v);
}

interface Layout {
  values: Record<string, number | string>;
  /** Codes whose label is split over two rows, the STT, unit and value on the second. */
  split?: string[];
  /** Pairs of codes written in each other's place. */
  swap?: [string, string][];
  /** Codes left out. */
  omit?: string[];
  /** Extra rows after a code: [label, unit, value]. */
  extra?: Record<string, [string, string, string]>;
  notes?: Record<string, string>;
}

/** The pasted sheet, and the grid row (1-based sheet row) each code landed on. */
function pasted(layout: Layout): { wb: WorkbookGrid; at: Map<string, number> } {
  const form = currentForm();
  const rows: Cell[][] = [
    [t("PHỤ LỤC")],
    [t("BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH")],
    [],
    ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"].map(t),
  ];
  const order = form.rows.map((r) => r.code);
  for (const [a, b] of layout.swap ?? []) {
    const i = order.indexOf(a);
    const j = order.indexOf(b);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const at = new Map<string, number>();
  order.forEach((code, i) => {
    if (layout.omit?.includes(code)) return;
    const row = form.rows.find((r) => r.code === code)!;
    const top = row.kind === "heading" && row.stt && /^\d$/.test(row.stt);
    const stt = top ? ROMAN[Number(row.stt) - 1] : row.stt ? (row.stt.includes(".") ? `${row.stt}.` : row.stt) : "";
    const label = top ? row.label.toUpperCase() : row.label;
    const value = shown(row, layout.values[code], i);
    const note = layout.notes?.[code] ?? "";
    if (layout.split?.includes(code)) {
      const words = label.split(" ");
      const cut = Math.ceil(words.length / 2);
      rows.push([t(""), t(words.slice(0, cut).join(" ")), t(""), t(""), t("")]);
      rows.push([t(stt), t(words.slice(cut).join(" ")), t(row.unit ?? ""), t(value), t(note)]);
    } else rows.push([t(stt), t(label), t(row.unit ?? ""), t(value), t(note)]);
    at.set(code, rows.length);
    const extra = layout.extra?.[code];
    if (extra) rows.push([t(""), t(extra[0]), t(extra[1]), t(extra[2]), t("")]);
  });
  rows.push([], [t(""), t("Người lập biểu"), t(""), t("TM. ỦY BAN NHÂN DÂN")]);
  return { wb: { sheets: [{ name: "Trang tính1", cells: rows }] }, at };
}

type Checked = Extract<CheckResult, { status: "checked" }>;
function check(layout: Layout) {
  const { wb, at } = pasted(layout);
  const r = checkWorkbook(wb);
  if (r.status !== "checked") throw new Error("appendix not found");
  return { r: r as Checked, cell: (code: string) => `'Trang tính1'!D${at.get(code)}` };
}

const LONG_NOTE =
  "Số liệu tổng hợp từ Hệ thống thông tin giải quyết TTHC tỉnh đến ngày 14/9/2023; chưa bao gồm hồ sơ của Bộ phận một cửa xã Quang Thuận do mất kết nối đường truyền trong tháng 8";

const LAYOUT: Layout = {
  values: consistentFigures(),
  split: ["3.2.3", "7.2.4", "1.4.4", "6.2.3a"],
  swap: [["3.3.1a", "3.3.1b"]],
  omit: ["5.3.6"],
  extra: {
    "3.3.1a": ["Số hồ sơ trả lại", "Hồ sơ", "5"],
    "7.2.4b": ["Số hồ sơ nộp qua bưu chính công ích", "Hồ sơ", "12"],
  },
  notes: { "3.3.1": LONG_NOTE, "7.2.4": LONG_NOTE, "4.2": "Không có" },
};

describe("pasted from a PDF: consistent figures", () => {
  const { r } = check(LAYOUT);
  test("no error; the missing row is the only one missing", () => {
    expect(summary(errors(r.findings))).toBe("");
    expect(r.appendix.missingCodes).toEqual(["5.3.6"]);
  });
  test("the swapped sub-rows keep their own values", () => {
    expect(r.appendix.rows.get("3.3.1a")?.value.number).toBe(1230);
    expect(r.appendix.rows.get("3.3.1b")?.value.number).toBe(1204);
  });
  test("labels split over two rows are read whole, at the row with the STT", () => {
    expect(r.appendix.rows.get("3.2.3")?.labelText).toBe(currentForm().rows.find((x) => x.code === "3.2.3")?.label);
    expect(r.appendix.rows.get("7.2.4")?.value.number).toBeCloseTo((1204 / 5106) * 100, 2);
  });
  test("the extra rows are unrecognised, not taken for form rows", () => {
    expect(r.appendix.unrecognised.map((u) => u.text)).toEqual([
      "Số hồ sơ trả lại",
      "Số hồ sơ nộp qua bưu chính công ích",
    ]);
  });
  test("numbers, percents and amounts read from Vietnamese text", () => {
    const n = (code: string) => r.appendix.rows.get(code)?.value.number;
    expect(n("7.2.4a")).toBe(5106);
    expect(n("3.3.1")).toBe(97.89);
    expect(n("6.1.1")).toBe(69843.532);
    expect(r.appendix.rows.get("1.6")?.value.yes).toBe(true);
  });
  test("only the notes on text read as numbers as warnings: no other kind", () => {
    expect(r.findings.filter((f) => f.severity === "warning" && f.kind !== "not-a-number").map((f) => f.kind)).toEqual(
      [],
    );
  });
});

describe("pasted from a PDF: planted faults", () => {
  const values = { ...consistentFigures() } as Record<string, number | string>;
  Object.assign(values, {
    "3.3.1": 95.5, // 1204/1230 = 97,89%
    "1.4.1": 19, // 15 + 3 + 2 = 20 tasks done or overdue: more than the 19 given
    "7.2.4b": 5200, // above 5.106 received
    "4.5.5": 112, // a percent over 100
    "6.2.2": "đang rà soát", // words in a numeric cell
  });
  const { r, cell } = check({ ...LAYOUT, values });
  const one = (code: string, kind: Finding["kind"]) => {
    const found = r.findings.filter((f) => f.codes[0] === code && f.kind === kind);
    expect([code, kind, found.length, summary(r.findings)]).toEqual([code, kind, 1, summary(r.findings)]);
    expect(found[0].cells[0]).toBe(cell(code));
    return found[0];
  };
  test("each fault at its cell", () => {
    expect(one("3.3.1", "ratio").severity).toBe("error");
    expect(one("1.4.1", "sum").severity).toBe("error");
    expect(one("7.2.4b", "part-exceeds-total").severity).toBe("error");
    expect(one("4.5.5", "range").severity).toBe("error");
    expect(one("6.2.2", "not-a-number").severity).toBe("error");
  });
  test("no error elsewhere", () => {
    // 6.2.2 unreadable: the 4.3 total cannot be verified, so no sum error is claimed.
    const stray = errors(r.findings).filter(
      (f) => !["3.3.1", "1.4.1", "7.2.4b", "4.5.5", "6.2.2", "7.2.4"].includes(f.codes[0]),
    );
    expect(summary(stray)).toBe("");
  });
});

test("rows with their STT swapped (1.4.3 written above 1.4.2) keep their own values", () => {
  const { r } = check({
    ...LAYOUT,
    swap: [
      ["1.4.2", "1.4.3"],
      ["7.2.1b", "7.2.1c"],
    ],
  });
  expect(r.appendix.rows.get("1.4.2")?.value.number).toBe(15);
  expect(r.appendix.rows.get("1.4.3")?.value.number).toBe(3);
  expect(r.appendix.rows.get("7.2.1b")?.value.number).toBe(45);
  expect(r.appendix.rows.get("7.2.1c")?.value.number).toBe(30);
  expect(r.appendix.missingCodes).toEqual(["5.3.6"]);
  expect(summary(errors(r.findings))).toBe("");
});
