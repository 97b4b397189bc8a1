/**
 * The Excel adapter against office-addin-mock (./excelMock): loads and syncs are enforced, syncs are counted.
 */
import { createExcelHost } from "../../src/office/excelHost";
import { LEGACY_FILL_SETTING } from "../../src/office/legacyFills";
import { ruleFormula } from "../../src/office/highlighter";
import { BATCH_CELLS, CHUNK_CELLS } from "../../src/office/workbookReader";
import { WINDOW_COLUMNS, WINDOW_ROWS } from "../../src/host/readWindow";
import { CellWriteRefused } from "../../src/host/types";
import { HIGHLIGHT_FILLS } from "../../src/taskpane/findingsView";
import { buildAppendixTemplate } from "../../src/core/template/appendixTemplate";
import { smallForm } from "../core/template/smallForm";
import { templateSize } from "../../src/office/sheetWriter";
import { cellOf, fillOf, setup, teardown, type SheetSpec } from "./excelMock";

afterEach(teardown);

const appendix: SheetSpec = {
  name: "Phụ lục",
  // The used range starts at B3: the grid's origin must say so.
  used: {
    rowIndex: 2,
    columnIndex: 1,
    values: [
      ["STT", "Chỉ tiêu thống kê", "Số liệu"],
      ["1.2", "Tỷ lệ hoàn thành", 0.76],
      ["1.2.1", "", "02"],
    ],
    text: [
      ["STT", "Chỉ tiêu thống kê", "Số liệu"],
      ["1.2", "Tỷ lệ hoàn thành", "76%"],
      ["1.2.1", "", "02"],
    ],
    numberFormat: [
      ["@", "@", "General"],
      ["@", "@", "0%"],
      ["@", "General", "@"],
    ],
  },
};

/** A data sheet of rows × columns numbers, its used range said to be usedSize (a stray value far away). */
function dataSheet(rows: number, columns: number, usedSize?: { rowCount: number; columnCount: number }): SheetSpec {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * 100 + c));
  return {
    name: "Dữ liệu",
    used: {
      rowIndex: 0,
      columnIndex: 0,
      values,
      text: values.map((row) => row.map(String)),
      numberFormat: values.map((row) => row.map(() => "General")),
    },
    usedSize,
  };
}

