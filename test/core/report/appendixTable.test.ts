/**
 * The appendix as the report prints it: the sheet's own title, the STT column as the form and the sheet print it
 * (no "Trong đó" the form does not print, "-" and "a)" kept, "Trong đó" never wrapped), and the Ghi chú column carried
 * from the sheet (its notes, or the breakdown written beside a figure); a table of several value columns prints each.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Cell, WorkbookGrid } from "../../../src/core/grid";
import { DEFAULT_APPENDIX_TITLE, buildAppendixTable } from "../../../src/core/report/appendixTable";
import { FIXTURE_XLSX, loadXlsxGrid } from "../../helpers/fixtures";
import { COMMUNE_2025, DEPARTMENT_2025, shapeGrid, type Shape } from "../form/infer/shapes";
import { readXlsxGrid } from "../../../src/io/xlsx";
import { DEPARTMENT, SLOPPY_COMMUNE } from "../unseen/cases";
import { caseWorkbook } from "../unseen/files";
import { checked as checkedTable, type Typed } from "../unseen/grid";

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
    expect(labels).toEqual(
      expect.arrayContaining(["Trong đó:", "a) Số hồ sơ tiếp nhận trực tuyến", "- Trước và đúng hạn"]),
    );
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

describe("a table of several value columns: each printed, in the sheet's order, under its own heading", () => {
  const plain = (t: ReturnType<typeof table>, code: string) => t.rows.find((r) => r.code === code)!;

  it("«6 tháng đầu năm 2026 | Cùng kỳ năm 2025» (the comparison column is no value column): two columns", async () => {
    const grid = await readXlsxGrid(await caseWorkbook(DEPARTMENT, false));
    const t = table(grid, { unitName: "Sở Nông nghiệp và Môi trường", period: "6 tháng đầu năm", year: 2026 });
    expect(t.columns).toEqual([
      { title: "6 tháng đầu năm 2026", main: true },
      { title: "Cùng kỳ năm 2025", main: false },
    ]);
    const hoSo = row(t, "Số hồ sơ TTHC đã tiếp nhận");
    expect(hoSo.values).toEqual(["5.362", "4.118"]);
    expect(hoSo.value).toBe("5.362");
    expect(row(t, "Tỷ lệ hồ sơ tiếp nhận trực tuyến").values).toEqual(["93,01%", "85,96%"]);
    // a heading prints no value in any column
    expect(t.rows.find((r) => r.label === "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC")!.values).toEqual(["", ""]);
    // STT, label, unit, two value columns, note: within a portrait page, the label 70 mm at least
    expect(t.widthsMm).toHaveLength(6);
    expect(t.orientation).toBe("portrait");
    expect(t.widthsMm.reduce((a, b) => a + b, 0)).toBe(165);
    expect(t.widthsMm[1]).toBeGreaterThanOrEqual(70);
  });

  it("«Quý IV/2025 | Lũy kế năm 2025» typed as text, “x” and “Không phát sinh” kept as the sheet writes them", async () => {
    const t = table(await readXlsxGrid(await caseWorkbook(SLOPPY_COMMUNE, false)));
    expect(t.columns.map((c) => c.title)).toEqual(["Quý IV/2025", "Lũy kế năm 2025"]);
    expect(plain(t, "7").values).toEqual(["1.236", "4.905"]);
    expect(plain(t, "3").values).toEqual(["x", "20"]);
    expect(plain(t, "12").values).toEqual(["Không phát sinh", "-"]);
    // the widths hold each column's longest word: "IV/2025" whole, "Không phát sinh" wraps at its spaces
    const [, , , quarter, year] = t.widthsMm;
    expect(quarter).toBeGreaterThanOrEqual(18);
    expect(year).toBeGreaterThanOrEqual(18);
  });

  describe("«Kế hoạch | Thực hiện | Tỷ lệ (%)»", () => {
    const HEADER: Typed[] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"];
    const ROWS: Typed[][] = [
      ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", "", "", ""],
      ["1.1", "Số văn bản chỉ đạo về CCHC được ban hành", "Văn bản", "4", "3", "75", ""],
      ["1.2", "Số cuộc kiểm tra công tác CCHC", "Cuộc", "4", "1", "25", "Chưa kiểm tra 3 phòng"],
      ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""],
      ["2.1", "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", "1.500", "1.480", "98,67", ""],
      ["-", "Tiếp nhận trực tuyến", "Hồ sơ", "", "1.110", "", ""],
      ["-", "Tiếp nhận trực tiếp", "Hồ sơ", "", "370", "", ""],
      ["2.2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "70", "75", "107,14", ""],
    ];
    const planTable = (rows: Typed[][]) => {
      const r = checkedTable(rows);
      return buildAppendixTable(r.appendix, { unitName: "UBND phường Hòa Bình", period: "quý I", year: 2026 });
    };

    it("prints the plan, the results and the rate in the sheet's order, the rate as its heading says (no “%”)", () => {
      const t = planTable([HEADER, ...ROWS]);
      expect(t.columns).toEqual([
        { title: "Kế hoạch", main: false, plan: true },
        { title: "Thực hiện", main: true },
        { title: "Tỷ lệ (%)", main: false, rate: true },
      ]);
      expect(plain(t, "2.1").values).toEqual(["1.500", "1.480", "98,67"]);
      expect(plain(t, "2.1").value).toBe("1.480");
      expect(plain(t, "2.2").values).toEqual(["70%", "75%", "107,14"]);
      // a sub-row without a plan: blank plan and rate, the results printed
      expect(plain(t, "2.1a").values).toEqual(["", "1.110", ""]);
      expect(plain(t, "1.2").note).toBe("Chưa kiểm tra 3 phòng");
      expect(t.widthsMm).toHaveLength(7);
    });

    it("results first: «Thực hiện | Kế hoạch | Tỷ lệ (%)» keeps that order", () => {
      const swapped = [HEADER, ...ROWS].map((r) => [r[0], r[1], r[2], r[4], r[3], r[5], r[6]]);
      swapped[0] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Kế hoạch", "Tỷ lệ (%)", "Ghi chú"];
      const t = planTable(swapped);
      expect(t.columns.map((c) => c.title)).toEqual(["Thực hiện", "Kế hoạch", "Tỷ lệ (%)"]);
      expect(plain(t, "1.1").values).toEqual(["3", "4", "75"]);
    });

    it("three columns and Ghi chú leave the label less than 70 mm of a portrait page: a landscape page", () => {
      const t = planTable([HEADER, ...ROWS]);
      expect(t.orientation).toBe("landscape");
      expect(t.widthsMm.reduce((a, b) => a + b, 0)).toBe(252);
      expect(t.widthsMm[1]).toBeGreaterThanOrEqual(84);
      // each value column holds its longest word ("Kế hoạch" wraps between its words; "107,14" whole)
      for (const w of t.widthsMm.slice(3, 6)) expect(w).toBeGreaterThanOrEqual(18);
    });
  });

  it("a table of one value column has one column titled “Số liệu”, its values those of `value`", async () => {
    const t = table(await loadXlsxGrid(FIXTURE_XLSX), {
      unitName: "UBND huyện Ngân Sơn",
      period: "quý III",
      year: 2022,
    });
    expect(t.columns).toEqual([{ title: "Số liệu", main: true }]);
    expect(t.widthsMm).toHaveLength(5);
    for (const r of t.rows) expect(r.values).toEqual([r.value]);
  });
});
