/**
 * The Excel adapter against office-addin-mock (./excelMock): loads and syncs are enforced, syncs are counted.
 */
import { createExcelHost } from "../../src/office/excelHost";
import { HIGHLIGHT_SETTING } from "../../src/office/highlightStore";
import { HIGHLIGHT_FILLS } from "../../src/taskpane/findingsView";
import { buildAppendixTemplate } from "../../src/core/template/appendixTemplate";
import { smallForm } from "../core/template/smallForm";
import { templateSize } from "../../src/office/sheetWriter";
import { cellOf, setup, sheetData, teardown, type SheetSpec } from "./excelMock";

afterEach(teardown);

describe("readWorkbook", () => {
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

  it("reads every sheet's used range into a grid with its origin, in one sync once the sheets are known", async () => {
    const env = setup([appendix, { name: "Trống" }]);
    const host = createExcelHost();

    const first = await host.readWorkbook();
    expect(env.syncs).toBe(2); // the first read learns the sheet names, then reads them all in one batch

    const before = env.syncs;
    const again = await host.readWorkbook();
    expect(env.syncs - before).toBe(1);
    expect(again).toEqual(first);

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
    ws.byName["Báo cáo"].populate(sheetData({ name: "Báo cáo" }, env));
    ws.byName["Báo cáo"].usedRange.isNullObject = true;
    ws.load = function (this: any) {
      this.items = [this.byName["Phụ lục"], this.byName["Báo cáo"]];
      this.items.forEach((s: any) => s.load("name"));
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
});

describe("highlights", () => {
  const sheets = (): SheetSpec[] => [
    {
      name: "Phụ lục",
      cells: { D7: { value: 0.76 }, D8: { value: 46, fill: "#E2EFDA" }, D9: { value: 35, fill: "#FFFF00" } },
    },
  ];
  const marks = [
    { cell: "'Phụ lục'!D7", severity: "error" as const },
    { cell: "'Phụ lục'!$D$8", severity: "info" as const },
    { cell: "'Phụ lục'!D9", severity: "warning" as const },
  ];

  it("a full pass is one read sync (previous fills) and one write sync", async () => {
    const env = setup(sheets());
    const host = createExcelHost();
    await host.showHighlights(marks);
    expect(env.syncs).toBe(2);
    expect(cellOf(env, "Phụ lục", "D7").format.fill.color).toBe(HIGHLIGHT_FILLS.error);
    expect(cellOf(env, "Phụ lục", "D8").format.fill.color).toBe(HIGHLIGHT_FILLS.info);
    expect(cellOf(env, "Phụ lục", "D9").format.fill.color).toBe(HIGHLIGHT_FILLS.warning);
    // The previous fills are saved in the workbook's settings.
    expect(JSON.parse(env.settings.get(HIGHLIGHT_SETTING) as string)).toEqual({
      "'Phụ lục'!D7": null,
      "'Phụ lục'!D8": "#E2EFDA",
      "'Phụ lục'!D9": "#FFFF00",
    });
  });

  it("highlighting the same cells again needs no read, and keeps their first previous fill", async () => {
    const env = setup(sheets());
    const host = createExcelHost();
    await host.showHighlights(marks);
    const before = env.syncs;
    await host.showHighlights([{ cell: "'Phụ lục'!D8", severity: "error" }]);
    expect(env.syncs - before).toBe(1);
    // D7 and D9 are no longer flagged: put back. D8 stays highlighted, with its original fill remembered.
    expect(env.log).toContain("clear Phụ lục!D7");
    expect(cellOf(env, "Phụ lục", "D9").format.fill.color).toBe("#FFFF00");
    expect(cellOf(env, "Phụ lục", "D8").format.fill.color).toBe(HIGHLIGHT_FILLS.error);
    expect(JSON.parse(env.settings.get(HIGHLIGHT_SETTING) as string)).toEqual({ "'Phụ lục'!D8": "#E2EFDA" });
  });

  it("clear restores the exact previous fills, 'no fill' included, in one sync", async () => {
    const env = setup(sheets());
    await createExcelHost().showHighlights(marks);
    const before = env.syncs;
    env.log.length = 0;
    // A reloaded pane: a new host, the same workbook settings.
    await createExcelHost().clearHighlights();
    expect(env.syncs - before).toBe(1);
    expect(env.log).toContain("clear Phụ lục!D7");
    expect(cellOf(env, "Phụ lục", "D8").format.fill.color).toBe("#E2EFDA");
    expect(cellOf(env, "Phụ lục", "D9").format.fill.color).toBe("#FFFF00");
    expect(env.settings.has(HIGHLIGHT_SETTING)).toBe(false);
    // Nothing left to clear: no round trip at all.
    const after = env.syncs;
    await createExcelHost().clearHighlights();
    expect(env.syncs).toBe(after);
  });

  it("before ExcelApi 1.9 (no fill pattern), a white cell counts as 'no fill'", async () => {
    const env = setup([{ name: "Phụ lục", cells: { D7: { value: 1 }, D8: { value: 2, fill: "#E2EFDA" } } }], {
      excelApi: 8,
    });
    const host = createExcelHost();
    await host.showHighlights([
      { cell: "'Phụ lục'!D7", severity: "error" },
      { cell: "'Phụ lục'!D8", severity: "error" },
    ]);
    await host.clearHighlights();
    expect(env.log).toContain("clear Phụ lục!D7");
    expect(cellOf(env, "Phụ lục", "D8").format.fill.color).toBe("#E2EFDA");
  });
});

describe("writeCell and live re-check", () => {
  const sheets = (): SheetSpec[] => [{ name: "Phụ lục", cells: { D7: { value: 0.7 }, D8: { value: "02" } } }];

  it("returns the previous value, reading and writing in two syncs", async () => {
    const env = setup(sheets());
    const host = createExcelHost();
    await expect(host.writeCell("'Phụ lục'!D7", 0.76)).resolves.toEqual({ previous: 0.7, previousFormat: "General" });
    expect(env.syncs).toBe(2);
    expect(cellOf(env, "Phụ lục", "D7").values).toEqual([[0.76]]);
    // Text is written as text (an undo of "02" must not turn it into the number 2).
    await expect(host.writeCell("'Phụ lục'!D8", 2)).resolves.toEqual({ previous: "02", previousFormat: "General" });
    await host.writeCell("'Phụ lục'!D8", "02");
    expect(cellOf(env, "Phụ lục", "D8").values).toEqual([["'02"]]);
  });

  it("writes several cells as one action in one read and one write, returning each previous value", async () => {
    const env = setup([
      { name: "Phụ lục", cells: { D7: { value: 0.7 }, D8: { value: "02" } } },
      { name: "Khác", cells: { B2: { value: "98.49%" } } },
    ]);
    const host = createExcelHost();
    const previous = await host.writeCells([
      { address: "'Phụ lục'!D8", value: 2, numberFormat: "00" },
      { address: "Khác!B2", value: 0.9849, numberFormat: "0.00%" },
    ]);
    expect(previous).toEqual([
      { previous: "02", previousFormat: "General" },
      { previous: "98.49%", previousFormat: "General" },
    ]);
    expect(env.syncs).toBe(2);
    expect(cellOf(env, "Phụ lục", "D8").values).toEqual([[2]]);
    expect(cellOf(env, "Phụ lục", "D8").numberFormat).toEqual([["00"]]);
    expect(cellOf(env, "Khác", "B2").values).toEqual([[0.9849]]);
    // Undone the same way: the text goes back as text.
    await host.writeCells([{ address: "'Phụ lục'!D8", value: "02", numberFormat: "General" }]);
    expect(cellOf(env, "Phụ lục", "D8").values).toEqual([["'02"]]);
    expect(env.syncs).toBe(4);
  });

  it("does not call the listeners for the add-in's own writes, only for the user's edits", async () => {
    const env = setup(sheets());
    let clock = 1_000;
    const host = createExcelHost({ now: () => clock, ownWriteWindowMs: 1_000 });
    const listener = jest.fn();
    const off = await host.onUserEdit(listener);
    const [{ handler, where }] = env.handlers;
    expect(where).toBe("workbook"); // ExcelApi 1.9: one handler for the whole workbook
    const change = { type: "WorksheetChanged", source: "Local", address: "D7", changeType: "RangeEdited" };

    // Excel may deliver the event while the write's sync is in flight, or just after it.
    const writeSync = env.syncs + 2; // writeCell: read, then write
    env.onSync = (n) => {
      if (n === writeSync) void handler(change);
    };
    await host.writeCell("'Phụ lục'!D7", 0.76);
    await handler(change);
    clock += 500;
    await handler(change);
    expect(listener).not.toHaveBeenCalled();

    // Where Excel names the trigger (ExcelApi 1.14) it decides, window or not.
    await handler({ ...change, triggerSource: "ThisLocalAddin" });
    expect(listener).not.toHaveBeenCalled();
    await handler({ ...change, triggerSource: "Unknown" });
    expect(listener).toHaveBeenCalledTimes(1);

    clock += 1_000; // the window is over: the officer types
    await handler(change);
    expect(listener).toHaveBeenCalledTimes(2);

    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(env.handlers.every((h) => h.removed)).toBe(true);
  });

  it("before ExcelApi 1.9, watches each sheet and the sheets added later", async () => {
    const env = setup(sheets(), { excelApi: 8 });
    const listener = jest.fn();
    const off = await createExcelHost().onUserEdit(listener);
    expect(env.handlers.map((h) => h.where)).toEqual(["sheet Phụ lục", "onAdded"]);
    await env.handlers[0].handler({ source: "Local", address: "D7" });
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(env.handlers.every((h) => h.removed)).toBe(true);
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

  it("writes the values and formats of the template, and the print set-up where ExcelApi 1.9 allows", async () => {
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

    const old = setup([{ name: "Sheet1" }], { excelApi: 8 });
    await createExcelHost().insertSheet(template);
    expect(old.log.some((l) => l.includes("pageLayout"))).toBe(false);
  });
});

describe("selectCell, settings and language", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const env = setup([{ name: "Phụ lục", cells: { D7: { value: 1 } } }]);
    await createExcelHost().selectCell("'Phụ lục'!D7");
    expect(env.syncs).toBe(1);
    expect(env.log.filter((l) => !l.startsWith("sync"))).toEqual(["activate Phụ lục", "select Phụ lục!D7"]);
  });

  it("keeps settings in the document and follows Office's display language", async () => {
    const env = setup([{ name: "Phụ lục" }]);
    const host = createExcelHost();
    await expect(host.loadSetting("lang")).resolves.toBeNull();
    await host.saveSetting("lang", "en");
    await expect(host.loadSetting("lang")).resolves.toBe("en");
    expect(env.saves).toBe(1);
    expect(host.displayLanguage()).toBe("vi");
    (globalThis as any).Office.context.displayLanguage = "en-US";
    expect(host.displayLanguage()).toBe("en");
  });
});

describe("writeCell with a number format", () => {
  it("sets the format with the value and returns the previous format for an exact undo", async () => {
    const env = setup([{ name: "Phụ lục", cells: { D120: { value: "5.75%" } } }]);
    const host = createExcelHost();
    await expect(host.writeCell("'Phụ lục'!D120", 0.0776, "0.00%")).resolves.toEqual({ previous: "5.75%", previousFormat: "General" });
    expect(cellOf(env, "Phụ lục", "D120").values).toEqual([[0.0776]]);
    expect(cellOf(env, "Phụ lục", "D120").numberFormat).toEqual([["0.00%"]]);
    expect(env.syncs).toBe(2);
    await host.writeCell("'Phụ lục'!D120", "5.75%", "General");
    expect(cellOf(env, "Phụ lục", "D120").numberFormat).toEqual([["General"]]);
  });
});
