/**
 * The unseen cases as files in a folder, as a provincial office receives them (one workbook per unit and its report
 * of the same name): `npx tsx test/core/unseen/write.ts <folder> [--planted]`. The tests build the same files in a
 * temporary folder (files.ts); this is for trying the command line by hand.
 */
import { writeCaseFiles } from "./files";
import { CASES } from "./cases";

const [folder, flag] = process.argv.slice(2);
if (!folder) {
  console.error("usage: tsx test/core/unseen/write.ts <folder> [--planted]");
  process.exit(2);
}
void (async () => {
  for (const c of CASES) {
    const files = await writeCaseFiles(c, folder, flag === "--planted");
    console.log(`${c.id}: ${files.workbook}, ${files.report}`);
  }
})();
