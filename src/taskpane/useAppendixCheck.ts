/**
 * The check's state and actions, separate from rendering: read the workbook through the host, run the core check,
 * shape what the officer is shown (core/present.ts), show it, then highlight, select, and re-check on the user's edits
 * (fixes and their undo: useFixes.ts). Never touches Office.js.
 *
 * Which appendix: the sheet being edited, or the active sheet, when it holds one; then the one checked last time;
 * then the best-filled one. When the workbook holds several, the pane lists them and the officer can switch.
 * Live ("Kiểm tra tự động" on): a check when the pane opens and after every edit (the first one too), re-reading
 * only the edited sheet. Off: an edit marks the list as out of date. After "Xóa đánh dấu" the live checks update
 * the list but leave the sheet unmarked until the next explicit check.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckOptions, CheckResult } from "../core/check";
import type { Finding } from "../core/findings";
import { currentForm } from "../core/form";
import { parseLocalAddress, splitAddress, type CellValue, type WorkbookGrid } from "../core/grid";
import { presentFindings, type FindingsView } from "../core/present";
import type { ReadNote, RefusalReason, WorkbookHost, WorkbookRead } from "../host/types";
import { checkLoaded, checkWithInference } from "./checkOnDemand";
import { highlightsFor } from "./findingsView";

/**
 * The form inference, for a table that fits no known form (see checkOnDemand): fetched while the browser is idle
 * after the pane has shown, so that it is at hand when the first check needs it.
 */
export const loadFormInference = () =>
  import(/* webpackChunkName: "infer", webpackPrefetch: true */ "../core/choose/infer");

/** Wait this long after the user's last edit before re-checking. */
export const LIVE_DEBOUNCE_MS = 400;

/** Extra findings computed from the same read of the workbook (the narrative comparison). */
export type ExtraCheck = (grid: WorkbookGrid, result: CheckResult) => Finding[];

/** A quiet note under the check: the findings are shown either way. */
export type CheckNote =
  | { kind: "read"; note: ReadNote }
  /** Protected sheets were not highlighted. */
  | { kind: "protected"; sheets: string[] }
  /** The highlights could not be drawn (view-only workbook on the web, …). */
  | { kind: "paint-failed"; message: string }
  /** "Xóa đánh dấu": the live checks leave the sheet unmarked until the next "Kiểm tra". */
  | { kind: "paused" }
  /** A fix or an undo was refused (useFixes). */
  | { kind: "refused"; reason: RefusalReason; cell: string; formula?: string };

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
  /** The grid of the last check, for the fixes to say what a cell held when it was checked. */
  grid: WorkbookGrid | null;
  error: string | null;
  /** Whether the highlights are on the sheet. */
  highlighted: boolean;
  live: boolean;
  /** Bumps after each completed check. */
  checkCount: number;
  /** Every sheet holding an appendix (the checked one among them), as far as the checks have seen. */
  appendixSheets: string[];
  /** "Kiểm tra tự động" is off and the workbook was edited since the last check. */
  stale: boolean;
  notes: CheckNote[];
  setLive(on: boolean): void;
  /** The explicit "Kiểm tra phụ lục": reads the whole workbook and highlights (again). */
  check(): Promise<void>;
  /** Check the appendix on this sheet (the officer's choice among several). */
  checkSheet(name: string): Promise<void>;
  /** A check the officer did not ask for (after a fix): never brings highlights cleared by "Xóa đánh dấu" back. */
  recheck(): Promise<void>;
  select(f: Finding): Promise<void>;
  clearHighlights(): Promise<void>;
  /**
   * Set (or drop) the extra check; re-checks when a check was made already, or at once unless runNow is false
   * (restoring a saved narrative before any check).
   */
  setExtraCheck(extra: ExtraCheck | null, runNow?: boolean): Promise<void>;
  /** The form to check with (the one saved in the workbook, the relations turned off): see useFormChoice. */
  checkOptions: CheckOptions;
  /** Set the form to check with; re-checks when a check was made or is under way, unless runNow is false. */
  setCheckOptions(options: CheckOptions, runNow?: boolean): Promise<void>;
}

export interface AppendixCheckOptions {
  /** Check when the pane opens even with "Kiểm tra tự động" off (the ribbon's "Kiểm tra phụ lục"). */
  checkOnOpen?: boolean;
}

/** What a check run reads and prefers. */
type CheckMode =
  /** Read every sheet. explicit: the officer asked (highlights come back after "Xóa đánh dấu"). */
  | { kind: "full"; explicit: boolean; preferred?: string }
  /** After an edit: re-read the edited sheet only, when it is known. */
  | { kind: "live"; sheet: string | null };

/** Two requests made while a check runs → the one run after it. */
function mergeModes(a: CheckMode | null, b: CheckMode): CheckMode {
  if (!a) return b;
  if (a.kind === "live" && b.kind === "live") return a.sheet === b.sheet ? b : { kind: "full", explicit: false };
  const explicit = (a.kind === "full" && a.explicit) || (b.kind === "full" && b.explicit);
  const preferred = (b.kind === "full" ? b.preferred : undefined) ?? (a.kind === "full" ? a.preferred : undefined);
  return { kind: "full", explicit, preferred };
}

