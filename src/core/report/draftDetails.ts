/**
 * The report details a draft already carries: its header (the issuing body with its parent, "Số: 215/BC-UBND", the
 * place and date, the summary under "BÁO CÁO"), its period, and at its end the recipients and the signer. Exporting
 * from a draft takes them where the officer gave none, so that nothing the draft had is printed as a dotted gap.
 *
 * Layouts read: one line per paragraph (a .txt, a paste), the two columns of Word's header table (a cell's lines
 * in order, cell by cell), columns of a plain-text line split by tabs; the signature likewise ("Nơi nhận" beside
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name"). The period and the date are read as the narrative check reads them
 * (narrative/dates.ts).
 */
import { placeDateOf, reportPeriodFrom, type ReportPeriod } from "../narrative/dates";
import type { NarrativeDocument, NarrativeParagraph } from "../narrative/document";
import { isoDate, periodChoiceOf, type ReportDetails, type SigningForm } from "./details";
import { draftBodyRange, draftTitle } from "./rewrite";

const nfc = (s: string) => s.normalize("NFC");
const lower = (s: string) => nfc(s).toLocaleLowerCase("vi-VN");
const upper = (s: string) => nfc(s).toLocaleUpperCase("vi-VN");

/** The lines of paragraphs: a table row's cells one after the other, each cell's lines; a text's columns by tabs. */
function linesOf(ps: readonly NarrativeParagraph[]): string[] {
  const out: string[] = [];
  for (const p of ps) {
    if ((p.part ?? "body") === "footer" || p.part === "footnote" || p.part === "endnote") continue;
    const cells = p.inTable ? (p.cells ?? p.text.split("\t")) : [p.bullet ? `- ${p.text}` : p.text];
    for (const cell of cells)
      for (const raw of nfc(cell).split(/\n|\t| {4,}/)) {
        const line = raw
          .replace(/\*+/g, "")
          .replace(/[\u00a0\s]+/gu, " ")
          .trim();
        if (line && !/^[-_–—=.…\s]+$/u.test(line)) out.push(line);
      }
  }
  return out;
}

/** Mostly capitals: the issuer's lines, the signing block's titles. */
function isCapitals(line: string): boolean {
  const letters = [...line].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 2 && letters.filter((c) => c !== c.toLocaleLowerCase("vi-VN")).length / letters.length > 0.8;
}

const NATION = /^(cộng hòa|cộng hoà|độc lập\s*[-–])/iu;
const NUMBER = /^số\s*(?:[:.]\s*|(?=\d))(.*)$/iu;
const PEOPLES = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)(?:\s+|$)/iu;
const AREA = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?:\s+(.+))?$/iu;

/** A name in capitals as the body writes it ("HÒA BÌNH" → "Hòa Bình" when it says "xã Hòa Bình"); null if it does not. */
function asWritten(caps: string, body: string, bodyLower: string): string | null {
  const wanted = lower(caps);
  for (let at = bodyLower.indexOf(wanted); at >= 0; at = bodyLower.indexOf(wanted, at + 1)) {
    const found = body.slice(at, at + wanted.length);
    const before = at === 0 ? " " : body[at - 1];
    const after = body[at + wanted.length] ?? " ";
    if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(after)) continue;
    if (lower(found) === wanted && !isCapitals(found)) return found;
  }
  return null;
}

/** Capitalised as names are: each word (a place), or the first and the one after "và" (an office's field). */
function cased(caps: string, place: boolean): string {
  const words = lower(caps).split(/\s+/);
  return words
    .map((w, i) => {
      if (/^(ubnd|hđnd|mttq|cchc|tthc|vh|tt)$/u.test(w)) return upper(w);
      const cap = place || i === 0 || words[i - 1] === "và";
      return cap ? w.charAt(0).toLocaleUpperCase("vi-VN") + w.slice(1) : w;
    })
    .join(" ");
}

/** An issuer's name in capitals → as prose writes it: "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" → "UBND xã Hòa Bình". */
function bodyName(caps: string, body: string, bodyLower: string): string {
  const t = nfc(caps).replace(/\s+/g, " ").trim();
  const people = PEOPLES.exec(t);
  if (people) {
    const area = AREA.exec(t.slice(people[0].length));
    if (!area) return "UBND";
    const kind = lower(area[1]);
    if (!area[2]) return `UBND ${kind}`;
    return `UBND ${kind} ${asWritten(area[2], body, bodyLower) ?? cased(area[2], true)}`;
  }
  const office = /^(sở|phòng|ban|văn phòng|chi cục|trung tâm)\s+(.+)$/iu.exec(t);
  if (office) {
    const found = asWritten(t, body, bodyLower);
    if (found) return found.charAt(0).toLocaleUpperCase("vi-VN") + found.slice(1);
    return `${cased(office[1], false)} ${asWritten(office[2], body, bodyLower) ?? cased(office[2], false)}`;
  }
  return asWritten(t, body, bodyLower) ?? cased(t, false);
}

