/**
 * "Xuất Word" as state and actions: read the workbook, check the table (its errors are shown first, with "go back"
 * and "export anyway"), build the report model, render the .docx (the docx library comes on demand, in its own
 * chunk), hand it to the officer through the host, and keep what the officer must be told (figures left as written,
 * rows with errors the report quotes). Never touches Office.js.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { CheckOptions } from "../core/check";
import type { Appendix } from "../core/appendix";
import type { Bilingual, Finding } from "../core/findings";
import type { NarrativeDocument } from "../core/narrative/document";
import type { ReportSource } from "../core/report/build";
import { rowName, rowsName } from "../core/rowName";
import { reportFileName, type ReportDetails } from "../core/report/details";
import type { LinkedFigure, UnlinkedFigure } from "../core/report/model";
import type { Delivery, DeliveryWay, OutgoingFile, WorkbookHost } from "../host/types";
import { checkOnDemand } from "./checkOnDemand";
import { loadFormInference } from "./useAppendixCheck";

const NO_OPTIONS: CheckOptions = {};

export type ExportStep = "idle" | "checking" | "confirm" | "building" | "delivering" | "done" | "error";

export interface ExportOutcome {
  file: OutgoingFile;
  delivery: Delivery;
  figures: LinkedFigure[];
  unlinked: UnlinkedFigure[];
  flagged: string[];
  /** A row as the officer sees it on the form ("dòng 7.2.4", "dòng “Số TTHC …” (mục 7.2.5)"), never its code. */
  rowName(code: string): Bilingual;
  /** Several rows so named. */
  rowsName(codes: string[]): Bilingual;
  /** The table's errors the officer chose to export with. */
  errors: Finding[];
}

export interface ExportRequest {
  details: ReportDetails;
  source: ReportSource;
  draft: NarrativeDocument | null;
}

export interface ExportState {
  step: ExportStep;
  /** The table's errors found before exporting (step "confirm"). */
  errors: Finding[];
  outcome: ExportOutcome | null;
  /** What went wrong (step "error"): a message for the officer. */
  problem: { kind: "no-appendix" } | { kind: "failed"; message: string } | null;
  start(request: ExportRequest): Promise<void>;
  /** Export although the table has errors. */
  proceed(): Promise<void>;
  /** Back to the table: nothing is written. */
  cancel(): void;
  /** Hand the last file over again, a given way (a click: the clipboard needs one). */
  deliverAgain(way: DeliveryWay): Promise<void>;
}

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** options: the form the check uses (the one saved in the workbook, the relations turned off), so both agree. */
export function useExport(host: WorkbookHost, options: CheckOptions = NO_OPTIONS): ExportState {
  const [step, setStep] = useState<ExportStep>("idle");
  const [errors, setErrors] = useState<Finding[]>([]);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [problem, setProblem] = useState<ExportState["problem"]>(null);
  const pending = useRef<{ request: ExportRequest; appendix: Appendix; findings: Finding[] } | null>(null);

  const fail = (e: unknown) => {
    setProblem({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    setStep("error");
  };

  const build = useCallback(
    async (request: ExportRequest, appendix: Appendix, findings: Finding[]) => {
      setStep("building");
      const [{ buildReport }, { renderReport }] = await Promise.all([
        import(/* webpackChunkName: "report-docx" */ "../core/report/build"),
        import(/* webpackChunkName: "report-docx" */ "../io/reportFiles"),
      ]);
      const model = buildReport({
        appendix,
        details: request.details,
        draft: request.draft,
        source: request.source,
        findings,
      });
      const rendered = await renderReport(model);
      const file: OutgoingFile = {
        name: reportFileName(model.details),
        mimeType: DOCX_MIME,
        bytes: rendered.bytes,
        html: rendered.html,
        text: rendered.text,
      };
      setStep("delivering");
      const delivery = await host.deliverFile(file);
      setOutcome({
        file,
        delivery,
        figures: model.figures,
        unlinked: model.unlinked,
        flagged: model.flagged,
        rowName: (code) => rowName(appendix.form, code),
        rowsName: (codes) => rowsName(appendix.form, codes),
        errors: findings.filter((f) => f.severity === "error"),
      });
      setStep("done");
    },
    [host],
  );

  const start = useCallback(
    async (request: ExportRequest) => {
      setProblem(null);
      setOutcome(null);
      setErrors([]);
      setStep("checking");
      try {
        const result = await checkOnDemand(await host.readWorkbook(), options, loadFormInference);
        if (result.status !== "checked") {
          setProblem({ kind: "no-appendix" });
          setStep("error");
          return;
        }
        const tableErrors = result.findings.filter((f) => f.severity === "error");
        if (tableErrors.length > 0) {
          pending.current = { request, appendix: result.appendix, findings: result.findings };
          setErrors(tableErrors);
          setStep("confirm");
          return;
        }
        await build(request, result.appendix, result.findings);
      } catch (e) {
        fail(e);
      }
    },
    [host, build, options],
  );

  const proceed = useCallback(async () => {
    const p = pending.current;
    pending.current = null;
    if (!p) return;
    try {
      await build(p.request, p.appendix, p.findings);
    } catch (e) {
      fail(e);
    }
  }, [build]);

  const cancel = useCallback(() => {
    pending.current = null;
    setStep("idle");
  }, []);

  const deliverAgain = useCallback(
    async (way: DeliveryWay) => {
      if (!outcome) return;
      const delivery = await host.deliverFile(outcome.file, [way]).catch((e: unknown): Delivery => ({
        way: null,
        alternatives: [],
        error: e instanceof Error ? e.message : String(e),
      }));
      setOutcome({ ...outcome, delivery });
    },
    [host, outcome],
  );

  return useMemo(
    () => ({ step, errors, outcome, problem, start, proceed, cancel, deliverAgain }),
    [step, errors, outcome, problem, start, proceed, cancel, deliverAgain],
  );
}
