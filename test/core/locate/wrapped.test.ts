/**
 * Labels typed or pasted over two or three grid rows: the first holds the STT and the start of the label, the next
 * the rest, and the value sits on the first or the last of them (or in cells merged over them, the unit on either).
 * Each is one row, its value cell the grid cell holding the value. Real sub-rows right after such a row stay
 * sub-rows: a "-", "+" or "a)" line, a line after a label closed by ":", and a heading's unmarked lower-case parts.
 */
import { checkWorkbook } from "../../../src/core/check";
import { findTable } from "../../../src/core/choose/table";
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";
import { cloneWorkbook, decomposed, FIXTURE_XLSX, loadXlsxGrid, rowOf } from "../../helpers/fixtures";

type Line = [stt: string | null, label: string | null, unit: string | null, value: CellValue, note?: string | null];

const cell = (v: CellValue | undefined): Cell => (v === null || v === undefined ? { value: null, text: "" } : { value: v, text: String(v) });

/** A small ward appendix: title, header on grid row 2 (sheet row 3), then the lines from sheet row 4 on. */
function sheetOf(lines: Line[]): SheetGrid {
  return {
    name: "Số liệu",
    cells: [
      [cell("BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026")],
      [],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"].map(cell),
      ...lines.map((l) => l.map(cell)),
    ],
  };
}

/** Rows around the case under test, so that the table is found and has a total of its own. */
const BEFORE: Line[] = [
  ["I", "Cải cách thủ tục hành chính", null, null],
  ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", 2318],
  ["1.1", "Trực tuyến", "Hồ sơ", 1702],
  ["1.2", "Trực tiếp", "Hồ sơ", 616],
];
const AFTER: Line[] = [
  ["II", "Chính quyền số", null, null],
  ["3", "Số cuộc họp trực tuyến", "Cuộc", 7],
  ["4", "Số văn bản điện tử phát hành", "Văn bản", 1520],
];

function rowsOf(lines: Line[]) {
  const table = findTable({ sheets: [sheetOf([...BEFORE, ...lines, ...AFTER])] });
  if (!table) throw new Error("table not found");
  return table.rows.map((r) => ({ gridRow: r.gridRow, stt: r.stt, label: r.label, unit: r.unit, value: r.valueCell.value }));
}

/** Grid row of line k of the case (after the title, header and BEFORE rows). */
const lineRow = (k: number) => 3 + BEFORE.length + k;

