/**
 * The report an appendix is attached to: who reports, for which period, under which number and date, signed by whom.
 * Every field is optional: an officer fills the appendix before the report is numbered and signed, and the blanks
 * are printed as dotted gaps ("Số: ..../BC-UBND") to be written in by hand, as on the paper form.
 *
 * How each detail prints follows Nghị định 30/2020/NĐ-CP (thể thức văn bản hành chính): the report number with its
 * kind-and-issuer suffix (125/BC-UBND, 37/BC-SNV), the date with days below 10 and the months 1-2 zero-padded, the
 * signing block (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).
 */
import * as z from "../zod";

/** How the report is signed (thẩm quyền ký). */
export const SIGNING_FORMS = ["tm", "kt", "direct"] as const;
/** tm: thay mặt the collective body (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH); kt: ký thay the head (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH); direct: the head signs in their own title. */
export type SigningForm = (typeof SIGNING_FORMS)[number];

export interface ReportDetails {
  /** The body above the issuer (cơ quan chủ quản): "UBND tỉnh Bắc Kạn". Printed in capitals. */
  parentBody?: string;
  /** The reporting body as written after "của": "UBND huyện Ngân Sơn". */
  unitName?: string;
  /** The place in the date line ("Ngân Sơn, ngày …"); default: the unit's name without its kind. */
  place?: string;
  /**
   * The period as written in prose: one of PERIOD_CHOICES' texts ("quý I", "6 tháng đầu năm", "quý III",
   * "9 tháng đầu năm", "năm"), or an older free text.
   */
  period?: string;
  /** The report's year, e.g. 2022. */
  year?: number;
  /** The number, with or without its suffix: "125" or "125/BC-UBND". */
  reportNumber?: string;
  /** The suffix after the number when reportNumber has none (default: from the issuer, see numberSuffixFor). */
  numberSuffix?: string;
  /** The report's date, ISO "YYYY-MM-DD" (e.g. "2022-09-25"). */
  reportDate?: string;
  /**
   * Without reportDate: the month of a report dated all but its day, which is written in at signing (a draft's
   * "Ngân Sơn, ngày   tháng 9 năm 2022"); printed "ngày .... tháng 9 năm 2022".
   */
  reportMonth?: number;
  /** The summary line under "BÁO CÁO" (trích yếu); default: "Kết quả thực hiện công tác cải cách hành chính …". */
  summary?: string;
  /** How the report is signed; default "tm" for a people's committee, "direct" for other bodies. */
  signing?: SigningForm;
  /** Who signs: "Nguyễn Trọng Lăng", with the title as printed above the name ("CHỦ TỊCH"). */
  signer?: { name: string; title?: string };
  /** The recipients (Nơi nhận), one per line, without the leading dash: "Sở Nội vụ", "Lưu: VT, NV". */
  recipients?: string[];
}

/** The dotted gap printed in place of a detail not known yet. */
export const BLANK = "....";

// --- periods ---------------------------------------------------------------------------------------------------------

export interface PeriodChoice {
  /** As written in prose, and the value kept in ReportDetails.period. */
  text: string;
  /** The period after it, for "phương hướng, nhiệm vụ …" (null: the next year). */
  next: string | null;
}

/**
 * The periodic CCHC reports: quarter I, the first six months, quarter III (also reported as the first nine months)
 * and the year. The pane offers exactly these.
 */
export const PERIOD_CHOICES: readonly PeriodChoice[] = [
  { text: "quý I", next: "quý II" },
  { text: "6 tháng đầu năm", next: "6 tháng cuối năm" },
  { text: "quý III", next: "quý IV" },
  { text: "9 tháng đầu năm", next: "quý IV" },
  { text: "năm", next: null },
];

/** A free-text period ("Quý 3", "9 tháng", "6 THÁNG ĐẦU NĂM") → the choice it names, or null. */
export function periodChoiceOf(text: string | undefined): PeriodChoice | null {
  const t = (text ?? "")
    .normalize("NFC")
    .toLocaleLowerCase("vi-VN")
    .replace(/\s+/g, " ")
    .replace(/\s*năm\s*\d{4}$/, "")
    .trim();
  if (!t) return null;
  const exact = PERIOD_CHOICES.find((c) => c.text === t);
  if (exact) return exact;
  if (/^quý (i|1)$/.test(t)) return PERIOD_CHOICES[0];
  if (/^(6|sáu) tháng( đầu năm)?$/.test(t)) return PERIOD_CHOICES[1];
  if (/^quý (iii|3)$/.test(t)) return PERIOD_CHOICES[2];
  if (/^(9|chín) tháng( đầu năm)?$/.test(t)) return PERIOD_CHOICES[3];
  if (/^(cả )?năm$/.test(t)) return PERIOD_CHOICES[4];
  return null;
}

