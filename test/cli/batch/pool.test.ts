/**
 * The check-all worker pool: a unit that never finishes (its report is a named pipe nobody writes) is abandoned after
 * the timeout with a reason, its worker replaced, and every other unit is still checked.
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runPool } from "../../../src/cli/batch/pool";
import type { UnitResult, UnitTask } from "../../../src/cli/batch/unit";
import { FIXTURE_XLSX } from "../../helpers/fixtures";

test("a unit stuck reading is stopped at the timeout; the others are checked by the remaining workers", async () => {
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), "cchc-pool-")), "bao-cao.txt");
  execFileSync("mkfifo", [fifo]);
  const tasks: UnitTask[] = [
    { id: 0, workbook: FIXTURE_XLSX, report: fifo, lang: "vi" },
    ...[1, 2, 3].map((id) => ({ id, workbook: FIXTURE_XLSX, report: null, lang: "vi" as const })),
  ];
  const started: number[] = [];
  const results = new Map<number, UnitResult>();
  try {
    await runPool(
      tasks,
      { workers: 2, timeoutMs: 4000, memoryMb: 512 },
      (t) => started.push(t.id),
      (t, r) => {
        results.set(t.id, r);
      },
    );
  } finally {
    // Let the read blocked on the pipe (if the worker got that far) return, so no thread stays stuck.
    try {
      closeSync(openSync(fifo, "r+"));
    } catch {
      // already gone
    }
  }
  expect(started.sort()).toEqual([0, 1, 2, 3]);
  const stuck = results.get(0)!;
  expect(stuck.status).toBe("failed");
  if (stuck.status === "failed") expect(stuck.reason.vi.length).toBeGreaterThan(0);
  for (const id of [1, 2, 3]) {
    const r = results.get(id)!;
    expect(r.status).toBe("checked");
    if (r.status === "checked") expect(r.errors).toBeGreaterThan(0);
  }
}, 120_000);

test("no tasks: resolves at once without starting a worker", async () => {
  await expect(
    runPool(
      [],
      { workers: 2, timeoutMs: 1000, memoryMb: 256 },
      () => {},
      () => {},
    ),
  ).resolves.toBeUndefined();
});