describe("one row from a wrapped label", () => {
  test("value on the last line (the ward's “(tính cả …)” line)", () => {
    const rows = rowsOf([
      ["2", "Số hồ sơ đã giải quyết xong trong kỳ", null, null],
      [null, "(tính cả hồ sơ kỳ trước chuyển sang)", "Hồ sơ", 2290],
      ["2.1", "Đúng hạn và trước hạn", "Hồ sơ", 2251],
    ]);
    expect(rows).toContainEqual({
      gridRow: lineRow(1),
      stt: "2",
      label: "Số hồ sơ đã giải quyết xong trong kỳ (tính cả hồ sơ kỳ trước chuyển sang)",
      unit: "Hồ sơ",
      value: 2290,
    });
    expect(rows.find((r) => r.stt === "2.1")?.gridRow).toBe(lineRow(2));
  });

  test("value on the last line, the unit on the first", () => {
    const rows = rowsOf([
      ["2", "Số thủ tục hành chính được công bố, công khai", "Thủ tục", null],
      [null, "trên Cổng dịch vụ công quốc gia", null, 146],
    ]);
    expect(rows).toContainEqual({
      gridRow: lineRow(1),
      stt: "2",
      label: "Số thủ tục hành chính được công bố, công khai trên Cổng dịch vụ công quốc gia",
      unit: "Thủ tục",
      value: 146,
    });
  });

  test("value on the first line: STT, unit and value merged over both lines (only the first cell holds them)", () => {
    const rows = rowsOf([
      ["2", "Số thủ tục hành chính được công bố, công khai", "Thủ tục", 146],
      [null, "trên Cổng dịch vụ công quốc gia", null, null],
    ]);
    expect(rows).toContainEqual({
      gridRow: lineRow(0),
      stt: "2",
      label: "Số thủ tục hành chính được công bố, công khai trên Cổng dịch vụ công quốc gia",
      unit: "Thủ tục",
      value: 146,
    });
  });

  test("value on the first line, the unit typed on the second", () => {
    const rows = rowsOf([
      ["2", "Số thủ tục hành chính được công bố, công khai", null, 146],
      [null, "trên Cổng dịch vụ công quốc gia", "Thủ tục", null],
    ]);
    expect(rows.find((r) => r.stt === "2")).toMatchObject({ gridRow: lineRow(0), unit: "Thủ tục", value: 146 });
  });

  test("the rest starting in upper case after a label left hanging (“… của” / “UBND phường”)", () => {
    const rows = rowsOf([
      ["2", "Số thủ tục hành chính thuộc thẩm quyền giải quyết của", null, null],
      [null, "UBND phường", "Thủ tục", 146],
    ]);
    expect(rows.find((r) => r.stt === "2")).toMatchObject({
      gridRow: lineRow(1),
      label: "Số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường",
      value: 146,
    });
  });

  test("a “-” sub-row's own label wrapped, its value on the last line", () => {
    const rows = rowsOf([
      ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 2290],
      ["-", "Số hồ sơ trả kết quả qua dịch vụ", null, null],
      [null, "bưu chính công ích", "Hồ sơ", 120],
      ["-", "Số hồ sơ trả kết quả trực tuyến", "Hồ sơ", 860],
    ]);
    expect(rows.filter((r) => r.stt === "-")).toEqual([
      { gridRow: lineRow(2), stt: "-", label: "Số hồ sơ trả kết quả qua dịch vụ bưu chính công ích", unit: "Hồ sơ", value: 120 },
      { gridRow: lineRow(3), stt: "-", label: "Số hồ sơ trả kết quả trực tuyến", unit: "Hồ sơ", value: 860 },
    ]);
  });

  test("the joined row knows where its label starts and where its value is", () => {
    const table = findTable({
      sheets: [
        sheetOf([
          ...BEFORE,
          ["2", "Số hồ sơ đã giải quyết xong trong kỳ", null, null],
          [null, "(tính cả hồ sơ kỳ trước chuyển sang)", "Hồ sơ", 2290],
          ...AFTER,
        ]),
      ],
    });
    expect(table?.rows.find((r) => r.stt === "2")).toMatchObject({ firstGridRow: lineRow(0), gridRow: lineRow(1) });
  });

  test.each<[string, number]>([
    ["last", 2],
    ["first", 0],
  ])("three lines, value on the %s", (_where, at) => {
    const lines: Line[] = [
      ["2", "Số hồ sơ thủ tục hành chính đã giải quyết xong", null, null],
      [null, "trong kỳ báo cáo, tính cả hồ sơ", null, null],
      [null, "của kỳ trước chuyển sang", null, null],
    ];
    lines[at] = [lines[at][0], lines[at][1], "Hồ sơ", 2290];
    const rows = rowsOf([...lines, ["2.1", "Đúng hạn", "Hồ sơ", 2251]]);
    expect(rows).toContainEqual({
      gridRow: lineRow(at),
      stt: "2",
      label: "Số hồ sơ thủ tục hành chính đã giải quyết xong trong kỳ báo cáo, tính cả hồ sơ của kỳ trước chuyển sang",
      unit: "Hồ sơ",
      value: 2290,
    });
    expect(rows.map((r) => r.stt)).toEqual(["I", "1", "1.1", "1.2", "2", "2.1", "II", "3", "4"]);
  });

  test("decomposed Unicode (NFD) reads the same", () => {
    const lines: Line[] = [
      ["2", "Số hồ sơ đã giải quyết xong trong kỳ", null, null],
      [null, "(tính cả hồ sơ kỳ trước chuyển sang)", "Hồ sơ", 2290],
      ["2.1", "Đúng hạn", "Hồ sơ", 2251],
      ["3", "Tỷ lệ hồ sơ được số hóa của", null, null],
      [null, "ủy ban nhân dân phường", "%", 0.9],
    ];
    const nfd = lines.map((l) => l.map((v) => (typeof v === "string" ? v.normalize("NFD") : v)) as Line);
    const nfc = rowsOf(lines);
    const decomposedRows = rowsOf(nfd);
    expect(decomposedRows.map((r) => ({ ...r, label: r.label.normalize("NFC"), unit: r.unit.normalize("NFC") }))).toEqual(nfc);
    expect(nfc.find((r) => r.stt === "3")).toMatchObject({ gridRow: lineRow(4), value: 0.9 });
  });
});

