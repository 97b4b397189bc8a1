/**
 * The shared suite for reports "from other districts": every planted disagreement is an error on the right row,
 * cell, quote and values; no consistent figure is an error and every one is matched; figures that are not in the
 * form are never matched; impossible dates and dates after the report date are flagged. Run in NFC and NFD.
 */
import { analyzeNarrative, readPlainText } from "../../../src/core/narrative";
import { appendixFrom, matchedCodes, spanText, type CellInput } from "./helpers";

export interface DistrictCase {
  name: string;
  text: string;
  values: Record<string, CellInput>;
  /** row code → [table value, prose value, the figure as written] for each planted disagreement */
  errors: Record<string, [number, number, string]>;
  /** rows that must be matched (and, not being in errors, agree) */
  consistent: string[];
  /** figures as written that are not in the form (or are changes, or table cells): never an error */
  notInForm: string[];
  /** the date errors, as "actual" */
  dates: string[];
}

export function describeDistrictReports(cases: DistrictCase[]): void {
  describe.each([
    ["NFC", (s: string) => s.normalize("NFC")],
    ["NFD", (s: string) => s.normalize("NFD")],
  ] as const)("district reports (%s)", (_v, transform) => {
    describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const { findings, outcomes } = analyzeNarrative(readPlainText(transform(c.text)), appendixFrom(c.values));
      const errors = findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");

      it("flags exactly the planted disagreements, on the right row and cell, with both values", () => {
        expect(errors.map((f) => f.codes[0]).sort()).toEqual(Object.keys(c.errors).sort());
        const cellOf = appendixFrom(c.values).rows;
        for (const [code, [table, prose, written]] of Object.entries(c.errors)) {
          const f = errors.find((e) => e.codes[0] === code)!;
          expect(f.cells[0]).toBe(cellOf.get(code)!.valueCell);
          expect(f.expected).toBeCloseTo(table, 6);
          expect(f.actual).toBeCloseTo(prose, 6);
          expect(spanText(f).normalize("NFC")).toBe(written);
        }
      });

      it("flags no consistent figure and nothing in a table row", () => {
        for (const f of errors) expect(c.consistent).not.toContain(f.codes[0]);
        for (const f of findings) expect(f.quote ?? "").not.toContain("\t");
      });

      it("matches the consistent figures", () => {
        const matched = matchedCodes(outcomes);
        for (const code of c.consistent) expect([code, matched.has(code)]).toEqual([code, true]);
      });

      it("raises no error on figures that are not in the form", () => {
        for (const raw of c.notInForm) {
          const o = outcomes.filter((x) => x.figure.raw.normalize("NFC") === raw);
          expect([raw, o.length > 0]).toEqual([raw, true]);
          for (const x of o) expect([raw, x.result.status]).not.toEqual([raw, "matched"]);
        }
      });

      it("flags the impossible dates and the dates after the report date", () => {
        const dates = findings.filter((f) => f.kind === "date" && f.severity === "error");
        expect(dates.map((f) => String(f.actual).normalize("NFC")).sort()).toEqual([...c.dates].sort());
      });
    });
  });
}
