/**
 * "Đối chiếu thuyết minh": open the report (.docx) or paste its text; its findings join the list above. The headline
 * counts what needs action; the figures that match no row of the table are a collapsed list with their sentences.
 */
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { splitQuote } from "../findingsView";
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";
import { useNarrative } from "../useNarrative";
import type { WorkbookHost } from "../../host/types";
import { Disclosure } from "./Disclosure";
import { NarrativeStorage } from "./NarrativeStorage";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  // Not rendered at all (display: none): an invisible but laid-out input made the page scroll to it.
  file: { display: "none" },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "10px" },
  figure: {
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  quote: {
    margin: 0,
    padding: "2px 8px",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  mark: { backgroundColor: "#FFEB9C", fontWeight: tokens.fontWeightSemibold },
  unmatchedNote: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  // A file name without spaces must wrap inside the pane rather than run out of it.
  message: { overflowWrap: "anywhere", minWidth: 0 },
});

export function NarrativePanel({ host, check }: { host: WorkbookHost; check: AppendixCheck }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const narrative = useNarrative(host, check);
  const [text, setText] = useState("");
  const [unmatchedOpen, setUnmatchedOpen] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const { view } = check;
  // The box shows what is being compared: the pasted text (also restored with the workbook), nothing once a Word
  // file replaced it or the narrative was removed.
  const { source, pastedText } = narrative;
  useEffect(() => setText(pastedText ?? ""), [source, pastedText]);
  const disagreements = view.cards.filter((c) => c.source === "narrative").length;

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void narrative.openDocx(file);
  };

  return (
    <>
      <p className={s.hint}>{t.narrativeHint}</p>
      <div className={s.row}>
        <input
          ref={fileRef}
          className={s.file}
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={onFile}
        />
        <Button onClick={() => fileRef.current?.click()}>{t.narrativeOpen}</Button>
        {narrative.busy && <Spinner size="extra-tiny" label={t.narrativeReading} />}
      </div>
      <Field label={t.narrativePaste}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={4} resize="vertical" />
      </Field>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={text.trim() === ""}
          onClick={() => void narrative.compareText(text, t.narrativePastedName)}
        >
          {t.narrativeCheck}
        </Button>
        {narrative.source && <Button onClick={() => void narrative.clear()}>{t.narrativeClear}</Button>}
      </div>
      {narrative.source && (
        <p className={s.status} role="status">
          {t.narrativeLoaded(narrative.source.name)}{" "}
          {check.result && !check.busy ? t.narrativeResult(disagreements) : ""}
        </p>
      )}
      <NarrativeStorage stored={narrative.source !== null} storageError={narrative.storageError} />
      {narrative.source && view.unmatched.length > 0 && (
        <Disclosure
          id="unmatched"
          open={unmatchedOpen}
          onToggle={setUnmatchedOpen}
          title={t.unmatchedTitle(view.unmatched.length)}
        >
          <p className={s.hint}>{t.unmatchedHint}</p>
          <ul className={s.list}>
            {view.unmatched.map((f, i) => {
              const q = splitQuote(f);
              return (
                <li key={`${f.quote ?? ""}#${i}`} className={s.figure}>
                  {/* which figures of the sentence, and how many ("Chưa đối chiếu được 4 số liệu của câu này…") */}
                  <span className={s.unmatchedNote}>{f.message[lang]}</span>
                  {q && (
                    <blockquote className={s.quote}>
                      {q.before}
                      {q.mark && <mark className={s.mark}>{q.mark}</mark>}
                      {q.after}
                    </blockquote>
                  )}
                </li>
              );
            })}
          </ul>
        </Disclosure>
      )}
      {narrative.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={s.message}>{narrative.error[lang]}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
