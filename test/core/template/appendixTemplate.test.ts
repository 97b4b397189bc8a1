import {
  APPENDIX_COLUMNS,
  APPENDIX_HEADERS,
  APPENDIX_HEADER_ROW,
  INPUT_FILL,
  PERCENT_FORMAT,
  buildAppendixTemplate,
} from "../../../src/core/template/appendixTemplate";
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

  it("has the header row STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú, repeated on every printed page", () => {
    const header = [0, 1, 2, 3, 4].map((col) => at(t, APPENDIX_HEADER_ROW, col));
    expect(header.map((c) => c?.value)).toEqual([...APPENDIX_HEADERS]);
    expect(header.every((c) => c?.style?.bold && c.style.border)).toBe(true);
    expect(t.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      repeatRows: { from: APPENDIX_HEADER_ROW, to: APPENDIX_HEADER_ROW },
      fitToWidth: true,
    });
  });

  it("lists every form row once, in form order, right below the header", () => {
    const rows = bodyRows(t);
    expect([...rows.keys()]).toEqual(form.rows.map((r) => r.code));
    form.rows.forEach((r, i) => {
      const row = APPENDIX_HEADER_ROW + 1 + i;
      expect(rows.get(r.code)).toBe(row);
      expect(at(t, row, APPENDIX_COLUMNS.label)?.value).toBe(r.label);
      expect(at(t, row, APPENDIX_COLUMNS.unit)?.value).toBe(r.unit ?? "");
    });
    const labels = t.cells.filter((c) => c.col === APPENDIX_COLUMNS.label && c.row > APPENDIX_HEADER_ROW);
    expect(labels).toHaveLength(form.rows.length);
  });

  it("writes the STT as text, empty for the sub-rows without one", () => {
    form.rows.forEach((r, i) => {
      const stt = at(t, APPENDIX_HEADER_ROW + 1 + i, APPENDIX_COLUMNS.stt);
      expect(stt?.value).toBe(r.stt ?? "");
      expect(stt?.style?.numberFormat).toBe("@");
    });
  });

  it("sets the seven groups in bold and the sub-rows in italics", () => {
    form.rows.forEach((r, i) => {
      const rowCells = t.cells.filter((c) => c.row === APPENDIX_HEADER_ROW + 1 + i);
      expect(rowCells).toHaveLength(5);
      for (const c of rowCells) {
        expect(Boolean(c.style?.bold)).toBe(r.parent === null);
        expect(Boolean(c.style?.italic)).toBe(r.italic);
        expect(c.style?.border).toBe(true);
      }
    });
  });

  it("codes every value cell, marks the input cells, and formats percent rows as percentages", () => {
    form.rows.forEach((r, i) => {
      const value = at(t, APPENDIX_HEADER_ROW + 1 + i, APPENDIX_COLUMNS.value);
      expect(value?.code).toBe(r.code);
      expect(value?.value).toBeNull();
      expect(value?.style?.fill).toBe(r.kind === "heading" ? undefined : INPUT_FILL);
      if (r.kind === "percent") expect(value?.style?.numberFormat).toBe(PERCENT_FORMAT);
      if (r.kind === "choice") expect(value?.style?.numberFormat).toBe("@");
      if (r.kind === "count") expect(value?.style?.numberFormat).toBe("General");
    });
    expect(t.cells.filter((c) => c.code !== undefined)).toHaveLength(form.rows.length);
  });

  it("wraps labels and sets the font and column widths", () => {
    expect(t.fontName).toBe("Times New Roman");
    expect(t.columnWidths).toHaveLength(5);
    expect(t.columnWidths[APPENDIX_COLUMNS.label]).toBeGreaterThan(40);
    const labels = t.cells.filter((c) => c.col === APPENDIX_COLUMNS.label && c.row > APPENDIX_HEADER_ROW);
    expect(labels.every((c) => c.style?.wrap)).toBe(true);
  });
});
