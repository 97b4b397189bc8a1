/**
 * The proof on the seed's own appendix: with the built-in form withheld, the form inferred from the table recovers
 * the hand-written ratios and sums; every relation it infers that the built-in form does not have is judged here;
 * and no inferred relation raises a finding on the seed's rows that the built-in form does not raise.
 */
import { checkWorkbook } from "../../../../src/core/check";
import { chooseForm, inferWorkbookForm } from "../../../../src/core/choose";
import type { Finding } from "../../../../src/core/findings";
import { DISTRICT_2022, relationCodes, type FormDefinition, type Relation } from "../../../../src/core/form";
import { relationKey } from "../../../../src/core/form/relations";
import type { WorkbookGrid } from "../../../../src/core/grid";
import { FIXTURE_XLSX, loadXlsxGrid, seedAppendixPasted } from "../../../helpers/fixtures";

/** Same type and rows (a sum's parts in any order). */
function sameRelation(a: Relation, b: Relation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "sum" && b.type === "sum")
    return a.total === b.total && [...a.parts].sort().join() === [...b.parts].sort().join();
  return relationCodes(a).join() === relationCodes(b).join();
}

/** A part-of the built-in form holds explicitly, or through a ratio's numerator and denominator. */
function builtInHolds(rel: Relation): boolean {
  if (DISTRICT_2022.relations.some((b) => sameRelation(b, rel))) return true;
  return (
    rel.type === "part-of" &&
    DISTRICT_2022.relations.some((b) => b.type === "ratio" && b.numerator === rel.part && b.denominator === rel.whole)
  );
}

/**
 * Every relation inferred on the seed that the built-in form does not hold, with the judgement of a reader of the
 * form (right: it holds in every correct report). Empty today: a new extra relation fails the test until judged here.
 */
const EXTRA_JUDGED: Record<string, { right: boolean; why: string }> = {};

const sources: [string, () => Promise<WorkbookGrid>][] = [
  ["the seed's appendix pasted from Word", async () => seedAppendixPasted()],
  ["the fixture phu-luc.xlsx", () => loadXlsxGrid(FIXTURE_XLSX)],
];

describe.each(sources)("%s, the built-in form withheld", (_name, load) => {
  let grid: WorkbookGrid;
  let form: FormDefinition;
  beforeAll(async () => {
    grid = await load();
    const inferred = inferWorkbookForm(grid);
    if (!inferred) throw new Error("no form inferred");
    form = inferred;
  });

  test("with no known form to choose, the checker infers the form from the table", () => {
    const choice = chooseForm(grid, []);
    expect(choice?.source).toBe("inferred");
    expect(choice?.form.rows.map((r) => r.code)).toEqual(form.rows.map((r) => r.code));
  });

  test("the rows get the built-in form's codes, parents and kinds", () => {
    const summary = (f: FormDefinition) => f.rows.map((r) => `${r.code}<${r.parent ?? "-"} ${r.kind}`);
    expect(summary(form)).toEqual(summary(DISTRICT_2022));
  });

  test("at least 90% of the built-in ratios and sums are recovered; the one missed is named", () => {
    const wanted = DISTRICT_2022.relations.filter((r) => r.type === "ratio" || r.type === "sum");
    const recovered = wanted.filter((b) => form.relations.some((r) => sameRelation(b, r)));
    const asErrors = recovered.filter((b) => form.relations.some((r) => sameRelation(b, r) && r.severity === "error"));
    expect(recovered.length / wanted.length).toBeGreaterThanOrEqual(0.9);
    expect({ wanted: wanted.length, recovered: recovered.length, asErrors: asErrors.length }).toEqual({
      wanted: 18,
      recovered: 17,
      asErrors: 16,
    });
    // 4.3 = 6.2.1 + … + 6.2.4 rests on NĐ 60/2021 (every public service unit is in one of four autonomy groups),
    // which no label says; 1.4.1's parts leave out the tasks not yet due, so it is inferred as a warning.
    expect(wanted.filter((b) => !recovered.includes(b)).map(relationKey)).toEqual([
      "sum 4.3 = 6.2.1 + 6.2.2 + 6.2.3 + 6.2.4",
    ]);
  });

  test("every inferred relation the built-in form does not hold is judged right", () => {
    const extra = form.relations.filter((r) => !builtInHolds(r)).map(relationKey);
    expect(extra.filter((k) => !(k in EXTRA_JUDGED))).toEqual([]);
    expect(extra.filter((k) => !EXTRA_JUDGED[k].right)).toEqual([]);
  });

  test("every inferred relation carries its evidence and confidence; only confident ones are errors", () => {
    for (const r of form.relations) {
      expect(r.inferred?.evidence).toMatch(/\S/);
      expect(r.severity).toBe(r.inferred!.confidence >= 0.8 ? "error" : "warning");
    }
  });

  test("no inferred relation fires on the seed where the built-in form is quiet", () => {
    const key = (f: Finding) => `${f.kind} ${f.codes.join(",")}`;
    const builtIn = checkWorkbook(grid, { formId: "district-2022" });
    const inferred = checkWorkbook(grid, { form });
    if (builtIn.status !== "checked" || inferred.status !== "checked") throw new Error("not checked");
    const quiet = new Set(builtIn.findings.map(key));
    expect(inferred.findings.filter((f) => !quiet.has(key(f))).map(key)).toEqual([]);
    // The seed's real mistakes are all still errors (7,75% against 5,75% …): the built-in form's 1.4.1 and 4.3 are
    // warnings, and so is the inferred 1.4.1.
    const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error").map(key);
    const missed = errors(builtIn.findings).filter((k) => !errors(inferred.findings).includes(k));
    expect(missed).toEqual([]);
  });

  test("the automatic choice still takes the built-in form for the seed: its rows align", () => {
    const result = checkWorkbook(grid);
    expect(result.status === "checked" && result.used).toMatchObject({ source: "known", form: DISTRICT_2022 });
  });
});
