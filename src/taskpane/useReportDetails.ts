/**
 * The report's details (unit, period, year, number, date, signer, and what the export prints besides: parent body,
 * place, summary, signing form, recipients) as the officer typed them, kept in the workbook's settings so they come
 * back the next time the pane opens on this file. One state for the whole pane: the insert step and the export
 * read and edit the same details.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReportDetails } from "../core/report/details";
import {
  DETAILS_SETTING,
  emptyDetails,
  parseDetails,
  toReportDetails,
  type DetailsForm,
} from "../core/report/savedDetails";
import type { WorkbookHost } from "../host/types";

// The stored form of the details lives in the core (the command line reads it from a saved workbook too).
export {
  DETAIL_FIELDS,
  DETAILS_SETTING,
  dateProblem,
  emptyDetails,
  parseDetails,
  toReportDetails,
  type DetailsForm,
} from "../core/report/savedDetails";

export interface ReportDetailsState {
  details: DetailsForm;
  update(key: keyof DetailsForm, value: string): void;
  save(d?: DetailsForm): Promise<void>;
  /** The details as the core reads them. */
  report: ReportDetails;
  /** Why the last save into the workbook failed, or null. */
  saveError: string | null;
}

export function useReportDetails(host: WorkbookHost): ReportDetailsState {
  const [details, setDetails] = useState<DetailsForm>(() => emptyDetails());
  const edited = useRef(false);
  const latest = useRef(details);
  latest.current = details;

  useEffect(() => {
    let cancelled = false;
    host
      .loadSetting(DETAILS_SETTING)
      .then((json) => {
        if (cancelled || edited.current || !json) return;
        setDetails((d) => parseDetails(json, d));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host]);

  const update = useCallback((key: keyof DetailsForm, value: string) => {
    edited.current = true;
    setDetails((d) => ({ ...d, [key]: value }));
  }, []);

  /** Why the last save into the workbook failed, or null (said under the fields; nothing else depends on it). */
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = useCallback(
    async (d?: DetailsForm) => {
      try {
        await host.saveSetting(DETAILS_SETTING, JSON.stringify(d ?? latest.current));
        setSaveError(null);
      } catch (e) {
        setSaveError(e instanceof Error ? e.message : String(e));
        throw e;
      }
    },
    [host],
  );

  const report = useMemo(() => toReportDetails(details), [details]);
  return useMemo(() => ({ details, update, save, report, saveError }), [details, update, save, report, saveError]);
}