describe("readWorkbook", () => {
  it("reads every sheet's used range into a grid with its origin, and the active sheet", async () => {
    const env = setup([appendix, { name: "Trống" }], { active: "Trống" });
    const host = createExcelHost();

    const first = await host.readWorkbook();
    expect(env.syncs).toBe(3); // names and active sheet; dimensions; cells
    const before = env.syncs;
    const again = await host.readWorkbook();
    expect(env.syncs - before).toBe(2); // the dimensions ride with the names once the sheets are known
    expect(again).toEqual(first);

    expect(first.activeSheet).toBe("Trống");
    expect(first.notes).toEqual([]);
    expect(first.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Trống"]);
    const sheet = first.sheets[0];
    expect(sheet.originRow).toBe(2);
    expect(sheet.originCol).toBe(1);
    expect(sheet.cells[1][2]).toEqual({ value: 0.76, text: "76%", numberFormat: "0%" });
    expect(sheet.cells[2][1]).toEqual({ value: null, text: "", numberFormat: "General" });
    expect(sheet.cells[2][2]).toEqual({ value: "02", text: "02", numberFormat: "@" });
    expect(first.sheets[1]).toEqual({ name: "Trống", cells: [], originRow: 0, originCol: 0 });
    expect(env.log.filter((l) => l.startsWith("usedRange")).every((l) => l.endsWith("valuesOnly=true"))).toBe(true);
  });

  it("notices a renamed sheet and reads the workbook as it is now", async () => {
    const env = setup([appendix, { name: "Trống" }]);
    const host = createExcelHost();
    await host.readWorkbook();
    // The officer renames "Trống" to "Báo cáo".
    const ws = env.excel.context.workbook.worksheets;
    ws.byName.addMock("Báo cáo");
    ws.byName["Báo cáo"].populate({
      name: "Báo cáo",
      id: "{Báo cáo}",
      usedRange: { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
      getUsedRangeOrNullObject(this: any) {
        return this.usedRange;
      },
    });
    ws.byName["Báo cáo"].usedRange.isNullObject = true;
    ws.load = function (this: any) {
      this.items = [this.byName["Phụ lục"], this.byName["Báo cáo"]];
      this.items.forEach((s: any) => {
        s.load("name");
        s.load("id");
      });
      return this;
    };
    ws.getItem = function (this: any, name: string) {
      if (name === "Trống") throw new Error("ItemNotFound");
      return this.byName[name];
    };
    const grid = await host.readWorkbook();
    expect(grid.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Báo cáo"]);
    expect(grid.sheets[0].cells[1][2].value).toBe(0.76);
  });

  it("reads a huge sheet's top-left window only, in chunks well under the request limit, and says so", async () => {
    // 3,000 rows of 40 columns of data, and a stray value at XFD1048576.
    const env = setup([appendix, dataSheet(3000, 40, { rowCount: 1_048_576, columnCount: 16_384 })]);
    const grid = await createExcelHost().readWorkbook();

    const data = grid.sheets[1];
    expect(data.cells).toHaveLength(WINDOW_ROWS);
    expect(data.cells[0]).toHaveLength(WINDOW_COLUMNS);
    expect(data.cells[WINDOW_ROWS - 1][WINDOW_COLUMNS - 1].value).toBe((WINDOW_ROWS - 1) * 100 + WINDOW_COLUMNS - 1);
    expect(grid.notes).toEqual([
      {
        kind: "truncated",
        sheet: "Dữ liệu",
        rows: 1_048_576,
        columns: 16_384,
        readRows: WINDOW_ROWS,
        readColumns: WINDOW_COLUMNS,
      },
    ]);
    // No range read is larger than a chunk, no request larger than a batch; the appendix is read whole.
    expect(Math.max(...env.reads.map((r) => r.rows * r.cols))).toBeLessThanOrEqual(CHUNK_CELLS);
    expect(grid.sheets[0].cells[1][2].value).toBe(0.76);
    const cellsRead = env.reads.reduce((n, r) => n + r.rows * r.cols, 0);
    expect(cellsRead).toBe(WINDOW_ROWS * WINDOW_COLUMNS + 9);
    // 60,009 cells in requests of at most BATCH_CELLS: 2 requests after the 2 for names and dimensions.
    expect(env.syncs).toBe(2 + Math.ceil(cellsRead / BATCH_CELLS));
  });

  it("splits a request Excel finds too large, and skips (and names) a sheet not even one row of which fits", async () => {
    const wide = dataSheet(4, 30);
    const narrow: SheetSpec = { ...dataSheet(40, 5), name: "Hẹp" };
    const unlimited = setup([narrow, appendix]);
    const expected = await createExcelHost().readWorkbook();
    teardown();

    const env = setup([narrow, appendix]);
    env.payloadCells = 20; // Excel on the web's 5 MB, scaled down
    const grid = await createExcelHost().readWorkbook();
    expect(grid).toEqual(expected);
    expect(grid.notes).toEqual([]);
    expect(env.syncs).toBeGreaterThan(unlimited.syncs);
    teardown();

    const tight = setup([wide, appendix]);
    tight.payloadCells = 20; // a row of "Dữ liệu" is 30 cells
    const partial = await createExcelHost().readWorkbook();
    expect(partial.notes).toEqual([{ kind: "skipped", sheet: "Dữ liệu" }]);
    expect(partial.sheets[0]).toEqual({ name: "Dữ liệu", cells: [], originRow: 0, originCol: 0 });
    expect(partial.sheets[1].cells[1][2].value).toBe(0.76);
  });

  it("re-reads only the sheets asked for (a live check reads the edited sheet)", async () => {
    const env = setup([appendix, dataSheet(100, 10)]);
    const host = createExcelHost();
    await host.readWorkbook();
    env.reads.length = 0;
    const grid = await host.readWorkbook({ sheets: ["Phụ lục"] });
    expect(grid.sheets.map((s) => s.name)).toEqual(["Phụ lục"]);
    expect(env.reads.every((r) => r.sheet === "Phụ lục")).toBe(true);
  });

  it("runs with delayForCellEdit and retries quietly when Excel still refuses in cell-edit mode", async () => {
    const env = setup([appendix]);
    env.runErrors.push(Object.assign(new Error("cell edit"), { code: "InvalidOperationInCellEditMode" }));
    const grid = await createExcelHost().readWorkbook();
    expect(grid.sheets[0].cells[1][2].value).toBe(0.76);
    expect(env.runOptions).toHaveLength(2);
    expect(env.runOptions.every((o) => (o as { delayForCellEdit?: boolean })?.delayForCellEdit === true)).toBe(true);

    // Any other failure is the caller's at once.
    env.runErrors.push(Object.assign(new Error("Excel is busy"), { code: "GeneralException" }));
    await expect(createExcelHost().readWorkbook()).rejects.toThrow("Excel is busy");
    expect(env.runOptions).toHaveLength(3);
  });
});

describe("highlights (conditional formats)", () => {
  const sheets = (): SheetSpec[] => [
    {
      name: "Phụ lục",
      cells: {
        D7: { value: 0.76 },
        D8: { value: 46, fill: "#E2EFDA" },
        D9: { value: 35, fill: "#FFFF00" },
        D12: { value: 1 },
      },
    },
    { name: "Khác" },
  ];
  const marks = [
    { cell: "'Phụ lục'!D7", severity: "error" as const },
    { cell: "'Phụ lục'!$D$8", severity: "info" as const },
    { cell: "'Phụ lục'!D9", severity: "info" as const },
    { cell: "'Phụ lục'!D12", severity: "warning" as const },
  ];
  const own = (env: ReturnType<typeof setup>) =>
    env
      .liveFormats()
      .filter((f) => f.formula.includes("cchc-addin"))
      .map((f) => `${f.sheet}!${f.areas} ${f.formula} ${f.color}`)
      .sort();

  it("adds one rule per severity and sheet, never touching the cells' own fills", async () => {
    const env = setup(sheets());
    const report = await createExcelHost().showHighlights(marks);
    expect(report).toEqual({ protectedSheets: [] });
    expect(own(env)).toEqual([
      `Phụ lục!D12 ${ruleFormula("warning")} ${HIGHLIGHT_FILLS.warning}`,
      `Phụ lục!D7 ${ruleFormula("error")} ${HIGHLIGHT_FILLS.error}`,
      `Phụ lục!D8:D9 ${ruleFormula("info")} ${HIGHLIGHT_FILLS.info}`,
    ]);
    expect(env.syncs).toBe(3); // sheets; their rules (none of the add-in's yet); the write
    expect(await fillOf(env, "Phụ lục", "D8")).toBe("#E2EFDA");
    expect(await fillOf(env, "Phụ lục", "D7")).toBe("#FFFFFF");
    expect(env.log.some((l) => l.startsWith("clear"))).toBe(false);
    // Nothing in the document's settings either: the workbook itself is the record.
    expect(env.document.size).toBe(0);
  });

  it("writes nothing, and does not sync a write, when the highlights did not change", async () => {
    const env = setup(sheets());
    await createExcelHost().showHighlights(marks);
    const before = env.syncs;
    env.log.length = 0;
    // The ribbon command's runtime: a new host, the same workbook.
    await createExcelHost().showHighlights([...marks].reverse());
    expect(env.syncs - before).toBe(3); // sheets; rules; their cells: no write
    expect(env.log.filter((l) => l.startsWith("add format") || l.startsWith("delete format"))).toEqual([]);
  });

  it("rewrites only the severity whose cells changed", async () => {
    const env = setup(sheets());
    const host = createExcelHost();
    await host.showHighlights(marks);
    env.log.length = 0;
    await host.showHighlights([...marks.slice(1), { cell: "'Phụ lục'!D6", severity: "error" as const }]);
    expect(env.log.filter((l) => l.includes("format"))).toEqual(["delete format Phụ lục!D7", "add format Phụ lục!D6"]);
  });

  it("clear deletes the add-in's rules wherever rows moved them, and keeps the officer's own rules", async () => {
    const env = setup(sheets(), { formats: [{ formula: "=$D7>100", color: "#FF0000", areas: "D7:D20" }] });
    await createExcelHost().showHighlights(marks);
    // The officer inserts a row above: every rule moves down one row with its cells.
    for (const f of env.liveFormats()) f.areas = f.areas.replace(/\d+/g, (n) => String(Number(n) + 1));
    const before = env.syncs;
    const report = await createExcelHost().clearHighlights();
    expect(report).toEqual({ protectedSheets: [] });
    expect(own(env)).toEqual([]);
    expect(env.liveFormats().map((f) => f.formula)).toEqual(["=$D7>100"]);
    expect(env.syncs - before).toBe(4); // sheets; rules; their cells; the deletes
    // Nothing left: two reads, no write.
    const after = env.syncs;
    await createExcelHost().clearHighlights();
    expect(env.syncs - after).toBe(2);
  });

  it("skips protected sheets and says which", async () => {
    const env = setup([
      { name: "Phụ lục", protected: true, cells: { D7: { value: 1 } } },
      { name: "Phụ lục (2)", cells: { D7: { value: 1 } } },
    ]);
    const report = await createExcelHost().showHighlights([
      { cell: "'Phụ lục'!D7", severity: "error" },
      { cell: "'Phụ lục (2)'!D7", severity: "error" },
    ]);
    expect(report).toEqual({ protectedSheets: ["Phụ lục"] });
    expect(own(env)).toEqual([`Phụ lục (2)!D7 ${ruleFormula("error")} ${HIGHLIGHT_FILLS.error}`]);
  });

  it("puts back the fills an earlier build stored, only where the add-in's colour is still on the cell", async () => {
    const env = setup(
      [
        {
          name: "Phụ lục",
          cells: {
            D7: { value: 1, fill: HIGHLIGHT_FILLS.error }, // still the add-in's: back to no fill
            D8: { value: 2, fill: HIGHLIGHT_FILLS.warning }, // still the add-in's: back to green
            D9: { value: 3, fill: "#00B050" }, // re-coloured by the officer since: kept
          },
        },
      ],
      {
        settings: new Map([
          [
            LEGACY_FILL_SETTING,
            JSON.stringify({
              "'Phụ lục'!D7": null,
              "'Phụ lục'!D8": "#E2EFDA",
              "'Phụ lục'!D9": "#FFFF00",
              "'Gone'!A1": null,
            }),
          ],
        ]),
      },
    );
    await createExcelHost().showHighlights([]);
    expect(env.log).toContain("clear Phụ lục!D7");
    expect(await fillOf(env, "Phụ lục", "D8")).toBe("#E2EFDA");
    expect(await fillOf(env, "Phụ lục", "D9")).toBe("#00B050");
    expect(env.document.has(LEGACY_FILL_SETTING)).toBe(false);
  });
});

describe("writeCell(s) and restoreCells", () => {
  const sheets = (): SheetSpec[] => [
    {
      name: "Phụ lục",
      cells: {
        D7: { value: 0.7, numberFormat: "0%" },
        D8: { value: "02" },
        D9: { value: true },
        D10: { value: 34, formula: "=SUM(D11:D13)" },
      },
    },
  ];

  it("writes the fix and gives back the cell exactly: value with its type, and its number format", async () => {
    const env = setup(sheets());
    const host = createExcelHost();
    const snapshot = await host.writeCell("'Phụ lục'!D7", 0.76, "0.00%", 0.7);
    expect(env.syncs).toBe(2);
    expect(cellOf(env, "Phụ lục", "D7").values).toEqual([[0.76]]);
    expect(cellOf(env, "Phụ lục", "D7").numberFormat).toEqual([["0.00%"]]);
    await host.restoreCells([snapshot]);
    expect(cellOf(env, "Phụ lục", "D7").values).toEqual([[0.7]]);
    expect(cellOf(env, "Phụ lục", "D7").numberFormat).toEqual([["0%"]]);

    // Text stays text ("02" is not the number 2), a boolean stays a boolean (not the text "TRUE").
    const text = await host.writeCell("'Phụ lục'!D8", 2);
    await host.restoreCells([text]);
    expect(cellOf(env, "Phụ lục", "D8").values).toEqual([["'02"]]);
    const bool = await host.writeCell("'Phụ lục'!D9", 1);
    await host.restoreCells([bool]);
    expect(cellOf(env, "Phụ lục", "D9").values).toEqual([[true]]);
  });

  it("writes several cells as one action in one read and one write, and undoes them as one", async () => {
    const env = setup([
      { name: "Phụ lục", cells: { D7: { value: 0.7 }, D8: { value: "02" } } },
      { name: "Khác", cells: { B2: { value: "98.49%" } } },
    ]);
    const host = createExcelHost();
    const snapshots = await host.writeCells([
      { address: "'Phụ lục'!D8", value: 2, numberFormat: "00", expected: "02" },
      { address: "Khác!B2", value: 0.9849, numberFormat: "0.00%", expected: "98.49%" },
    ]);
    expect(snapshots.map((s) => s.cell)).toEqual(["'Phụ lục'!D8", "Khác!B2"]);
    expect(env.syncs).toBe(2);
    expect(cellOf(env, "Phụ lục", "D8").values).toEqual([[2]]);
    expect(cellOf(env, "Phụ lục", "D8").numberFormat).toEqual([["00"]]);
    expect(cellOf(env, "Khác", "B2").values).toEqual([[0.9849]]);
    // Undone the same way: the text goes back as text, with its format.
    await host.restoreCells(snapshots);
    expect(cellOf(env, "Phụ lục", "D8").values).toEqual([["'02"]]);
    expect(cellOf(env, "Khác", "B2").values).toEqual([["'98.49%"]]);
    expect(cellOf(env, "Khác", "B2").numberFormat).toEqual([["General"]]);
    expect(env.syncs).toBe(4);
  });

  it("refuses several cells as a whole when one of them changed: nothing is written", async () => {
    const env = setup([{ name: "Phụ lục", cells: { D7: { value: 0.7 }, D8: { value: "03" } } }]);
    await expect(
      createExcelHost().writeCells([
        { address: "'Phụ lục'!D7", value: 0.76, expected: 0.7 },
        { address: "'Phụ lục'!D8", value: 2, expected: "02" },
      ]),
    ).rejects.toMatchObject({ reason: "changed", cell: "'Phụ lục'!D8" });
    expect(env.syncs).toBe(1);
    expect(cellOf(env, "Phụ lục", "D7").values).toEqual([[0.7]]);
  });

  it("refuses a cell holding a formula, and leaves it as it is", async () => {
    const env = setup(sheets());
    const attempt = createExcelHost().writeCell("'Phụ lục'!D10", 35);
    await expect(attempt).rejects.toBeInstanceOf(CellWriteRefused);
    await expect(attempt).rejects.toMatchObject({ reason: "formula", formula: "=SUM(D11:D13)", cell: "'Phụ lục'!D10" });
    expect(env.syncs).toBe(1); // read only
    expect(cellOf(env, "Phụ lục", "D10").values).toEqual([[34]]);
  });

  it("refuses a cell that no longer holds the value the finding was computed from", async () => {
    const env = setup(sheets());
    await expect(createExcelHost().writeCell("'Phụ lục'!D7", 0.76, undefined, 0.75)).rejects.toMatchObject({
      reason: "changed",
    });
    expect(cellOf(env, "Phụ lục", "D7").values).toEqual([[0.7]]);
  });

  it("refuses a locked cell on a protected sheet, and writes an unlocked one", async () => {
    setup([{ name: "Phụ lục", protected: true, cells: { D7: { value: 1 }, D8: { value: 2, locked: false } } }]);
    const host = createExcelHost();
    await expect(host.writeCell("'Phụ lục'!D7", 2)).rejects.toMatchObject({ reason: "protected" });
    await expect(host.writeCell("'Phụ lục'!D8", 3)).resolves.toMatchObject({ cell: "'Phụ lục'!D8" });
  });

  it("does not undo over an edit the officer made after the fix", async () => {
    const env = setup(sheets());
    const host = createExcelHost();
    const snapshot = await host.writeCell("'Phụ lục'!D7", 0.76);
    cellOf(env, "Phụ lục", "D7").values = [[0.8]]; // the officer types 80%
    await expect(host.restoreCells([snapshot])).rejects.toMatchObject({ reason: "changed" });
    expect(cellOf(env, "Phụ lục", "D7").values).toEqual([[0.8]]);
  });
});

describe("onUserEdit", () => {
  it("calls the listener with the edited sheet for the officer's edits, never for the add-in's own", async () => {
    const env = setup([appendix, { name: "Trống" }]);
    const host = createExcelHost();
    await host.readWorkbook(); // the sheets' ids become known
    const listener = jest.fn();
    const off = await host.onUserEdit(listener);
    const [{ handler, where }] = env.handlers;
    expect(where).toBe("workbook");
    const change = { type: "WorksheetChanged", source: "Local", address: "D7", changeType: "RangeEdited" };

    await handler({ ...change, worksheetId: "{Phụ lục}", triggerSource: "ThisLocalAddin" });
    expect(listener).not.toHaveBeenCalled();
    await handler({ ...change, worksheetId: "{Phụ lục}", triggerSource: "Unknown" });
    expect(listener).toHaveBeenLastCalledWith({ sheet: "Phụ lục" });
    await handler({ ...change, worksheetId: "{new}", triggerSource: "Unknown" });
    expect(listener).toHaveBeenLastCalledWith({ sheet: null });

    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(env.handlers.every((h) => h.removed)).toBe(true);
  });
});

describe("settings", () => {
  it("every write is refresh → set → save, one at a time: no write loses another's key", async () => {
    const env = setup([{ name: "Phụ lục" }]);
    const host = createExcelHost();
    // The ribbon command's runtime saved a key the pane's in-memory copy has never seen.
    env.document.set("cchc.other", "from the command");
    await Promise.all([host.saveSetting("cchc.narrative", "N"), host.saveSetting("cchc.details", "D")]);
    expect(Object.fromEntries(env.document)).toEqual({
      "cchc.other": "from the command",
      "cchc.narrative": "N",
      "cchc.details": "D",
    });
    // Reading sees what the document holds now.
    env.document.set("cchc.details", "D2");
    await expect(host.loadSetting("cchc.details")).resolves.toBe("D2");
    // "" removes the key from the file.
    await host.saveSetting("cchc.narrative", "");
    expect(env.document.has("cchc.narrative")).toBe(false);
  });

  it("a failed save is reported, and the next one goes through", async () => {
    const env = setup([{ name: "Phụ lục" }]);
    const host = createExcelHost();
    env.failSaves = 1;
    await expect(host.saveSetting("cchc.narrative", "N")).rejects.toThrow("The document is read-only.");
    await host.saveSetting("cchc.narrative", "N");
    expect(env.document.get("cchc.narrative")).toBe("N");
  });
});

describe("insertSheet", () => {
  const template = buildAppendixTemplate(smallForm);

  it("never reuses an existing sheet's name (compared case-insensitively), reading names then writing in one sync", async () => {
    const env = setup([{ name: "Phụ lục" }, { name: "PHỤ LỤC (2)" }]);
    const host = createExcelHost();
    await expect(host.insertSheet(template)).resolves.toBe("Phụ lục (3)");
    expect(env.syncs).toBe(2);
    await expect(host.insertSheet(template)).resolves.toBe("Phụ lục (4)");
    expect(env.log.filter((l) => l.startsWith("add "))).toEqual(["add Phụ lục (3)", "add Phụ lục (4)"]);
  });

  it("writes the values, formats and print set-up of the template", async () => {
    const env = setup([{ name: "Sheet1" }]);
    await createExcelHost().insertSheet(template);
    const writes = env.log.filter((l) => l.startsWith("[Phụ lục]"));
    const idx = (prefix: string) => writes.findIndex((l) => l.startsWith(prefix));
    const { rows, cols } = templateSize(template);
    const all = `[Phụ lục].getRangeByIndexes(0,0,${rows},${cols})`;
    expect(idx(`${all}.numberFormat=`)).toBeGreaterThanOrEqual(0);
    expect(idx(`${all}.numberFormat=`)).toBeLessThan(idx(`${all}.values=`)); // "@" before the STT lands
    expect(writes).toContain(`${all}.format.font.name="Times New Roman"`);
    expect(writes).toContain('[Phụ lục].pageLayout.setPrintTitleRows("$6:$7")'); // the two-row header
    expect(writes).toContain("[Phụ lục].pageLayout.blackAndWhite=true"); // the input fills stay off the paper
    expect(writes).toContain('[Phụ lục].pageLayout.paperSize="A4"');
    expect(writes).toContain('[Phụ lục].pageLayout.orientation="Portrait"');
    expect(writes).toContain("[Phụ lục].activate()");
    expect(env.log.filter((l) => l.startsWith("sync"))).toHaveLength(2);
  });
});

describe("selectCell and language", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const env = setup([{ name: "Phụ lục", cells: { D7: { value: 1 } } }]);
    await createExcelHost().selectCell("'Phụ lục'!D7");
    expect(env.syncs).toBe(1);
    expect(env.log.filter((l) => !l.startsWith("sync"))).toEqual(["activate Phụ lục", "select Phụ lục!D7"]);
  });

  it("follows Office's display language", () => {
    setup([{ name: "Phụ lục" }]);
    const host = createExcelHost();
    expect(host.displayLanguage()).toBe("vi");
    (globalThis as any).Office.context.displayLanguage = "en-US";
    expect(host.displayLanguage()).toBe("en");
  });
});
