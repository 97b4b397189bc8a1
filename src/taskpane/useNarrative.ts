/**
 * The narrative report to compare with the table: a Word file (read on demand, so the pane loads without the
 * .docx reader) or pasted text. Once given, every check also runs checkNarrative on the same read of the workbook,
 * so its findings join the list, the highlights and the live re-checks.
 */
import { useCallback, useState } from "react";
import { checkNarrative } from "../core/narrative/check";
import { readPlainText, type NarrativeDocument } from "../core/narrative/document";
import { fileBytes } from "./fileBytes";
import type { AppendixCheck } from "./useAppendixCheck";

export interface NarrativeSource {
  name: string;
  kind: "docx" | "text";
}

export function useNarrative(check: AppendixCheck) {
  const [source, setSource] = useState<NarrativeSource | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { setExtraCheck } = check;

  const apply = useCallback(
    async (doc: NarrativeDocument, src: NarrativeSource) => {
      setSource(src);
      await setExtraCheck((_grid, result) => checkNarrative(doc, result.status === "checked" ? result.appendix : null));
    },
    [setExtraCheck],
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
    setSource(null);
    setError(null);
    await setExtraCheck(null);
  }, [setExtraCheck]);

  return { source, busy, error, openDocx, compareText, clear };
}
