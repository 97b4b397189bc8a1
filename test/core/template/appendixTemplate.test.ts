import {
  APPENDIX_COLUMNS,
  APPENDIX_FIRST_ROW,
  APPENDIX_HEADER_ROW,
  INPUT_FILL,
  buildAppendixTemplate,
} from "../../../src/core/template/appendixTemplate";
import { checkWorkbook } from "../../../src/core/check";
import { DISTRICT_2022 } from "../../../src/core/form/district-2022";
import type { SheetTemplate, TemplateCell } from "../../../src/core/template/types";
import { smallForm } from "./smallForm";

const form = smallForm;

function at(t: SheetTemplate, row: number, col: number): TemplateCell | undefined {
  return t.cells.find((c) => c.row === row && c.col === col);
}

/** The template's table rows below the header, keyed by the value cell's code. */
function bodyRows(t: SheetTemplate): Map<string, number> {
  const rows = new Map<string, number>();
  for (const c of t.cells) if (c.code !== undefined) rows.set(c.code, c.row);
  return rows;
}

describe("buildAppendixTemplate", () => {
  const t = buildAppendixTemplate(form, {
    unitName: "UBND huyện Ngân Sơn",
    period: "quý III",
    year: 2022,
    reportNumber: "125",
    reportDate: "2022-09-25",
  });

  it("has the title block with the period and the attachment line", () => {
    const titles = t.cells.filter((c) => c.row < APPENDIX_HEADER_ROW).map((c) => c.value);
    expect(titles).toEqual([
      "Phụ lục",
      "BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
      "QUÝ III NĂM 2022",
      "(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)",
    ]);
    for (let row = 0; row < titles.length; row++) {
      expect(t.merges).toContainEqual({ fromRow: row, fromCol: 0, toRow: row, toCol: 4 });
    }
  });

  it("prints dotted gaps for the details not known yet", () => {
    const blank = buildAppendixTemplate(form);
    expect(at(blank, 2, 0)?.value).toBe("KỲ BÁO CÁO .... NĂM ....");
    expect(at(blank, 3, 0)?.value).toBe("(Kèm theo Báo cáo số ..../BC-UBND ngày ..../..../.... của ....)");
  });

  it("has the form's two-row header, “Kết quả thống kê” over “Đơn vị tính | Số liệu”, repeated on every page", () => {
    const h = APPENDIX_HEADER_ROW;
    const row = (r: number) => [0, 1, 2, 3, 4].map((col) => at(t, r, col));
    expect(row(h).map((c) => c?.value)).toEqual(["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", null, "Ghi chú"]);
    expect(row(h + 1).map((c) => c?.value)).toEqual([null, null, "Đơn vị tính", "Số liệu", null]);
    expect([...row(h), ...row(h + 1)].every((c) => c?.style?.bold && c.style.border)).toBe(true);
    expect(t.merges).toEqual(
      expect.arrayContaining([
        { fromRow: h, fromCol: 0, toRow: h + 1, toCol: 0 },
        { fromRow: h, fromCol: 1, toRow: h + 1, toCol: 1 },
        { fromRow: h, fromCol: 2, toRow: h, toCol: 3 },
        { fromRow: h, fromCol: 4, toRow: h + 1, toCol: 4 },
      ]),
    );
    expect(APPENDIX_FIRST_ROW).toBe(h + 2);
    expect(t.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      repeatRows: { from: h, to: h + 1 },
      fitToWidth: true,
      // The input fills show on screen, not on paper.
      blackAndWhite: true,
    });
  });

  it("lists every form row once, in form order, right below the header", () => {
    const rows = bodyRows(t);
    expect([...rows.keys()]).toEqual(form.rows.map((r) => r.code));
    form.rows.forEach((r, i) => {
      const row = APPENDIX_FIRST_ROW + i;
      expect(rows.get(r.code)).toBe(row);
      expect(at(t, row, APPENDIX_COLUMNS.label)?.value).toBe(r.label);
      expect(at(t, row, APPENDIX_COLUMNS.unit)?.value).toBe(r.unit ?? "");
    });
    const labels = t.cells.filter((c) => c.col === APPENDIX_COLUMNS.label && c.row >= APPENDIX_FIRST_ROW);
    expect(labels).toHaveLength(form.rows.length);
  });

  it("writes the STT as text, empty for the sub-rows without one", () => {
    form.rows.forEach((r, i) => {
      const stt = at(t, APPENDIX_FIRST_ROW + i, APPENDIX_COLUMNS.stt);
      expect(stt?.value).toBe(r.stt ?? "");
      expect(stt?.style?.numberFormat).toBe("@");
    });
  });

  it("prints “Trong đó” in the STT column of 3.1.4a and 7.1a, as the district form does", () => {
    const district = buildAppendixTemplate(DISTRICT_2022);
    const sttOf = (code: string) => {
      const row = district.cells.find((c) => c.code === code)!.row;
      return at(district, row, APPENDIX_COLUMNS.stt)?.value;
    };
    expect(sttOf("3.1.4a")).toBe("Trong đó");
    expect(sttOf("7.1a")).toBe("Trong đó");
    expect(sttOf("3.1.4b")).toBe("");
    expect(sttOf("7.1b")).toBe("");
    expect(sttOf("3.1.4")).toBe("3.1.4");
  });

  it("is found and read back by the checker, every row where it was written", () => {
    const district = buildAppendixTemplate(DISTRICT_2022);
    const cells: { value: string | number | null; text: string }[][] = [];
    for (const c of district.cells) {
      (cells[c.row] ??= [])[c.col] = { value: c.value, text: c.value === null ? "" : String(c.value) };
    }
    for (let r = 0; r < cells.length; r++) {
      cells[r] ??= [];
      for (let c = 0; c < 5; c++) cells[r][c] ??= { value: null, text: "" };
    }
    const result = checkWorkbook({ sheets: [{ name: "Phụ lục", cells }] });
    if (result.status !== "checked") throw new Error("the inserted table is not found");
    for (const c of district.cells.filter((x) => x.code)) {
      expect([c.code, result.appendix.rows.get(c.code!)?.sheetRow]).toEqual([c.code, c.row]);
    }
  });

  it("sets the seven groups in bold and the sub-rows in italics", () => {
    form.rows.forEach((r, i) => {
      const rowCells = t.cells.filter((c) => c.row === APPENDIX_FIRST_ROW + i);
      expect(rowCells).toHaveLength(5);
      for (const c of rowCells) {
        expect(Boolean(c.style?.bold)).toBe(r.parent === null);
        expect(Boolean(c.style?.italic)).toBe(r.italic);
        expect(c.style?.border).toBe(true);
      }
    });
  });

  it("codes every value cell, marks the input cells, and leaves percents as typed (76%, 98,49%)", () => {
    form.rows.forEach((r, i) => {
      const value = at(t, APPENDIX_FIRST_ROW + i, APPENDIX_COLUMNS.value);
      expect(value?.code).toBe(r.code);
      expect(value?.value).toBeNull();
      expect(value?.style?.fill).toBe(r.kind === "heading" ? undefined : INPUT_FILL);
      // General: Excel formats "76%" as 0% and "98,49%" as 0.00% by itself, not "76,00%".
      if (r.kind === "percent") expect(value?.style?.numberFormat).toBe("General");
      if (r.kind === "choice") expect(value?.style?.numberFormat).toBe("@");
      if (r.kind === "count") expect(value?.style?.numberFormat).toBe("General");
    });
    expect(t.cells.filter((c) => c.code !== undefined)).toHaveLength(form.rows.length);
  });

  it("wraps labels and sets the font and column widths", () => {
    expect(t.fontName).toBe("Times New Roman");
    expect(t.columnWidths).toHaveLength(5);
    expect(t.columnWidths[APPENDIX_COLUMNS.label]).toBeGreaterThan(40);
    const labels = t.cells.filter((c) => c.col === APPENDIX_COLUMNS.label && c.row >= APPENDIX_FIRST_ROW);
    expect(labels.every((c) => c.style?.wrap)).toBe(true);
  });
});
