/**
 * The task pane: insert the appendix, check it (with highlights, fixes and live re-checks), compare the narrative,
 * export. Everything workbook-related goes through the WorkbookHost it is given (Office.js in Excel, the in-memory
 * workbook in the browser preview and in tests).
 *
 * What the first screen shows (the check, the narrative) comes with the page; the sections below it (the form, the
 * insert step, the export) come in a chunk of their own, requested as the pane first renders: the pane shows and
 * checks without waiting for them (components/OnDemand.tsx). Their state (the form choice, the report details) lives here, with the page.
 */
import { lazy, useEffect, useRef, type ReactNode, type Ref, type RefObject } from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../host/types";
import { CheckPanel } from "./components/CheckPanel";
import { OnDemand } from "./components/OnDemand";
import { NarrativePanel } from "./components/NarrativePanel";
import { paneLanguage } from "./i18n";
import { LangProvider, useLang } from "./lang";
import { useAppendixCheck } from "./useAppendixCheck";
import { useFixes } from "./useFixes";
import { useFormChoice } from "./useFormChoice";
import { useReportDetails } from "./useReportDetails";

export type PaneAction = "check" | "export";

const FormPanel = lazy(() =>
  import(/* webpackChunkName: "panels" */ "./components/FormPanel").then((m) => ({ default: m.FormPanel })),
);
const InsertPanel = lazy(() =>
  import(/* webpackChunkName: "panels" */ "./components/InsertPanel").then((m) => ({ default: m.InsertPanel })),
);
const ExportPanel = lazy(() =>
  import(/* webpackChunkName: "panels" */ "./components/ExportPanel").then((m) => ({ default: m.ExportPanel })),
);

export interface AppProps {
  host: WorkbookHost;
  /** What the ribbon button that opened the pane asked for (?action=check|export). */
  action?: PaneAction | null;
}

const useStyles = makeStyles({
  root: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "12px",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function App({ host, action = null }: AppProps) {
  const lang = paneLanguage(host.displayLanguage());
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangProvider lang={lang}>
        <Pane host={host} action={action} />
      </LangProvider>
    </FluentProvider>
  );
}

function Pane({ host, action }: { host: WorkbookHost; action: PaneAction | null }) {
  const { t } = useLang();
  const s = useStyles();
  // The ribbon's "Kiểm tra" opens the pane with ?action=check: a check at once, even with "Kiểm tra tự động" off.
  const check = useAppendixCheck(host, { checkOnOpen: action === "check" });
  const fixes = useFixes(host, check);
  /** The report's details: one state for the insert step and the export. */
  const details = useReportDetails(host);
  /** The form checks use (the one saved in the workbook, the relations turned off) and the insert step inserts. */
  const forms = useFormChoice(host, check);
  const exportRef = useRef<HTMLElement>(null);

  return (
    <div className={s.root}>
      <main className={s.main}>
        <header className={s.header}>
          <h1 className={s.title}>{t.appTitle}</h1>
          <p className={s.subtitle}>{t.appSubtitle}</p>
        </header>
        <Section id="check" title={t.checkTitle}>
          <CheckPanel check={check} fixes={fixes} forms={forms} />
        </Section>
        <Section id="narrative" title={t.narrativeTitle}>
          <NarrativePanel host={host} check={check} />
        </Section>
        <Section id="form" title={t.formTitle}>
          <OnDemand>
            <FormPanel forms={forms} />
          </OnDemand>
        </Section>
        <Section id="insert" title={t.insertTitle}>
          <OnDemand>
            <InsertPanel host={host} form={forms.insertForm} checked={forms.used} details={details} />
          </OnDemand>
        </Section>
        <Section id="export" title={t.exportTitle} sectionRef={exportRef}>
          <OnDemand>
            <ExportPanel host={host} check={check} details={details} />
            {/* "Xuất Word" opens the pane with ?action=export: there once the section has its content. */}
            {action === "export" && <ScrollIntoView target={exportRef} />}
          </OnDemand>
        </Section>
      </main>
    </div>
  );
}

/** Scrolls the target to the top of the pane once, when mounted. */
function ScrollIntoView({ target }: { target: RefObject<HTMLElement | null> }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    target.current?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  }, [target]);
  return null;
}

function Section({
  id,
  title,
  children,
  sectionRef,
}: {
  id: string;
  title: string;
  children: ReactNode;
  sectionRef?: Ref<HTMLElement>;
}) {
  const s = useStyles();
  const headingId = `section-${id}`;
  return (
    <section id={id} className={s.section} aria-labelledby={headingId} ref={sectionRef}>
      <h2 id={headingId} className={s.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}
