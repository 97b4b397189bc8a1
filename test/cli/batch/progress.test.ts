/** check-all's progress: a redrawn bar on a terminal, plain lines in a log. */
import type { Io } from "../../../src/cli/io";
import { createProgress } from "../../../src/cli/batch/progress";
import type { UnitResult } from "../../../src/cli/batch/unit";

const FIGURES = {
  onTimeRate: { code: null, value: null, source: null },
  onlineRate: { code: null, value: null, source: null },
  disbursementRate: { code: null, value: null, source: null },
};
const checked = (errors: number): UnitResult => ({
  id: 0,
  status: "checked",
  sheetName: "Phụ lục",
  formId: "district-2022",
  formName: "Biểu cấp huyện 2022",
  errors,
  warnings: 1,
  infos: 0,
  figures: FIGURES,
  findings: [],
});
const failed: UnitResult = { id: 0, status: "failed", reason: { vi: "Tệp hỏng", en: "Broken file" } };

function capture(isTerminal: boolean, columns = 100): { io: Io; text: () => string } {
  let err = "";
  return { io: { out: () => {}, err: (t) => (err += t), isTerminal, columns: () => columns }, text: () => err };
}

test("on a terminal: one line redrawn in place with the bar, the counts and the file in hand", () => {
  const { io, text } = capture(true);
  let clock = 0;
  const p = createProgress(io, "vi", 4, () => clock);
  p.started("xa-an-binh");
  clock += 200;
  p.finished("xa-an-binh", checked(3));
  clock += 200;
  p.started("xa-hong");
  clock += 200;
  p.finished("xa-hong", failed);
  clock += 200;
  p.started("xa-ba");
  const frames = text().split("\r\x1b[K").filter(Boolean);
  expect(frames.at(-1)).toBe(`Đang kiểm tra [████████████░░░░░░░░░░░░] 2/4 · 3 lỗi · 1 không kiểm tra được · xa-ba`);
  expect(text()).not.toContain("\n");
  p.end();
  expect(text().endsWith("\r\x1b[K")).toBe(true);
});

test("on a terminal: redraws at most every 100 ms, but always the last one; cut to the terminal's width", () => {
  const { io, text } = capture(true, 40);
  const p = createProgress(io, "en", 3, () => 0);
  p.started("a-very-long-name-of-a-commune-workbook");
  p.finished("a-very-long-name-of-a-commune-workbook", checked(0));
  p.finished("b", checked(0));
  expect(text().split("\r\x1b[K").filter(Boolean)).toHaveLength(1);
  p.finished("c", checked(2));
  const frames = text().split("\r\x1b[K").filter(Boolean);
  expect(frames).toHaveLength(2);
  // A narrow terminal gets a narrower bar, so the counts stay in view.
  expect(frames[1]).toBe(`Checking [${"█".repeat(8)}] 3/3 · 2 errors`);
  expect(frames.every((f) => f.length <= 39)).toBe(true);
});

test("not a terminal: one plain line per unit as it is done", () => {
  const { io, text } = capture(false);
  const p = createProgress(io, "vi", 12, () => 0);
  p.started("xa-a");
  p.finished("xa-a", checked(2));
  p.finished("xa-hong", failed);
  p.end();
  expect(text()).toBe("[ 1/12] xa-a: 2 lỗi, 1 cảnh báo\n[ 2/12] xa-hong: KHÔNG KIỂM TRA ĐƯỢC: Tệp hỏng\n");
});
