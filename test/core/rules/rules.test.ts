/** Each table rule on appendices with other figures and other faults than the seed's. */
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { appendixGrid, pctCell, type CellInput } from "../../helpers/grids";

function check(values: Record<string, CellInput>): Finding[] {
  const result = checkWorkbook(appendixGrid(values));
  if (result.status !== "checked") throw new Error("appendix not found");
  return result.findings;
}
const of = (fs: Finding[], kind: string, code: string) => fs.filter((f) => f.kind === kind && f.codes[0] === code);

describe("ratio", () => {
  test.each<[string, CellInput, number, number]>([
    ["rounded 76% for 35/46", pctCell(76), 35, 46],
    ["truncated 7,75% for 396/5106", "7,75%", 396, 5106],
    ["rounded 7,76% for 396/5106", pctCell(7.76, 2), 396, 5106],
    ["plain 97.83 for 1204/1230 (2 decimals)", 97.89, 1204, 1230],
    ["100 for 254/254", 100, 254, 254],
  ])("%s agrees", (_n, percent, num, den) => {
    expect(of(check({ "3.3.1": percent, "3.3.1a": den, "3.3.1b": num }), "ratio", "3.3.1")).toEqual([]);
  });

  test("a wrong percent is an error with the recomputed value as a fix in the cell's own style", () => {
    const [f] = of(check({ "3.3.2": pctCell(95), "3.3.2a": 1230, "3.3.2b": 1204 }), "ratio", "3.3.2");
    expect(f.severity).toBe("error");
    expect(f.expected).toBeCloseTo(97.89, 2);
    expect(f.fix?.value).toBeCloseTo(0.9789, 4); // a percent-formatted cell gets the fraction
    expect(f.fix?.display.vi).toBe("97,89%");
  });

  test("a wrong percent typed as text is fixed with a real percent: the fraction, formatted to the decimals shown", () => {
    const [f] = of(check({ "1.2": "80,5%", "1.2.1": 40, "1.2.2": 30 }), "ratio", "1.2");
    expect(f.fix?.value).toBe(0.75);
    expect(f.fix?.numberFormat).toBe("0.00%");
  });

  test("a zero denominator is not an error when the percent is blank, 0 or 100", () => {
    for (const p of [null, 0, 100]) {
      const fs = check({ "3.4": p, "3.4.1": 0, "3.4.2": 0 });
      expect(of(fs, "ratio", "3.4").map((f) => f.severity)).toEqual(["info"]);
    }
    expect(of(check({ "3.4": 50, "3.4.1": 0, "3.4.2": 0 }), "ratio", "3.4")[0].severity).toBe("error");
  });

  test("a fraction left without % format is a warning, not a wrong percent", () => {
    const [f] = of(check({ "1.2": 0.75, "1.2.1": 40, "1.2.2": 30 }), "ratio", "1.2");
    expect(f.severity).toBe("warning");
  });
});

describe("sum", () => {
  test("a total that is not the sum of its filled parts: an error showing both sides, without a fix", () => {
    // Which side is wrong, the total or a part, is not certain.
    const [f] = of(check({ "3.1.4": 400, "3.1.4a": 250, "3.1.4b": 120 }), "sum", "3.1.4");
    expect(f.severity).toBe("error");
    expect(f.expected).toBe(370);
    expect(f.fix).toBeUndefined();
    expect(f.cells).toHaveLength(3);
    expect(f.message.vi).toBe("Dòng 3.1.4 ghi 400 nhưng các dòng chi tiết của 3.1.4 cộng lại là 370.");
  });
  test("the right total raises nothing", () => {
    expect(of(check({ "3.1.4": 370, "3.1.4a": 250, "3.1.4b": 120 }), "sum", "3.1.4")).toEqual([]);
  });
  test("blank parts are named and no fix is offered", () => {
    const [f] = of(check({ "6.2.3": 5, "6.2.3a": 1, "6.2.3b": 1 }), "sum", "6.2.3");
    expect(f.message.vi).toContain("Còn trống");
    expect(f.message.vi).toContain("Số ĐVSN tự bảo đảm từ 10% - dưới 30% chi thường xuyên");
    expect(f.fix).toBeUndefined();
  });
  test("a total with a remainder (tasks not yet due): parts below it are right, above it wrong", () => {
    // 20 tasks: 12 on time, 3 late, 2 overdue; 3 not yet due sit in no row of the form.
    expect(of(check({ "1.4.1": 20, "1.4.2": 12, "1.4.3": 3, "1.4.4": 2 }), "sum", "1.4.1")).toEqual([]);
    const [over] = of(check({ "1.4.1": 20, "1.4.2": 15, "1.4.3": 3, "1.4.4": 4 }), "sum", "1.4.1");
    expect(over.severity).toBe("error");
    expect(over.fix).toBeUndefined();
    expect(over.message.vi).toContain("nhiều hơn tổng");
  });
  test("blank parts under a total with a remainder: a warning naming what is not accounted for", () => {
    const [f] = of(check({ "1.4.1": 20, "1.4.2": 12, "1.4.3": 3 }), "sum", "1.4.1");
    expect(f.severity).toBe("warning");
    expect(f.fix).toBeUndefined();
    expect(f.message.vi).toContain("5 nhiệm vụ chưa đến hạn?");
    expect(f.message.vi).toContain("Còn trống: dòng 1.4.4");
    expect(f.message.en).toContain("5 tasks not yet due?");
    // A blank total over filled parts is not their sum either: no fix.
    const [blank] = of(check({ "1.4.2": 12, "1.4.3": 3, "1.4.4": 0 }), "missing", "1.4.1");
    expect(blank.severity).toBe("warning");
    expect(blank.fix).toBeUndefined();
  });
  test("a breakdown in brackets must add up", () => {
    const [f] = of(check({ "3.2.1": "30 (huyện 27, xã 02)" }), "sum", "3.2.1");
    expect(f.expected).toBe(29);
    expect(of(check({ "3.2.1": "29 (huyện 27, xã 02)" }), "sum", "3.2.1")).toEqual([]);
  });
  test("amounts compare within their decimals", () => {
    expect(of(check({ "6.2.3": 3, "6.2.3a": 1, "6.2.3b": 1, "6.2.3c": 1 }), "sum", "6.2.3")).toEqual([]);
  });
});

