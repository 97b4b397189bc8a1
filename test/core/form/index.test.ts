/** The form registry and the row/relation lookups; a second form version is added as data alone. */
import {
  CURRENT_FORM_ID,
  DISTRICT_2022,
  FORMS,
  childrenOf,
  createFormRegistry,
  currentForm,
  defineForm,
  getForm,
  relationCodes,
  relationsOf,
  rowByCode,
  type FormDefinitionInput,
} from "../../../src/core/form";

describe("registry", () => {
  test("the district 2022 form is registered and current", () => {
    expect(CURRENT_FORM_ID).toBe("district-2022");
    expect(FORMS).toContain(DISTRICT_2022);
    expect(getForm("district-2022")).toBe(DISTRICT_2022);
    expect(currentForm()).toBe(DISTRICT_2022);
    expect(getForm("nope")).toBeUndefined();
    expect(Object.isFrozen(FORMS)).toBe(true);
  });

  test("form ids are unique", () => {
    expect(new Set(FORMS.map((f) => f.id)).size).toBe(FORMS.length);
    expect(() => createFormRegistry([DISTRICT_2022, DISTRICT_2022])).toThrow(/Duplicate form id district-2022/);
  });
});

describe("lookups", () => {
  const form = DISTRICT_2022;

  test("rowByCode", () => {
    expect(rowByCode(form, "3.3.1a")?.label).toBe("Tổng số hồ sơ TTHC đã giải quyết xong");
    expect(rowByCode(form, "4.6a")?.stt).toBe("4.6");
    expect(rowByCode(form, "9.9")).toBeUndefined();
  });

  test("childrenOf: direct children in form order", () => {
    expect(childrenOf(form, "3.3.1").map((r) => r.code)).toEqual(["3.3.1a", "3.3.1b"]);
    expect(childrenOf(form, "4.6").map((r) => r.code)).toEqual(["4.6a", "4.6.1", "4.6.2", "4.6.3"]);
    expect(childrenOf(form, "7.1").map((r) => r.code)).toEqual(["7.1a", "7.1b"]);
    expect(childrenOf(form, "6.2.3").map((r) => r.code)).toEqual(["6.2.3a", "6.2.3b", "6.2.3c"]);
    expect(childrenOf(form, "1.1")).toEqual([]);
    // a copy: callers cannot change the index
    childrenOf(form, "3.3.1").pop();
    expect(childrenOf(form, "3.3.1")).toHaveLength(2);
  });

  test("relationsOf: every relation naming the code, in any role", () => {
    const types = (code: string) => relationsOf(form, code).map((r) => `${r.type}:${relationCodes(r)[0]}`);
    expect(types("3.3.1")).toEqual(["ratio:3.3.1"]);
    expect(types("3.3.1a")).toEqual(["ratio:3.3.1", "part-of:3.3.1b"]);
    expect(types("6.2.3")).toEqual(expect.arrayContaining(["sum:6.2.3", "sum:4.3"]));
    expect(relationsOf(form, "3.1.4").length).toBeGreaterThanOrEqual(8);
    expect(relationsOf(form, "1.1")).toEqual([]);
    for (const rel of relationsOf(form, "7.2.2b")) expect(relationCodes(rel)).toContain("7.2.2b");
  });

  test("relationCodes names roles in order", () => {
    expect(relationCodes({ type: "ratio", percent: "p", numerator: "n", denominator: "d", reason: "r" })).toEqual([
      "p",
      "n",
      "d",
    ]);
    expect(relationCodes({ type: "sum", total: "t", parts: ["a", "b"], reason: "r" })).toEqual(["t", "a", "b"]);
    expect(relationCodes({ type: "part-of", part: "a", whole: "w", reason: "r" })).toEqual(["a", "w"]);
  });
});

describe("a second form version is data alone", () => {
  const communeInput: FormDefinitionInput = {
    id: "commune-test",
    level: "commune",
    year: 2025,
    title: "Biểu thống kê (cấp xã)",
    titleEn: "Statistics (commune)",
    rows: [
      { code: "1", stt: "1", label: "Kết quả giải quyết TTHC", unit: null, kind: "heading", parent: null },
      { code: "1.1", stt: "1.1", label: "Tỷ lệ hồ sơ đúng hạn", unit: "%", kind: "percent", parent: "1" },
      { code: "1.1a", stt: null, label: "Tổng số hồ sơ", unit: "Hồ sơ", kind: "count", parent: "1.1", italic: true },
      {
        code: "1.1b",
        stt: null,
        label: "Số hồ sơ đúng hạn",
        unit: "Hồ sơ",
        kind: "count",
        parent: "1.1",
        italic: true,
      },
    ],
    relations: [{ type: "ratio", percent: "1.1", numerator: "1.1b", denominator: "1.1a", reason: "đúng hạn / tổng" }],
  };

  test("defined, registered beside the district form and read back with the same lookups", () => {
    const commune = defineForm(communeInput);
    const registry = createFormRegistry([...FORMS, commune]);
    expect(registry.get("commune-test")).toBe(commune);
    expect(registry.get("district-2022")).toBe(DISTRICT_2022);
    expect(commune.rows[2].keywords).toEqual([]); // defaults filled by the schema
    expect(childrenOf(commune, "1.1").map((r) => r.code)).toEqual(["1.1a", "1.1b"]);
    expect(relationsOf(commune, "1.1b")).toHaveLength(1);
    expect(rowByCode(commune, "3.3.1")).toBeUndefined();
  });

  test("defineForm rejects a relation naming an unknown code, a duplicate code and a late parent", () => {
    expect(() =>
      defineForm({
        ...communeInput,
        relations: [{ type: "part-of", part: "1.1b", whole: "9.9", reason: "x" }],
      }),
    ).toThrow(/unknown row code 9\.9/);
    expect(() => defineForm({ ...communeInput, rows: [...communeInput.rows, communeInput.rows[1]] })).toThrow(
      /duplicate row code 1\.1/,
    );
    expect(() => defineForm({ ...communeInput, rows: [...communeInput.rows].reverse() })).toThrow(/must come before/);
  });
});
