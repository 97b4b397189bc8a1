/** The preview's in-memory WorkbookHost. */
import { readFileSync } from "fs";
import { join } from "path";
import { cellAt } from "../../src/core/grid";
import { checkWorkbook } from "../../src/core/check";
import type { SheetTemplate } from "../../src/core/template/types";
import { HIGHLIGHT_FILLS } from "../../src/taskpane/findingsView";
import { WINDOW_ROWS } from "../../src/host/readWindow";
import { createMemoryHost, parseInput, type MemoryHost } from "../../src/preview/memoryHost";
import { readXlsx } from "../../src/preview/xlsx";

const SAMPLE = join(__dirname, "../../assets/samples/phu-luc-mau.xlsx");
const D = (local: string) => `'Phụ lục'!${local}`;

function smallHost(): MemoryHost {
  return createMemoryHost(
    {
      grid: {
        sheets: [
          {
            name: "Phụ lục",
            cells: [
              [
                { value: "STT", text: "STT" },
                { value: "Số liệu", text: "Số liệu" },
              ],
              [
                { value: "1.2", text: "1.2" },
                { value: 0.76, text: "76%", numberFormat: "0%" },
              ],
              [
                { value: "7.2.4", text: "7.2.4" },
                { value: "5.75%", text: "5.75%" },
              ],
            ],
          },
        ],
      },
      fills: { "Phụ lục": { B2: "#E2EFDA" } },
    },
    { storage: null },
  );
}

