/**
 * The report details an appendix sheet carries around its table: the title block above it (the issuer "UBND PHƯỜNG
 * BÌNH MINH", or "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" under "UBND TỈNH THANH HÓA"; the title "… QUÝ I NĂM 2026"; the line
 * "(Kèm theo Báo cáo số 52/BC-UBND ngày 25/3/2026 của UBND phường Bình Minh)"; sometimes "Số: …" and the place and
 * date) and the signature block under it. Read with the draft's readers (draftDetails.ts: the head and the signature;
 * narrative/dates.ts: the period), so a sheet and a draft are read alike.
 *
 * Order of precedence, field by field: what the officer gave (saved in the workbook, --details, the pane's fields) >
 * the draft's header (when exporting from a draft) > the sheet's title and signature blocks.
 */
import type { Appendix } from "../appendix";
import { periodOfTitleLine, placeDateOf } from "../narrative/dates";
import { isoDate, type ReportDetails } from "./details";
import { completedDetails, periodText, readHead, readSignature } from "./draftDetails";

const nfc = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const lower = (s: string) => nfc(s).toLocaleLowerCase("vi-VN");

const ATTACHMENT = /^\(?\s*kèm theo\b/iu;
/** Lines of the title block that name the table, not its issuer. */
const NOT_ISSUER = /^(\(|phụ lục|biểu|đơn vị tính|đvt|kỳ báo cáo|mẫu số)/iu;
const GAP = /^[\s.…_/-]*$/u;

/**
 * "(Kèm theo Báo cáo số 52/BC-UBND ngày 25/3/2026 của UBND phường Bình Minh)" → number, date, unit; the gaps an
 * officer leaves ("số      /BC-UBND ngày     /12/2025") give what they do not hide (the suffix, the month, the year).
 */
export function readAttachmentLine(line: string, out: ReportDetails): void {
  const t = nfc(line).replace(/^\(|\)$/gu, "");
  const number = /\bsố\s*:?\s*([^\s]*?)\s*\/\s*([\p{L}\d&-]+(?:\s*-\s*[\p{L}\d&]+)*)/iu.exec(t);
  if (number) {
    const n = number[1].replace(/[.…_\s]/gu, "");
    const suffix = number[2].replace(/\s+/g, "");
    if (/^\d+[\p{L}]?$/u.test(n)) out.reportNumber = `${n}/${suffix}`;
    else if (/^BC\b/iu.test(suffix)) out.numberSuffix = suffix;
  } else {
    const bare = /\bbáo cáo số\s*:?\s*(\d+)(?=\s|$)/iu.exec(t);
    if (bare) out.reportNumber = bare[1];
  }
  const dated =
    /\bngày\s*(\d{1,2}|[.…_\s]*)\s*[/.-]\s*(\d{1,2}|[.…_\s]*)\s*[/.-]\s*(\d{4})/iu.exec(t) ??
    /\bngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu.exec(t);
  if (dated) {
    const year = Number(dated[3]);
    const day = dated[1] && /\d/.test(dated[1]) ? Number(dated[1]) : null;
    const month = dated[2] && /\d/.test(dated[2]) ? Number(dated[2]) : null;
    out.year = year;
    const iso = day !== null && month !== null ? isoDate(year, month, day) : null;
    if (iso) out.reportDate = iso;
    else if (month !== null && month >= 1 && month <= 12) out.reportMonth = month;
  }
  const of = /\bcủa\s+(.+?)\s*$/iu.exec(t);
  if (of && !GAP.test(of[1]) && !/^[.…_\s]+$/u.test(of[1])) out.unitName = of[1].replace(/[.;,]+$/u, "").trim();
}

/** What the sheet says of its report, the fields it has (none invented). */
export function detailsFromSheet(appendix: Appendix): ReportDetails {
  const out: ReportDetails = {};
  const above = (appendix.margins?.above ?? []).map(nfc).filter(Boolean);
  const below = (appendix.margins?.below ?? []).map(nfc).filter(Boolean);
  const attachment = above.find((l) => ATTACHMENT.test(l));
  const fromAttachment: ReportDetails = {};
  if (attachment) readAttachmentLine(attachment, fromAttachment);
  // the issuer's name is written as the attachment line and the title write it ("UBND phường Bình Minh")
  const prose = [attachment ?? "", appendix.title ?? ""].join("\n");
  const title = appendix.title ? lower(appendix.title) : null;
  const head = above.filter(
    (l) => !NOT_ISSUER.test(l) && !ATTACHMENT.test(l) && (title === null || !title.includes(lower(l))),
  );
  readHead(head, prose, lower(prose), out);
  // the attachment line names the report itself: its number, date and unit before the head's
  Object.assign(out, Object.fromEntries(Object.entries(fromAttachment).filter(([, v]) => v !== undefined)));
  if (fromAttachment.reportDate) delete out.reportMonth;
  // the period: the title's, else a line of the title block that names one ("Kỳ báo cáo: Quý I năm 2026")
  const periodLines = [appendix.title ?? "", ...above.filter((l) => !ATTACHMENT.test(l) && !placeDateOf(l))];
  for (const line of periodLines) {
    const period = line ? periodOfTitleLine(line) : null;
    if (period) {
      out.period = periodText(period);
      out.year = period.year; // the title's year is the period's (the report may be dated in the next January)
      break;
    }
  }
  if (below.length > 0) readSignature(below, out);
  for (const k of Object.keys(out) as (keyof ReportDetails)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** The details given (the officer's, then a draft's) completed from the sheet's; theirs always win, field by field. */
export function withSheetDetails(given: ReportDetails, appendix: Appendix): ReportDetails {
  return completedDetails(given, detailsFromSheet(appendix));
}
