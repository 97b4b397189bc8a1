/** Test inputs: the real fixtures in test/fixtures (where they come from: test/fixtures/README.md) and workbooks reshaped from them. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { readXlsxGrid } from "../../src/io/xlsx";

export const FIXTURES = path.resolve(__dirname, "../fixtures");
export const FIXTURE_XLSX = path.join(FIXTURES, "ngan-son-2022-q3/phu-luc.xlsx");
export const FIXTURE_DOCX = path.join(FIXTURES, "ngan-son-2022-q3/bao-cao.docx");
export const SEED_TXT = path.join(FIXTURES, "seed/000_12b72def0433c896.txt");

/** A workbook file read as the CLI and the preview read it. */
export async function loadXlsxGrid(file: string): Promise<WorkbookGrid> {
  return readXlsxGrid(readFileSync(file));
}

const cloneCell = (c: Cell): Cell => ({ ...c });
const cloneSheet = (s: SheetGrid): SheetGrid => ({ ...s, cells: s.cells.map((row) => row.map(cloneCell)) });
export const cloneWorkbook = (wb: WorkbookGrid): WorkbookGrid => ({ sheets: wb.sheets.map(cloneSheet) });

const EMPTY = (): Cell => ({ value: null, text: "" });

/** Move the table down and right: rows/cols of empty cells before it. */
export function shifted(wb: WorkbookGrid, rows: number, cols: number): WorkbookGrid {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      cells: [
        ...Array.from({ length: rows }, () => [] as Cell[]),
        ...s.cells.map((row) => [...Array.from({ length: cols }, EMPTY), ...row.map(cloneCell)]),
      ],
    })),
  };
}

/** Put an unrelated sheet (a cover page with a small table) before the appendix. */
export function onSecondSheet(wb: WorkbookGrid): WorkbookGrid {
  const cover: SheetGrid = {
    name: "Bìa",
    cells: [
      [{ value: "Danh sách", text: "Danh sách" }],
      [
        { value: "STT", text: "STT" },
        { value: "Họ và tên", text: "Họ và tên" },
      ],
      [
        { value: 1, text: "1" },
        { value: "Nguyễn Văn A", text: "Nguyễn Văn A" },
      ],
    ],
  };
  return { sheets: [cover, ...cloneWorkbook(wb).sheets] };
}

/** Map every cell of every sheet. */
export function mapCells(wb: WorkbookGrid, f: (c: Cell, r: number, col: number) => Cell): WorkbookGrid {
  return { sheets: wb.sheets.map((s) => ({ ...s, cells: s.cells.map((row, r) => row.map((c, col) => f(cloneCell(c), r, col))) })) };
}

/** STT stored as numbers where Excel would turn them into numbers ("1.1" → 1.1, "2" → 2). */
export function sttAsNumbers(wb: WorkbookGrid, sttCol = 0): WorkbookGrid {
  return mapCells(wb, (c, _r, col) => {
    if (col !== sttCol || typeof c.value !== "string" || !/^\d+(\.\d+)?$/.test(c.value)) return c;
    const n = Number(c.value);
    return { value: n, text: String(n) };
  });
}

/** Every string in decomposed Unicode (NFD), as some Mac and web sources produce. */
export function decomposed(wb: WorkbookGrid): WorkbookGrid {
  return mapCells(wb, (c) =>
    typeof c.value === "string" ? { ...c, value: c.value.normalize("NFD"), text: c.text.normalize("NFD") } : { ...c, text: c.text.normalize("NFD") },
  );
}

/** Old-style tone placement (hoá, uỷ, thuỷ) in every string. */
export function oldToneMarks(wb: WorkbookGrid): WorkbookGrid {
  const old = (s: string) => s.replace(/hóa/g, "hoá").replace(/Hóa/g, "Hoá").replace(/ủy/g, "uỷ").replace(/Ủy/g, "Uỷ").replace(/hòa/g, "hoà");
  return mapCells(wb, (c) => (typeof c.value === "string" ? { ...c, value: old(c.value), text: old(c.text) } : c));
}

/** Insert an empty row before grid row `at` of the first sheet holding the table. */
export function withBlankRow(wb: WorkbookGrid, sheetIndex: number, at: number): WorkbookGrid {
  const copy = cloneWorkbook(wb);
  copy.sheets[sheetIndex].cells.splice(at, 0, []);
  return copy;
}

/** Wrap the label in grid row `at` over two rows: the second holds only the label's tail, in lower case. */
export function wrappedLabel(wb: WorkbookGrid, sheetIndex: number, at: number, labelCol = 1): WorkbookGrid {
  const copy = cloneWorkbook(wb);
  const cells = copy.sheets[sheetIndex].cells;
  const label = String(cells[at][labelCol].value);
  const words = label.split(" ");
  const cut = Math.ceil(words.length / 2);
  const head = words.slice(0, cut).join(" ");
  const tail = words.slice(cut).join(" ");
  cells[at][labelCol] = { value: head, text: head };
  const next: Cell[] = [];
  next[labelCol] = { value: tail, text: tail };
  for (let c = 0; c < labelCol; c++) next[c] = EMPTY();
  cells.splice(at + 1, 0, next);
  return copy;
}

/** Reorder the columns of every sheet: order[i] is the old column placed at new column i. */
export function reorderedColumns(wb: WorkbookGrid, order: number[]): WorkbookGrid {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((row) => order.map((old) => (row[old] ? cloneCell(row[old]) : EMPTY()))),
    })),
  };
}

/** Find the grid row whose column `col` text equals `text`. */
export function rowOf(wb: WorkbookGrid, sheetIndex: number, col: number, text: string): number {
  const i = wb.sheets[sheetIndex].cells.findIndex((row) => row[col] && String(row[col].value) === text);
  if (i < 0) throw new Error(`row with ${text} not found`);
  return i;
}

/**
 * The seed's appendix as an officer gets it by pasting the Word table into Excel: every cell text, a two-row
 * header ("Kết quả thống kê" over "Đơn vị tính | Số liệu") repeated at each page break, labels wrapped across a break.
 */
export function seedAppendixPasted(sheetName = "Sheet1"): WorkbookGrid {
  const text = readFileSync(SEED_TXT, "utf8");
  const start = text.indexOf("\nSTT\t");
  const lines = text.slice(start + 1).split("\n");
  const cells: Cell[][] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      cells.push([]);
      continue;
    }
    cells.push(
      line.split("\t").map((raw) => {
        const t = raw.replace(/<\/?i>/g, "").trim();
        return { value: t === "" ? null : t, text: t };
      }),
    );
  }
  return { sheets: [{ name: sheetName, cells }] };
}