describe("part-exceeds-total", () => {
  test("a part above its whole", () => {
    const [f] = of(check({ "4.5.1": 60, "4.5.2": 65 }), "part-exceeds-total", "4.5.2");
    expect(f.codes).toEqual(["4.5.2", "4.5.1"]);
    expect(f.severity).toBe("error");
  });
  test("a ratio's numerator above its denominator, reported once", () => {
    const fs = check({ "1.2": 100, "1.2.1": 30, "1.2.2": 35 });
    expect(of(fs, "part-exceeds-total", "1.2.2")).toHaveLength(1);
    expect(of(fs, "ratio", "1.2")).toEqual([]);
  });
});

describe("range", () => {
  test("percent above 100, negative and fractional counts", () => {
    const fs = check({ "5.1.1": 120, "4.1": -2, "4.3": 12.5 });
    expect(of(fs, "range", "5.1.1")).toHaveLength(1);
    expect(of(fs, "range", "4.1")).toHaveLength(1);
    expect(of(fs, "range", "4.3")).toHaveLength(1);
  });

  test("a fractional count that the cell's number format rounds says the value, and what the cell shows", () => {
    const [f] = of(check({ "4.3": { value: 3000.5, numberFormat: "#,##0", text: "3.001" } }), "range", "4.3");
    expect(f.message.vi).toMatch(/ghi 3\.000,5 \(ô hiển thị 3\.001\) nhưng số lượng phải là số nguyên\.$/);
    expect(f.message.en).toMatch(/says 3,000\.5 \(shown as 3\.001\) but a count must be a whole number\.$/);
  });
});

describe("not-a-number", () => {
  test("unreadable text is an error, a none-phrase a warning, a number typed as text a quiet info with a fix", () => {
    const fs = check({ "4.1": "xem báo cáo kèm theo", "4.2": "không phát sinh", "3.3.2a": "1.204" });
    expect(of(fs, "not-a-number", "4.1")[0].severity).toBe("error");
    expect(of(fs, "not-a-number", "4.2")[0].severity).toBe("warning");
    const read = of(fs, "not-a-number", "3.3.2a")[0];
    expect(read.severity).toBe("info");
    expect(read.actual).toBe(1204); // a count of dossiers is whole: 1.204 is 1204
    expect(read.fix).toMatchObject({ value: 1204, numberFormat: "#,##0" });
  });

  test.each<[string, string, CellInput, string, number, string | undefined]>([
    // code, what is typed, message, value written, format that keeps the look
    ["zero-padded", "2.1", "02", 'Ô D?? ghi "02" dạng chữ, đã hiểu là số 2.', 2, "00"],
    ["English decimal dot", "7.2.4", "5.75%", 'Ô D?? ghi "5.75%" dạng chữ, đã hiểu là 5,75%.', 0.0575, "0.00%"],
    ["a space before %", "2.3.2", "100 %", 'Ô D?? ghi "100 %" dạng chữ, đã hiểu là 100%.', 1, "0%"],
    ["Vietnamese decimal comma", "6.1", "18,21", 'Ô D?? ghi "18,21" dạng chữ, đã hiểu là 18,21%.', 18.21, "0.00"],
  ])(
    "%s: read with certainty, said in plain words, converted keeping its look",
    (_n, code, text, message, value, format) => {
      const fs = check({ [code]: text });
      const [f] = of(fs, "not-a-number", code);
      expect(f.severity).toBe("info");
      expect(f.message.vi.replace(/D\d+/, "D??")).toBe(message);
      expect(f.fix?.value).toBeCloseTo(value, 9);
      expect(f.fix?.numberFormat).toBe(format);
    },
  );

  test("a number that reads two ways names both: the one taken by the row's unit, and the other", () => {
    const [amount] = of(check({ "6.1.1": "3.200" }), "not-a-number", "6.1.1");
    expect(amount.severity).toBe("warning");
    expect(amount.actual).toBe(3200);
    expect(amount.message.vi).toMatch(/đã hiểu là số 3\.200; nếu dấu “\.” là dấu thập phân thì là 3,2; đã đọc theo/);
    expect(amount.message.en).toMatch(/with “\.” as the decimal point it would be 3\.2/);
  });

  test("a number read with a repair or a doubt stays a warning, without a fix", () => {
    const fs = check({ "6.1.1": "69.843,53 2", "7.2.3a": "191 cả huyện, xã", "3.2.1": "28 (huyện 27, xã 01)" });
    const [stray] = of(fs, "not-a-number", "6.1.1");
    expect(stray.severity).toBe("warning");
    expect(stray.fix).toBeUndefined();
    expect(stray.message.vi).toMatch(/khoảng trắng giữa các chữ số/);
    expect(of(fs, "not-a-number", "7.2.3a")[0].severity).toBe("warning");
    // A total written with its breakdown is the officers' way: an info (the sum rule checks 27 + 1).
    expect(of(fs, "not-a-number", "3.2.1")[0].severity).toBe("info");
  });
});