describe("memory host", () => {
  test("reads the workbook back as a grid (a copy, not the live cells)", async () => {
    const host = smallHost();
    const grid = await host.readWorkbook();
    expect(grid.sheets[0].name).toBe("Phụ lục");
    expect(cellAt(grid.sheets[0], 1, 1)).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
    grid.sheets[0].cells[1][1].value = 1;
    expect(host.getCell(D("B2"))?.value).toBe(0.76);
  });

  test("highlights are drawn over the fills (never changing them), replaced by the next call, cleared exactly", async () => {
    const host = smallHost();
    await host.showHighlights([
      { cell: D("B2"), severity: "error" },
      { cell: D("B3"), severity: "warning" },
    ]);
    expect(host.getFill(D("B2"))).toBe(HIGHLIGHT_FILLS.error);
    expect(host.getFill(D("B3"))).toBe(HIGHLIGHT_FILLS.warning);
    expect(host.getOwnFill(D("B2"))).toBe("#E2EFDA");
    // A cell no longer listed shows its own fill again.
    await host.showHighlights([{ cell: D("B2"), severity: "info" }]);
    expect(host.getFill(D("B2"))).toBe(HIGHLIGHT_FILLS.info);
    expect(host.getFill(D("B3"))).toBeNull();
    await host.clearHighlights();
    expect(host.getFill(D("B2"))).toBe("#E2EFDA");
    expect(host.getFill(D("B3"))).toBeNull();
  });

  test("a protected sheet is neither highlighted nor fixed, and is named", async () => {
    const host = createMemoryHost(
      {
        grid: { sheets: [{ name: "Phụ lục", cells: [[{ value: 1, text: "1" }]] }] },
        protectedSheets: ["Phụ lục"],
      },
      { storage: null },
    );
    await expect(host.showHighlights([{ cell: D("A1"), severity: "error" }])).resolves.toEqual({
      protectedSheets: ["Phụ lục"],
    });
    expect(host.getFill(D("A1"))).toBeNull();
    await expect(host.writeCell(D("A1"), 2)).rejects.toMatchObject({ reason: "protected" });
  });

  test("highlight then clear on the sample restores its fills", async () => {
    const input = await readXlsx(readFileSync(SAMPLE));
    const host = createMemoryHost(input, { storage: null });
    const before = new Map(host.snapshot().sheets[0].fills);
    const result = checkWorkbook(await host.readWorkbook());
    const cells = result.findings.flatMap((f) => f.cells);
    expect(cells.length).toBeGreaterThan(0);
    await host.showHighlights(cells.map((cell) => ({ cell, severity: "error" as const })));
    expect(host.getFill(D("D120"))).toBe(HIGHLIGHT_FILLS.error);
    await host.clearHighlights();
    expect(new Map(host.snapshot().sheets[0].fills)).toEqual(before);
  });

  test("selectCell selects and activates the cell's sheet", async () => {
    const host = smallHost();
    await host.insertSheet(template("Khác"));
    expect(host.snapshot().activeSheet).toBe("Khác");
    await host.selectCell("'Phụ lục'!$b$3");
    expect(host.snapshot().activeSheet).toBe("Phụ lục");
    expect(host.snapshot().selection).toEqual({ sheet: "Phụ lục", local: "B3" });
  });

  test("writeCell sets value and displayed text, is not a user edit, and restoreCells puts the cell back", async () => {
    const host = smallHost();
    const edits = jest.fn();
    await host.onUserEdit(edits);
    const text = await host.writeCell(D("B3"), "7.76%", undefined, "5.75%");
    expect(host.getCell(D("B3"))).toEqual({ value: "7.76%", text: "7.76%" });
    const percent = await host.writeCell(D("B2"), 0.8);
    expect(host.getCell(D("B2"))).toEqual({ value: 0.8, text: "80%", numberFormat: "0%" });
    // Outside the used range: the sheet grows.
    const empty = await host.writeCell(D("D9"), 364);
    expect(host.getCell(D("D9"))).toEqual({ value: 364, text: "364" });
    expect((await host.readWorkbook()).sheets[0].cells.length).toBe(9);
    await host.restoreCells([empty]);
    expect(host.getCell(D("D9"))).toEqual({ value: null, text: "" });
    await host.restoreCells([percent]);
    expect(host.getCell(D("B2"))).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
    await host.restoreCells([text]);
    expect(host.getCell(D("B3"))).toEqual({ value: "5.75%", text: "5.75%" });
    expect(edits).not.toHaveBeenCalled();
  });

  test("writeCell refuses a formula cell and a cell that changed since the check; undo never overwrites an edit", async () => {
    const host = createMemoryHost(
      {
        grid: {
          sheets: [
            {
              name: "Phụ lục",
              cells: [
                [
                  { value: 34, text: "34" },
                  { value: 5, text: "5" },
                ],
              ],
            },
          ],
        },
        formulas: { "Phụ lục": { A1: "=SUM(A2:A4)" } },
      },
      { storage: null },
    );
    await expect(host.writeCell(D("A1"), 35)).rejects.toMatchObject({ reason: "formula", formula: "=SUM(A2:A4)" });
    expect(host.getCell(D("A1"))?.value).toBe(34);
    await expect(host.writeCell(D("B1"), 6, undefined, 4)).rejects.toMatchObject({ reason: "changed" });
    const fix = await host.writeCell(D("B1"), 6, undefined, 5);
    host.userEdit(D("B1"), "7");
    await expect(host.restoreCells([fix])).rejects.toMatchObject({ reason: "changed" });
    expect(host.getCell(D("B1"))?.value).toBe(7);
    // Typing over a formula replaces it: the cell can be fixed then.
    host.userEdit(D("A1"), "30");
    await expect(host.writeCell(D("A1"), 35)).resolves.toMatchObject({ cell: D("A1") });
  });

  test("reads the sheets asked for, the active sheet, and a window of a huge sheet (said in a note)", async () => {
    const big = Array.from({ length: WINDOW_ROWS + 5 }, (_, r) => [{ value: r, text: String(r) }]);
    const host = createMemoryHost(
      {
        grid: {
          sheets: [
            { name: "Phụ lục", cells: [[{ value: 1, text: "1" }]] },
            { name: "Dữ liệu", cells: big },
          ],
        },
      },
      { storage: null },
    );
    host.setActiveSheet("Dữ liệu");
    const grid = await host.readWorkbook();
    expect(grid.activeSheet).toBe("Dữ liệu");
    expect(grid.sheets[1].cells).toHaveLength(WINDOW_ROWS);
    expect(grid.notes).toEqual([
      { kind: "truncated", sheet: "Dữ liệu", rows: WINDOW_ROWS + 5, columns: 1, readRows: WINDOW_ROWS, readColumns: 1 },
    ]);
    const one = await host.readWorkbook({ sheets: ["Phụ lục"] });
    expect(one.sheets.map((s) => s.name)).toEqual(["Phụ lục"]);
  });

  test("userEdit parses the input like Excel and fires onUserEdit; unsubscribe stops it", async () => {
    const host = smallHost();
    const edits = jest.fn();
    const off = await host.onUserEdit(edits);
    host.userEdit(D("B3"), "7.76%");
    expect(host.getCell(D("B3"))).toEqual({ value: 0.0776, text: "7.76%", numberFormat: "0.00%" });
    expect(edits).toHaveBeenCalledTimes(1);
    expect(edits).toHaveBeenLastCalledWith({ sheet: "Phụ lục" });
    off();
    host.userEdit(D("B3"), "abc");
    expect(host.getCell(D("B3"))?.value).toBe("abc");
    expect(edits).toHaveBeenCalledTimes(1);
  });

  test("insertSheet appends a sheet from the template under a unique name", async () => {
    const host = smallHost();
    const name = await host.insertSheet(template("Phụ lục"));
    expect(name).toBe("Phụ lục (2)");
    const snap = host.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Phụ lục (2)"]);
    expect(snap.activeSheet).toBe("Phụ lục (2)");
    expect(host.getCell("'Phụ lục (2)'!B2")).toEqual({ value: 0.5, text: "50.00%", numberFormat: "0.00%" });
    expect(host.getFill("'Phụ lục (2)'!B2")).toBe("#E2EFDA");
    expect(snap.sheets[1].merges).toEqual([{ fromRow: 0, fromCol: 0, toRow: 0, toCol: 1 }]);
    // The existing sheet is untouched.
    expect(host.getCell(D("B3"))?.value).toBe("5.75%");
  });

  test("settings persist in the given storage", async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const host = createMemoryHost(undefined, { storage });
    expect(await host.loadSetting("x")).toBeNull();
    await host.saveSetting("x", "1");
    expect(await createMemoryHost(undefined, { storage }).loadSetting("x")).toBe("1");
    expect(store.get("cchc-preview:x")).toBe("1");
  });

  test("subscribers hear about every change; snapshots are new objects", async () => {
    const host = smallHost();
    const seen = jest.fn();
    host.subscribe(seen);
    const s0 = host.snapshot();
    await host.selectCell(D("A1"));
    expect(seen).toHaveBeenCalled();
    expect(host.snapshot()).not.toBe(s0);
    expect(host.snapshot().version).toBeGreaterThan(s0.version);
  });

  test("displayLanguage is the one given", () => {
    expect(createMemoryHost(undefined, { language: "en", storage: null }).displayLanguage()).toBe("en");
    expect(createMemoryHost(undefined, { storage: null }).displayLanguage()).toBe("vi");
  });
});

