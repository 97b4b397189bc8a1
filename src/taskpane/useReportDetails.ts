/**
 * The report's details (unit, period, year, number, date, signer, and what the export prints besides: parent body,
 * place, summary, signing form, recipients) as the officer typed them, kept in the workbook's settings so they come
 * back the next time the pane opens on this file. One state for the whole pane: the insert step and the export
 * read and edit the same details.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  dateForEditing,
  parseVietnameseDate,
  SIGNING_FORMS,
  type ReportDetails,
  type SigningForm,
} from "../core/report/details";
import type { WorkbookHost } from "../host/types";

export const DETAILS_SETTING = "cchc.reportDetails";

export interface DetailsForm {
  unit: string;
  period: string;
  year: string;
  /** "125" or "125/BC-UBND". */
  number: string;
  /** Day first, as officers write it: "25/9/2022". */
  date: string;
  signer: string;
  signerTitle: string;
  parentBody: string;
  place: string;
  summary: string;
  /** "" (from the unit), or one of SIGNING_FORMS. */
  signing: string;
  /** One recipient per line. */
  recipients: string;
}

export const DETAIL_FIELDS: (keyof DetailsForm)[] = [
  "unit",
  "period",
  "year",
  "number",
  "date",
  "signer",
  "signerTitle",
  "parentBody",
  "place",
  "summary",
  "signing",
  "recipients",
];

export function emptyDetails(now = new Date()): DetailsForm {
  return {
    unit: "",
    period: "",
    year: String(now.getFullYear()),
    number: "",
    date: "",
    signer: "",
    signerTitle: "",
    parentBody: "",
    place: "",
    summary: "",
    signing: "",
    recipients: "",
  };
}

export function parseDetails(json: string | null, fallback: DetailsForm): DetailsForm {
  if (!json) return fallback;
  try {
    const raw = JSON.parse(json) as Partial<Record<keyof DetailsForm, unknown>>;
    const out = { ...fallback };
    for (const key of DETAIL_FIELDS) {
      const v = raw[key];
      if (typeof v === "string") out[key] = v;
      else if (typeof v === "number") out[key] = String(v);
    }
    // Saved by an earlier version from a browser date field: ISO, shown day first now.
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(out.date.trim())) out.date = dateForEditing(out.date.trim());
    return out;
  } catch {
    return fallback;
  }
}

/** The date field is filled but is not a real date written day first. */
export function dateProblem(d: DetailsForm): boolean {
  return d.date.trim() !== "" && parseVietnameseDate(d.date) === null;
}

/** The form's strings → the core's ReportDetails (blanks left out: the report prints dotted gaps for them). */
export function toReportDetails(d: DetailsForm): ReportDetails {
  const out: ReportDetails = {};
  const text = (v: string | undefined) => v?.trim() || undefined;
  out.unitName = text(d.unit);
  out.parentBody = text(d.parentBody);
  out.place = text(d.place);
  out.period = text(d.period);
  const year = Number(d.year.trim());
  if (d.year.trim() && Number.isInteger(year) && year > 1900 && year < 3000) out.year = year;
  out.reportNumber = text(d.number);
  out.reportDate = parseVietnameseDate(d.date) ?? undefined;
  out.summary = text(d.summary);
  if ((SIGNING_FORMS as readonly string[]).includes(d.signing)) out.signing = d.signing as SigningForm;
  const name = text(d.signer);
  const title = text(d.signerTitle);
  if (name || title) out.signer = { name: name ?? "", ...(title ? { title } : {}) };
  const recipients = (d.recipients ?? "")
    .split(/\r?\n/)
    .map((r) => r.trim())
    .filter(Boolean);
  if (recipients.length > 0) out.recipients = recipients;
  for (const k of Object.keys(out) as (keyof ReportDetails)[]) if (out[k] === undefined) delete out[k];
  return out;
}

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
