/** "Đối chiếu thuyết minh": open the report (.docx) or paste its text; its findings join the list above. */
import { useId, useState, type ChangeEvent } from "react";
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
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";
import { useNarrative } from "../useNarrative";
import type { WorkbookHost } from "../../host/types";
import { NarrativeStorage } from "./NarrativeStorage";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  file: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

export function NarrativePanel({ host, check }: { host: WorkbookHost; check: AppendixCheck }) {
  const { t } = useLang();
  const s = useStyles();
  const narrative = useNarrative(host, check);
  const [text, setText] = useState("");
  const fileId = useId();

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
          id={fileId}
          className={s.file}
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={onFile}
        />
        <Button onClick={() => document.getElementById(fileId)?.click()}>{t.narrativeOpen}</Button>
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
          {check.result && !check.busy ? t.narrativeResult(check.extraCount) : ""}
        </p>
      )}
      <NarrativeStorage stored={narrative.source !== null} storageError={narrative.storageError} />
      {narrative.error && (
        <MessageBar intent="error">
          <MessageBarBody>{narrative.error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
