/**
 * Narrative timings for `npm run bench` (loaded by bench.ts): read the seed's Word file, and extract + match the
 * seed's narrative against its appendix (target ≤ 30 ms).
 */
import { readFileSync } from "node:fs";
import { checkNarrative, readPlainText } from "../../src/core/narrative";
import { readDocxText } from "../../src/io/docx";
import { appendixFrom, SEED_VALUES } from "../core/narrative/helpers";
import { FIXTURE_DOCX, SEED_TXT } from "../helpers/fixtures";
import { time, type Timing } from "./bench";

export async function benchNarrative(): Promise<Timing[]> {
  const docx = readFileSync(FIXTURE_DOCX);
  const doc = readPlainText(readFileSync(SEED_TXT, "utf8"));
  const appendix = appendixFrom(SEED_VALUES);
  return [
    await time("read bao-cao.docx (jszip + XML → paragraphs)", 50, () => readDocxText(docx)),
    await time("extract + match the seed's narrative", 100, () => checkNarrative(doc, appendix), 30),
  ];
}
