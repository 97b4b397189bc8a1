/**
 * The report an appendix is attached to: who reports, for which period, under which number and date, signed by whom.
 * Every field is optional: an officer fills the appendix before the report is numbered and signed, and the blanks
 * are printed as dotted gaps ("Báo cáo số ..../BC-UBND") to be written in by hand, as on the paper form.
 */
export interface ReportDetails {
  /** The reporting body as written after "của": "UBND huyện Ngân Sơn". */
  unitName?: string;
  /** The period as written in prose: "quý III", "6 tháng đầu năm", "năm". */
  period?: string;
  /** The report's year, e.g. 2022. */
  year?: number;
  /** The number before "/BC-UBND", e.g. "125". */
  reportNumber?: string;
  /** The report's date, ISO "YYYY-MM-DD" (e.g. "2022-09-25"). */
  reportDate?: string;
  /** Who signs: "Nguyễn Trọng Lăng", with the title as printed above the name ("CHỦ TỊCH"). */
  signer?: { name: string; title?: string };
}

/** The dotted gap printed in place of a detail not known yet. */
export const BLANK = "....";

/**
 * A date as Vietnamese administrative documents write it (Nghị định 30/2020/NĐ-CP): days below 10 and the months
 * January and February take a leading zero: "2022-09-25" → "25/9/2022", "2022-02-05" → "05/02/2022".
 * Returns null when the text is not an ISO date.
 */
export function formatReportDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${dd}/${mm}/${year}`;
}

/** "(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)", with dotted gaps for what is unknown. */
export function attachmentLine(details: ReportDetails = {}): string {
  const number = details.reportNumber?.trim() || BLANK;
  const date =
    (details.reportDate && formatReportDate(details.reportDate)) || `${BLANK}/${BLANK}/${details.year ?? BLANK}`;
  const unit = details.unitName?.trim() || BLANK;
  return `(Kèm theo Báo cáo số ${number}/BC-UBND ngày ${date} của ${unit})`;
}

/** The period as a title line: "QUÝ III NĂM 2022"; dotted gaps for what is unknown. */
export function periodTitle(details: ReportDetails = {}): string {
  const period = details.period?.trim() || `KỲ BÁO CÁO ${BLANK}`;
  return `${period} NĂM ${details.year ?? BLANK}`.toLocaleUpperCase("vi-VN");
}
