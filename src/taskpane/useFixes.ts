/**
 * "Sửa" (one fix), "Chuyển N ô thành số" (the conversions of the numbers typed as text, one action) and "Hoàn tác":
 * every write since the pane opened is kept on a stack with the host's snapshots of the cells, and undone in reverse
 * order, one action at a time, by the host (restoreCells). Each write says what the check read in the cell, so the
 * host refuses a cell that changed since (or holds a formula, or is locked); a refusal is said, not an error. Each
 * write is followed by a re-check. Never touches Office.js.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Bilingual, Fix } from "../core/findings";
import { currentForm } from "../core/form";
import type { FormDefinition } from "../core/form/schema";
import { rowName } from "../core/rowName";
import { CellWriteRefused, type CellSnapshot, type WorkbookHost } from "../host/types";
import { cellValueIn, type AppendixCheck, type CheckNote } from "./useAppendixCheck";

/** One action the officer can undo. */
export interface UndoStep {
  /** "fix": one value written by "Sửa"; "numbers": numbers typed as text turned into numbers. */
  kind: "fix" | "numbers";
  /** For a fix: the value written ("7,76%") and the row, as printed ("dòng 7.2.4"). */
  display?: Bilingual;
  row?: Bilingual;
  /** Each cell written, with the host's snapshot of it (opaque: only restoreCells reads it). */
  cells: { address: string; saved: CellSnapshot }[];
}

export interface Fixes {
  /** The undo stack, oldest first. */
  steps: UndoStep[];
  busy: boolean;
  error: string | null;
  /** The last write or undo the host refused, and why (a quiet note: nothing was written). */
  refusal: Extract<CheckNote, { kind: "refused" }> | null;
  applyFix(fix: Fix): Promise<void>;
  /** Write these fixes as one action (the conversions of the numbers typed as text). */
  applyNumbers(fixes: Fix[]): Promise<void>;
  /** Undo the last action. */
  undo(): Promise<void>;
}

export function useFixes(host: WorkbookHost, check: AppendixCheck): Fixes {
  const [steps, setSteps] = useState<UndoStep[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Fixes["refusal"]>(null);
  const stack = useRef<UndoStep[]>([]);
  const { recheck, result, grid } = check;
  const form: FormDefinition = (result?.status === "checked" && result.appendix?.form) || currentForm();

  const push = (step: UndoStep | null) => {
    stack.current = step ? [...stack.current, step] : stack.current.slice(0, -1);
    setSteps(stack.current);
  };

  const running = useRef(false);
  const run = useCallback(
    async (write: () => Promise<void>) => {
      // One write at a time: a second click while a write is on its way does nothing.
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setError(null);
      setRefusal(null);
      try {
        await write();
      } catch (e) {
        if (e instanceof CellWriteRefused)
          setRefusal({ kind: "refused", reason: e.reason, cell: e.cell, formula: e.formula });
        else setError(e instanceof Error ? e.message : String(e));
        return;
      } finally {
        running.current = false;
        setBusy(false);
      }
      await recheck();
    },
    [recheck],
  );

  const applyFix = useCallback(
    (fix: Fix) =>
      run(async () => {
        // The fix's value is already in the cell's own style (a fraction in a percent-formatted cell, text where the
        // officer typed text), so it is written as it is, into a cell that still holds what the check read.
        const saved = await host.writeCell(fix.cell, fix.value, fix.numberFormat, cellValueIn(grid, fix.cell));
        push({
          kind: "fix",
          display: fix.display,
          row: rowName(form, fix.code),
          cells: [{ address: fix.cell, saved }],
        });
        // Show the officer what changed.
        await host.selectCell(fix.cell);
      }),
    [host, run, form, grid],
  );

  const applyNumbers = useCallback(
    (fixes: Fix[]) =>
      run(async () => {
        if (fixes.length === 0) return;
        const writes = fixes.map((f) => ({
          address: f.cell,
          value: f.value,
          numberFormat: f.numberFormat,
          expected: cellValueIn(grid, f.cell),
        }));
        const saved = await host.writeCells(writes);
        push({ kind: "numbers", cells: writes.map((w, i) => ({ address: w.address, saved: saved[i] })) });
      }),
    [host, run, grid],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        const step = stack.current[stack.current.length - 1];
        if (!step) return;
        await host.restoreCells(step.cells.map((c) => c.saved));
        push(null);
      }),
    [host, run],
  );

  return useMemo(
    () => ({ steps, busy, error, refusal, applyFix, applyNumbers, undo }),
    [steps, busy, error, refusal, applyFix, applyNumbers, undo],
  );
}
