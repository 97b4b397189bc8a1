/**
 * "Kiểm tra phụ lục": the check button, the live switch, the counts as filters, the undo bar, then what needs action
 * (errors, then warnings; the table's and the narrative's together) and, collapsed, the numbers typed as text.
 */
import { useEffect, useRef, useState } from "react";
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
import type { CheckResult } from "../../core/check";
import type { Severity } from "../../core/findings";
import type { FindingCard } from "../../core/present";
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";
import type { Fixes, UndoStep } from "../useFixes";
import type { FormChoice } from "../useFormChoice";
import { relationByKey, relationText } from "../relationText";
import { AppendixChoice } from "./AppendixChoice";
import { CheckNotes } from "./CheckNotes";
import { Counts } from "./Counts";
import { FindingList } from "./FindingList";
import { Legend } from "./Legend";
import { TextNumbers } from "./TextNumbers";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
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
  undoMore: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The rows that hold a figure (chỉ tiêu), as the form section counts them: headings are not indicators. */
function indicatorCount(result: Extract<CheckResult, { status: "checked" }>): number {
  // (A result made by hand, as in tests, may lack the appendix: then every located row counts.)
  if (!result.appendix?.rows) return result.rows.length;
  let n = 0;
  for (const row of result.appendix.rows.values()) if (row.formRow.kind !== "heading") n++;
  return n;
}

/** A relation the officer turned off from a finding's card: named, with the way back. */
interface TurnedOff {
  key: string;
  text: string;
}

export function CheckPanel({ check, fixes, forms }: { check: AppendixCheck; fixes: Fixes; forms?: FormChoice }) {
  const { t, lang } = useLang();
  const s = useStyles();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [filter, setFilter] = useState<Severity | null>(null);
  const [numbersOpen, setNumbersOpen] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  const [turnedOff, setTurnedOff] = useState<TurnedOff | null>(null);
  const backOnRef = useRef<HTMLButtonElement>(null);
  const focusBackOn = useRef(false);
  const { result, view } = check;
  const last: UndoStep | undefined = fixes.steps[fixes.steps.length - 1];

  // After "Sửa" the card (and its button) goes: focus moves to "Hoàn tác", the way back.
  useEffect(() => {
    if (focusUndo.current && undoRef.current) {
      focusUndo.current = false;
      undoRef.current.focus({ preventScroll: true });
    }
  }, [fixes.steps.length]);

  const onSelect = (card: FindingCard) => {
    setSelectedKey(card.key);
    void check.select(card.finding);
  };
  const onFix = (card: FindingCard) => {
    if (!card.finding.fix) return;
    focusUndo.current = true;
    void fixes.applyFix(card.finding.fix);
  };
  // The card of a relation turned off goes: focus moves to "Bật lại", the way back, once it is shown.
  useEffect(() => {
    if (focusBackOn.current && backOnRef.current) {
      backOnRef.current.focus({ preventScroll: true });
      // (a button cannot take the focus while it is being rendered disabled: tried again on the next render)
      if (document.activeElement === backOnRef.current) focusBackOn.current = false;
    }
  });
  const onTurnOff = (card: FindingCard) => {
    const key = card.finding.inferred?.relation;
    if (!forms || !key) return;
    const form = forms.used?.form;
    const relation = relationByKey(form, key);
    setTurnedOff({ key, text: relation && form ? relationText(relation, form, t, lang) : key });
    focusBackOn.current = true;
    void forms.toggle(key, false);
  };
  const onTurnBackOn = () => {
    if (!forms || !turnedOff || forms.busy) return;
    void forms.toggle(turnedOff.key, true);
    setTurnedOff(null);
  };
  const onConvert = () => {
    focusUndo.current = true;
    void fixes.applyNumbers([...view.textNumbers.fixes, ...view.textNumbers.inCards]);
  };
  const onFilter = (severity: Severity | null) => {
    setFilter(severity);
    if (severity === "info") setNumbersOpen(true);
  };

  const cards = view.cards.filter((c) => filter === null || c.severity === filter);
  const showNumbers = view.textNumbers.findings.length > 0 && (filter === null || filter === "info");
  const anything = view.cards.length > 0 || view.textNumbers.findings.length > 0;
  const undoText = last
    ? last.kind === "fix" && last.display && last.row
      ? t.fixed(last.display[lang], last.row[lang])
      : t.converted(last.cells.length)
    : "";
  const error = check.error ?? fixes.error;

  return (
    <div className={s.panel}>
      <p className={s.hint}>{t.checkHint}</p>
      <Switch
        checked={check.live}
        onChange={(_, data) => check.setLive(data.checked)}
        label={t.liveSwitch}
        title={t.liveHint}
      />
      {/* Stays in view while the officer scrolls the findings: the buttons, the counts and the undo bar. */}
      <div className={s.sticky}>
        <div className={s.toolbar}>
          <Button appearance="primary" onClick={() => void check.check()}>
            {t.checkButton}
          </Button>
          <Button onClick={() => void check.clearHighlights()} disabled={!check.highlighted}>
            {t.clearButton}
          </Button>
          {(check.busy || fixes.busy) && <Spinner size="extra-tiny" label={t.checking} />}
        </div>
        {result && (result.status === "checked" || anything) && (
          <Counts counts={view.counts} filter={filter} onFilter={onFilter} />
        )}
        {last && (
          <MessageBar intent="success">
            <MessageBarBody>
              {undoText}
              {fixes.steps.length > 1 && <span className={s.undoMore}>{t.undoMore(fixes.steps.length - 1)}</span>}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" ref={undoRef} onClick={() => void fixes.undo()}>
                {t.undoButton}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {turnedOff && forms?.off.includes(turnedOff.key) && (
          <MessageBar intent="info">
            <MessageBarBody>{t.turnedOff(turnedOff.text)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" ref={backOnRef} onClick={onTurnBackOn}>
                {t.turnBackOn}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "no-appendix" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.noAppendix}</MessageBarTitle>
            {/* (the check's own message says the same as the title, with the district form's column names only) */}
            {t.noAppendixHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "checked" && (
        <p className={s.status} role="status">
          {t.checkedSheet(result.sheetName, indicatorCount(result))}
        </p>
      )}
      <AppendixChoice check={check} />
      <CheckNotes check={check} extra={fixes.refusal} />
      {result?.status === "checked" && !anything && (
        <MessageBar intent="success">
          <MessageBarBody>{t.noFindings}</MessageBarBody>
        </MessageBar>
      )}
      {cards.length > 0 && (
        <FindingList
          cards={cards}
          selectedKey={selectedKey}
          onSelect={onSelect}
          onFix={onFix}
          onTurnOff={forms ? onTurnOff : undefined}
        />
      )}
      {showNumbers && (
        <TextNumbers
          numbers={view.textNumbers}
          open={numbersOpen}
          onToggle={setNumbersOpen}
          onConvert={onConvert}
          onSelect={(cell) => void check.select({ ...view.textNumbers.findings[0], cells: [cell] })}
          busy={fixes.busy}
        />
      )}
      {anything && <Legend />}
    </div>
  );
}
