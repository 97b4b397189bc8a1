/** The key figures found by the rows' meaning: the district form's known rows, other forms' wording, blanks. */
import { checkWorkbook } from "../../src/core/check";
import { DISTRICT_2022 } from "../../src/core/form";
import { defineForm, type FormRowInput } from "../../src/core/form/schema";
import { keyFigureRow, keyFigures } from "../../src/core/keyFigures";
import { FIXTURE_XLSX, loadXlsxGrid } from "../helpers/fixtures";
import { appendixFrom } from "./narrative/helpers";

test("the real district workbook: the on-time, online and disbursement rates as the unit wrote them", async () => {
  const result = checkWorkbook(await loadXlsxGrid(FIXTURE_XLSX));
  if (result.status !== "checked") throw new Error("fixture not located");
  expect(keyFigures(result.appendix)).toEqual({
    onTimeRate: { code: "3.3.1", value: 100, source: "cell" },
    // 5,75% as typed, although 396 / 5 106 is 7,76%: the summary shows what was reported, the findings the error.
    onlineRate: { code: "7.2.4", value: 5.75, source: "cell" },
    disbursementRate: { code: "6.1", value: 18.21, source: "cell" },
  });
}, 30_000);

test("the district rows are found by their labels alone, not only by their codes", () => {
  const renamed = defineForm({ ...DISTRICT_2022, id: "some-province-2025" });
  expect(keyFigureRow(renamed, "onTimeRate")?.code).toBe("3.3.1");
  expect(keyFigureRow(renamed, "onlineRate")?.code).toBe("7.2.4");
  expect(keyFigureRow(renamed, "disbursementRate")?.code).toBe("6.1");
});

const row = (code: string, label: string, kind: FormRowInput["kind"], parent: string | null = null): FormRowInput => ({
  code,
  stt: code,
  label,
  unit: kind === "percent" ? "%" : null,
  kind,
  parent,
});

/** A commune form worded otherwise, numbered otherwise, with no disbursement row. */
const COMMUNE = defineForm({
  id: "commune-test",
  level: "commune",
  year: 2025,
  title: "Biểu thống kê cấp xã",
  titleEn: "Commune form",
  rows: [
    row("1", "Công tác chỉ đạo", "heading"),
    row("1.1", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "percent", "1"),
    row("2", "Giải quyết thủ tục hành chính", "heading"),
    row("2.1", "Tỷ lệ TTHC thanh toán trực tuyến", "percent", "2"),
    row("2.2", "Tỉ lệ hồ sơ nộp qua mạng", "percent", "2"),
    row("2.3", "Tổng số hồ sơ đã giải quyết", "count", "2"),
    row("2.4", "Số hồ sơ giải quyết trước và đúng hạn", "count", "2"),
    row("2.5", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "percent", "2"),
  ],
  relations: [
    { type: "ratio", percent: "2.5", numerator: "2.4", denominator: "2.3", reason: "đúng hạn / đã giải quyết" },
  ],
});

test("another form's wording and numbering; a blank where the form has no such row", () => {
  const figures = keyFigures(appendixFrom({ "2.2": 41.5, "2.5": 97 }, COMMUNE));
  expect(figures.onTimeRate).toEqual({ code: "2.5", value: 97, source: "cell" });
  // "thanh toán trực tuyến" (online payment) is not the online rate; "nộp qua mạng" is.
  expect(figures.onlineRate).toEqual({ code: "2.2", value: 41.5, source: "cell" });
  expect(figures.disbursementRate).toEqual({ code: null, value: null, source: null });
});

test("an empty or unreadable rate comes from its ratio relation; without one it stays blank", () => {
  const computed = keyFigures(appendixFrom({ "2.3": 200, "2.4": 190, "2.5": "chưa tổng hợp" }, COMMUNE));
  expect(computed.onTimeRate).toEqual({ code: "2.5", value: 95, source: "computed" });
  expect(computed.onlineRate).toEqual({ code: "2.2", value: null, source: null });
  const zero = keyFigures(appendixFrom({ "2.3": 0, "2.4": 0 }, COMMUNE));
  expect(zero.onTimeRate.value).toBeNull();
});

test("a rate marked “x” (does not apply) gives way to the next row holding the same rate (3.3.1 → 3.3.2)", () => {
  // a commune on the old district form: no district-level dossiers, its own on-time rate in 3.3.2
  const commune = keyFigures(appendixFrom({ "3.3.1": "x", "3.3.2": 98.5, "7.2.4": 78.4, "6.1": 83 }, DISTRICT_2022));
  expect(commune.onTimeRate).toEqual({ code: "3.3.2", value: 98.5, source: "cell" });
  expect(commune.onlineRate).toEqual({ code: "7.2.4", value: 78.4, source: "cell" });
  // the known row first when it holds a number; both blank: the known row, no value
  const district = keyFigures(appendixFrom({ "3.3.1": 96, "3.3.2": 98.5 }, DISTRICT_2022));
  expect(district.onTimeRate).toEqual({ code: "3.3.1", value: 96, source: "cell" });
  expect(keyFigures(appendixFrom({}, DISTRICT_2022)).onTimeRate).toEqual({ code: "3.3.1", value: null, source: null });
});