/** The period text as the details hold it: a choice's canonical text when one is named, else as typed. */
function periodText(details: ReportDetails): string | null {
  const raw = details.period?.trim();
  if (!raw) return null;
  return periodChoiceOf(raw)?.text ?? raw;
}

/** "quý III" + 2022 → "quý III năm 2022"; "9 tháng đầu năm" → "9 tháng đầu năm 2022"; "năm" → "năm 2022". */
function withYear(period: string, year: number | undefined): string {
  const y = year ?? BLANK;
  return /(^|\s)năm$/u.test(period) ? `${period} ${y}` : `${period} năm ${y}`;
}

/** The period as written in prose: "quý III năm 2022", "6 tháng đầu năm 2022", "năm 2022"; "kỳ báo cáo" when unknown. */
export function periodPhrase(details: ReportDetails = {}): string {
  const p = periodText(details);
  if (!p) return details.year ? `kỳ báo cáo năm ${details.year}` : "kỳ báo cáo";
  return withYear(p, details.year);
}

/** The period as a title line: "QUÝ III NĂM 2022", "9 THÁNG ĐẦU NĂM 2022", "NĂM 2022"; dotted gaps for what is unknown. */
export function periodTitle(details: ReportDetails = {}): string {
  const p = periodText(details);
  const text = p ? withYear(p, details.year) : `KỲ BÁO CÁO ${BLANK} NĂM ${details.year ?? BLANK}`;
  return text.toLocaleUpperCase("vi-VN");
}

/** The period after this report's: "quý IV năm 2022", "6 tháng cuối năm 2022", "năm 2023"; null when unknown. */
export function nextPeriodPhrase(details: ReportDetails = {}): string | null {
  const choice = periodChoiceOf(details.period);
  if (!choice) return null;
  if (choice.next === null) return details.year ? `năm ${details.year + 1}` : "năm tới";
  return withYear(choice.next, details.year);
}

// --- the number ------------------------------------------------------------------------------------------------------

/** Initials of the words of a name ("Nội vụ" → "NV"; "Tài nguyên và Môi trường" → "TNMT"). */
function initials(words: string): string {
  return words
    .split(/\s+/)
    .filter((w) => w && !/^(và|của)$/iu.test(w))
    .map((w) => w[0].toLocaleUpperCase("vi-VN"))
    .join("");
}

const PEOPLES_COMMITTEE = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)(\s|$)/iu;

/** The report's kind-and-issuer suffix from the issuer's name: UBND … → "BC-UBND", Sở Nội vụ → "BC-SNV". */
export function numberSuffixFor(unitName: string | undefined): string {
  const unit = (unitName ?? "").normalize("NFC").trim();
  if (!unit || PEOPLES_COMMITTEE.test(unit)) return "BC-UBND";
  const so = /^sở\s+(.+)$/iu.exec(unit);
  if (so) return `BC-S${initials(so[1])}`;
  const phong = /^phòng\s+(.+)$/iu.exec(unit);
  if (phong) return `BC-P${initials(phong[1])}`;
  const ban = /^ban\s+(.+)$/iu.exec(unit);
  if (ban) return `BC-B${initials(ban[1])}`;
  // any other body writes its own abbreviation (BC-VP, BC-CCTL): a gap to fill in, never a guess
  return `BC-${BLANK}`;
}

/**
 * The number and its suffix: "125" → { number: "125", suffix: from the issuer }; "125/BC-UBND" or "Số 125/BC-SNV" →
 * the suffix typed. Blank parts stay empty strings.
 */
export function reportNumberParts(details: ReportDetails = {}): { number: string; suffix: string } {
  const raw = (details.reportNumber ?? "")
    .normalize("NFC")
    .trim()
    .replace(/^số\s*:?\s*/iu, "");
  const slash = raw.indexOf("/");
  const number = (slash < 0 ? raw : raw.slice(0, slash)).trim();
  const typedSuffix = slash < 0 ? "" : raw.slice(slash + 1).trim();
  const suffix = typedSuffix || details.numberSuffix?.trim() || numberSuffixFor(details.unitName);
  return { number, suffix };
}

