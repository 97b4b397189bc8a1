/**
 * The report's details as the pane keeps them in the workbook (the document setting "cchc.reportDetails", saved inside
 * the .xlsx): the fields as the officer typed them, and how they become the core's ReportDetails. Shared by the pane
 * (which edits and saves them) and the command line (which reads them from the saved workbook's web extension part).
 */
import { dateForEditing, parseVietnameseDate, SIGNING_FORMS, type ReportDetails, type SigningForm } from "./details";

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

/** The details saved in a workbook (the setting's JSON), as the core reads them; {} when none or unreadable. */
export function savedReportDetails(json: string | null | undefined): ReportDetails {
  const blank: DetailsForm = { ...emptyDetails(), year: "" };
  return json ? toReportDetails(parseDetails(json, blank)) : {};
}
