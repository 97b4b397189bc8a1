/**
 * "Xuất Word": the report in the official layout, generated from the sheet or from the officer's draft, its figures
 * linked to their rows. The table is checked first (its errors shown, with "go back" and "export anyway"), the
 * progress is shown, the file is handed over the platform's way (with the others offered), and the figures that
 * could not be tied to a row are listed.
 */
import { useEffect, useId, useState, type ChangeEvent } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Bilingual } from "../../core/findings";
import type { NarrativeDocument } from "../../core/narrative/document";
import { findingLine } from "../../core/present";
import type { ReportSource } from "../../core/report/build";
import type { UnlinkedFigure } from "../../core/report/model";
import type { DeliveryWay, WorkbookHost } from "../../host/types";
import { fileBytes } from "../fileBytes";
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";
import { useExport } from "../useExport";
import { NARRATIVE_SETTING, parseSavedNarrative, unreadable } from "../useNarrative";
import type { ReportDetailsState } from "../useReportDetails";
import { dateProblem } from "../useReportDetails";
import { DetailsFields, EXPORT_FIELDS } from "./DetailsFields";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  file: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  list: { margin: "4px 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  item: { marginBottom: "4px" },
  why: { color: tokens.colorNeutralForeground3 },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase300 },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

interface Draft {
  name: string;
  doc: NarrativeDocument;
}