/** "125/BC-UBND", with a dotted gap for a number not given yet: "..../BC-UBND". */
export function reportNumberText(details: ReportDetails = {}): string {
  const { number, suffix } = reportNumberParts(details);
  return `${number || BLANK}/${suffix}`;
}

// --- dates -----------------------------------------------------------------------------------------------------------

/** A real date as ISO "YYYY-MM-DD", or null (30/02, month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A date as officers type it, day first whatever the machine's locale: "25/9/2022", "05/02/2022", "5-2-2022",
 * "25.9.2022", "ngày 25 tháng 9 năm 2022"; also ISO "2022-09-25". Returns ISO "YYYY-MM-DD", or null when it is
 * not a real date (30/02/2022) or not a date at all.
 */
export function parseVietnameseDate(text: string | undefined): string | null {
  const t = (text ?? "").normalize("NFC").trim().toLocaleLowerCase("vi-VN");
  if (!t) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const words = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/u.exec(t);
  if (words) return isoDate(Number(words[3]), Number(words[2]), Number(words[1]));
  return null;
}

function isoParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return [year, month, day];
}

/** Days below 10 and the months January and February take a leading zero (Nghị định 30/2020/NĐ-CP). */
function padded(day: number, month: number): [string, string] {
  return [day < 10 ? `0${day}` : String(day), month <= 2 ? `0${month}` : String(month)];
}

/**
 * A date as Vietnamese administrative documents write it: "2022-09-25" → "25/9/2022", "2022-02-05" → "05/02/2022".
 * Returns null when the text is not an ISO date.
 */
export function formatReportDate(iso: string): string | null {
  const p = isoParts(iso);
  if (!p) return null;
  const [dd, mm] = padded(p[2], p[1]);
  return `${dd}/${mm}/${p[0]}`;
}

/** The ISO date as the pane shows it for editing: "2022-09-25" → "25/09/2022". */
export function dateForEditing(iso: string): string {
  const p = isoParts(iso);
  return p ? `${String(p[2]).padStart(2, "0")}/${String(p[1]).padStart(2, "0")}/${p[0]}` : iso;
}

/**
 * The place in the date line: the unit's name without its kind ("UBND huyện Ngân Sơn" → "Ngân Sơn"), else its parent
 * body's ("Sở Nội vụ" under "UBND tỉnh Thái Nguyên" → "Thái Nguyên").
 */
export function placeOf(details: ReportDetails = {}): string | null {
  if (details.place?.trim()) return details.place.trim();
  const unit = (details.unitName ?? "").normalize("NFC").trim();
  const m =
    /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(
      unit,
    );
  if (m) return m[1].trim();
  // a department or an office is dated at its province's or commune's place: "UBND tỉnh Thái Nguyên" → "Thái Nguyên"
  return details.parentBody?.trim() ? placeOf({ unitName: details.parentBody }) : null;
}

/** The month of a report dated all but its day, as printed ("9", "02"); null when none. */
function monthOnly(details: ReportDetails): string | null {
  const m = details.reportMonth;
  return m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12 ? padded(1, m)[1] : null;
}

/** "Ngân Sơn, ngày 25 tháng 9 năm 2022" (days below 10 and months 1-2 zero-padded); dotted gaps when unknown. */
export function placeDateLine(details: ReportDetails = {}): string {
  const place = placeOf(details) ?? BLANK;
  const p = details.reportDate ? isoParts(details.reportDate) : null;
  if (!p) return `${place}, ngày ${BLANK} tháng ${monthOnly(details) ?? BLANK} năm ${details.year ?? BLANK}`;
  const [dd, mm] = padded(p[2], p[1]);
  return `${place}, ngày ${dd} tháng ${mm} năm ${p[0]}`;
}

// --- lines of the report ---------------------------------------------------------------------------------------------

/** "(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)", with dotted gaps for what is unknown. */
export function attachmentLine(details: ReportDetails = {}): string {
  const date =
    (details.reportDate && formatReportDate(details.reportDate)) ||
    `${BLANK}/${monthOnly(details) ?? BLANK}/${details.year ?? BLANK}`;
  const unit = details.unitName?.trim() || BLANK;
  return `(Kèm theo Báo cáo số ${reportNumberText(details)} ngày ${date} của ${unit})`;
}

const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi-VN");

/** "UBND huyện Ngân Sơn" → "huyện Ngân Sơn"; null when the unit is not a people's committee. */
function peoplesCommitteeArea(unitName: string | undefined): string | null {
  const unit = (unitName ?? "").normalize("NFC").trim();
  const m = PEOPLES_COMMITTEE.exec(unit);
  return m ? unit.slice(m[0].length).trim() : null;
}

