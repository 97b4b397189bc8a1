/**
 * The unseen cases (cases.ts) through the core as the command line and the pane run it: the .xlsx written by ExcelJS
 * and read by the project's reader, the report read from its .txt or .docx, the form learnt from the sheet, the table
 * rules on every value column, the narrative against the table. The consistent version raises no error and no
 * warning; the planted one raises exactly the planted faults as errors (and nothing else as a warning).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { checkNarrative } from "../../../src/core/narrative";
import { readDocxText, readPlainText } from "../../../src/io/docx";
import { readXlsxGrid } from "../../../src/io/xlsx";
import { CASES, type PlantedFinding, type UnseenCase } from "./cases";
import { caseReport, caseWorkbook } from "./files";

async function findingsOf(c: UnseenCase, plant: boolean): Promise<Finding[]> {
  const grid = await readXlsxGrid(await caseWorkbook(c, plant));
  const result = checkWorkbook(grid);
  if (result.status !== "checked") throw new Error(`${c.id}: no appendix`);
  expect(result.used.source).toBe("inferred");
  const bytes = await caseReport(c, plant);
  const doc = c.report.format === "txt" ? readPlainText(bytes.toString("utf8")) : await readDocxText(bytes);
  return [...result.findings, ...checkNarrative(doc, result.appendix)];
}

/** A finding as the planted list names it. */
function named(f: Finding): string {
  const column = /^Cột «([^»]+)»/.exec(f.message.vi)?.[1];
  const code = f.kind === "date" ? (f.actual ?? "") : f.codes[0];
  return `${f.kind} ${code}${column ? ` [${column}]` : ""}`;
}

const plantedName = (p: PlantedFinding) => `${p.kind} ${p.code}${p.column ? ` [${p.column}]` : ""}`;

const show = (fs: Finding[]) => fs.map((f) => `${named(f)}: ${f.message.vi}`);

describe.each(CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  const designWarnings = (c.designWarnings ?? []).map(plantedName).sort();
  const warnings = (fs: Finding[]) => fs.filter((f) => f.severity === "warning" && !designWarnings.includes(named(f)));

  test("the consistent version raises no error and no warning (but the design's)", async () => {
    const findings = await findingsOf(c, false);
    expect(show(findings.filter((f) => f.severity === "error"))).toEqual([]);
    expect(show(warnings(findings))).toEqual([]);
    expect(
      findings
        .filter((f) => f.severity === "warning")
        .map(named)
        .sort(),
    ).toEqual(designWarnings);
  });

  test("the planted version raises exactly the planted faults, as errors", async () => {
    const findings = await findingsOf(c, true);
    expect(show(warnings(findings))).toEqual([]);
    const errors = findings.filter((f) => f.severity === "error");
    const found = c.planted.filter((p) => !p.notFound);
    expect(errors.map(named).sort()).toEqual(found.map(plantedName).sort());
    for (const p of found.filter((x) => x.expected !== undefined)) {
      const f = errors.find((e) => named(e) === plantedName(p))!;
      expect([f.expected, f.actual]).toEqual([p.expected, p.actual]);
    }
  });
});
