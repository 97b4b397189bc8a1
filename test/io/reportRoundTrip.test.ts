/**
 * The round trip: export → read the .docx back → check it against the workbook. No narrative finding; change one cell
 * afterwards and exactly that row's figure disagrees. On the seed's workbook, on a workbook the test builds (written
 * with ExcelJS in another district's layout, read back as the CLI reads it), and from the officer's draft.
 */
import { readFileSync } from "node:fs";
import type { Appendix } from "../../src/core/appendix";
import type { Finding } from "../../src/core/findings";
import type { WorkbookGrid } from "../../src/core/grid";
import { checkNarrative } from "../../src/core/narrative/check";
import { readPlainText, type NarrativeDocument } from "../../src/core/narrative/document";
import { buildReport, type ReportInput } from "../../src/core/report/build";
import type { ReportModel } from "../../src/core/report/model";
import { readDocxText } from "../../src/io/docx";
import { reportDocx } from "../../src/io/reportDocx";
import { readXlsxGrid } from "../../src/io/xlsx";
import { writeBook, pct } from "../core/districts/book";
import { COMMUNE_2025, TWO_COLUMNS, shapeXlsxGrid } from "../core/form/infer/shapes";
import { consistentFigures } from "../core/districts/figures";
import { FIXTURE_DOCX, FIXTURE_XLSX, SEED_TXT, loadXlsxGrid } from "../helpers/fixtures";
import { SEED_DETAILS, checked, withCell } from "./reportFixtures";

async function exported(input: ReportInput): Promise<{ model: ReportModel; doc: NarrativeDocument }> {
  const model = buildReport(input);
  return { model, doc: await readDocxText(await reportDocx(model)) };
}

