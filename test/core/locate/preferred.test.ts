/**
 * The check follows the officer (issue 8): with two appendices in a workbook, the one on the sheet being edited or
 * the active sheet is checked, not the better-filled one; every appendix is listed so the pane can offer a switch.
 */
import { checkWorkbook } from "../../../src/core/check";
import { currentForm } from "../../../src/core/form";
import { locateAppendices } from "../../../src/core/locate";
import type { WorkbookGrid } from "../../../src/core/grid";
import { appendixGrid, pctCell } from "../../helpers/grids";

/** "Phụ lục": the old, well-filled appendix (consistent). "Phụ lục (2)": just inserted, three cells filled, 1.2 wrong. */
function workbook(): WorkbookGrid {
  const old = appendixGrid(
    { "1.1.1": 12, "1.1.2": 12, "1.1": pctCell(100), "1.2.1": 40, "1.2.2": 30, "1.2": pctCell(75), "2.1": 3, "2.2": 2 },
    currentForm(),
    "Phụ lục",
  );
  const fresh = appendixGrid({ "1.2.1": 46, "1.2.2": 35, "1.2": pctCell(50) }, currentForm(), "Phụ lục (2)");
  return { sheets: [...old.sheets, { name: "Ghi chú", cells: [[{ value: "x", text: "x" }]] }, ...fresh.sheets] };
}

const ratioOn12 = (wb: WorkbookGrid, preferred: (string | null)[]) => {
  const result = checkWorkbook(wb, { preferredSheets: preferred });
  if (result.status !== "checked") throw new Error("no appendix");
  return { sheet: result.sheetName, flagged: result.findings.some((f) => f.kind === "ratio" && f.codes[0] === "1.2") };
};

test("without a preference the best-filled appendix is checked, and every appendix is listed", () => {
  const result = checkWorkbook(workbook());
  expect(result.status === "checked" && result.sheetName).toBe("Phụ lục");
  expect(result.status === "checked" && result.appendixSheets).toEqual(["Phụ lục", "Phụ lục (2)"]);
});

test("the sheet being edited (or the active one) comes first when it holds an appendix", () => {
  expect(ratioOn12(workbook(), ["Phụ lục (2)"])).toEqual({ sheet: "Phụ lục (2)", flagged: true });
  // The active sheet holds no appendix: the next preference (the one checked last time), then the best.
  expect(ratioOn12(workbook(), ["Ghi chú", "Phụ lục (2)"])).toEqual({ sheet: "Phụ lục (2)", flagged: true });
  expect(ratioOn12(workbook(), ["Ghi chú", null])).toEqual({ sheet: "Phụ lục", flagged: false });
  expect(ratioOn12(workbook(), ["Không có"])).toEqual({ sheet: "Phụ lục", flagged: false });
});

test("locateAppendices names the sheets in workbook order", () => {
  const { appendix, sheets } = locateAppendices(workbook(), currentForm(), { preferredSheets: ["Phụ lục (2)"] });
  expect(appendix?.sheetName).toBe("Phụ lục (2)");
  expect(sheets).toEqual(["Phụ lục", "Phụ lục (2)"]);
});
