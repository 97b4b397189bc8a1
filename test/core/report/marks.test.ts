/** The bookmark names of linked figures: every row code the form contract allows, and back. */
import { MAX_BOOKMARK_NAME, markName, parseMarkName } from "../../../src/core/report/marks";

it("names a mark for every code a form may hold, and reads it back", () => {
  for (const code of ["1", "3.3.1b", "7.2.5b", "11aa", "2ab", "II", "II.1", "B.2a", "13"]) {
    const name = markName("figure", 12, code);
    expect(name).not.toBeNull();
    expect(name!.length).toBeLessThanOrEqual(MAX_BOOKMARK_NAME);
    expect(name).toMatch(/^_[A-Za-z0-9_]+$/);
    expect(parseMarkName(name!)).toEqual({ kind: "figure", code });
  }
  expect(parseMarkName(markName("zero", 3, "5.3.1")!)).toEqual({ kind: "zero", code: "5.3.1" });
  expect(parseMarkName(markName("label", 4, "6.2.1")!)).toEqual({ kind: "label", code: "6.2.1" });
});

it("reads no other bookmark as a mark, and names none for what is not a code", () => {
  for (const other of ["_Toc123", "_GoBack", "cchc_1_1", "_cchc_1_", "_cchc_x_1", "_cchc_1_1__2", "_cchc_1_a1"])
    expect(parseMarkName(other)).toBeNull();
  expect(markName("figure", 1, "1.2 ")).toBeNull();
  expect(markName("figure", 1, "9".repeat(40))).toBeNull();
});