describe("as Excel with Vietnamese number settings (numberLocale vi)", () => {
  test("7,76% typed is 0.0776 shown 7,76%; 5.106 is 5106; English notation stays text", async () => {
    const host = createMemoryHost(undefined, { storage: null, numberLocale: "vi" });
    await host.insertSheet({ ...template("Phụ lục"), cells: [] });
    const cell = (local: string) => host.getCell(D(local));
    host.userEdit(D("D5"), "7,76%");
    expect(cell("D5")).toEqual({ value: 0.0776, text: "7,76%", numberFormat: "0.00%" });
    host.userEdit(D("D6"), "5.106");
    expect(cell("D6")).toEqual({ value: 5106, text: "5.106", numberFormat: "#,##0" });
    host.userEdit(D("D7"), "69843,532");
    expect(cell("D7")).toEqual({ value: 69843.532, text: "69843,532" });
    host.userEdit(D("D8"), "7.76%");
    expect(cell("D8")).toEqual({ value: "7.76%", text: "7.76%" });
    // A fix writes a number: it shows with a comma.
    await host.writeCell(D("D9"), 0.0776, "0.00%");
    expect(cell("D9")?.text).toBe("7,76%");
    await host.writeCells([{ address: D("D10"), value: 0.9849, numberFormat: "0.00%" }]);
    expect(cell("D10")?.text).toBe("98,49%");
  });

  test("a file's numbers are shown as this Excel shows them", async () => {
    const host = createMemoryHost(await readXlsx(new Uint8Array(readFileSync(SAMPLE))), {
      storage: null,
      numberLocale: "vi",
    });
    expect(host.getCell(D("D6"))?.text).toBe("76%");
    expect(host.getCell(D("D51"))?.text).toBe("1.851");
    expect(host.getCell(D("D91"))?.text).toBe("18,21");
    expect(host.getCell(D("D120"))?.text).toBe("5.75%"); // text as typed
  });

  test.each([
    ["7,76%", undefined, { value: 0.0776, numberFormat: "0.00%" }],
    ["1.234", undefined, { value: 1234, numberFormat: "#,##0" }],
    ["1,5", undefined, { value: 1.5, numberFormat: undefined }],
    ["5.75", undefined, { value: "5.75", numberFormat: undefined }],
    ["98,49", "0%", { value: 0.9849, numberFormat: "0%" }],
  ])("parseInput %j (format %s)", (input, format, expected) => {
    expect(parseInput(input, format, "vi")).toEqual(expected);
  });
});