/**
 * The header's left column (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.3): the issuer's name in full, in capitals, its
 * direct parent above it where it has one. A people's committee names itself alone ("ỦY BAN NHÂN DÂN" over "XÃ TÂN
 * LẬP"): HĐND and UBND print no parent body, so none is printed for them even when one is filled in; a department
 * prints its parent, abbreviated, over its own name ("UBND TỈNH THÁI NGUYÊN" over "SỞ NỘI VỤ"). Then "Số: 125/BC-UBND".
 */
export function issuerLines(details: ReportDetails = {}): {
  parentBody: string | null;
  issuer: string[];
  number: string;
} {
  const number = `Số: ${reportNumberText(details)}`;
  const area = peoplesCommitteeArea(details.unitName);
  if (area !== null) return { parentBody: null, issuer: ["ỦY BAN NHÂN DÂN", upper(area || BLANK)], number };
  const parent = details.parentBody?.trim();
  return {
    parentBody: parent ? upper(parent) : details.unitName?.trim() ? BLANK : null,
    issuer: [details.unitName?.trim() ? upper(details.unitName.trim()) : BLANK],
    number,
  };
}

/** The summary line under "BÁO CÁO". */
export function summaryLine(details: ReportDetails = {}): string {
  return details.summary?.trim() || `Kết quả thực hiện công tác cải cách hành chính ${periodPhrase(details)}`;
}

/** The signing form used when none is chosen: TM. for a people's committee, the head's own title otherwise. */
export function defaultSigning(details: ReportDetails = {}): SigningForm {
  return !details.unitName?.trim() || PEOPLES_COMMITTEE.test(details.unitName.trim()) ? "tm" : "direct";
}

/** The head's title and the collective body's name for the signing block, from the issuer's kind. */
function issuerKind(unitName: string | undefined): { head: string; collective: string } {
  const unit = (unitName ?? "").normalize("NFC").trim();
  if (!unit || PEOPLES_COMMITTEE.test(unit)) return { head: "CHỦ TỊCH", collective: "ỦY BAN NHÂN DÂN" };
  if (/^(sở|trung tâm)\s/iu.test(unit)) return { head: "GIÁM ĐỐC", collective: upper(unit) };
  if (/^phòng\s/iu.test(unit)) return { head: "TRƯỞNG PHÒNG", collective: upper(unit) };
  if (/^ban\s/iu.test(unit)) return { head: "TRƯỞNG BAN", collective: upper(unit) };
  if (/^chi cục\s/iu.test(unit)) return { head: "CHI CỤC TRƯỞNG", collective: upper(unit) };
  if (/^văn phòng\s/iu.test(unit)) return { head: "CHÁNH VĂN PHÒNG", collective: upper(unit) };
  return { head: "THỦ TRƯỞNG", collective: upper(unit) };
}

/**
 * The signing block: the authority lines in capitals and the signer's name (a gap when not known yet).
 * tm → ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]; kt → ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]; direct → ["CHỦ TỊCH"].
 */
export function signingBlock(details: ReportDetails = {}): { lines: string[]; name: string } {
  const { head, collective } = issuerKind(details.unitName);
  const form = details.signing ?? defaultSigning(details);
  const title = details.signer?.title?.trim() ? upper(details.signer.title.trim()) : null;
  const lines =
    form === "tm"
      ? [`TM. ${collective}`, title ?? head]
      : form === "kt"
        ? [`KT. ${head}`, title ?? `PHÓ ${head}`]
        : [title ?? head];
  return { lines, name: details.signer?.name?.trim() || BLANK };
}

/** The standing committee of the Party at a district's level (a commune's, ward's or special zone's: "TT Đảng ủy"). */
const PARTY_COMMITTEE: Record<string, string> = {
  huyện: "TT Huyện ủy",
  quận: "TT Quận ủy",
  "thị xã": "TT Thị ủy",
  "thành phố": "TT Thành ủy",
};

/**
 * Where a periodic CCHC report goes when the officer names no recipient: the province (its people's committee, and the
 * Department of Home Affairs that collects the reports), the unit's own Party committee and council, and the archive.
 * Since 1 July 2025 a commune, ward or special zone reports to the province directly; a district's report (before
 * then) went the same way. A department reports to the province. Any other unit: a gap to fill in.
 */