export function ExportPanel({
  host,
  check,
  details,
}: {
  host: WorkbookHost;
  check: AppendixCheck;
  details: ReportDetailsState;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const exp = useExport(host, check.checkOptions);
  const fileId = useId();
  const [source, setSource] = useState<ReportSource>("sheet");
  const [chosen, setChosen] = useState<Draft | null>(null);
  const [kept, setKept] = useState<Draft | null>(null);
  const [readError, setReadError] = useState<Bilingual | null>(null);

  // The narrative kept in the workbook (the "Đối chiếu thuyết minh" section) is the draft unless a file is chosen here.
  useEffect(() => {
    let cancelled = false;
    host
      .loadSetting(NARRATIVE_SETTING)
      .then((json) => {
        const saved = parseSavedNarrative(json);
        if (!cancelled) setKept(saved ? { name: saved.source.name, doc: saved.doc } : null);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host, check.checkCount]);

  const draft = chosen ?? kept;
  /** The form of the pane's last check (the export checks with the same options), to name the rows of its errors. */
  const checkedForm = check.result?.status === "checked" ? (check.result.appendix?.form ?? null) : null;
  const busy = exp.step === "checking" || exp.step === "building" || exp.step === "delivering";

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setReadError(null);
    try {
      // The draft is read as the narrative is: a .docx, or text in any encoding; a PDF, an old .doc, a picture are
      // refused with what they are.
      const { readReportBytes, ReportFileError } = await import(/* webpackChunkName: "docx" */ "../../io/reportFile");
      const bytes = new Uint8Array(await fileBytes(file));
      try {
        setChosen({ name: file.name, doc: await readReportBytes(bytes, file.name) });
        setSource("draft");
      } catch (err) {
        setReadError(err instanceof ReportFileError ? err.text : unreadable(file.name, err));
      }
    } catch (err) {
      setReadError(unreadable(file.name, err));
    }
  };

  const onExport = async () => {
    await details.save().catch(() => undefined);
    await exp.start({
      details: details.report,
      source: source === "draft" && draft ? "draft" : "sheet",
      draft: draft?.doc ?? null,
    });
  };

  const goBack = () => {
    exp.cancel();
    document.getElementById("check")?.scrollIntoView?.({ behavior: "smooth", block: "start" });
    void check.check();
  };

  const progress =
    exp.step === "checking"
      ? t.exportChecking
      : exp.step === "building"
        ? t.exportBuilding
        : exp.step === "delivering"
          ? t.exportDelivering
          : null;

  return (
    <>
      <p className={s.hint}>{t.exportHint}</p>

      <RadioGroup
        aria-label={t.exportSource}
        value={source === "draft" && draft ? "draft" : "sheet"}
        onChange={(_, data) => setSource(data.value as ReportSource)}
      >
        <Radio value="sheet" label={t.exportFromSheet} />
        <Radio value="draft" label={t.exportFromDraft} disabled={!draft} />
      </RadioGroup>
      <div className={s.row}>
        <input
          id={fileId}
          className={s.file}
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(e) => void onFile(e)}
        />
        <Button size="small" onClick={() => document.getElementById(fileId)?.click()}>
          {t.exportChooseDraft}
        </Button>
        <span className={s.hint}>{draft ? t.exportDraftName(draft.name) : t.exportDraftNone}</span>
      </div>
      {readError && (
        <MessageBar intent="error">
          <MessageBarBody>{readError[lang]}</MessageBarBody>
        </MessageBar>
      )}

      <Accordion collapsible defaultOpenItems={[]}>
        <AccordionItem value="details">
          <AccordionHeader size="small">{t.exportDetails}</AccordionHeader>
          <AccordionPanel>
            <DetailsFields state={details} fields={EXPORT_FIELDS} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={s.row}>
        <Button appearance="primary" onClick={() => void onExport()} disabled={busy || dateProblem(details.details)}>
          {t.exportButton}
        </Button>
        {progress && <Spinner size="extra-tiny" label={progress} />}
      </div>

      {exp.step === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.exportErrorsTitle(exp.errors.length)}</MessageBarTitle>
            {t.exportErrorsBody}
            <ul className={s.list}>
              {exp.errors.slice(0, 6).map((f, i) => (
                <li key={i} className={s.item}>
                  {(checkedForm ? findingLine(f, checkedForm) : f.message)[lang]}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={goBack}>{t.exportGoBack}</Button>
            <Button appearance="primary" onClick={() => void exp.proceed()}>
              {t.exportAnyway}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {exp.step === "error" && exp.problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.exportFailed}</MessageBarTitle>
            {exp.problem.kind === "no-appendix" ? `${t.noAppendix} ${t.noAppendixHint}` : exp.problem.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {exp.step === "done" && exp.outcome && <Outcome outcome={exp.outcome} onWay={(w) => void exp.deliverAgain(w)} />}

      <p className={s.hint}>{t.exportPlatforms}</p>
    </>
  );
}

function Outcome({
  outcome,
  onWay,
}: {
  outcome: NonNullable<ReturnType<typeof useExport>["outcome"]>;
  onWay: (way: DeliveryWay) => void;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const { delivery, file } = outcome;
  const delivered =
    delivery.way === "download"
      ? t.deliveredDownload(file.name)
      : delivery.way === "browser"
        ? t.deliveredBrowser(file.name)
        : delivery.way === "clipboard"
          ? t.deliveredClipboard
          : t.deliveryFailed(delivery.error ?? "");
  const label: Record<DeliveryWay, string> = {
    download: t.wayDownload,
    browser: t.wayBrowser,
    clipboard: t.wayClipboard,
  };
  const ways = delivery.way ? [delivery.way, ...delivery.alternatives] : delivery.alternatives;
  return (
    <>
      <MessageBar intent={delivery.way ? "success" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.exportDone(outcome.figures.length)}</MessageBarTitle>
          <span role="status">{delivered}</span>
        </MessageBarBody>
      </MessageBar>
      <div className={s.row}>
        {[...new Set(ways)].map((w) => (
          <Button key={w} size="small" onClick={() => onWay(w)}>
            {label[w]}
          </Button>
        ))}
      </div>
      {outcome.flagged.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.exportFlagged(outcome.rowsName(outcome.flagged)[lang])}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.unlinked.length > 0 && (
        <details>
          <summary className={s.summary}>{t.exportUnlinked(outcome.unlinked.length)}</summary>
          <ul className={s.list} aria-label={t.exportUnlinked(outcome.unlinked.length)}>
            {outcome.unlinked.map((u, i) => (
              <UnlinkedItem key={i} figure={u} row={u.code ? outcome.rowName(u.code)[lang] : ""} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** row: the figure's row as the officer sees it ("dòng 7.2.4"), for the figures whose row is known. */
function UnlinkedItem({ figure: u, row }: { figure: UnlinkedFigure; row: string }) {
  const { t } = useLang();
  const s = useStyles();
  const why =
    u.reason === "no-row"
      ? t.unlinkedNoRow
      : u.reason === "empty-row"
        ? t.unlinkedEmptyRow(row)
        : t.unlinkedChanged(row);
  const before = u.quote.slice(Math.max(0, u.span.start - 80), u.span.start);
  const after = u.quote.slice(u.span.end, u.span.end + 80);
  return (
    <li className={s.item}>
      {u.span.start > 80 ? "…" : ""}
      {before}
      <mark>{u.text}</mark>
      {after}
      {u.span.end + 80 < u.quote.length ? "…" : ""} <span className={s.why}>({why})</span>
    </li>
  );
}
