/**
 * The narrative report to compare with the table: a Word file or pasted text. The .docx reader and the narrative
 * check itself (the figures' matcher) are loaded on demand, when a narrative is first given or found in the workbook,
 * so the pane shows without them. Once given, every check also runs checkNarrative on the same read of the workbook,
 * so its findings join the list, the highlights and the live re-checks. The narrative is kept in the workbook's
 * settings, so it is still compared after the pane or the workbook is closed and opened again; the pane says so, as
 * it travels inside the .xlsx, and a failed save or removal is said too.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Bilingual } from "../core/findings";
import type { WorkbookHost } from "../host/types";
import type { NarrativeDocument } from "../core/narrative/document";
import { fileBytes } from "./fileBytes";
import {
  NARRATIVE_SETTING,
  parseSavedNarrative,
  serialiseNarrative,
  type NarrativeSource,
  type SavedNarrative,
} from "./narrativeSetting";
import type { AppendixCheck } from "./useAppendixCheck";

export { NARRATIVE_SETTING, parseSavedNarrative, type NarrativeSource, type SavedNarrative };

/**
 * The narrative check and the plain-text reader: one chunk, fetched while the browser is idle after the pane has
 * shown (prefetch), so that it is at hand when the officer gives a narrative.
 */
export const loadNarrativeCheck = () =>
  import(/* webpackChunkName: "narrative", webpackPrefetch: true */ "../core/narrative/check");
export const loadNarrativeText = () => import(/* webpackChunkName: "narrative" */ "../core/narrative/document");

export function useNarrative(host: WorkbookHost, check: AppendixCheck) {
  const [source, setSource] = useState<NarrativeSource | null>(null);
  /** The text being compared when it was pasted (also when restored from the workbook), for the text box. */
  const [pastedText, setPastedText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Why the file could not be read, in the officer's words (src/io/reportFile.ts). */
  const [error, setError] = useState<Bilingual | null>(null);
  /** What went wrong saving the narrative into the file, or removing it (the check itself goes on). */
  const [storageError, setStorageError] = useState<{ kind: "save" | "remove"; message: string } | null>(null);
  const chosen = useRef(false);
  /** Bumps with every narrative given or cleared: a check loaded for an earlier one is then not used. */
  const generation = useRef(0);
  const { setExtraCheck } = check;

  const use = useCallback(
    async (doc: NarrativeDocument, src: NarrativeSource, runNow: boolean) => {
      const mine = ++generation.current;
      const { checkNarrative } = await loadNarrativeCheck();
      if (mine !== generation.current) return;
      setSource(src);
      setPastedText(src.kind === "text" ? doc.paragraphs.map((p) => p.text).join("\n") : null);
      await setExtraCheck(
        (_grid, result) => checkNarrative(doc, result.status === "checked" ? result.appendix : null),
        runNow,
      );
    },
    [setExtraCheck],
  );

  // The narrative saved with the workbook is compared again from the next check on.
  useEffect(() => {
    let cancelled = false;
    host
      .loadSetting(NARRATIVE_SETTING)
      .then((json) => {
        const saved = parseSavedNarrative(json);
        if (!cancelled && !chosen.current && saved) return use(saved.doc, saved.source, false);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host, use]);

  const apply = useCallback(
    async (doc: NarrativeDocument, src: NarrativeSource) => {
      chosen.current = true;
      setStorageError(null);
      await host
        .saveSetting(NARRATIVE_SETTING, serialiseNarrative(doc, src))
        .catch((e: unknown) => setStorageError({ kind: "save", message: errorText(e) }));
      await use(doc, src, true);
    },
    [host, use],
  );

  const openDocx = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      try {
        const { readReportBytes, ReportFileError } = await import(/* webpackChunkName: "docx" */ "../io/reportFile");
        let doc: NarrativeDocument;
        try {
          doc = await readReportBytes(new Uint8Array(await fileBytes(file)), file.name);
        } catch (e) {
          setError(e instanceof ReportFileError ? e.text : unreadable(file.name, e));
          return;
        }
        await apply(doc, { name: file.name, kind: "docx" });
      } catch (e) {
        setError(unreadable(file.name, e));
      } finally {
        setBusy(false);
      }
    },
    [apply],
  );

  const compareText = useCallback(
    async (text: string, name: string) => {
      setError(null);
      try {
        const { readPlainText } = await loadNarrativeText();
        await apply(readPlainText(text), { name, kind: "text" });
      } catch (e) {
        setError(unreadable(name, e));
      }
    },
    [apply],
  );

  const clear = useCallback(async () => {
    chosen.current = true;
    generation.current++;
    setSource(null);
    setPastedText(null);
    setError(null);
    setStorageError(null);
    await host
      .saveSetting(NARRATIVE_SETTING, "")
      .catch((e: unknown) => setStorageError({ kind: "remove", message: errorText(e) }));
    await setExtraCheck(null);
  }, [host, setExtraCheck]);

  return { source, pastedText, busy, error, storageError, openDocx, compareText, clear };
}

/** A file that could not be read for a reason the reader did not name (the chunk did not load, the disk failed). */
export function unreadable(name: string, e: unknown): Bilingual {
  const why = errorText(e);
  return { vi: `Không đọc được tệp “${name}” (${why}).`, en: `“${name}” could not be read (${why}).` };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
