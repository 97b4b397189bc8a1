import { charsToPoints, styleRuns, templateMatrices, templateSize } from "../../src/office/sheetWriter";
import type { SheetTemplate } from "../../src/core/template/types";

const border = { border: true };
const template: SheetTemplate = {
  name: "Phụ lục",
  fontName: "Times New Roman",
  fontSize: 12,
  cells: [
    { row: 0, col: 0, value: "Phụ lục", style: { bold: true } },
    { row: 2, col: 0, value: "1.1", style: { ...border, numberFormat: "@" } },
    { row: 2, col: 1, value: "Số văn bản", style: { ...border } },
    { row: 2, col: 2, value: null, code: "1.1", style: { ...border, fill: "#E2EFDA", numberFormat: "General" } },
    { row: 2, col: 3, value: null, style: { ...border } },
  ],
  merges: [{ fromRow: 0, fromCol: 0, toRow: 0, toCol: 3 }],
  columnWidths: [7, 52, 13, 13, 15],
  print: { paper: "A4", orientation: "portrait", repeatRows: { from: 1, to: 1 }, fitToWidth: true },
};

describe("sheetWriter", () => {
  it("formats side-by-side cells of the same style as one range (number formats aside)", () => {
    expect(styleRuns(template.cells).map((r) => [r.row, r.fromCol, r.toCol])).toEqual([
      [0, 0, 0],
      [2, 0, 1],
      [2, 2, 2],
      [2, 3, 3],
    ]);
  });

  it("writes values and number formats as matrices covering the columns, text as '@'", () => {
    expect(templateSize(template)).toEqual({ rows: 3, cols: 5 });
    const { values, numberFormat } = templateMatrices(template);
    expect(values[2]).toEqual(["1.1", "Số văn bản", "", "", ""]);
    expect(numberFormat[2]).toEqual(["@", "@", "General", "General", "General"]);
    expect(numberFormat[0][0]).toBe("@");
  });

  it("converts widths in characters to points as Excel does for its default font", () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 8.43 characters, 64 px, 48 pt
  });
});