describe("missing", () => {
  test("a percent blank while its parts are filled, with the computed value", () => {
    const [f] = of(check({ "7.2.4a": 2000, "7.2.4b": 500 }), "missing", "7.2.4");
    expect(f.expected).toBe(25);
    expect(f.fix?.number).toBe(25);
  });
  test("a complete appendix with consistent figures raises no error or warning", () => {
    const fs = check({
      "1.2": pctCell(80),
      "1.2.1": 40,
      "1.2.2": 32,
      "3.1.4": 370,
      "3.1.4a": 250,
      "3.1.4b": 120,
      "3.3.1": pctCell(98.5, 1),
      "3.3.1a": 400,
      "3.3.1b": 394,
      "4.5.1": 68,
      "4.5.2": 65,
    });
    expect(fs.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("reading by the row's unit", () => {
  test("a count stored as 1.851 (typed with English settings) is 1851, with a note", () => {
    const fs = check({ "3.3.2": 100, "3.3.2a": 1.851, "3.3.2b": 1.851 });
    expect(of(fs, "range", "3.3.2a")).toEqual([]);
    expect(of(fs, "not-a-number", "3.3.2a")[0].actual).toBe(1851);
    expect(fs.filter((f) => f.severity === "error")).toEqual([]);
  });
  test("a count stored as 12.5 is not a thousands misreading: it is a fractional count", () => {
    expect(of(check({ "4.1": 12.5 }), "range", "4.1")).toHaveLength(1);
  });
});

describe("the precision of a percent cell is what the officer typed, within what the format shows", () => {
  const cell = (value: number, numberFormat: string, text: string) => ({ value, numberFormat, text });
  test("76 typed into a 0.00% cell (shown 76.00%) means 76%: right for 35/46", () => {
    expect(of(check({ "1.2": cell(0.76, "0.00%", "76.00%"), "1.2.1": 46, "1.2.2": 35 }), "ratio", "1.2")).toEqual([]);
  });
  test("7.75 typed into a 0.00% cell is checked to two decimals: 6.50% is wrong for 396/5106", () => {
    expect(
      of(check({ "7.2.4": cell(0.0775, "0.00%", "7.75%"), "7.2.4a": 5106, "7.2.4b": 396 }), "ratio", "7.2.4"),
    ).toEqual([]);
    expect(
      of(check({ "7.2.4": cell(0.065, "0.00%", "6.50%"), "7.2.4a": 5106, "7.2.4b": 396 }), "ratio", "7.2.4"),
    ).toHaveLength(1);
  });
  test("a formula =35/46 in a 0% cell is read at the format's precision", () => {
    expect(of(check({ "1.2": cell(35 / 46, "0%", "76%"), "1.2.1": 46, "1.2.2": 35 }), "ratio", "1.2")).toEqual([]);
  });
});

describe("formula results", () => {
  test("#DIV/0! in a percent whose denominator is 0: the indicator did not arise, no error", () => {
    const fs = check({ "3.4": "#DIV/0!", "3.4.1": 0, "3.4.2": 0 });
    expect(fs.filter((f) => f.severity === "error")).toEqual([]);
    expect(of(fs, "ratio", "3.4")[0].severity).toBe("info");
  });
  test("another formula error (#REF!) in a numeric cell is an error", () => {
    expect(of(check({ "4.1": "#REF!" }), "not-a-number", "4.1")[0].severity).toBe("error");
  });
});
