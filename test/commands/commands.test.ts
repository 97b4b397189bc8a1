/**
 * The ribbon's "Kiểm tra nhanh": registered both ways (Office.actions.associate and the global FunctionName),
 * checks the workbook, refreshes the highlights and always completes the event.
 */
import { currentForm } from "../../src/core/form";
import { buildAppendixTemplate } from "../../src/core/template/appendixTemplate";
import { columnLetters } from "../../src/core/grid";
import { HIGHLIGHT_SETTING } from "../../src/office/highlightStore";
import { HIGHLIGHT_FILLS } from "../../src/taskpane/findingsView";
import { cellOf, setup, teardown, type SheetSpec } from "../office/excelMock";

afterEach(() => {
  teardown();
  delete (globalThis as Record<string, unknown>).checkAppendix;
});

/** The inserted appendix with 1.2.1 = 46, 1.2.2 = 35 and 1.2 typed as 70% (35/46 is 76.09%). */
function appendixSheet(): { spec: SheetSpec; cellOfCode: (code: string) => string } {
  const t = buildAppendixTemplate(currentForm());
  const rows = Math.max(...t.cells.map((c) => c.row)) + 1;
  const values: unknown[][] = Array.from({ length: rows }, () => Array(5).fill(""));
  const numberFormat: string[][] = Array.from({ length: rows }, () => Array(5).fill("General"));
  for (const c of t.cells) {
    values[c.row][c.col] = c.value ?? "";
    numberFormat[c.row][c.col] = c.style?.numberFormat ?? "General";
  }
  const at = (code: string) => t.cells.find((c) => c.code === code)!;
  const local = (code: string) => `${columnLetters(at(code).col)}${at(code).row + 1}`;
  const typed: [string, number][] = [
    ["1.2.1", 46],
    ["1.2.2", 35],
    ["1.2", 0.7],
  ];
  for (const [code, v] of typed) values[at(code).row][at(code).col] = v;
  const text = values.map((row, r) =>
    row.map((v, c) =>
      typeof v === "number" && numberFormat[r][c].includes("%") ? `${(v * 100).toFixed(2)}%` : String(v),
    ),
  );
  const cells = Object.fromEntries(typed.map(([code]) => [local(code), { value: 0 }]));
  return {
    spec: { name: "Phụ lục", used: { rowIndex: 0, columnIndex: 0, values, text, numberFormat }, cells },
    cellOfCode: local,
  };
}

function loadCommands(): { associate: jest.Mock } {
  const associate = jest.fn();
  Object.assign((globalThis as any).Office, { actions: { associate }, onReady: jest.fn(async () => ({})) });
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  return { associate };
}

describe("Kiểm tra nhanh (checkAppendix)", () => {
  it("is registered with Office.actions.associate and as the global FunctionName", () => {
    setup([{ name: "Sheet1" }]);
    const { associate } = loadCommands();
    expect(associate).toHaveBeenCalledWith("checkAppendix", expect.any(Function));
    expect(typeof (globalThis as Record<string, unknown>).checkAppendix).toBe("function");
  });

  it("highlights the wrong ratio and its rows, then completes the event", async () => {
    const { spec, cellOfCode } = appendixSheet();
    const env = setup([spec]);
    const { associate } = loadCommands();
    const completed = jest.fn();
    await associate.mock.calls[0][1]({ completed });
    // completed() comes last: wait for it.
    for (let i = 0; i < 50 && !completed.mock.calls.length; i++) await new Promise((r) => setTimeout(r, 0));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(cellOf(env, "Phụ lục", cellOfCode("1.2")).format.fill.color).toBe(HIGHLIGHT_FILLS.error);
    expect(cellOf(env, "Phụ lục", cellOfCode("1.2.1")).format.fill.color).toBe(HIGHLIGHT_FILLS.info);
    expect(JSON.parse(env.settings.get(HIGHLIGHT_SETTING) as string)).toHaveProperty(
      `'Phụ lục'!${cellOfCode("1.2")}`,
      null,
    );
  });

  it("completes the event even when Excel fails", async () => {
    const env = setup([{ name: "Sheet1" }]);
    env.excel.context.workbook.worksheets.load = () => {
      throw new Error("Excel is busy");
    };
    const { associate } = loadCommands();
    const completed = jest.fn();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    associate.mock.calls[0][1]({ completed });
    for (let i = 0; i < 50 && !completed.mock.calls.length; i++) await new Promise((r) => setTimeout(r, 0));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