export function defaultRecipients(details: ReportDetails = {}): string[] {
  const area = peoplesCommitteeArea(details.unitName);
  const kind = area ? /^(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố)(?=\s|$)/iu.exec(area)?.[1] : null;
  if (kind) {
    const k = kind.toLocaleLowerCase("vi-VN");
    const party = PARTY_COMMITTEE[k] ?? "TT Đảng ủy";
    return ["UBND tỉnh", "Sở Nội vụ", `${party}, HĐND ${k}`, `Chủ tịch, các Phó Chủ tịch UBND ${k}`, "Lưu: VT"];
  }
  if (/^(sở|ban)\s/iu.test(details.unitName?.trim() ?? "")) return ["UBND tỉnh", "Sở Nội vụ", "Lưu: VT"];
  return [BLANK, "Lưu: VT"];
}

/**
 * The recipients, each line ending as the form does ("- Sở Nội vụ;" … "- Lưu: VT, NV."); the usual ones for the unit
 * when none are given (defaultRecipients).
 */
export function recipientLines(details: ReportDetails = {}): string[] {
  const given = (details.recipients ?? []).map((r) =>
    r
      .trim()
      .replace(/^[-–+•]\s*/, "")
      .replace(/[;.,]+$/, ""),
  );
  const list = given.filter(Boolean);
  const itself = /^sở nội vụ/iu.test(details.unitName?.trim() ?? "");
  const usual = defaultRecipients(details).filter((r) => !(itself && r === "Sở Nội vụ"));
  const lines = list.length > 0 ? list : usual;
  return lines.map((l, i) => `- ${l}${i === lines.length - 1 ? "." : ";"}`);
}

// --- reading details from a file (the command line's --details) ----------------------------------------------------

const detailsFileSchema = z.strictObject({
  parentBody: z.optional(z.string()),
  unitName: z.optional(z.string()),
  place: z.optional(z.string()),
  period: z.optional(z.string()),
  year: z.optional(z.union([z.int(), z.string().check(z.regex(/^\d{4}$/))])),
  reportNumber: z.optional(z.union([z.string(), z.number()])),
  numberSuffix: z.optional(z.string()),
  reportDate: z.optional(z.string()),
  summary: z.optional(z.string()),
  signing: z.optional(z.enum(SIGNING_FORMS)),
  signer: z.optional(z.union([z.string(), z.object({ name: z.string(), title: z.optional(z.string()) })])),
  signerTitle: z.optional(z.string()),
  recipients: z.optional(z.union([z.array(z.string()), z.string()])),
});

/**
 * Report details written as JSON (the command line's --details file): the ReportDetails fields, the date day first
 * ("25/9/2022") or ISO, the year as a number or text, the signer as a name or { name, title }, the recipients as a
 * list or one line per recipient. Throws an Error listing what is wrong.
 */
export function parseReportDetails(input: unknown): ReportDetails {
  const parsed = detailsFileSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "details"}: ${i.message}`).join("; "));
  }
  const d = parsed.data;
  const out: ReportDetails = {};
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  out.parentBody = text(d.parentBody);
  out.unitName = text(d.unitName);
  out.place = text(d.place);
  out.period = text(d.period);
  if (d.year !== undefined) out.year = Number(d.year);
  out.reportNumber = d.reportNumber === undefined ? undefined : text(String(d.reportNumber));
  out.numberSuffix = text(d.numberSuffix);
  if (d.reportDate?.trim()) {
    const iso = parseVietnameseDate(d.reportDate);
    if (!iso) throw new Error(`reportDate: not a date: ${d.reportDate}`);
    out.reportDate = iso;
  }
  out.summary = text(d.summary);
  out.signing = d.signing;
  const signer = typeof d.signer === "string" ? { name: d.signer } : d.signer;
  const title = text(signer?.title) ?? text(d.signerTitle);
  if (signer?.name.trim()) out.signer = { name: signer.name.trim(), ...(title ? { title } : {}) };
  else if (title) out.signer = { name: "", title };
  const recipients = typeof d.recipients === "string" ? d.recipients.split(/\r?\n/) : d.recipients;
  const list = recipients?.map((r) => r.trim()).filter(Boolean);
  if (list?.length) out.recipients = list;
  for (const k of Object.keys(out) as (keyof ReportDetails)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** An ASCII file name for the exported report: "bao-cao-cchc-quy-iii-2022.docx". */
export function reportFileName(details: ReportDetails = {}, extension = "docx"): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const period = periodText(details);
  const parts = [
    "bao-cao-cchc",
    period && period !== "năm" ? ascii(period) : "",
    details.year ? String(details.year) : "",
  ];
  return `${parts.filter(Boolean).join("-")}.${extension}`;
}
