/**
 * "Biểu dùng để kiểm tra": which form the check used (a known form, the form read from the sheet, or the one saved in
 * the workbook) and what it holds; the relations inferred from the labels, each with its evidence and confidence,
 * that the officer can turn off; save the form in the workbook, forget it, download it as a form file, or open
 * another office's form file.
 */
import { useId, type ChangeEvent } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import { formContents, formName } from "../../core/form/describe";
import { relationKey } from "../../core/form/relations";
import type { Messages } from "../i18n";
import { useLang } from "../lang";
import { relationText } from "../relationText";
import type { FormChoice, FormNotice } from "../useFormChoice";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  used: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  contents: { margin: 0, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  file: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  list: { display: "flex", flexDirection: "column", gap: "6px", margin: 0, padding: 0, listStyle: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  evidence: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  level: { margin: 0, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  details: { display: "flex", flexDirection: "column", gap: "6px" },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

function noticeText(n: FormNotice, t: Messages): string {
  if (n === "saved") return t.formSaved;
  if (n === "forgotten") return t.formForgotten;
  if (n === "delivered") return t.formDelivered;
  return t.formOpened(n.opened);
}

function errorText(e: FormChoice["error"], lang: Lang): string {
  return e === null ? "" : typeof e === "string" ? e : e[lang];
}

export function FormPanel({ forms }: { forms: FormChoice }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const fileId = useId();
  const used = forms.used;
  const inferred = used ? used.form.relations.filter((r) => r.inferred) : [];

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void forms.openFile(file);
  };

  return (
    <div className={s.panel}>
      <p className={s.hint}>{t.formHint}</p>
      {used ? (
        <>
          <div className={s.row}>
            <p className={s.used} role="status">
              {t.formUsed(formName(used.form)[lang])}
            </p>
            <Badge appearance="tint" color={used.source === "known" ? "informative" : "brand"}>
              {t.formSource[used.source]}
            </Badge>
          </div>
          <p className={s.contents}>{formContents(used.form)[lang]}</p>
          {used.source === "given" && forms.saved && <p className={s.hint}>{t.formSavedNote}</p>}
        </>
      ) : (
        <p className={s.hint}>{t.formNone}</p>
      )}
      {inferred.length > 0 && (
        <details className={s.details} open>
          <summary className={s.summary}>{t.formInferredTitle(inferred.length)}</summary>
          <p className={s.hint}>{t.formInferredHint}</p>
          <ul className={s.list}>
            {inferred.map((r) => {
              const key = relationKey(r);
              const on = !forms.off.includes(key);
              const text = relationText(r, used!.form, t, lang);
              return (
                <li key={key} className={s.item}>
                  <Switch
                    checked={on}
                    disabled={forms.busy}
                    onChange={(_, d) => void forms.toggle(key, d.checked)}
                    label={on ? text : `${text} (${t.formRelationOff})`}
                  />
                  <p className={s.evidence}>{t.formEvidence(r.inferred!.evidence)}</p>
                  <p className={s.level}>
                    {t.formRelationLevel(r.severity === "error", Math.round(r.inferred!.confidence * 100))}
                  </p>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <div className={s.row}>
        {forms.saved ? (
          <Button onClick={() => void forms.forget()} disabled={forms.busy}>
            {t.formForget}
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => void forms.save()} disabled={forms.busy || !used}>
            {t.formSave}
          </Button>
        )}
        <Button onClick={() => void forms.download()} disabled={forms.busy || !(forms.saved || used)}>
          {t.formDownload}
        </Button>
        <input
          id={fileId}
          className={s.file}
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept=".json,application/json"
          onChange={onFile}
        />
        <Button
          onClick={() => document.getElementById(fileId)?.click()}
          disabled={forms.busy}
          aria-label={t.formOpenLabel}
        >
          {t.formOpen}
        </Button>
        {forms.busy && <Spinner size="extra-tiny" />}
      </div>
      <p className={s.hint}>{t.formShareHint}</p>
      {forms.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{noticeText(forms.notice, t)}</MessageBarBody>
        </MessageBar>
      )}
      {forms.error && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(forms.error, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
