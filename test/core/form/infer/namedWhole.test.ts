/**
 * What a label says outright beats what is near: a percent that names its denominator ("… trên tổng số hồ sơ tiếp
 * nhận", "… so với tổng số …", "… / tổng số …") takes that row; a total is never the numerator over one of its own
 * sub-rows; a guess the words barely support is dropped where the table's own numbers contradict it; a parent whose
 * label lists its sub-rows' names is their sum; "Tỷ lệ X" is "Số X" over the total X narrows; "Tỷ lệ người dân có Y"
 * is "Số Y" over "Số dân". Each table here is worded and ordered differently from the tryout's files.
 */
import { checkWorkbook } from "../../../../src/core/check";
import { relationKey } from "../../../../src/core/form/relations";
import { inferForm, type InferRow } from "../../../../src/core/form/infer";
import type { Cell } from "../../../../src/core/grid";
import { shapeGrid, type Shape, type ShapeRow, type Value } from "./shapes";

type Row = [stt: string, label: string, unit: string, value: number | string | null];

const cell = (v: number | string | null): Cell => ({ value: v, text: v === null ? "" : String(v) });
const rowsOf = (rows: Row[]): InferRow[] => rows.map(([stt, label, unit, v]) => ({ stt, label, unit, value: cell(v) }));
const relations = (rows: Row[]): string[] => inferForm(rowsOf(rows)).relations.map(relationKey);
const ratios = (rows: Row[]): string[] => relations(rows).filter((k) => k.startsWith("ratio"));

describe("a percent that names its denominator takes that row", () => {
  // The nearest plausible denominator (the dossiers resolved) sits between the percent and the one it names.
  const received: Row[] = [
    ["1", "Tổng số hồ sơ tiếp nhận trong kỳ báo cáo", "Hồ sơ", 5200],
    ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 4900],
    ["-", "Giải quyết đúng hạn", "Hồ sơ", 4850],
    ["-", "Giải quyết quá hạn", "Hồ sơ", 50],
    ["3", "Số hồ sơ nộp trực tuyến", "Hồ sơ", 3900],
  ];

  test.each([
    "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận",
    "Tỷ lệ hồ sơ nộp trực tuyến so với tổng số hồ sơ tiếp nhận",
    "Tỷ lệ hồ sơ trực tuyến/tổng số hồ sơ tiếp nhận",
    "Tỷ lệ hồ sơ trực tuyến / Tổng số hồ sơ đã tiếp nhận (%)",
  ])("%s", (label) => {
    expect(ratios([...received, ["4", label, "%", "75%"]])).toEqual(["ratio 4 = 3 / 1"]);
  });

  test("what is done on time over all that was received, with the resolved dossiers nearer", () => {
    const rows: Row[] = [
      ["1", "Số hồ sơ đã tiếp nhận", "Hồ sơ", 800],
      ["2", "Số hồ sơ đã giải quyết", "Hồ sơ", 700],
      ["-", "Trước hạn và đúng hạn", "Hồ sơ", 690],
      ["-", "Quá hạn", "Hồ sơ", 10],
      ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn trên tổng số hồ sơ tiếp nhận", "%", "86,25%"],
      ["4", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "98,57%"],
    ];
    expect(ratios(rows)).toEqual(["ratio 3 = 2a / 1", "ratio 4 = 2a / 2"]);
  });

  test("a named whole the table does not hold gives no ratio rather than the nearest row", () => {
    const rows: Row[] = [
      ["1", "Số hồ sơ đã giải quyết", "Hồ sơ", 700],
      ["2", "Số hồ sơ giải quyết trực tuyến", "Hồ sơ", 500],
      ["3", "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận", "%", "60%"],
    ];
    expect(ratios(rows)).toEqual([]);
  });

  test("“so với” a plan or another year is no named whole: a share of the plan may be above 100%", () => {
    const form = inferForm(
      rowsOf([
        ["1", "Số nhiệm vụ được giao trong kế hoạch", "Nhiệm vụ", 20],
        ["2", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 18],
        ["3", "Tỷ lệ nhiệm vụ hoàn thành so với số được giao", "%", "90%"],
      ]),
    );
    expect(form.rows.find((r) => r.code === "3")?.canExceed).toBe(true);
    const named = inferForm(
      rowsOf([
        ["1", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 100],
        ["2", "Số hồ sơ trực tuyến", "Hồ sơ", 60],
        ["3", "Tỷ lệ hồ sơ trực tuyến so với tổng số hồ sơ tiếp nhận", "%", "60%"],
      ]),
    );
    expect(named.rows.find((r) => r.code === "3")?.canExceed).toBeUndefined();
    expect(named.relations.map(relationKey)).toContain("ratio 3 = 2 / 1");
  });
});

