/**
 * Reading the workbook's cells with Office.js within Excel's limits. Excel on the web allows 5 MB per request and
 * response, and a stray value at XFD1048576 makes a used range of billions of cells, so:
 *   1. the sheets and their used ranges' dimensions first (a few numbers per sheet);
 *   2. of each sheet only a window from the top-left of its used range (the appendix sits near the top of a sheet;
 *      a 50,000-row data sheet is not read in full), noted when cut;
 *   3. the windows in chunks of at most CHUNK_CELLS cells, several chunks per request up to BATCH_CELLS cells; a
 *      request Excel still finds too large is split, and a sheet not even one row of which can be read is skipped
 *      and named.
 * Syncs: 1 (sheet names, active sheet, dimensions of the sheets read last time) + 1 more when the sheets changed,
 * + 1 per BATCH_CELLS of cells (one for an ordinary workbook).
 */
import type { Cell, CellValue, SheetGrid } from "../core/grid";
import { WINDOW_COLUMNS, WINDOW_ROWS } from "../host/readWindow";
import type { ReadNote, ReadOptions, WorkbookRead } from "../host/types";

/** Cells per range read (about 0.5 MB of JSON for values, text and number formats). */
export const CHUNK_CELLS = 10_000;
/** Cells per request (about 2 MB; the web's limit is 5 MB). */
export const BATCH_CELLS = 40_000;

type Ctx = Excel.RequestContext;

const DIMENSIONS = "rowIndex,columnIndex,rowCount,columnCount";
const CELLS = "values,text,numberFormat";

interface SheetRef {
  id: string;
  name: string;
}

interface Window {
  sheet: string;
  originRow: number;
  originCol: number;
  rows: number;
  columns: number;
}

interface Chunk {
  sheet: string;
  /** Sheet coordinates of the chunk's top-left cell. */
  row: number;
  col: number;
  rows: number;
  columns: number;
}

interface ChunkRead {
  chunk: Chunk;
  cells: Cell[][] | null;
}

export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

function toCells(range: Excel.Range): Cell[][] {
  const { values, text, numberFormat } = range;
  return values.map((row, r) =>
    row.map((v, c): Cell => ({
      value: toCellValue(v),
      text: text[r][c] ?? "",
      numberFormat: String(numberFormat[r][c]),
    })),
  );
}

/** Excel found the request or its answer too large. */
export function isTooLarge(e: unknown): boolean {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit" ||
    (typeof message === "string" && /payload size/i.test(message))
  );
}

/** Windows → chunks of at most CHUNK_CELLS cells, whole rows. */
export function chunksOf(windows: Window[]): Chunk[] {
  return windows.flatMap((w) => {
    const step = Math.max(1, Math.floor(CHUNK_CELLS / w.columns));
    const chunks: Chunk[] = [];
    for (let r = 0; r < w.rows; r += step)
      chunks.push({
        sheet: w.sheet,
        row: w.originRow + r,
        col: w.originCol,
        rows: Math.min(step, w.rows - r),
        columns: w.columns,
      });
    return chunks;
  });
}

/** Consecutive chunks grouped into requests of at most BATCH_CELLS cells. */
export function batchesOf(chunks: Chunk[]): Chunk[][] {
  const batches: Chunk[][] = [];
  let size = Infinity;
  for (const c of chunks) {
    const cells = c.rows * c.columns;
    if (size + cells > BATCH_CELLS) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(c);
    size += cells;
  }
  return batches;
}

/** One request; when Excel finds it too large, its halves (down to one row of one sheet, then that sheet is skipped). */
async function readBatch(context: Ctx, batch: Chunk[]): Promise<ChunkRead[]> {
  const ranges = batch.map((c) =>
    context.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.row, c.col, c.rows, c.columns).load(CELLS),
  );
  try {
    await context.sync();
    return batch.map((chunk, i) => ({ chunk, cells: toCells(ranges[i]) }));
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    if (batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      return [...(await readBatch(context, batch.slice(0, half))), ...(await readBatch(context, batch.slice(half)))];
    }
    const [c] = batch;
    if (c.rows === 1) return [{ chunk: c, cells: null }];
    const top = Math.ceil(c.rows / 2);
    return [
      ...(await readBatch(context, [{ ...c, rows: top }])),
      ...(await readBatch(context, [{ ...c, row: c.row + top, rows: c.rows - top }])),
    ];
  }
}

