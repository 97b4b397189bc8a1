/**
 * The bounded zip reader under .docx and .xlsx: a part that inflates past its bound, or parts past the total, stop
 * inflating near the bound (counted while inflating, not after), and a zip with too many entries is refused before
 * its directory is read.
 */
import { performance } from "node:perf_hooks";
import { BoundedZip, DEFAULT_ZIP_LIMITS, ZipLimitError, zipEntryCount } from "../../src/io/zip";
import { readDocxText } from "../../src/io/docx";
import { readXlsxGrid } from "../../src/io/xlsx";
import { deflatedZeros, rawZip } from "../helpers/zipBomb";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const MiB = 1 << 20;
/** What one step of inflating can produce past the bound: jszip feeds 16 KB of deflate data at a time. */
const ONE_STEP = 16 * 1024 * 1032;

test("a part that inflates to 400 MB stops at the part's bound", async () => {
  const bomb = rawZip([{ name: "word/document.xml", data: deflatedZeros(400), claimedSize: 1000 }]);
  expect(bomb.length).toBeLessThan(2 * MiB);
  const zip = await BoundedZip.open(bomb);
  const t0 = performance.now();
  const err = await zip.text("word/document.xml").catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZipLimitError);
  expect((err as ZipLimitError).bound).toBe("entry");
  expect(zip.inflated).toBeLessThanOrEqual(DEFAULT_ZIP_LIMITS.maxEntryBytes + ONE_STEP);
  expect((performance.now() - t0) / 1000).toBeLessThan(30); // a generous bound: it is about a second
});

test("parts that each stay under their bound stop at the total", async () => {
  const limits = { maxEntryBytes: 3 * MiB, maxTotalBytes: 5 * MiB, maxEntries: 100 };
  const zip = await BoundedZip.open(
    rawZip(
      [1, 2, 3].map((i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: deflatedZeros(2), claimedSize: 2 * MiB })),
    ),
    limits,
  );
  expect((await zip.bytes("xl/worksheets/sheet1.xml"))!.length).toBe(2 * MiB);
  expect((await zip.bytes("xl/worksheets/sheet2.xml"))!.length).toBe(2 * MiB);
  await expect(zip.bytes("xl/worksheets/sheet3.xml")).rejects.toMatchObject({ bound: "total" });
  expect(zip.inflated).toBeLessThanOrEqual(limits.maxTotalBytes + ONE_STEP);
});

test("a zip that claims more entries than the bound is refused before its directory is read", async () => {
  const many = rawZip(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}.xml`, data: "<a/>" })));
  expect(zipEntryCount(many)).toBe(30);
  await expect(BoundedZip.open(many, { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 })).rejects.toMatchObject({
    bound: "entries",
  });
  expect(zipEntryCount(Buffer.from("not a zip"))).toBeNull();
});

test("the Word and Excel readers stop at the bound too", async () => {
  const docx = rawZip([{ name: "word/document.xml", data: deflatedZeros(100) }]);
  const limits = { maxEntryBytes: 8 * MiB, maxTotalBytes: 16 * MiB, maxEntries: 100 };
  await expect(readDocxText(docx, limits)).rejects.toBeInstanceOf(ZipLimitError);
  const xlsx = rawZip([
    { name: "xl/workbook.xml", data: '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    { name: "xl/worksheets/sheet1.xml", data: deflatedZeros(100) },
  ]);
  await expect(readXlsxGrid(xlsx, limits)).rejects.toBeInstanceOf(ZipLimitError);
});
