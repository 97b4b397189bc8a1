/**
 * The narrative report to compare with the table: a Word file (read on demand, so the pane loads without the
 * .docx reader) or pasted text. Once given, every check also runs checkNarrative on the same read of the workbook,
 * so its findings join the list, the highlights and the live re-checks. The narrative is kept in the workbook's
 * settings, so it is still compared after the pane or the workbook is closed and opened again.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../host/types";
import { checkNarrative } from "../core/narrative/check";
import { readPlainText, type NarrativeDocument } from "../core/narrative/document";
import { fileBytes } from "./fileBytes";
import type { AppendixCheck } from "./useAppendixCheck";

export interface NarrativeSource {
  name: string;
  kind: "docx" | "text";
}

/** The document setting that keeps the narrative with the workbook. */
export const NARRATIVE_SETTING = "cchc.narrative";

export interface SavedNarrative {
  source: NarrativeSource;
  doc: NarrativeDocument;
}

/** The narrative kept in the workbook's settings (also read by the export, as the officer's draft). */
export function parseSavedNarrative(json: string | null): SavedNarrative | null {
  if (!json) return null;
  try {
    const saved = JSON.parse(json) as Partial<SavedNarrative>;
    if (!saved.source?.name || !Array.isArray(saved.doc?.paragraphs)) return null;
    return { source: saved.source, doc: saved.doc };
  } catch {
    return null;
  }
}

export function useNarrative(host: WorkbookHost, check: AppendixCheck) {
  const [source, setSource] = useState<NarrativeSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = useRef(false);
  const { setExtraCheck } = check;

  const use = useCallback(
    (doc: NarrativeDocument, src: NarrativeSource, runNow: boolean) => {
      setSource(src);
      return setExtraCheck(
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
      const saved: SavedNarrative = {
        source: src,
        doc: {
          paragraphs: doc.paragraphs.map(({ text, inTable, part, style, marks, cells }) => ({
            text,
            inTable,
            ...(part ? { part } : {}),
            ...(style ? { style } : {}),
            ...(cells ? { cells } : {}),
            ...(marks?.length ? { marks } : {}),
          })),
        },
      };
      await host.saveSetting(NARRATIVE_SETTING, JSON.stringify(saved)).catch(() => undefined);
      await use(doc, src, true);
    },
    [host, use],
  );

  const openDocx = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      try {
        const { readDocxText } = await import(/* webpackChunkName: "docx" */ "../io/docx");
        const doc = await readDocxText(new Uint8Array(await fileBytes(file)));
        await apply(doc, { name: file.name, kind: "docx" });
      } catch (e) {
        setError(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setBusy(false);
      }
    },
    [apply],
  );

  const compareText = useCallback(
    async (text: string, name: string) => {
      setError(null);
      await apply(readPlainText(text), { name, kind: "text" });
    },
    [apply],
  );

  const clear = useCallback(async () => {
    chosen.current = true;
    setSource(null);
    setError(null);
    await host.saveSetting(NARRATIVE_SETTING, "").catch(() => undefined);
    await setExtraCheck(null);
  }, [host, setExtraCheck]);

  return { source, busy, error, openDocx, compareText, clear };
}
