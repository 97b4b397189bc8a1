/** "Chèn biểu phụ lục": the report's details, kept in the workbook, then the appendix in a new sheet. */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { UsedForm } from "../../core/check";
import { formName } from "../../core/form/describe";
import type { FormDefinition } from "../../core/form/schema";
import type { WorkbookHost } from "../../host/types";
import { buildAppendixTemplate } from "../../core/template/appendixTemplate";
import { useLang } from "../lang";
import type { ReportDetailsState } from "../useReportDetails";
import { DetailsFields, INSERT_FIELDS } from "./DetailsFields";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", gap: "8px", alignItems: "center" },
  which: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

export function InsertPanel({
  host,
  form,
  checked = null,
  details,
}: {
  host: WorkbookHost;
  /** The form whose table is inserted (the one saved in the workbook, else the built-in one). */
  form: FormDefinition;
  /** The form the last check used: when it was read from the sheet and is not the one inserted, say how to insert it. */
  checked?: UsedForm | null;
  details: ReportDetailsState;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [inserted, setInserted] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onInsert = async () => {
    setBusy(true);
    setError(null);
    setInserted(null);
    try {
      // A details save that fails is said under the fields (DetailsFields); the table is inserted all the same.
      await details.save().catch(() => undefined);
      const name = await host.insertSheet(buildAppendixTemplate(form, details.report));
      setInserted(name);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className={s.hint}>{t.insertHint}</p>
      <DetailsFields state={details} fields={INSERT_FIELDS} />
      <p className={s.which}>{t.insertWhich(formName(form)[lang])}</p>
      {checked?.source === "inferred" && checked.form !== form && <p className={s.hint}>{t.insertOwnForm}</p>}
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
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
