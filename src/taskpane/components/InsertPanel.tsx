/** "Chèn biểu phụ lục": the report's details, kept in the workbook, then the appendix in a new sheet. */
import { useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FormDefinition } from "../../core/form/schema";
import type { WorkbookHost } from "../../host/types";
import { buildAppendixTemplate } from "../../core/template/appendixTemplate";
import { useLang } from "../lang";
import { toReportDetails, useReportDetails, type DetailsForm } from "../useReportDetails";

const useStyles = makeStyles({
  form: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: "8px" },
  input: { width: "100%", minWidth: 0 },
  wide: { gridColumn: "1 / -1" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: "8px", alignItems: "center" },
});

export function InsertPanel({ host, form }: { host: WorkbookHost; form: FormDefinition }) {
  const { t } = useLang();
  const s = useStyles();
  const { details, update, save } = useReportDetails(host);
  const [busy, setBusy] = useState(false);
  const [inserted, setInserted] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The details could not be saved in the workbook (the insert goes on; the officer is told). */
  const [saveError, setSaveError] = useState<string | null>(null);
  const keep = (d: typeof details) =>
    save(d).then(
      () => setSaveError(null),
      (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)),
    );

  const onInsert = async () => {
    setBusy(true);
    setError(null);
    setInserted(null);
    try {
      await keep(details);
      const name = await host.insertSheet(buildAppendixTemplate(form, toReportDetails(details)));
      setInserted(name);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    key: keyof DetailsForm,
    label: string,
    opts: { wide?: boolean; placeholder?: string; type?: "text" | "date" | "number" } = {},
  ) => (
    <Field label={label} className={opts.wide ? s.wide : undefined}>
      <Input
        className={s.input}
        value={details[key]}
        type={opts.type ?? "text"}
        placeholder={opts.placeholder}
        onChange={(_, data) => update(key, data.value)}
        onBlur={() => void keep(details)}
      />
    </Field>
  );

  return (
    <>
      <p className={s.hint}>{t.insertHint}</p>
      <div className={s.form}>
        {field("unit", t.detailUnit, { wide: true, placeholder: t.unitPlaceholder })}
        {field("period", t.detailPeriod, { placeholder: t.periodPlaceholder })}
        {field("year", t.detailYear, { type: "number" })}
        {field("number", t.detailNumber)}
        {field("date", t.detailDate, { type: "date" })}
        {field("signer", t.detailSigner)}
        {field("signerTitle", t.detailSignerTitle, { placeholder: t.signerTitlePlaceholder })}
      </div>
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void onInsert()} disabled={busy}>
          {t.insertButton}
        </Button>
        {busy && <Spinner size="extra-tiny" label={t.inserting} />}
      </div>
      {inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{t.inserted(inserted)}</MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.detailsSaveFailed(saveError)}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
