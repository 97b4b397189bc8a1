/**
 * Hostile-input timings for `npm run bench` (loaded by bench.ts): each 1 MB adversarial text through the narrative
 * check (target ≤ 200 ms each), and a .docx that inflates to 400 MB refused at the zip bound.
 */
import { checkNarrative, readPlainText } from "../../src/core/narrative";
import { readDocxText } from "../../src/io/docx";
import { ADVERSARIAL, ADVERSARIAL_TITLE } from "../helpers/adversarial";
import { deflatedZeros, rawZip } from "../helpers/zipBomb";
import { appendixFrom, SEED_VALUES } from "../core/narrative/helpers";
import { time, type Timing } from "./bench";

export async function benchAdversarial(): Promise<Timing[]> {
  const appendix = appendixFrom(SEED_VALUES);
  const out: Timing[] = [];
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    const doc = readPlainText(ADVERSARIAL_TITLE + text);
    out.push(await time(`1 MB: ${name}`, 5, () => checkNarrative(doc, appendix), 200, 1));
  }
  const bomb = rawZip([{ name: "word/document.xml", data: deflatedZeros(400), claimedSize: 1 << 20 }]);
  out.push(
    await time(
      "a 0.4 MB .docx inflating to 400 MB (refused)",
      3,
      () => readDocxText(bomb).catch(() => null),
      undefined,
      1,
    ),
  );
  return out;
}
