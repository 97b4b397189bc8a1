/**
 * The check's state and actions, separate from rendering: read the workbook through the host, run the core check,
 * shape what the officer is shown (core/present.ts), highlight it, select, and re-check on the user's edits (fixes
 * and their undo: useFixes.ts). Never touches Office.js.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { checkWorkbook, type CheckResult } from "../core/check";
import type { Finding } from "../core/findings";
import { currentForm } from "../core/form";
import type { WorkbookGrid } from "../core/grid";
import { presentFindings, type FindingsView } from "../core/present";
import type { WorkbookHost } from "../host/types";
import { highlightsFor } from "./findingsView";

/** Wait this long after the user's last edit before re-checking. */
export const LIVE_DEBOUNCE_MS = 400;

/** Extra findings computed from the same read of the workbook (the narrative comparison). */
export type ExtraCheck = (grid: WorkbookGrid, result: CheckResult) => Finding[];

export interface AppendixCheck {
  /** A read or a write is in progress. */
  busy: boolean;
  /** The last check's result (null before the first check). */
  result: CheckResult | null;
  /** The table's findings plus the extra (narrative) findings of the last check. */
  findings: Finding[];
  /** How many of the findings came from the extra check. */
  extraCount: number;
  /** What the officer is shown of the findings: errors first, reading notes folded, text numbers grouped. */
  view: FindingsView;
  error: string | null;
  /** Whether the highlights are on the sheet. */
  highlighted: boolean;
  live: boolean;
  /** Bumps after each completed check. */
  checkCount: number;
  setLive(on: boolean): void;
  check(): Promise<void>;
  select(f: Finding): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Register (or remove) the extra check; re-checks when a check was already made. */
  /** Set (or drop) the extra check; re-checks at once unless runNow is false (restoring a saved narrative). */
  setExtraCheck(extra: ExtraCheck | null, runNow?: boolean): Promise<void>;
}

export function useAppendixCheck(host: WorkbookHost): AppendixCheck {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [extraCount, setExtraCount] = useState(0);
  const [view, setView] = useState<FindingsView>(() => presentFindings([], currentForm()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState(false);
  const [live, setLive] = useState(true);
  const [checkCount, setCheckCount] = useState(0);

  const extraRef = useRef<ExtraCheck | null>(null);
  const checkedRef = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const checkOnce = useCallback(async () => {
    const grid = await host.readWorkbook();
    const res = checkWorkbook(grid);
    const extra = extraRef.current ? extraRef.current(grid, res) : [];
    const all = [...res.findings, ...extra];
    const form = (res.status === "checked" && res.appendix?.form) || currentForm();
    const shown = presentFindings(all, form);
    // One call replaces the previous highlights (cells no longer flagged get their own fill back).
    const marks = highlightsFor(all);
    await host.showHighlights(marks);
    checkedRef.current = true;
    setResult(res);
    setFindings(all);
    setView(shown);
    setExtraCount(extra.length);
    setHighlighted(marks.length > 0);
    setError(null);
    setCheckCount((n) => n + 1);
  }, [host]);

  /** Runs one check at a time; a request made during a check runs once more after it (coalesced). */
  const check = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = async () => {
      setBusy(true);
      try {
        do {
          again.current = false;
          try {
            await checkOnce();
          } catch (e) {
            setError(errorText(e));
          }
        } while (again.current);
      } finally {
        setBusy(false);
      }
    };
    const p = run().finally(() => {
      running.current = null;
    });
    running.current = p;
    return p;
  }, [checkOnce]);

  const select = useCallback(
    async (f: Finding) => {
      const cell = f.cells[0];
      if (!cell) return;
      try {
        await host.selectCell(cell);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [host],
  );

  const clearHighlights = useCallback(async () => {
    try {
      await host.clearHighlights();
      setHighlighted(false);
    } catch (e) {
      setError(errorText(e));
    }
  }, [host]);

  const setExtraCheck = useCallback(
    async (extra: ExtraCheck | null, runNow = true) => {
      extraRef.current = extra;
      if (runNow && (checkedRef.current || extra)) await check();
    },
    [check],
  );

  // Live: re-check a moment after the user's last edit, once the officer has checked at least once.
  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    let unsubscribe: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    host
      .onUserEdit(() => {
        if (!checkedRef.current) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          void check();
        }, LIVE_DEBOUNCE_MS);
      })
      .then((off) => {
        if (cancelled) off();
        else unsubscribe = off;
      })
      .catch((e: unknown) => setError(errorText(e)));
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [host, live, check]);

  return useMemo(
    () => ({
      busy,
      result,
      findings,
      extraCount,
      view,
      error,
      highlighted,
      live,
      checkCount,
      setLive,
      check,
      select,
      clearHighlights,
      setExtraCheck,
    }),
    [
      busy,
      result,
      findings,
      extraCount,
      view,
      error,
      highlighted,
      live,
      checkCount,
      check,
      select,
      clearHighlights,
      setExtraCheck,
    ],
  );
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
