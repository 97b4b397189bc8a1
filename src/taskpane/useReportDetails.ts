/**
 * The report's details (unit, period, year, number, date, signer) as the officer typed them, kept in the
 * workbook's settings so they come back the next time the pane opens on this file.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReportDetails } from "../core/report/details";
import type { WorkbookHost } from "../host/types";

export const DETAILS_SETTING = "cchc.reportDetails";

export interface DetailsForm {
  unit: string;
  period: string;
  year: string;
  number: string;
  date: string;
  signer: string;
  signerTitle: string;
}

export const DETAIL_FIELDS: (keyof DetailsForm)[] = [
  "unit",
  "period",
  "year",
  "number",
  "date",
  "signer",
  "signerTitle",
];

export function emptyDetails(now = new Date()): DetailsForm {
  return { unit: "", period: "", year: String(now.getFullYear()), number: "", date: "", signer: "", signerTitle: "" };
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
    return out;
  } catch {
    return fallback;
  }
}

/** The form's strings → the core's ReportDetails (blanks left out: the template prints dotted gaps for them). */
export function toReportDetails(d: DetailsForm): ReportDetails {
  const out: ReportDetails = {};
  const text = (v: string) => v.trim() || undefined;
  out.unitName = text(d.unit);
  out.period = text(d.period);
  const year = Number(d.year.trim());
  if (d.year.trim() && Number.isInteger(year) && year > 1900 && year < 3000) out.year = year;
  out.reportNumber = text(d.number);
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.date.trim())) out.reportDate = d.date.trim();
  if (d.signer.trim())
    out.signer = { name: d.signer.trim(), ...(d.signerTitle.trim() ? { title: d.signerTitle.trim() } : {}) };
  for (const k of Object.keys(out) as (keyof ReportDetails)[]) if (out[k] === undefined) delete out[k];
  return out;
}

export function useReportDetails(host: WorkbookHost) {
  const [details, setDetails] = useState<DetailsForm>(() => emptyDetails());
  const edited = useRef(false);

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

  const save = useCallback(
    async (d: DetailsForm) => {
      await host.saveSetting(DETAILS_SETTING, JSON.stringify(d));
    },
    [host],
  );

  return { details, update, save };
}