const narrative = (findings: Finding[]) => findings.filter((f) => f.kind === "narrative-mismatch");
const needsAction = (findings: Finding[]) => narrative(findings).filter((f) => f.severity !== "info");
const lines = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.codes.join(",")} ${f.message.en}`).join("\n");

/** Change one row's value cell and check the exported report against the changed workbook. */
function afterChange(grid: WorkbookGrid, appendix: Appendix, doc: NarrativeDocument, code: string, value: number | string) {
  const changed = checked(withCell(grid, appendix.rows.get(code)!.valueCell, value));
  return needsAction(checkNarrative(doc, changed.appendix));
}

describe("the seed's workbook, the report written from the sheet", () => {
  let grid: WorkbookGrid;
  let appendix: Appendix;
  let doc: NarrativeDocument;
  let model: ReportModel;
  beforeAll(async () => {
    grid = await loadXlsxGrid(FIXTURE_XLSX);
    appendix = checked(grid).appendix;
    ({ model, doc } = await exported({ appendix, details: SEED_DETAILS }));
  });

  it("reads back every linked figure with its row", () => {
    const marks = doc.paragraphs.flatMap((p) => (p.inTable ? [] : (p.marks ?? []).filter((m) => m.kind !== "label")));
    expect(marks).toHaveLength(model.figures.length);
    expect(marks.map((m) => m.code)).toEqual(model.figures.map((f) => f.code));
    const p = doc.paragraphs.find((q) => q.marks?.some((m) => m.code === "3.3.2a"))!;
    const m = p.marks!.find((x) => x.code === "3.3.2a")!;
    expect(p.text.slice(m.start, m.end)).toBe("1.851");
  });

  it("checked against the same workbook: no narrative finding at all", () => {
    const findings = checkNarrative(doc, appendix);
    expect(lines(findings)).toBe("");
  });

  it.each([
    ["3.3.2a", 1900, "1.851"],
    ["1.2", 0.8, "76%"],
    ["6.1.1", 70000, "69.843,532"],
    ["1.6", "Không", "đã thực hiện"],
    ["5.3.2", 2, "không phát sinh"],
    ["7.2.5b", 12, "TTHC nào có phát sinh phí, lệ phí đều có thể thanh toán trực tuyến"],
  ])("change %s afterwards: exactly that row disagrees", (code, value, said) => {
    const findings = afterChange(grid, appendix, doc, code, value);
    expect(findings.map((f) => [f.severity, f.codes[0]])).toEqual([["error", code]]);
    expect(findings[0].cells).toEqual([appendix.rows.get(code)!.valueCell]);
    expect(findings[0].quote!.slice(findings[0].quoteSpan!.start, findings[0].quoteSpan!.end)).toBe(
      code === "5.3.2" ? "lãnh đạo cấp phòng được bổ nhiệm mới" : said,
    );
  });

  it("emptying a cell afterwards: a warning on exactly that row", () => {
    const findings = afterChange(grid, appendix, doc, "4.5.2", "");
    expect(findings.map((f) => [f.severity, f.codes[0]])).toEqual([["warning", "4.5.2"]]);
  });
});

describe("a workbook the test builds (another district's layout, written with ExcelJS)", () => {
  let grid: WorkbookGrid;
  let appendix: Appendix;
  let doc: NarrativeDocument;
  beforeAll(async () => {
    const figures = consistentFigures();
    const buffer = await writeBook({
      sheetName: "Biểu số liệu",
      title: [["UBND HUYỆN BẠCH THÔNG"], ["BIỂU THỐNG KÊ SỐ LIỆU CCHC 6 THÁNG ĐẦU NĂM 2024"], []],
      header: [["TT", "Nội dung", "ĐVT", "Kết quả", "Ghi chú"]],
      columns: ["stt", "label", "unit", "value", "note"],
      values: {
        ...figures,
        "1.2": pct(80),
        "3.3.1": pct(Number(figures["3.3.1"]), 2),
        "1.3.1": 0,
      },
    });
    grid = await readXlsxGrid(buffer);
    appendix = checked(grid).appendix;
    ({ doc } = await exported({
      appendix,
      details: { unitName: "UBND huyện Bạch Thông", period: "6 tháng đầu năm", year: 2024, reportDate: "2024-06-14" },
    }));
  });

  it("checked against the same workbook: no narrative finding", () => {
    expect(lines(checkNarrative(doc, appendix))).toBe("");
  });

  it("change one cell afterwards: exactly that row", () => {
    const findings = afterChange(grid, appendix, doc, "1.2.1", 41);
    expect(findings.map((f) => f.codes[0])).toEqual(["1.2.1"]);
    expect(afterChange(grid, appendix, doc, "1.3.1", 3).map((f) => f.codes[0])).toEqual(["1.3.1"]);
  });
});

describe.each([
  ["a commune's 2025 form", COMMUNE_2025, ["13b", "36", "31", "3", "17"]],
  ["a table whose top rows hold figures (letters and “+”)", TWO_COLUMNS, ["2ab", "1aa", "3", "6"]],
])("a form learnt from the sheet: %s, written with ExcelJS", (_name, shape, changes) => {
  let grid: WorkbookGrid;
  let appendix: Appendix;
  let doc: NarrativeDocument;
  beforeAll(async () => {
    grid = await shapeXlsxGrid(shape);
    appendix = checked(grid).appendix;
    ({ doc } = await exported({ appendix, details: { unitName: "UBND xã Tân Lập", period: "năm", year: 2025 } }));
  });

  it("checked against the same workbook: no narrative finding", () => {
    expect(lines(checkNarrative(doc, appendix))).toBe("");
  });

  it.each(changes)("change row %s afterwards (a part inside its total's sentence, a “có” row, a verb, a percent): exactly that row", (code) => {
    const row = appendix.rows.get(code)!;
    const changed =
      row.value.status === "yesNo" ? (row.value.yes ? "Không" : "Có") : row.formRow.kind === "percent" ? 0.4321 : 777;
    expect(afterChange(grid, appendix, doc, code, changed).map((f) => f.codes[0])).toEqual([code]);
  });
});

describe("from the officer's draft", () => {
  it.each([
    ["the seed's text", () => readPlainText(readFileSync(SEED_TXT, "utf8"))],
    ["the seed's Word report", async () => readDocxText(readFileSync(FIXTURE_DOCX))],
  ])("%s: the export checks clean, what could not be tied is exactly what the export listed", async (_name, read) => {
    const grid = await loadXlsxGrid(FIXTURE_XLSX);
    const { appendix } = checked(grid);
    const { model, doc } = await exported({ appendix, details: SEED_DETAILS, draft: await read() });
    expect(model.figures.length).toBeGreaterThan(15);
    const findings = checkNarrative(doc, appendix);
    expect(lines(needsAction(findings))).toBe("");
    const infos = narrative(findings).filter((f) => f.severity === "info");
    const quoted = (f: Finding) => f.quote!.slice(f.quoteSpan!.start, f.quoteSpan!.end);
    expect(infos.map(quoted).sort()).toEqual(model.unlinked.map((u) => u.text.trim()).sort());

    // a cell changed afterwards: exactly the linked figure of that row
    const changed = afterChange(grid, appendix, doc, "4.5.2", 60);
    expect(changed.map((f) => [f.severity, f.codes[0]])).toEqual([["error", "4.5.2"]]);
  });
});