describe("officers and their share with a degree", () => {
  // Other words, other order: the qualified officers' row before the total's breakdown, a ward's own scope.
  const staff = (percentLabel: string): Row[] => [
    ["1", "Số cán bộ, công chức phường", "Người", 40],
    ["-", "Cán bộ", "Người", 12],
    ["-", "Công chức", "Người", 28],
    ["2", "Số cán bộ, công chức có trình độ thạc sĩ", "Người", 6],
    ["3", percentLabel, "%", "15%"],
  ];

  test("“Tỷ lệ X” is “Số X” over the total X narrows, never the total over a sub-row", () => {
    const got = relations(staff("Tỷ lệ cán bộ, công chức có trình độ thạc sĩ"));
    expect(got).toContain("ratio 3 = 2 / 1");
    expect(got).toContain("sum 1 = 1a + 1b");
    expect(got.some((k) => /ratio 3 = 1 \//.test(k) || /part-of 1 <= 1[ab]/.test(k))).toBe(false);
  });

  test("a level named once in a commune's form is its scope, not a kind the numerator lacks", () => {
    const rows: Row[] = [
      ["I", "TỔ CHỨC BỘ MÁY", "", null],
      ["1", "Số cán bộ, công chức có trình độ đại học trở lên", "Người", 30],
      ["2", "Tổng số cán bộ, công chức cấp xã", "Người", 35],
      ["3", "Tỷ lệ cán bộ, công chức có trình độ đại học trở lên", "%", "85,71%"],
    ];
    expect(ratios(rows)).toEqual(["ratio 3 = 1 / 2"]);
  });

  test("where the form splits by level, the level stays a kind", () => {
    const rows: Row[] = [
      ["1", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 900],
      ["-", "Cấp tỉnh", "Hồ sơ", 300],
      ["-", "Cấp xã", "Hồ sơ", 600],
      ["2", "Tỷ lệ hồ sơ cấp xã", "%", "66,67%"],
    ];
    expect(relations(rows)).toEqual(["ratio 2 = 1b / 1", "sum 1 = 1a + 1b"]);
  });
});

describe("parents whose labels list their sub-rows are sums", () => {
  test.each<[string, Row[], string]>([
    [
      "two terms, a scope after the last",
      [
        ["5", "Tổng số cán bộ, công chức của xã", "Người", 61],
        ["-", "Công chức", "Người", 41],
        ["-", "Cán bộ", "Người", 20],
      ],
      "sum 5 = 5a + 5b",
    ],
    [
      "three terms, “và” before the last, sub-rows repeating the scope",
      [
        ["2", "Số công chức, viên chức và người lao động cấp tỉnh", "Người", 300],
        ["a", "Công chức cấp tỉnh", "Người", 120],
        ["b", "Viên chức cấp tỉnh", "Người", 150],
        ["c", "Người lao động cấp tỉnh", "Người", 30],
      ],
      "sum 2 = 2a + 2b + 2c",
    ],
  ])("%s", (_name, rows, key) => {
    expect(relations(rows)).toContain(key);
  });

  test.each<[string, Row[]]>([
    [
      "a term left out",
      [
        ["1", "Số cán bộ, công chức, viên chức", "Người", 90],
        ["-", "Cán bộ", "Người", 20],
        ["-", "Công chức", "Người", 40],
      ],
    ],
    [
      "sub-rows that are not the terms",
      [
        ["1", "Số cán bộ, công chức", "Người", 60],
        ["-", "Nam", "Người", 25],
        ["-", "Có trình độ đại học", "Người", 50],
      ],
    ],
  ])("not a sum: %s", (_name, rows) => {
    expect(relations(rows).filter((k) => k.startsWith("sum"))).toEqual([]);
  });
});

describe("a guess the words barely support is dropped where the table's own numbers contradict it", () => {
  // "Số hồ sơ tiếp nhận" and "Số hồ sơ đã giải quyết" in two groups apart: a later stage but not a direct one.
  test("a sure relation the numbers contradict is still reported: that is the officer's mistake", () => {
    const rows: Row[] = [
      ["1", "Số phản ánh, kiến nghị đã tiếp nhận", "Phản ánh", 6],
      ["2", "Số phản ánh, kiến nghị đã xử lý", "Phản ánh", 8],
      ["3", "Tỷ lệ xử lý phản ánh, kiến nghị", "%", "100%"],
    ];
    expect(ratios(rows)).toEqual(["ratio 3 = 2 / 1"]);
  });

  test("a received-to-on-time part-of (no direct stage) is not inferred when on time is the larger", () => {
    const rows: Row[] = [
      ["1", "Số hồ sơ đã tiếp nhận", "Hồ sơ", 100],
      ["2", "Số hồ sơ giải quyết đúng hạn", "Hồ sơ", 130],
    ];
    const consistent: Row[] = [rows[0], ["2", rows[1][1], "Hồ sơ", 90]];
    expect(relations(consistent)).toEqual(["part-of 2 <= 1"]);
    expect(relations(rows)).toEqual([]);
  });
});

test("dossiers resolved including those carried over are no part of those received", () => {
  const rows: Row[] = [
    ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", 500],
    ["2", "Số hồ sơ đã giải quyết (kể cả hồ sơ tồn kỳ trước)", "Hồ sơ", 520],
    ["3", "Số hồ sơ đang giải quyết", "Hồ sơ", 30],
  ];
  expect(relations(rows)).toEqual(["part-of 3 <= 1"]);
});

test("“Tỷ lệ người dân có Y” is “Số Y” over the row that counts the people, whatever their units", () => {
  const rows: Row[] = [
    ["II", "CHUYỂN ĐỔI SỐ", "", null],
    ["4", "Dân số của xã", "Người", 8400],
    ["5", "Số tài khoản VNeID mức độ 2 đã kích hoạt", "Tài khoản", 6100],
    ["6", "Số cuộc họp trực tuyến", "Cuộc", 12],
    ["7", "Tỷ lệ người dân có tài khoản VNeID mức độ 2 đã kích hoạt", "%", "72,62%"],
  ];
  expect(ratios(rows)).toEqual(["ratio 7 = 5 / 4"]);
  // the numbers contradict it: no such ratio
  expect(ratios(rows.map((r) => (r[0] === "5" ? ["5", r[1], r[2], 9000] : r)))).toEqual([]);
});

describe("through the whole check: the right row, and no fix for an inferred relation", () => {
  const r = (stt: string, label: string, unit: string, value: Value): ShapeRow => ({
    stt,
    label,
    unit,
    values: [value],
  });
  const shape = (rows: ShapeRow[]): Shape => ({
    name: "named",
    title: ["BIỂU TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
    header: [["TT", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú"]],
    columns: { stt: 0, label: 1, unit: 2, values: [3], note: 4 },
    rows: [
      r("1", "Số văn bản chỉ đạo về CCHC", "Văn bản", 9),
      r("2", "Tổng số hồ sơ đã tiếp nhận", "Hồ sơ", 4000),
      r("3", "Số hồ sơ đã giải quyết", "Hồ sơ", 3800),
      r("-", "Đúng hạn", "Hồ sơ", 3790),
      r("-", "Quá hạn", "Hồ sơ", 10),
      r("4", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 3000),
      r("5", "Tỷ lệ hồ sơ trực tuyến so với tổng số hồ sơ đã tiếp nhận", "%", { pct: 75, decimals: 0 }),
      r("6", "Tổng số cán bộ, công chức", "Người", 30),
      r("-", "Cán bộ", "Người", 11),
      r("-", "Công chức", "Người", 19),
      r("7", "Số cán bộ, công chức có trình độ đại học", "Người", 27),
      r("8", "Tỷ lệ cán bộ, công chức có trình độ đại học", "%", { pct: 90, decimals: 0 }),
    ],
  });

  test("a consistent table raises nothing", () => {
    const result = checkWorkbook(shapeGrid(shape([])));
    if (result.status !== "checked") throw new Error(result.status);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("the planted faults are found, said with the right rows, and offer no fix", () => {
    const faulty = shape([]);
    faulty.rows = faulty.rows.map((row) =>
      row.label.startsWith("Tỷ lệ hồ sơ")
        ? { ...row, values: [{ pct: 70, decimals: 0 }] }
        : row.label === "Công chức"
          ? { ...row, values: [17] }
          : row.label.startsWith("Tỷ lệ cán bộ")
            ? { ...row, values: [{ pct: 92, decimals: 0 }] }
            : row,
    );
    const result = checkWorkbook(shapeGrid(faulty));
    if (result.status !== "checked") throw new Error(result.status);
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.kind} ${f.codes.join(",")}`).sort()).toEqual([
      "ratio 5,4,2",
      "ratio 8,7,6",
      "sum 6,6a,6b",
    ]);
    expect(errors.find((f) => f.codes[0] === "5")?.message.vi).toMatch(/3\.000\/4\.000 = 75,00%/);
    expect(errors.every((f) => f.fix === undefined)).toBe(true);
  });
});

describe("a bare sub-row of one channel under a total, and a percent of that channel", () => {
  test.each<[string, Row[], string]>([
    [
      "“Trực tuyến” / “Trực tiếp” under a total of dossiers; the percent names no noun",
      [
        ["1.", "Số hồ sơ tiếp nhận trong quý", "hồ sơ", 2318],
        ["1.1", "Trực tuyến", "hồ sơ", 1702],
        ["1.2", "Trực tiếp", "hồ sơ", 616],
        ["2.", "Số hồ sơ đã giải quyết xong", "hồ sơ", 2200],
        ["3.", "Tỷ lệ tiếp nhận trực tuyến", "%", "73,43%"],
      ],
      "ratio 3 = 1.1 / 1",
    ],
    [
      "“+ Qua mạng” first, the percent worded with it",
      [
        ["4", "Tổng số hồ sơ đã nhận", "Hồ sơ", 500],
        ["+", "Qua mạng", "Hồ sơ", 320],
        ["+", "Nộp trực tiếp tại Bộ phận Một cửa", "Hồ sơ", 180],
        ["5", "Tỷ lệ hồ sơ nộp qua mạng", "%", "64%"],
      ],
      "ratio 5 = 4a / 4",
    ],
  ])("%s", (_name, rows, key) => {
    expect(ratios(rows)).toEqual([key]);
  });
});
