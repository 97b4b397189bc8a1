/** "Kiểm tra phụ lục": the check button, the live switch, the summary, the legend and the findings. */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { countBySeverity, findingKey, type SectionTitle } from "../findingsView";
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";
import { AppendixChoice } from "./AppendixChoice";
import { CheckNotes } from "./CheckNotes";
import { Counts } from "./Counts";
import { FindingList } from "./FindingList";
import { Legend } from "./Legend";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "10px" },
  toolbar: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "6px 0",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

export function CheckPanel({ check, sections }: { check: AppendixCheck; sections: SectionTitle[] }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const { result, findings } = check;

  const onSelect = (f: Finding) => {
    setSelectedKey(findingKey(f));
    void check.select(f);
  };
  const onFix = (f: Finding) => void check.applyFix(f);

  return (
    <div className={s.panel}>
      <p className={s.hint}>{t.checkHint}</p>
      <Switch
        checked={check.live}
        onChange={(_, data) => check.setLive(data.checked)}
        label={t.liveSwitch}
        title={t.liveHint}
      />
      {/* Stays in view while the officer scrolls the findings: the buttons, the counts and the last fix's undo. */}
      <div className={s.sticky}>
        <div className={s.toolbar}>
          <Button appearance="primary" onClick={() => void check.check()}>
            {t.checkButton}
          </Button>
          <Button onClick={() => void check.clearHighlights()} disabled={!check.highlighted}>
            {t.clearButton}
          </Button>
          {check.busy && <Spinner size="extra-tiny" label={t.checking} />}
        </div>
        {result && (result.status === "checked" || findings.length > 0) && (
          <Counts counts={countBySeverity(findings)} />
        )}
        {check.lastFix && (
          <MessageBar intent="success">
            <MessageBarBody>{t.fixed(check.lastFix.code, check.lastFix.display[lang])}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => void check.undoFix()}>
                {t.undoButton}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {check.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {check.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "no-appendix" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.noAppendix}</MessageBarTitle>
            {result.message[lang] ? `${result.message[lang]} ` : ""}
            {t.noAppendixHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "checked" && (
        <p className={s.status} role="status">
          {t.checkedSheet(result.sheetName, result.rows.length)}
        </p>
      )}
      <AppendixChoice check={check} />
      <CheckNotes check={check} />
      {result?.status === "checked" && findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t.noFindings}</MessageBarBody>
        </MessageBar>
      )}
      {findings.length > 0 && (
        <>
          <Legend />
          <FindingList
            findings={findings}
            sections={sections}
            selectedKey={selectedKey}
            onSelect={onSelect}
            onFix={onFix}
          />
        </>
      )}
    </div>
  );
}
