/**
 * The pane's and the ribbon's check load the form inference only for a table that fits no known form, once, and
 * check it as the command line does.
 */
import { checkWorkbook } from "../../src/core/check";
import { inferTableForm } from "../../src/core/choose/infer";
import { DISTRICT_2022 } from "../../src/core/form";
import { checkLoaded, checkOnDemand } from "../../src/taskpane/checkOnDemand";
import { appendixGrid } from "../helpers/grids";
import { COMMUNE_2025, DEPARTMENT_2025, shapeGrid } from "../core/form/infer/shapes";

test("the inference is loaded for the first table that needs it, once, and the result is the command line's", async () => {
  const load = jest.fn(async () => ({ inferTableForm }));
  const district = appendixGrid({ "1.2.1": 46, "1.2.2": 35 }, DISTRICT_2022);
  expect(await checkOnDemand(district, {}, load)).toEqual(checkWorkbook(district));
  expect(load).not.toHaveBeenCalled();

  const commune = shapeGrid(COMMUNE_2025);
  expect(checkLoaded(commune, {})).toBeNull();
  const result = await checkOnDemand(commune, {}, load);
  expect(result.status === "checked" && result.used.source).toBe("inferred");
  expect(result).toEqual(checkWorkbook(commune));
  expect(load).toHaveBeenCalledTimes(1);

  // Loaded: another such table is checked at once.
  const department = shapeGrid(DEPARTMENT_2025);
  expect(checkLoaded(department, {})).toEqual(checkWorkbook(department));
  expect(await checkOnDemand(department, {}, load)).toEqual(checkWorkbook(department));
  expect(load).toHaveBeenCalledTimes(1);
});