/** The value of a cell in a grid ('Phụ lục'!D45), or undefined when the grid does not hold it. */
export function cellValueIn(grid: WorkbookGrid | null, address: string): CellValue | undefined {
  const { sheet, local } = splitAddress(address);
  const pos = parseLocalAddress(local);
  const s = grid?.sheets.find((x) => x.name === sheet);
  if (!s || !pos) return undefined;
  const row = s.cells[pos.row - (s.originRow ?? 0)];
  if (!row) return null;
  return row[pos.col - (s.originCol ?? 0)]?.value ?? null;
}

export function useAppendixCheck(host: WorkbookHost, options: AppendixCheckOptions = {}): AppendixCheck {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [extraCount, setExtraCount] = useState(0);
  const [view, setView] = useState<FindingsView>(() => presentFindings([], currentForm()));
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState(false);
  const [live, setLive] = useState(true);
  const [checkCount, setCheckCount] = useState(0);
  const [appendixSheets, setAppendixSheets] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [readNotes, setReadNotes] = useState<CheckNote[]>([]);
  const [paintNotes, setPaintNotes] = useState<CheckNote[]>([]);
  const [paused, setPaused] = useState(false);

  const extraRef = useRef<ExtraCheck | null>(null);
  const [checkOptions, setOptionsState] = useState<CheckOptions>({});
  const optionsRef = useRef<CheckOptions>({});
  const checkedRef = useRef(false);
  const liveRef = useRef(live);
  liveRef.current = live;
  const pausedRef = useRef(false);
  /** The last read of the whole workbook (a live check replaces the edited sheet in it). */
  const gridRef = useRef<WorkbookRead | null>(null);
  const checkedSheetRef = useRef<string | null>(null);
  const sheetsRef = useRef<string[]>([]);
  const running = useRef<Promise<void> | null>(null);
  const resultRef = useRef<CheckResult | null>(null);
  const pending = useRef<CheckMode | null>(null);

  const read = useCallback(
    async (mode: CheckMode): Promise<{ grid: WorkbookRead; scope: WorkbookGrid; preferred: (string | null)[] }> => {
      const last = gridRef.current;
      const checked = checkedSheetRef.current;
      if (mode.kind === "live" && mode.sheet && last?.sheets.some((s) => s.name === mode.sheet)) {
        const part = await host.readWorkbook({ sheets: [mode.sheet] });
        const edited = part.sheets.find((s) => s.name === mode.sheet);
        const grid: WorkbookRead = {
          ...last,
          sheets: last.sheets.map((s) => (s.name === mode.sheet && edited ? edited : s)),
          notes: [...last.notes.filter((n) => n.sheet !== mode.sheet), ...part.notes],
        };
        // Only the edited sheet and the one checked so far: a large data sheet elsewhere costs nothing per edit.
        const scope = { sheets: grid.sheets.filter((s) => s.name === mode.sheet || s.name === checked) };
        return { grid, scope, preferred: [mode.sheet, checked] };
      }
      const grid = await host.readWorkbook();
      const first = mode.kind === "full" ? (mode.preferred ?? grid.activeSheet) : (mode.sheet ?? grid.activeSheet);
      return { grid, scope: grid, preferred: [first, checked] };
    },
    [host],
  );

  const paint = useCallback(
    async (all: Finding[]) => {
      const marks = highlightsFor(all);
      try {
        const report = await host.showHighlights(marks);
        setPaintNotes(report.protectedSheets.length ? [{ kind: "protected", sheets: report.protectedSheets }] : []);
        setHighlighted(marks.length > 0);
      } catch (e) {
        setPaintNotes([{ kind: "paint-failed", message: errorText(e) }]);
      }
    },
    [host],
  );

  const checkOnce = useCallback(
    async (mode: CheckMode) => {
      const { grid, scope, preferred } = await read(mode);
      const options = { ...optionsRef.current, preferredSheets: preferred };
      // At once with what is loaded; a table that needs the form inference waits for it the first time.
      const res = checkLoaded(scope, options) ?? (await checkWithInference(scope, options, loadFormInference));
      const extra = extraRef.current ? extraRef.current(scope, res) : [];
      const all = [...res.findings, ...extra];
      const form = (res.status === "checked" && res.appendix?.form) || currentForm();
      const shown = presentFindings(all, form);
      gridRef.current = grid;
      checkedRef.current = true;
      // The findings first: a highlight that cannot be drawn must not cost the officer the list.
      const sheet = res.status === "checked" ? res.sheetName : null;
      checkedSheetRef.current = sheet;
      // (A result made by hand, as in tests, may lack the list: its own sheet is one.)
      const found = res.status === "checked" ? (res.appendixSheets ?? [res.sheetName]) : [];
      const inScope = new Set(scope.sheets.map((s) => s.name));
      // A partial check only tells about the sheets it looked at.
      const names = grid.sheets.map((s) => s.name);
      sheetsRef.current = names.filter((n) => found.includes(n) || (!inScope.has(n) && sheetsRef.current.includes(n)));
      setAppendixSheets(sheetsRef.current);
      resultRef.current = res;
      setResult(res);
      setFindings(all);
      setView(shown);
      setGrid(grid);
      setExtraCount(extra.length);
      setReadNotes(grid.notes.map((note) => ({ kind: "read" as const, note })));
      setStale(false);
      setError(null);
      setCheckCount((n) => n + 1);

      const explicit = mode.kind === "full" && mode.explicit;
      if (explicit) {
        pausedRef.current = false;
        setPaused(false);
      }
      if (!pausedRef.current) await paint(all);
    },
    [read, paint],
  );

  /** Runs one check at a time; requests made during a check run once more after it (merged into one). */
  const run = useCallback(
    (mode: CheckMode): Promise<void> => {
      if (running.current) {
        pending.current = mergeModes(pending.current, mode);
        return running.current;
      }
      const loop = async () => {
        setBusy(true);
        let next: CheckMode | null = mode;
        try {
          while (next) {
            pending.current = null;
            try {
              await checkOnce(next);
            } catch (e) {
              setError(errorText(e));
            }
            next = pending.current;
          }
        } finally {
          // In the same step as the last look at pending: a request made a moment later starts a run of its own
          // (cleared a step later, it would wait on this finished run and be lost).
          running.current = null;
          setBusy(false);
        }
      };
      // The loop's first await comes before its finally: running is set before it is cleared.
      const p = loop();
      running.current = p;
      return p;
    },
    [checkOnce],
  );

  const check = useCallback(() => run({ kind: "full", explicit: true }), [run]);
  /** The officer chose another appendix: check it, and show its sheet (its first row), whose cells the list names. */
  const checkSheet = useCallback(
    async (name: string) => {
      await run({ kind: "full", explicit: true, preferred: name });
      const res = resultRef.current;
      if (res?.status !== "checked" || res.sheetName !== name || !res.rows[0]) return;
      try {
        await host.selectCell(res.rows[0].valueCell);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [run, host],
  );
  /** A check the officer did not ask for (after a fix, a new narrative): never brings cleared highlights back. */
  const recheck = useCallback(() => run({ kind: "full", explicit: false }), [run]);

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
      const report = await host.clearHighlights();
      pausedRef.current = true;
      setPaused(true);
      setHighlighted(false);
      setPaintNotes(report.protectedSheets.length ? [{ kind: "protected", sheets: report.protectedSheets }] : []);
    } catch (e) {
      setError(errorText(e));
    }
  }, [host]);

  const setCheckOptions = useCallback(
    async (next: CheckOptions, runNow = true) => {
      optionsRef.current = next;
      setOptionsState(next);
      // A check under way read the old options: it runs once more (run() merges the requests).
      if (runNow && (checkedRef.current || running.current)) await recheck();
    },
    [recheck],
  );

  const setExtraCheck = useCallback(
    async (extra: ExtraCheck | null, runNow = true) => {
      extraRef.current = extra;
      // A saved narrative restored after the list was shown (the check on open ran first): compare it now.
      if ((runNow && extra) || checkedRef.current) await recheck();
    },
    [recheck],
  );

  // "Kiểm tra tự động" on (or the ribbon asked): a check as soon as the pane opens with the workbook.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (liveRef.current || options.checkOnOpen) void check();
  }, [check, options.checkOnOpen]);

  // Edits: live on, re-check a moment after the last one (the first edit too); off, the list is out of date.
  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let editedSheet: string | null | undefined;
    host
      .onUserEdit((edit) => {
        if (!liveRef.current) {
          if (checkedRef.current) setStale(true);
          return;
        }
        // Edits on two sheets within the wait: read them all.
        editedSheet = editedSheet === undefined || editedSheet === edit.sheet ? edit.sheet : null;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          const sheet = editedSheet ?? null;
          editedSheet = undefined;
          void run(
            checkedRef.current
              ? { kind: "live", sheet }
              : { kind: "full", explicit: false, preferred: sheet ?? undefined },
          );
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
  }, [host, run]);

  const notes = useMemo<CheckNote[]>(
    () => [...paintNotes, ...(paused ? [{ kind: "paused" as const }] : []), ...readNotes],
    [paintNotes, paused, readNotes],
  );

  return useMemo(
    () => ({
      busy,
      result,
      findings,
      extraCount,
      view,
      grid,
      error,
      highlighted,
      live,
      checkCount,
      appendixSheets,
      stale,
      notes,
      setLive,
      check,
      checkSheet,
      recheck,
      select,
      clearHighlights,
      setExtraCheck,
      checkOptions,
      setCheckOptions,
    }),
    [
      busy,
      result,
      findings,
      extraCount,
      view,
      grid,
      error,
      highlighted,
      live,
      checkCount,
      appendixSheets,
      stale,
      notes,
      check,
      checkSheet,
      recheck,
      select,
      clearHighlights,
      setExtraCheck,
      checkOptions,
      setCheckOptions,
    ],
  );
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