const PERIOD_TEXT: Record<ReportPeriod["kind"], string> = {
  quarter: "quý",
  half: "6 tháng đầu năm",
  "nine-months": "9 tháng đầu năm",
  year: "năm",
};
const ROMAN = ["", "I", "II", "III", "IV"];

export function periodText(p: ReportPeriod): string {
  return p.kind === "quarter" ? `quý ${ROMAN[p.quarter ?? 1]}` : PERIOD_TEXT[p.kind];
}

/**
 * The head: the issuer's lines, the number, the place and date (into `out`). `body`: prose that names the issuer as
 * written ("xã Hòa Bình"), to write the capitals back as the unit writes its name. Also reads a sheet's title block.
 */
export function readHead(lines: string[], body: string, bodyLower: string, out: ReportDetails): void {
  const issuer: string[] = [];
  for (const line of lines) {
    if (NATION.test(line)) continue;
    const number = NUMBER.exec(line);
    if (number) {
      const [before, ...rest] = number[1].split("/");
      const n = before.replace(/[\s.…_]/gu, "");
      const suffix = rest.join("/").trim();
      if (n && /\d/.test(n)) out.reportNumber = suffix ? `${n}/${suffix}` : n;
      else if (suffix && /^[\p{L}\d&-]+$/u.test(suffix)) out.numberSuffix = suffix;
      continue;
    }
    const dated = placeDateOf(line);
    if (dated) {
      if (dated.place && !/^[.…_\s]*$/u.test(dated.place)) out.place = dated.place;
      out.year = dated.year;
      const iso = dated.day !== null && dated.month !== null ? isoDate(dated.year, dated.month, dated.day) : null;
      if (iso) out.reportDate = iso;
      else if (dated.month !== null && dated.month >= 1 && dated.month <= 12) out.reportMonth = dated.month;
      continue;
    }
    if (isCapitals(line) && line.length <= 90 && out.reportNumber === undefined && out.numberSuffix === undefined)
      issuer.push(line);
  }
  // "ỦY BAN NHÂN DÂN" over "XÃ HÒA BÌNH" is one name; the line above the issuer is its parent body
  const names: string[] = [];
  for (const line of issuer) {
    const last = names.length - 1;
    if (last >= 0 && /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)$/iu.test(names[last]) && AREA.test(line))
      names[last] = `${names[last]} ${line}`;
    else names.push(line);
  }
  if (names.length === 0) return;
  out.unitName = bodyName(names[names.length - 1], body, bodyLower);
  if (names.length >= 2) out.parentBody = bodyName(names[names.length - 2], body, bodyLower);
}

const SIGNING = /^(tm|kt|tl|tuq)\s*\.\s*(.*)$/iu;
const HEAD_TITLE =
  /^(phó\s+)?(chủ tịch|giám đốc|trưởng phòng|trưởng ban|chánh văn phòng|thủ trưởng|bí thư|chi cục trưởng|viện trưởng|hiệu trưởng)$/iu;
/** A person's name: two to six words, each capitalised, no digits nor brackets. */
const PERSON = /^(\p{Lu}[\p{Ll}]*)(\s+\p{Lu}[\p{Ll}]*){1,5}$/u;

