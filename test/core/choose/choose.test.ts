/**
 * Which form a check uses: the known form when the table's rows are its rows, else the form learnt from the table;
 * in a workbook holding both, the sheet the officer works on decides.
 */
import { checkWorkbook, checkWorkbookWith, type CheckOptions } from "../../../src/core/check";
import { chooseForm, fitOf, inferTableForm, KNOWN_FORM_FIT } from "../../../src/core/choose";
import { DISTRICT_2022 } from "../../../src/core/form";
import type { WorkbookGrid } from "../../../src/core/grid";
import { appendixGrid } from "../../helpers/grids";
import { COMMUNE_2025, DEPARTMENT_2025, shapeGrid, TWO_COLUMNS } from "../form/infer/shapes";

const district = appendixGrid({ "1.2.1": 46, "1.2.2": 35 }, DISTRICT_2022, "Huyện");
const both: WorkbookGrid = { sheets: [...district.sheets, ...shapeGrid(COMMUNE_2025, "Xã").sheets] };

test("the district form's own table fits it; the other shapes do not, and get a form of their own", () => {
  const known = chooseForm(district);
  expect(known?.source).toBe("known");
  expect(known!.fit).toBeGreaterThan(0.99);
  for (const shape of [COMMUNE_2025, DEPARTMENT_2025, TWO_COLUMNS]) {
    const grid = shapeGrid(shape);
    const asDistrict = checkWorkbook(grid, { formId: "district-2022" });
    if (asDistrict.status === "checked") expect(fitOf(asDistrict.appendix)).toBeLessThan(KNOWN_FORM_FIT);
    expect(chooseForm(grid)?.source).toBe("inferred");
  }
});

test("in a workbook with a district appendix and a commune's table, the sheet the officer works on decides", () => {
  const onCommune = checkWorkbook(both, { preferredSheets: ["Xã"] });
  expect(onCommune.status === "checked" && [onCommune.sheetName, onCommune.used.source]).toEqual(["Xã", "inferred"]);
  const onDistrict = checkWorkbook(both, { preferredSheets: ["Huyện"] });
  expect(onDistrict.status === "checked" && [onDistrict.sheetName, onDistrict.used.source]).toEqual(["Huyện", "known"]);
  // No preference: the known form's appendix, which fits it.
  const auto = checkWorkbook(both);
  expect(auto.status === "checked" && [auto.sheetName, auto.used.source]).toEqual(["Huyện", "known"]);
});

test("a form given by the officer (saved, or a form file) is used as it is, with the relations turned off left out", () => {
  const learnt = chooseForm(shapeGrid(COMMUNE_2025))!.form;
  const result = checkWorkbook(shapeGrid(COMMUNE_2025), { form: learnt, disabledRelations: ["ratio 4 = 3 / 2"] });
  if (result.status !== "checked") throw new Error("not checked");
  expect(result.used).toMatchObject({ source: "given", form: learnt });
  expect(result.appendix.form.relations).toHaveLength(learnt.relations.length - 1);
});

test("without the inference the check is the same wherever it is not needed, and says when it is", () => {
  // A table of a known form, a workbook without a table, a form given: checked as checkWorkbook checks them.
  const cases: [WorkbookGrid, CheckOptions][] = [
    [district, {}],
    [{ sheets: [{ name: "Trống", cells: [[{ value: "Ghi chú", text: "Ghi chú" }]] }] }, {}],
    [shapeGrid(COMMUNE_2025), { formId: "district-2022" }],
    [both, { preferredSheets: ["Huyện"] }],
  ];
  for (const [grid, options] of cases)
    expect(checkWorkbookWith(grid, options, null)).toEqual(checkWorkbook(grid, options));
  // A table no known form fits: null (the pane loads the inference), and with it the result of checkWorkbook.
  for (const [grid, options] of [
    [shapeGrid(COMMUNE_2025), {}],
    [both, { preferredSheets: ["Xã"] }],
  ] as [WorkbookGrid, CheckOptions][]) {
    expect(checkWorkbookWith(grid, options, null)).toBeNull();
    expect(checkWorkbookWith(grid, options, inferTableForm)).toEqual(checkWorkbook(grid, options));
  }
});
