/** An unseen case written as files: its workbook (.xlsx) and its report (.txt or .docx) under the same name. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { blocksOf, sheetsOf, textOf, type UnseenCase } from "./cases";
import { writeDocx } from "./docx";
import { writeWorkbook } from "./sheet";

export async function caseWorkbook(c: UnseenCase, plant: boolean): Promise<Buffer> {
  return writeWorkbook(sheetsOf(c, plant));
}

export async function caseReport(c: UnseenCase, plant: boolean): Promise<Buffer> {
  return c.report.format === "txt" ? Buffer.from(textOf(c.report.text, plant), "utf8") : writeDocx(blocksOf(c, plant));
}

export async function writeCaseFiles(
  c: UnseenCase,
  folder: string,
  plant: boolean,
): Promise<{ workbook: string; report: string }> {
  mkdirSync(folder, { recursive: true });
  const workbook = path.join(folder, `${c.id}.xlsx`);
  const report = path.join(folder, `${c.id}.${c.report.format}`);
  writeFileSync(workbook, await caseWorkbook(c, plant));
  writeFileSync(report, await caseReport(c, plant));
  return { workbook, report };
}