describe("sub-rows stay sub-rows", () => {
  test("a “-” sub-row right after a wrapped label (marker in the STT or at the start of the label)", () => {
    for (const sub of [
      ["-", "đúng hạn", "Hồ sơ", 2251],
      [null, "- đúng hạn", "Hồ sơ", 2251],
      [null, "+ đúng hạn", "Hồ sơ", 2251],
      [null, "a) đúng hạn", "Hồ sơ", 2251],
    ] as Line[]) {
      const rows = rowsOf([
        ["2", "Số hồ sơ đã giải quyết xong", null, null],
        [null, "trong kỳ báo cáo", "Hồ sơ", 2290],
        sub,
        [null, "- quá hạn", "Hồ sơ", 39],
      ]);
      expect(rows.find((r) => r.stt === "2")).toMatchObject({ label: "Số hồ sơ đã giải quyết xong trong kỳ báo cáo", value: 2290 });
      expect(rows.find((r) => r.value === 2251)).toMatchObject({ gridRow: lineRow(2), label: sub[1] });
    }
  });

  test("a “-” sub-row under a heading without a value is not the heading's label", () => {
    const rows = rowsOf([
      ["2", "Số hồ sơ đã giải quyết", null, null],
      [null, "- đúng hạn", "Hồ sơ", 2251],
      [null, "- quá hạn", "Hồ sơ", 39],
    ]);
    expect(rows.filter((r) => r.stt === "2")).toEqual([
      { gridRow: lineRow(0), stt: "2", label: "Số hồ sơ đã giải quyết", unit: "", value: null },
    ]);
    expect(rows.map((r) => r.label)).toContain("- quá hạn");
  });

  test("a heading's unmarked lower-case parts, each with a value, are parts", () => {
    const rows = rowsOf([
      ["2", "Số hồ sơ đã giải quyết chia theo kết quả", null, null],
      [null, "đúng hạn và trước hạn", "Hồ sơ", 2251],
      [null, "quá hạn", "Hồ sơ", 39],
    ]);
    expect(rows.find((r) => r.stt === "2")?.value).toBeNull();
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(["đúng hạn và trước hạn", "quá hạn"]));
  });

  test("after a label left hanging, upper-case parts each with a value are parts", () => {
    const rows = rowsOf([
      ["2", "Số hồ sơ tiếp nhận theo", null, null],
      [null, "Trực tuyến", "Hồ sơ", 1702],
      [null, "Trực tiếp", "Hồ sơ", 616],
    ]);
    expect(rows.find((r) => r.stt === "2")).toMatchObject({ label: "Số hồ sơ tiếp nhận theo", value: null });
    expect(rows.find((r) => r.label === "Trực tuyến")?.value).toBe(1702);
  });

  test("a label closed by “:” or a “trong đó” line does not run on", () => {
    for (const [first, second] of [
      ["Số hồ sơ đã giải quyết:", "đúng hạn và trước hạn"],
      ["Số hồ sơ đã giải quyết", "trong đó đúng hạn"],
    ]) {
      const rows = rowsOf([
        ["2", first, null, null],
        [null, second, "Hồ sơ", 2251],
      ]);
      expect(rows.find((r) => r.stt === "2")).toMatchObject({ label: first, value: null });
      expect(rows.find((r) => r.label === second)?.value).toBe(2251);
    }
  });

  test("a numbered row with a value of its own keeps it; the next valued line is a row of its own", () => {
    const rows = rowsOf([
      ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 2290],
      [null, "(trong hạn) đúng hạn", "Hồ sơ", 2251],
    ]);
    expect(rows.find((r) => r.stt === "2")).toMatchObject({ label: "Số hồ sơ đã giải quyết", value: 2290 });
  });
});

