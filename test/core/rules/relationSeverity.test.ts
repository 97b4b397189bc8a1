/** A relation declared "warning" (a correct report may differ there) reports warnings without a fix, in every rule. */
import type { Appendix } from "../../../src/core/appendix";
import { checkWorkbook, runRules } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import type { FormDefinition } from "../../../src/core/form";
import { appendixGrid, pctCell, type CellInput } from "../../helpers/grids";

function appendixOf(values: Record<string, CellInput>): Appendix {
  const result = checkWorkbook(appendixGrid(values));
  if (result.status !== "checked") throw new Error("appendix not found");
  return result.appendix;
}

/** The same appendix checked against its form with every relation naming `code` turned into a warning. */
function withWarningRelations(appendix: Appendix, code: string): Finding[] {
  const form: FormDefinition = {
    ...appendix.form,
    relations: appendix.form.relations.map((rel) =>
      JSON.stringify(rel).includes(`"${code}"`) ? { ...rel, severity: "warning" as const } : rel,
    ),
  };
  return runRules({ ...appendix, form });
}

const of = (fs: Finding[], kind: string, code: string) => fs.filter((f) => f.kind === kind && f.codes[0] === code);

test.each<[string, string, Record<string, CellInput>]>([
  ["ratio", "3.3.2", { "3.3.2": pctCell(95), "3.3.2a": 1230, "3.3.2b": 1204 }],
  ["sum", "3.1.4", { "3.1.4": 400, "3.1.4a": 250, "3.1.4b": 120 }],
  ["part-exceeds-total", "3.3.2b", { "3.3.2a": 100, "3.3.2b": 120 }],
])("%s: an error under the default severity, a warning without fix under a warning relation", (kind, code, values) => {
  const appendix = appendixOf(values);
  const asError = of(runRules(appendix), kind, code);
  expect(asError.map((f) => f.severity)).toEqual(["error"]);
  const asWarning = of(withWarningRelations(appendix, code), kind, code);
  expect(asWarning.map((f) => f.severity)).toEqual(["warning"]);
  expect(asWarning[0].fix).toBeUndefined();
  // The same words; a sum may add why the two can differ.
  expect(asWarning[0].message.vi.startsWith(asError[0].message.vi)).toBe(true);
});

test("missing: a blank total of a warning relation is still reported, without a fix", () => {
  const appendix = appendixOf({ "3.1.4a": 250, "3.1.4b": 120 });
  const asError = of(runRules(appendix), "missing", "3.1.4");
  expect(asError[0].fix?.number).toBe(370);
  const asWarning = of(withWarningRelations(appendix, "3.1.4"), "missing", "3.1.4");
  expect(asWarning.map((f) => f.severity)).toEqual(["warning"]);
  expect(asWarning[0].fix).toBeUndefined();
});

test("a finding of an inferred relation says it was inferred, from which words and how sure", () => {
  const appendix = appendixOf({ "3.3.2": pctCell(95), "3.3.2a": 1230, "3.3.2b": 1204 });
  const form: FormDefinition = {
    ...appendix.form,
    relations: appendix.form.relations.map((rel) =>
      rel.type === "ratio" && rel.percent === "3.3.2"
        ? { ...rel, inferred: { evidence: "«Tỷ lệ … đúng hạn» ← đúng hạn / đã giải quyết xong", confidence: 0.9 } }
        : rel,
    ),
  };
  const [f] = of(runRules({ ...appendix, form }), "ratio", "3.3.2");
  expect(f.severity).toBe("error");
  expect(f.message.vi).toMatch(/\(Quan hệ suy ra từ nhãn của biểu, độ tin cậy 90%: «Tỷ lệ … đúng hạn» ← đúng hạn/);
  expect(f.message.en).toMatch(/\(Relation inferred from the form's labels, confidence 90%: /);
});

test("a finding of an inferred relation offers no fix, however sure the relation; the same relation written by hand does", () => {
  const appendix = appendixOf({ "3.3.2": pctCell(95), "3.3.2a": 1230, "3.3.2b": 1204, "3.1.4a": 250, "3.1.4b": 120 });
  const inferred = (confidence: number): FormDefinition => ({
    ...appendix.form,
    relations: appendix.form.relations.map((rel) => ({ ...rel, inferred: { evidence: "nhãn", confidence } })),
  });
  const handWritten = runRules(appendix);
  expect(of(handWritten, "ratio", "3.3.2")[0].fix?.number).toBeCloseTo(97.89, 2);
  expect(of(handWritten, "missing", "3.1.4")[0].fix?.number).toBe(370);
  for (const confidence of [0.8, 0.95, 1]) {
    const findings = runRules({ ...appendix, form: inferred(confidence) });
    const [ratio] = of(findings, "ratio", "3.3.2");
    const [missing] = of(findings, "missing", "3.1.4");
    expect(ratio.severity).toBe("error");
    expect(ratio.expected).toBeCloseTo(97.89, 2);
    expect(ratio.fix).toBeUndefined();
    expect(missing.fix).toBeUndefined();
  }
});
