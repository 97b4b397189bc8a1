/**
 * What the officer is shown of the seed's real appendix and report (core/present.ts): errors first, reading notes
 * folded into the card about the same cell, the numbers typed as text as one item, the narrative's unmatched figures
 * apart, no notes that need no action, rows as printed.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { checkNarrative } from "../../src/core/narrative";
import { presentFindings, rowHeading, type FindingsView } from "../../src/core/present";
import { readDocxText } from "../../src/io/docx";
import { FIXTURE_DOCX, FIXTURE_XLSX, loadXlsxGrid } from "../helpers/fixtures";
import { readFileSync } from "node:fs";

let findings: Finding[];
let view: FindingsView;

beforeAll(async () => {
  const result = checkWorkbook(await loadXlsxGrid(FIXTURE_XLSX));
  if (result.status !== "checked") throw new Error("appendix not found");
  const doc = await readDocxText(new Uint8Array(readFileSync(FIXTURE_DOCX)));
  findings = [...result.findings, ...checkNarrative(doc, result.appendix)];
  view = presentFindings(findings, result.appendix.form);
});

test("errors lead, the table's and the narrative's together, then the warnings; nothing else is a card", () => {
  const severities = view.cards.map((c) => c.severity);
  const firstWarning = severities.indexOf("warning");
  expect(firstWarning).toBeGreaterThan(0);
  expect(severities.slice(0, firstWarning).every((s) => s === "error")).toBe(true);
  expect(severities.slice(firstWarning).every((s) => s === "warning")).toBe(true);
  const errors = view.cards.filter((c) => c.severity === "error");
  expect(errors.some((c) => c.source === "table")).toBe(true);
  expect(errors.some((c) => c.source === "narrative")).toBe(true);
  // in form order: the narrative's 1.3.1 comes before the table's 7.2.2
  const order = errors.map((c) => c.finding.codes[0] ?? "date");
  expect(order.indexOf("1.3.1")).toBeLessThan(order.indexOf("7.2.2"));
  expect(view.counts.error).toBe(errors.length);
});

test("one card per cell and problem: the reading note of 5.75% is folded into the 7.2.4 ratio error", () => {
  const cards = view.cards.filter((c) => c.finding.cells[0] === "'Phụ lục'!D120" && c.source === "table");
  expect(cards).toHaveLength(1);
  expect(cards[0].finding.kind).toBe("ratio");
  expect(cards[0].notes.map((n) => n.vi)).toEqual(['Ô D120 ghi "5.75%" dạng chữ, đã hiểu là 5,75%.']);
  expect(cards[0].text.vi).toBe("Ghi 5,75% nhưng 396/5.106 = 7,76%.");
  expect(view.textNumbers.findings.some((f) => f.cells[0] === "'Phụ lục'!D120")).toBe(false);
  // listed in its card, but converted with the others: “Chuyển N ô thành số” leaves no number typed as text behind
  expect(view.textNumbers.inCards.map((f) => f.cell)).toEqual(["'Phụ lục'!D112", "'Phụ lục'!D120"]);
  expect(view.textNumbers.inCards.map((f) => f.value)).toEqual([0.5204, 0.0575]);
});

test("numbers typed as text read with certainty are one quiet item with one conversion per cell", () => {
  const cells = view.textNumbers.findings.map((f) => f.cells[0].replace("'Phụ lục'!", ""));
  expect(cells).toEqual(["D24", "D31", "D32", "D33", "D65", "D87", "D96", "D105"]);
  expect(view.textNumbers.fixes.map((x) => x.value)).toEqual([2, 1, 2, 2, 2, 2, 1, 0.9849]);
  expect(view.counts.info).toBe(8);
  expect(view.cards.some((c) => c.finding.ruleId === "text-number")).toBe(false);
});

test("notes that need no action are not shown: 1 read as Có, a zero denominator", () => {
  expect(findings.some((f) => f.codes[0] === "1.6")).toBe(true); // the JSON keeps it
  const shown = view.shown;
  expect(shown.some((f) => f.codes[0] === "1.6")).toBe(false);
  expect(shown.some((f) => f.codes[0] === "1.3.4")).toBe(false);
  expect(shown.some((f) => f.severity === "info" && f.ruleId !== "text-number")).toBe(false);
});

test("the narrative's figures that match no row are a list apart, with their sentences", () => {
  expect(view.unmatched.length).toBeGreaterThan(20);
  for (const f of view.unmatched) {
    expect(f.quote).toBeTruthy();
    expect(f.codes).toEqual([]);
  }
  const narrativeCards = view.cards.filter((c) => c.source === "narrative");
  // what needs action in the narrative: 3 figures that disagree, 3 impossible or late dates, 1 other period
  expect(narrativeCards.filter((c) => c.severity === "error")).toHaveLength(6);
});

test("rows as printed: a sub-row shows its label under its parent's STT, never an invented code", () => {
  const card = view.cards.find((c) => c.finding.codes[0] === "7.2.3b");
  expect(card?.row).toMatchObject({ stt: null, parentStt: "7.2.3" });
  expect(rowHeading(card!.row!, "vi")).toEqual({
    stt: "7.2.3",
    label: "Số TTHC cung cấp trực tuyến mức độ 3 và 4 đã tích hợp, công khai trên Cổng DVC quốc gia",
  });
  for (const c of view.cards) {
    expect(c.text.vi).not.toMatch(/\d\.\d[a-z]\b/);
    expect(c.finding.message.vi).not.toMatch(/\b\d+(\.\d+)+[a-z]\b/);
  }
  expect(card?.text.vi).toBe("Để trống nên không kiểm tra được tỷ lệ 100% ở dòng 7.2.3.");
});

test("a finding of a relation inferred from the labels: one plain sentence, and the inference as a note under it", async () => {
  const { COMMUNE_2025, rowIndex, shapeGrid, withValues } = await import("./form/infer/shapes");
  const grid = shapeGrid(
    withValues(COMMUNE_2025, { [rowIndex(COMMUNE_2025, "Tỷ lệ hoàn thành Kế hoạch CCHC năm")]: [{ pct: 80 }] }),
  );
  const result = checkWorkbook(grid);
  if (result.status !== "checked") throw new Error("appendix not found");
  const commune = presentFindings(result.findings, result.appendix.form);
  const card = commune.cards.find((c) => c.finding.kind === "ratio" && c.finding.codes[0] === "4")!;
  expect(card.text.vi).toBe("Ghi 80% nhưng 18/24 = 75,00%.");
  expect(card.text.en).toBe("Says 80% but 18/24 = 75.00%.");
  expect(card.notes.map((n) => n.vi)).toEqual([
    "Phép kiểm tra này được suy ra từ tên các chỉ tiêu, độ tin cậy 85%: «Tỷ lệ hoàn thành Kế hoạch CCHC năm» = đã hoàn thành / kế hoạch.",
  ]);
  // The relation, named as the officer turns it off (relationKey); the JSON message still says it all in one line.
  expect(card.finding.inferred).toEqual({
    relation: "ratio 4 = 3 / 2",
    evidence: "«Tỷ lệ hoàn thành Kế hoạch CCHC năm» = đã hoàn thành / kế hoạch",
    confidence: 0.85,
  });
  expect(card.finding.message.vi).toMatch(/\(Quan hệ suy ra từ nhãn của biểu, độ tin cậy 85%: «Tỷ lệ hoàn thành/);
  // A known form's findings carry no such note.
  expect(view.cards.some((c) => c.finding.inferred)).toBe(false);
});

test("a table of several value columns: the finding's line beside its row names the column", async () => {
  const { checked } = await import("./unseen/grid");
  const { findingLine } = await import("../../src/core/present");
  const result = checked([
    ["TT", "Nội dung", "ĐVT", "Số liệu", "", "Ghi chú"],
    ["", "", "", "Quý IV/2025", "Lũy kế năm 2025", ""],
    ["I", "Cải cách thủ tục hành chính", "", "", ""],
    ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", 1236, 4915],
    ["-", "Trực tuyến", "Hồ sơ", 1002, 3811],
    ["-", "Trực tiếp, bưu chính", "Hồ sơ", 234, 1094],
    ["2", "Số văn bản chỉ đạo, điều hành về CCHC", "Văn bản", 3, 11],
  ]);
  const sum = result.findings.find((f) => f.kind === "sum")!;
  expect(sum.message.vi).toMatch(/^Cột «Lũy kế năm 2025»: /);
  expect(findingLine(sum, result.appendix.form).vi).toMatch(/^Dòng 1: Cột «Lũy kế năm 2025»: ghi 4\.915 nhưng/i);
});