/** The end: "Nơi nhận" and its list, the signing block and the signer's name (into `out`). Also reads a sheet's. */
export function readSignature(lines: string[], out: ReportDetails): void {
  const recipients: string[] = [];
  let inRecipients = false;
  const forms: string[] = [];
  let title: string | null = null;
  let name: string | null = null;
  for (const line of lines) {
    if (/^phụ lục\b/iu.test(line)) break;
    if (/^nơi nhận\s*:?/iu.test(line)) {
      inRecipients = true;
      const rest = line.replace(/^nơi nhận\s*:?\s*/iu, "");
      if (rest) recipients.push(rest);
      continue;
    }
    if (inRecipients && /^[-+•–]\s*\S/u.test(line)) {
      recipients.push(line);
      continue;
    }
    if (inRecipients && line.endsWith(":") && !SIGNING.test(line)) continue; // "Gửi bản điện tử:"
    inRecipients = false;
    const signing = SIGNING.exec(line);
    if (signing) {
      forms.push(lower(signing[1]));
      // "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" on one line: the title at its end
      const tail = /\s(phó\s+)?(chủ tịch|giám đốc)$/iu.exec(signing[2]);
      if (tail && lower(signing[1]) === "tm") title = upper(tail[0].trim());
      continue;
    }
    if (isCapitals(line) && HEAD_TITLE.test(lower(line))) {
      title = upper(line);
      continue;
    }
    if (title !== null && name === null && PERSON.test(line)) name = line;
  }
  const list = recipients
    .map((r) =>
      r
        .replace(/^[-+•–]\s*/u, "")
        .replace(/[;.,]+$/u, "")
        .trim(),
    )
    .filter(Boolean);
  if (list.length > 0) out.recipients = list;
  if (title === null && name === null) return;
  const form: SigningForm | null =
    forms.includes("tl") || forms.includes("tuq")
      ? null
      : forms.includes("kt")
        ? "kt"
        : forms.includes("tm")
          ? "tm"
          : title !== null
            ? "direct"
            : null;
  if (form === null) return; // TL., TUQ.: a form the report does not print; the officer names the signer
  out.signing = form;
  out.signer = { name: name ?? "", ...(title ? { title } : {}) };
}

/** What the draft says of the report: the fields it has (none invented), to be merged under the officer's. */
export function detailsFromDraft(doc: NarrativeDocument): ReportDetails {
  const out: ReportDetails = {};
  const ps = doc.paragraphs;
  const title = draftTitle(doc);
  const range = draftBodyRange(doc);
  const bodyText = nfc(
    ps
      .slice(range.start, range.end)
      .filter((p) => !p.inTable)
      .map((p) => p.text)
      .join("\n"),
  );
  const bodyLower = lower(bodyText);
  const headEnd = title ? title.title : range.start;
  readHead(linesOf(ps.slice(0, headEnd)), bodyText, bodyLower, out);
  if (title?.inline) out.summary = title.inline.replace(/\s*[.;]$/u, "");
  else if (title && title.summary.length > 0) {
    const summary = linesOf(title.summary.map((i) => ps[i]))
      .join(" ")
      .replace(/\s*[.;]$/u, "")
      .trim();
    if (summary) out.summary = summary;
  }
  const period = reportPeriodFrom(doc);
  if (period) {
    out.period = periodText(period);
    out.year ??= period.year;
  }
  if (range.end < ps.length) readSignature(linesOf(ps.slice(range.end)), out);
  return out;
}

/** The same period, whatever the words ("Quý 3" and "quý III"). */
function samePeriod(a: string, b: string): boolean {
  const key = (s: string) => periodChoiceOf(s)?.text ?? lower(s).replace(/\s+/g, " ").trim();
  return key(a) === key(b);
}

/**
 * The officer's details completed from the draft: each field the officer left empty takes the draft's. The officer's
 * always win. When the officer names another period or year than the draft's (last quarter's report used as the
 * draft of this one), the draft's number, date and summary are of that other report and are not taken; when the
 * officer names another unit, nothing of the draft's issuer, signer or recipients is.
 */
export function withDraftDetails(given: ReportDetails, doc: NarrativeDocument): ReportDetails {
  return completedDetails(given, detailsFromDraft(doc));
}

/**
 * `given` completed field by field from `found` (a draft's header, a sheet's title block): given's always win; when
 * given names another period or year, found's number, date and summary are not taken; another unit, nothing of
 * found's issuer, signer or recipients.
 */
export function completedDetails(given: ReportDetails, found: ReportDetails): ReportDetails {
  const otherReport =
    (given.year !== undefined && found.year !== undefined && given.year !== found.year) ||
    (!!given.period?.trim() && !!found.period && !samePeriod(given.period, found.period));
  const otherUnit =
    !!given.unitName?.trim() && !!found.unitName && lower(given.unitName.trim()) !== lower(found.unitName);
  const out: ReportDetails = { ...given };
  const take = <K extends keyof ReportDetails>(key: K) => {
    const v = given[key];
    if ((v === undefined || (typeof v === "string" && v.trim() === "")) && found[key] !== undefined)
      out[key] = found[key];
  };
  if (!otherUnit) {
    take("unitName");
    take("parentBody");
    take("place");
    take("recipients");
    if (!given.signer && !given.signing) {
      take("signer");
      take("signing");
    }
  }
  take("period");
  take("year");
  if (!otherReport) {
    if (!given.reportNumber?.trim()) {
      take("reportNumber");
      take("numberSuffix");
    }
    if (!given.reportDate) take("reportMonth");
    take("reportDate");
    take("summary");
  }
  return out;
}