/** The requests one after another: each is a sync of its own, so that Excel does not batch them together again. */
async function readBatches(context: Ctx, batches: Chunk[][]): Promise<ChunkRead[]> {
  if (batches.length === 0) return [];
  const [first, ...rest] = batches;
  const done = await readBatch(context, first);
  return [...done, ...(await readBatches(context, rest))];
}

/** Reads the workbook; remembers the sheets (ids and names) so the next read needs one sync less. */
export class WorkbookReader {
  private known: SheetRef[] = [];

  /** The name of a sheet by its id, as of the last read. */
  nameOf(id: string): string | null {
    return this.known.find((s) => s.id === id)?.name ?? null;
  }

  async read(context: Ctx, options: ReadOptions = {}): Promise<WorkbookRead> {
    const wanted = (names: string[]) => (options.sheets ? names.filter((n) => options.sheets?.includes(n)) : names);
    const queueDimensions = (names: string[]) =>
      new Map(
        names.map((n) => [n, context.workbook.worksheets.getItem(n).getUsedRangeOrNullObject(true).load(DIMENSIONS)]),
      );

    const firstBatch = async (expected: string[]) => {
      const sheets = context.workbook.worksheets.load("items/name,items/id");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const dims = queueDimensions(expected);
      await context.sync();
      return { sheets, active, dims };
    };
    // The dimensions of the sheets expected from last time ride along; a renamed or deleted one fails the batch,
    // and then the names are learnt first.
    const expected = wanted(this.known.map((s) => s.name));
    const { sheets, active, dims } = await firstBatch(expected).catch((e: unknown) => {
      if (expected.length === 0) throw e;
      return firstBatch([]);
    });
    let dimensions = dims;
    this.known = sheets.items.map((s) => ({ id: s.id, name: s.name }));
    const names = wanted(this.known.map((s) => s.name));
    const missing = names.filter((n) => !dimensions.has(n));
    if (missing.length > 0) {
      dimensions = new Map([...dimensions, ...queueDimensions(missing)]);
      await context.sync();
    }

    const notes: ReadNote[] = [];
    const windows: Window[] = [];
    for (const name of names) {
      const used = dimensions.get(name) as Excel.Range;
      if (used.isNullObject) continue;
      const w: Window = {
        sheet: name,
        originRow: used.rowIndex,
        originCol: used.columnIndex,
        rows: Math.min(used.rowCount, WINDOW_ROWS),
        columns: Math.min(used.columnCount, WINDOW_COLUMNS),
      };
      windows.push(w);
      if (used.rowCount > w.rows || used.columnCount > w.columns)
        notes.push({
          kind: "truncated",
          sheet: name,
          rows: used.rowCount,
          columns: used.columnCount,
          readRows: w.rows,
          readColumns: w.columns,
        });
    }

    const reads = await readBatches(context, batchesOf(chunksOf(windows)));
    const skipped = new Set(reads.filter((r) => r.cells === null).map((r) => r.chunk.sheet));
    for (const sheet of skipped) notes.push({ kind: "skipped", sheet });

    const grids: SheetGrid[] = names.map((name) => {
      const w = windows.find((x) => x.sheet === name);
      if (!w || skipped.has(name)) return { name, cells: [], originRow: 0, originCol: 0 };
      const cells = reads
        .filter((r) => r.chunk.sheet === name)
        .sort((a, b) => a.chunk.row - b.chunk.row)
        .flatMap((r) => r.cells ?? []);
      return { name, cells, originRow: w.originRow, originCol: w.originCol };
    });
    return { sheets: grids, activeSheet: active.name, notes };
  }
}
