/**
 * The form the pane checks with, as state and actions: the form saved in the workbook (document settings) and the
 * relations the officer turned off are given to every check; the form the last check used can be saved, forgotten,
 * downloaded as a form file, or replaced by another office's form file. Never touches Office.js: only the host.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { UsedForm } from "../core/check";
import { currentForm } from "../core/form";
import {
  FormFileError,
  formFileText,
  parseFormFile,
  parseRelationsOff,
  RELATIONS_OFF_SETTING,
  SAVED_FORM_SETTING,
} from "../core/form/file";
import { withoutRelations } from "../core/form/relations";
import type { FormDefinition } from "../core/form/schema";
import type { Bilingual } from "../core/findings";
import type { WorkbookHost } from "../host/types";
import "../io/textEncoderShim";
import type { AppendixCheck } from "./useAppendixCheck";

export type FormNotice = "saved" | "forgotten" | "delivered" | { opened: string };

export interface FormChoice {
  /** The form saved in the workbook, or null (the check then chooses). */
  saved: FormDefinition | null;
  /** Relations turned off (relationKey). */
  off: string[];
  /** The form the last check used, or null before a check (or without an appendix). */
  used: UsedForm | null;
  /** The form the insert step inserts: the saved one, else the current built-in form. */
  insertForm: FormDefinition;
  busy: boolean;
  error: string | Bilingual | null;
  notice: FormNotice | null;
  toggle(key: string, on: boolean): Promise<void>;
  save(): Promise<void>;
  forget(): Promise<void>;
  openFile(file: File): Promise<void>;
  download(): Promise<void>;
}

function readSaved(text: string | null): FormDefinition | null {
  if (!text) return null;
  try {
    return parseFormFile(text);
  } catch {
    return null; // a saved form that no longer reads: the check chooses, as if none were saved
  }
}

/** A text file's content: Blob.text where there is one, FileReader elsewhere (older Office web views, jsdom). */
function fileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsText(file, "utf-8");
  });
}

function slug(s: string): string {
  return (
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/gi, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "bieu"
  );
}

export function useFormChoice(host: WorkbookHost, check: AppendixCheck): FormChoice {
  const [saved, setSaved] = useState<FormDefinition | null>(null);
  const [off, setOff] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | Bilingual | null>(null);
  const [notice, setNotice] = useState<FormNotice | null>(null);
  const state = useRef({ saved: null as FormDefinition | null, off: [] as string[] });
  const { setCheckOptions } = check;

  const apply = useCallback(
    async (next: { saved: FormDefinition | null; off: string[] }) => {
      state.current = next;
      setSaved(next.saved);
      setOff(next.off);
      await setCheckOptions({ form: next.saved ?? undefined, disabledRelations: next.off });
    },
    [setCheckOptions],
  );

  // What the workbook keeps: used from the first check on (and the check already made is made again).
  useEffect(() => {
    let cancelled = false;
    Promise.all([host.loadSetting(SAVED_FORM_SETTING), host.loadSetting(RELATIONS_OFF_SETTING)])
      .then(([form, offJson]) => {
        const next = { saved: readSaved(form), off: parseRelationsOff(offJson) };
        if (!cancelled && (next.saved || next.off.length > 0)) return apply(next);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host, apply]);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof FormFileError ? e.text : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const toggle = useCallback(
    (key: string, on: boolean) =>
      run(async () => {
        const current = state.current.off.filter((k) => k !== key);
        const next = on ? current : [...current, key];
        await host.saveSetting(RELATIONS_OFF_SETTING, JSON.stringify(next));
        await apply({ ...state.current, off: next });
      }),
    [host, apply, run],
  );

  const result = check.result;
  const used = result?.status === "checked" ? result.used : null;

  const save = useCallback(
    () =>
      run(async () => {
        if (!used) return;
        await host.saveSetting(SAVED_FORM_SETTING, formFileText(used.form));
        await apply({ ...state.current, saved: used.form });
        setNotice("saved");
      }),
    [host, apply, run, used],
  );

  const forget = useCallback(
    () =>
      run(async () => {
        await host.saveSetting(SAVED_FORM_SETTING, "");
        await apply({ ...state.current, saved: null });
        setNotice("forgotten");
      }),
    [host, apply, run],
  );

  const openFile = useCallback(
    (file: File) =>
      run(async () => {
        const text = await fileText(file);
        let form: FormDefinition;
        try {
          form = parseFormFile(text);
        } catch (e) {
          // Nothing was saved: the form in use stays. Say which file, what is wrong, and that.
          if (!(e instanceof FormFileError)) throw e;
          throw new FormFileError({
            vi: `Không dùng được tệp biểu “${file.name}”. ${e.text.vi}. Biểu đang dùng không thay đổi; hãy xin lại tệp biểu từ nơi gửi.`,
            en: `The form file “${file.name}” cannot be used. ${e.text.en}. The form in use is unchanged; ask the sender for the file again.`,
          });
        }
        await host.saveSetting(SAVED_FORM_SETTING, formFileText(form));
        await host.saveSetting(RELATIONS_OFF_SETTING, "[]");
        await apply({ saved: form, off: [] });
        setNotice({ opened: file.name });
      }),
    [host, apply, run],
  );

  const download = useCallback(
    () =>
      run(async () => {
        const form = state.current.saved ?? used?.form;
        if (!form) return;
        // The file holds the form as the office uses it: without the relations turned off.
        const text = formFileText(withoutRelations(form, state.current.off));
        const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        const delivery = await host.deliverFile({
          name: `${slug(form.title)}-${form.year}.json`,
          mimeType: "application/json",
          bytes: new TextEncoder().encode(text),
          html: `<pre>${escaped}</pre>`,
          text,
        });
        if (delivery.way === null) throw new Error(delivery.error ?? "—");
        setNotice("delivered");
      }),
    [host, run, used],
  );

  const insertForm = useMemo(() => saved ?? currentForm(), [saved]);

  return useMemo(
    () => ({ saved, off, used, insertForm, busy, error, notice, toggle, save, forget, openFile, download }),
    [saved, off, used, insertForm, busy, error, notice, toggle, save, forget, openFile, download],
  );
}