describe("writeCells and the workbook's own settings", () => {
  test("writes several cells as one action, fires no edit, and restores them as they were", async () => {
    const host = smallHost();
    const edits = jest.fn();
    await host.onUserEdit(edits);
    const snapshots = await host.writeCells([
      { address: D("B3"), value: 0.0575, numberFormat: "0.00%", expected: "5.75%" },
      { address: D("B2"), value: 0.8, expected: 0.76 },
    ]);
    expect(host.getCell(D("B3"))).toEqual({ value: 0.0575, text: "5.75%", numberFormat: "0.00%" });
    expect(edits).not.toHaveBeenCalled();
    await host.restoreCells(snapshots);
    expect(host.getCell(D("B3"))).toEqual({ value: "5.75%", text: "5.75%" });
    expect(host.getCell(D("B2"))).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
    // One cell changed since the check: nothing is written.
    await expect(
      host.writeCells([
        { address: D("B3"), value: 0.0575, expected: "5.75%" },
        { address: D("B2"), value: 0.8, expected: 0.7 },
      ]),
    ).rejects.toMatchObject({ reason: "changed" });
    expect(host.getCell(D("B3"))?.value).toBe("5.75%");
  });

  test("settings belong to the loaded workbook: another file starts without them, the same file finds them", async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const host = createMemoryHost(undefined, { storage });
    const book = { grid: { sheets: [{ name: "Phụ lục", cells: [] }] } };
    host.load(book, "phu-luc-mau.xlsx#100");
    await host.saveSetting("cchc.narrative", "thuyết minh");
    host.load(book, "bao-cao-khac.xlsx#200");
    expect(await host.loadSetting("cchc.narrative")).toBeNull();
    host.load(book, "phu-luc-mau.xlsx#100");
    expect(await host.loadSetting("cchc.narrative")).toBe("thuyết minh");
  });
});

describe("parseInput", () => {
  test.each([
    ["42", undefined, { value: 42, numberFormat: undefined }],
    ["1,234", undefined, { value: 1234, numberFormat: "#,##0" }],
    ["7.76%", undefined, { value: 0.0776, numberFormat: "0.00%" }],
    ["76%", undefined, { value: 0.76, numberFormat: "0%" }],
    ["80", "0%", { value: 0.8, numberFormat: "0%" }],
    ["'02", undefined, { value: "02", numberFormat: undefined }],
    ["02", undefined, { value: 2, numberFormat: undefined }],
    ["28 (huyện 27, xã 01)", undefined, { value: "28 (huyện 27, xã 01)", numberFormat: undefined }],
    ["", "0%", { value: null, numberFormat: "0%" }],
    ["true", undefined, { value: true, numberFormat: undefined }],
  ])("%j (format %s)", (input, format, expected) => {
    expect(parseInput(input, format)).toEqual(expected);
  });
});

function template(name: string): SheetTemplate {
  return {
    name,
    fontName: "Times New Roman",
    fontSize: 12,
    cells: [
      { row: 0, col: 0, value: "Tiêu đề", style: { bold: true } },
      { row: 1, col: 1, value: 0.5, code: "1.2", style: { numberFormat: "0.00%", fill: "#e2efda" } },
    ],
    merges: [{ fromRow: 0, fromCol: 0, toRow: 0, toCol: 1 }],
    columnWidths: [8, 40],
    print: { paper: "A4", orientation: "portrait", repeatRows: { from: 0, to: 0 }, fitToWidth: true },
  };
}

describe("deliverFile", () => {
  const file = {
    name: "bao-cao.docx",
    mimeType: "application/octet-stream",
    bytes: new Uint8Array([80, 75]),
    html: "<p>x</p>",
    text: "x",
  };

  it("downloads (a real download in the browser preview), with the clipboard offered besides", async () => {
    const got: string[] = [];
    const host = createMemoryHost(undefined, {
      storage: null,
      delivery: {
        download: (f) => void got.push(`download ${f.name}`),
        copy: async (html) => void got.push(`copy ${html}`),
      },
    });
    expect(await host.deliverFile(file)).toEqual({ way: "download", alternatives: ["clipboard"] });
    expect(await host.deliverFile(file, ["clipboard"])).toEqual({ way: "clipboard", alternatives: ["download"] });
    expect(got).toEqual(["download bao-cao.docx", "copy <p>x</p>"]);
  });

  it("says why when no way works; a way the preview lacks is not taken", async () => {
    const host = createMemoryHost(undefined, {
      storage: null,
      delivery: {
        download: () => {
          throw new Error("blocked");
        },
        copy: () => Promise.reject(new Error("refused")),
      },
    });
    const result = await host.deliverFile(file);
    expect(result.way).toBeNull();
    expect(result.error).toBe("download: blocked; clipboard: refused");
    expect((await host.deliverFile(file, ["browser"])).way).toBeNull();
  });
});