describe("checked end to end", () => {
  /** The ward's sum: 2.251 + 29 ≠ 2.290 on a row whose label is wrapped, value where the officer typed it. */
  const ward = (valueOnLast: boolean): WorkbookGrid => ({
    sheets: [
      sheetOf([
        ...BEFORE,
        valueOnLast
          ? ["2", "Số hồ sơ đã giải quyết xong trong kỳ", null, null]
          : ["2", "Số hồ sơ đã giải quyết xong trong kỳ", "Hồ sơ", "2.290"],
        valueOnLast ? [null, "(tính cả hồ sơ kỳ trước chuyển sang)", "Hồ sơ", "2.290"] : [null, "(tính cả hồ sơ kỳ trước chuyển sang)", null, null],
        ["2.1", "Đúng hạn và trước hạn", "Hồ sơ", "2.251"],
        ["2.2", "Quá hạn", "Hồ sơ", "29"],
        ...AFTER,
      ]),
    ],
  });

  test.each<[string, boolean, string]>([
    ["value on the last line", true, "D9"],
    ["value on the first line", false, "D8"],
  ])("%s: the sum fault is found at the cell holding the value", (_name, valueOnLast, cellOfTotal) => {
    const result = checkWorkbook(ward(valueOnLast));
    if (result.status !== "checked") throw new Error("appendix not found");
    const sum = result.findings.find((f) => f.kind === "sum" && f.codes[0] === "2");
    expect(sum).toMatchObject({ expected: 2280, actual: 2290 });
    expect(sum?.cells).toEqual(["'Số liệu'!" + cellOfTotal, "'Số liệu'!D10", "'Số liệu'!D11"]);
    // no heading "2" with a sub-row "2a": the form has the one row
    expect(result.appendix.form.rows.map((r) => r.code)).toEqual(["I", "1", "1.1", "1.2", "2", "2.1", "2.2", "II", "3", "4"]);
    expect(result.appendix.form.rows.find((r) => r.code === "2")).toMatchObject({
      label: "Số hồ sơ đã giải quyết xong trong kỳ (tính cả hồ sơ kỳ trước chuyển sang)",
      kind: "count",
    });
  });

  test("two value columns (Quý III | Cùng kỳ): the fault in the second column is found on the wrapped row too", () => {
    const h = (v: CellValue) => cell(v);
    const line = (stt: string | null, label: string, unit: string | null, a: CellValue, b: CellValue) =>
      [stt, label, unit, a, b].map(h);
    const sheet: SheetGrid = {
      name: "Số liệu",
      cells: [
        [h("BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026")],
        [],
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Quý III năm 2026", "Cùng kỳ năm 2025"].map(h),
        line("I", "Cải cách thủ tục hành chính", null, null, null),
        line("1", "Số hồ sơ tiếp nhận", "Hồ sơ", 2318, 2100),
        line("1.1", "Trực tuyến", "Hồ sơ", 1702, 1500),
        line("1.2", "Trực tiếp", "Hồ sơ", 616, 600),
        line("2", "Số hồ sơ đã giải quyết xong trong kỳ", null, null, null),
        line(null, "(tính cả hồ sơ kỳ trước chuyển sang)", "Hồ sơ", 2280, 2050),
        line("2.1", "Đúng hạn và trước hạn", "Hồ sơ", 2251, 1990),
        line("2.2", "Quá hạn", "Hồ sơ", 29, 50),
        line("II", "Chính quyền số", null, null, null),
        line("3", "Số cuộc họp trực tuyến", "Cuộc", 7, 5),
        line("4", "Số văn bản điện tử phát hành", "Văn bản", 1520, 1300),
      ],
    };
    const result = checkWorkbook({ sheets: [sheet] });
    if (result.status !== "checked") throw new Error("appendix not found");
    const sums = result.findings.filter((f) => f.kind === "sum");
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ expected: 2040, actual: 2050, codes: ["2", "2.1", "2.2"] });
    expect(sums[0].cells).toEqual(["'Số liệu'!E9", "'Số liệu'!E10", "'Số liệu'!E11"]);
  });

  test("decomposed text (NFD): the same fault", () => {
    const result = checkWorkbook(decomposed(ward(true)));
    if (result.status !== "checked") throw new Error("appendix not found");
    expect(result.findings.find((f) => f.kind === "sum")?.cells[0]).toBe("'Số liệu'!D9");
  });
});

describe("the built-in district form", () => {
  /** What a finding says, with its cells. */
  function signature(wb: WorkbookGrid): string[] {
    const result = checkWorkbook(wb);
    if (result.status !== "checked") throw new Error("appendix not found");
    return result.findings.map((f) => `${f.kind}|${f.severity}|${f.codes.join(",")}|${f.expected ?? ""}|${f.actual ?? ""}`).sort();
  }

  /**
   * Row `at`'s label split before `cutBefore`: the STT and the start on the first line, the rest with the unit and
   * the value on the second (a row inserted under it).
   */
  function valueOnSecondLine(wb: WorkbookGrid, at: number, cutBefore: string): WorkbookGrid {
    const copy = cloneWorkbook(wb);
    const cells = copy.sheets[0].cells;
    const row = cells[at];
    const label = String(row[1].value);
    const cut = label.indexOf(cutBefore);
    if (cut <= 0) throw new Error(`${cutBefore} not in ${label}`);
    const empty = (): Cell => ({ value: null, text: "" });
    const next: Cell[] = row.map(empty);
    next[1] = cell(label.slice(cut));
    next[2] = row[2];
    next[3] = row[3];
    cells[at] = [row[0], cell(label.slice(0, cut).trim()), empty(), empty(), ...row.slice(4)];
    cells.splice(at + 1, 0, next);
    return copy;
  }

  let base: WorkbookGrid;
  beforeAll(async () => {
    base = await loadXlsxGrid(FIXTURE_XLSX);
  });

  test("7.2.4 wrapped with its value on the second line: the same findings, the ratio's cell one row down", () => {
    const at = rowOf(base, 0, 0, "7.2.4");
    const wrapped = valueOnSecondLine(base, at, "(chỉ thống kê");
    expect(signature(wrapped)).toEqual(signature(base));
    const find = (wb: WorkbookGrid) => {
      const result = checkWorkbook(wb);
      if (result.status !== "checked") throw new Error("appendix not found");
      return result.findings.find((f) => f.kind === "ratio" && f.codes[0] === "7.2.4")?.cells[0];
    };
    expect(find(base)).toBe(`'Phụ lục'!D${at + 1}`);
    expect(find(wrapped)).toBe(`'Phụ lục'!D${at + 2}`);
  });
});
