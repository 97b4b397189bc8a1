/**
 * The report from the officer's draft: their text kept paragraph by paragraph, every figure the matcher ties to a row
 * rewritten from that row, the rest left as written and listed; a report exported earlier takes the new values of
 * its linked figures ("this quarter's report from last quarter's text").
 */
import { readFileSync } from "node:fs";
import { checkWorkbook } from "../../../src/core/check";
import type { WorkbookGrid } from "../../../src/core/grid";
import { readPlainText, type NarrativeDocument } from "../../../src/core/narrative/document";
import { buildReport } from "../../../src/core/report/build";
import { runsText, type Block, type Run } from "../../../src/core/report/model";
import { draftBodyRange, rewriteDraft } from "../../../src/core/report/rewrite";
import { reportDocx } from "../../../src/io/reportDocx";
import { readDocxText } from "../../../src/io/docx";
import { FIXTURE_XLSX, SEED_TXT, loadXlsxGrid, cloneWorkbook } from "../../helpers/fixtures";

function appendixOf(grid: WorkbookGrid) {
  const r = checkWorkbook(grid);
  if (r.status !== "checked") throw new Error("appendix not found");
  return r;
}

const figureRuns = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === "table" ? [] : b.runs)).filter((r): r is Extract<Run, { kind: "figure" }> => r.kind === "figure");
const paragraphWith = (blocks: Block[], words: string) =>
  blocks.map((b) => (b.type === "table" ? "" : runsText(b.runs))).find((t) => t.includes(words)) ?? "";

/** Set the value cell of a row in a copy of the workbook. */
function withValue(grid: WorkbookGrid, cell: string, value: number | string): WorkbookGrid {
  const copy = cloneWorkbook(grid);
  const m = /^'?(.+?)'?!([A-Z]+)(\d+)$/.exec(cell)!;
  const sheet = copy.sheets.find((s) => s.name === m[1])!;
  const col = m[2].charCodeAt(0) - 65;
  const row = Number(m[3]) - 1 - (sheet.originRow ?? 0);
  sheet.cells[row][col - (sheet.originCol ?? 0)] = { value, text: String(value) };
  return copy;
}

describe("the seed's draft against the seed's table", () => {
  let grid: WorkbookGrid;
  let draft: NarrativeDocument;
  beforeAll(async () => {
    grid = await loadXlsxGrid(FIXTURE_XLSX);
    draft = readPlainText(readFileSync(SEED_TXT, "utf8"));
  });

  it("keeps the body: from after the title and summary to before “Nơi nhận”", () => {
    const { start, end } = draftBodyRange(draft);
    expect(draft.paragraphs[start].text).toMatch(/^Thực hiện công văn số 297\/SNV/);
    expect(draft.paragraphs[end].text).toMatch(/^Nơi nhận/);
  });

  it("rewrites the figures tied to rows from the table, keeps the officer's words", () => {
    const { appendix } = appendixOf(grid);
    const out = rewriteDraft(draft, appendix);
    // 64/72: the table says 63 officials present of 72
    expect(paragraphWith(out.blocks, "Tổng số công chức huyện hiện nay là")).toContain("là 63/72; viên chức là 622/694");
    // the pair and its percent are the table's (which is itself wrong: the check said so before exporting)
    expect(paragraphWith(out.blocks, "hồ sơ TTHC có phát sinh trực tuyến")).toContain("là 396/5.106 hồ sơ, đạt tỷ lệ 5,75%.");
    const codes = figureRuns(out.blocks).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["1.2.1", "1.2.2", "4.5.2", "4.5.1", "7.2.4b", "7.2.4a", "7.2.4", "6.1.1", "6.1.2", "6.1"]));
    // the words around them are the officer's own: where the table agrees, the paragraph reads exactly as written
    const original = draft.paragraphs.find((p) => p.text.includes("xác định 7 nội dung chính"))!.text;
    expect(paragraphWith(out.blocks, "xác định 7 nội dung chính")).toBe(original);
    expect(original).toContain("đã thực hiện 35/46 nội dung");
    expect(out.hasClosing).toBe(true);
  });

  it("lists the figures it could not tie to a row, left as written", () => {
    const { appendix } = appendixOf(grid);
    const out = rewriteDraft(draft, appendix);
    const texts = out.unlinked.map((u) => u.text);
    expect(texts).toEqual(expect.arrayContaining(["7", "269", "106", "1.869", "59,33 %"]));
    for (const u of out.unlinked) expect(u.quote.slice(u.span.start, u.span.end)).toBe(u.text);
    expect(out.unlinked.every((u) => u.reason === "no-row")).toBe(true);
  });

  it("says which rows with errors the report quotes", () => {
    const r = appendixOf(grid);
    const model = buildReport({ appendix: r.appendix, details: {}, draft, findings: r.findings });
    expect(model.flagged).toContain("7.2.4");
    expect(model.flagged).not.toContain("1.2");
  });

  it("a disagreeing figure is corrected from the table", () => {
    const { appendix } = appendixOf(grid);
    const doc = readPlainText("Trong kỳ, UBND huyện đã hoàn thành 36/46 nhiệm vụ, đạt 78% kế hoạch CCHC năm.");
    const out = rewriteDraft(doc, appendix);
    expect(runsText((out.blocks[0] as Extract<Block, { type: "paragraph" }>).runs)).toBe(
      "Trong kỳ, UBND huyện đã hoàn thành 35/46 nhiệm vụ, đạt 76% kế hoạch CCHC năm.",
    );
  });
});

describe("this quarter's report from last quarter's export", () => {
  it("takes the new values of the linked figures; a row no longer none is listed", async () => {
    const before = await loadXlsxGrid(FIXTURE_XLSX);
    const r0 = appendixOf(before);
    const lastQuarter = await readDocxText(
      await reportDocx(buildReport({ appendix: r0.appendix, details: { unitName: "UBND huyện Ngân Sơn", period: "quý II", year: 2022 } })),
    );
    const cell = (code: string) => r0.appendix.rows.get(code)!.valueCell;
    let after = withValue(before, cell("1.1"), 21); // 14 → 21 documents
    after = withValue(after, cell("3.3.2a"), 2104); // 1.851 → 2.104 dossiers
    after = withValue(after, cell("3.1.2"), 6); // "không phát sinh" → 6 new procedures
    const r1 = appendixOf(after);
    const out = rewriteDraft(lastQuarter, r1.appendix);
    const said = (code: string) => figureRuns(out.blocks).filter((f) => f.code === code).map((f) => f.text);
    expect(said("1.1")).toEqual(["21"]);
    expect(said("3.3.2a")).toEqual(["2.104"]);
    expect(said("1.2")).toEqual(["76%"]);
    expect(said("3.1.2")).toEqual([]);
    expect(out.unlinked).toEqual([
      expect.objectContaining({ reason: "changed", code: "3.1.2", text: "TTHC công bố mới" }),
    ]);
    // the old export's own opening and closing sentences are kept as text
    expect(out.hasClosing).toBe(true);
  });
});
