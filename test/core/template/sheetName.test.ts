import { MAX_SHEET_NAME, uniqueSheetName } from "../../../src/core/template/sheetName";

describe("uniqueSheetName", () => {
  it("keeps the preferred name when it is free", () => {
    expect(uniqueSheetName("Phụ lục", ["Sheet1"])).toBe("Phụ lục");
  });

  it("numbers copies as Excel does, comparing names case-insensitively", () => {
    expect(uniqueSheetName("Phụ lục", ["phụ lục"])).toBe("Phụ lục (2)");
    expect(uniqueSheetName("Phụ lục", ["Phụ lục", "PHỤ LỤC (2)", "Phụ lục (4)"])).toBe("Phụ lục (3)");
  });

  it("stays within Excel's 31 characters", () => {
    const long = "Biểu thống kê số liệu cải cách hành chính";
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, [first]);
    expect(second).toHaveLength(MAX_SHEET_NAME);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});
