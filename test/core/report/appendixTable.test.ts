/**
 * The appendix as the report prints it: the sheet's own title, the STT column as the form and the sheet print it
 * (no "Trong đó" the form does not print, "-" and "a)" kept, "Trong đó" never wrapped), and the Ghi chú column carried
 * from the sheet (its notes, or the breakdown written beside a figure).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import { DEFAULT_APPENDIX_TITLE, buildAppendixTable } from "../../../src/core/report/appendixTable";
import { FIXTURE_XLSX, loadXlsxGrid } from "../../helpers/fixtures";
import { COMMUNE_2025, DEPARTMENT_2025, shapeGrid, type Shape } from "../form/infer/shapes";

function table(grid: WorkbookGrid, details = { unitName: "UBND xã Tân Lập", period: "năm", year: 2025 }) {
  const r = checkWorkbook(grid);
  if (r.status !== "checked") throw new Error("appendix not found");
  return buildAppendixTable(r.appendix, details);
}
const row = (t: ReturnType<typeof table>, label: string) => t.rows.find((r) => r.label === label)!;

describe("the seed's appendix (the district form of 2022)", () => {
  let t: ReturnType<typeof table>;
  beforeAll(async () => {
    t = table(await loadXlsxGrid(FIXTURE_XLSX), { unitName: "UBND huyện Ngân Sơn", period: "quý III", year: 2022 });
  });

  it("prints “Trong đó” only where the form prints it, on one line, and stays on a portrait page", () => {
    expect(t.rows.filter((r) => r.stt === "Trong đó").map((r) => r.code)).toEqual(["3.1.4a", "7.1a"]);
    // 12 pt italic "Trong đó" is about 16 mm wide, with the cell's margins 18 mm
    expect(t.widthsMm[0]).toBeGreaterThanOrEqual(18);
    expect(t.orientation).toBe("portrait");
  });

  it("carries the sheet's notes into Ghi chú, and the breakdown written beside a figure", () => {
    expect(row(t, "Số lượng phiếu khảo sát").note).toBe("Chưa thực hiện");
    expect(row(t, "Số TTHC liên thông cùng cấp")).toMatchObject({ value: "28", note: "huyện 27, xã 01" });
    expect(row(t, "Số TTHC liên thông giữa các cấp")).toMatchObject({ value: "14", note: "huyện 07, xã 07" });
    expect(row(t, "Số phòng chuyên môn").note).toBe("");
  });

  it("takes the title from the sheet, and the period under it", () => {
    expect(t.title).toBe("BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC");
    expect(t.period).toBe("QUÝ III NĂM 2022");
  });
});

describe("a form learnt from the sheet", () => {
  it("prints the sheet's title (naming its period, so no period line), its “-” sub-rows, no invented “Trong đó”", () => {
    const t = table(shapeGrid(COMMUNE_2025));
    expect(t.title).toBe("BIỂU THỐNG KÊ SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025");
    expect(t.period).toBeNull();
    expect(row(t, "Tiếp nhận trực tuyến").stt).toBe("-");
    expect(row(t, "Giải quyết quá hạn").stt).toBe("-");
    expect(t.rows.some((r) => r.stt === "Trong đó")).toBe(false);
  });

  it("keeps a label's letter as printed, and the sheet's own “Trong đó:” line", () => {
    const t = table(shapeGrid(DEPARTMENT_2025));
    expect(t.title).toBe("SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2025");
    const labels = t.rows.map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(["Trong đó:", "a) Số hồ sơ tiếp nhận trực tuyến", "- Trước và đúng hạn"]));
    expect(t.rows.some((r) => r.stt === "Trong đó")).toBe(false);
  });

  it("carries the Ghi chú column of the sheet", () => {
    const grid = shapeGrid(COMMUNE_2025);
    const cells = grid.sheets[0].cells;
    const line = cells.findIndex((l) => l[1]?.text === "Số cán bộ, công chức hiện có");
    const note = "Tăng do sáp nhập 3 xã";
    cells[line][COMMUNE_2025.columns.note!] = { value: note, text: note } as Cell;
    expect(row(table(grid), "Số cán bộ, công chức hiện có").note).toBe(note);
  });

  it("a sheet without a title: a title for what the table is, not the form's internal name, and the period", () => {
    const untitled: Shape = { ...COMMUNE_2025, title: [] };
    const t = table(shapeGrid(untitled));
    expect(t.title).toBe(DEFAULT_APPENDIX_TITLE.toLocaleUpperCase("vi-VN"));
    expect(t.title).not.toMatch(/TRANG TÍNH/);
    expect(t.period).toBe("NĂM 2025");
  });
});
