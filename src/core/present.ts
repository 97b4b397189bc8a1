/**
 * What the officer is shown of a check's findings (the pane and the readable report share it; the JSON output keeps
 * every finding as the rules made it):
 * - one card per cell and problem: a note on how a cell's text was read is folded into the card of the error or
 *   warning about the same cell ("5.75%" read from text, under "7.2.4 ghi 5,75% nhưng 396/5.106 = 7,76%");
 * - numbers typed as text that were read with certainty ("02", "98.49%") are one quiet item with one action;
 * - figures of the narrative that match no row are one list, apart from the findings;
 * - notes that need no action (1 read as "Có", a zero denominator: the indicator did not arise) are left out;
 * - the cards lead with what needs action: errors, then warnings, the table's and the narrative's together, each in
 *   form order.
 */
import { compareSeverity, type Bilingual, type Finding, type Fix, type Severity } from "./findings";
import type { FormDefinition } from "./form/schema";
import { capitalise, RowName, rowLabel, shortLabel, type RowLabel } from "./rowName";
import { TEXT_NUMBER_RULE } from "./rules/notANumber";

export interface FindingCard {
  /** Stable key (see findingKey). */
  key: string;
  finding: Finding;
  severity: Severity;
  /** "table" for the appendix's rules, "narrative" for the report's prose (figures and dates). */
  source: "table" | "narrative";
  /** The row the card is about, as printed (codes[0]), or null (a date in the prose). */
  row: RowLabel | null;
  /** What the card says, without naming the row (shown beside it). */
  text: Bilingual;
  /**
   * Notes: how the cell's text was read (folded from the notes on the same cell), then, for a finding that rests on
   * a relation inferred from the labels, that it was inferred, from which words and how sure.
   */
  notes: Bilingual[];
}

export interface TextNumbers {
  /** One finding per cell: a number typed as text, read with certainty. */
  findings: Finding[];
  /** The conversions, one per cell, written together by one action. */
  fixes: Fix[];
  /**
   * The conversions of numbers typed as text whose note sits in an error's or warning's card (listed there, not
   * here): written by the same action, so that it leaves no number typed as text behind.
   */
  inCards: Fix[];
}

export interface FindingsView {
  /** Errors, then warnings. */
  cards: FindingCard[];
  textNumbers: TextNumbers;
  /** Narrative figures matched to no row of the appendix (info), with their sentences. */
  unmatched: Finding[];
  /** Errors and warnings as cards; info: the cells of textNumbers. */
  counts: Record<Severity, number>;
  /** Every finding the view shows, folded ones included (for highlights). */
  shown: Finding[];
}

/** A stable key for a finding (React keys, "is this finding still there"). */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.kind}|${f.codes.join(",")}|${f.cells.join(",")}|${f.quote ?? ""}`;
}

export function isNarrative(f: Finding): boolean {
  return f.kind === "narrative-mismatch" || f.kind === "date" || f.ruleId.startsWith("narrative");
}

/** A note on how a cell's value was read from text (not-a-number with a number read). */
function isReadingNote(f: Finding): boolean {
  return f.kind === "not-a-number" && typeof f.actual === "number";
}

export function isTextNumber(f: Finding): boolean {
  return f.ruleId === TEXT_NUMBER_RULE && f.fix !== undefined;
}

export function isUnmatchedFigure(f: Finding): boolean {
  return isNarrative(f) && f.severity === "info" && f.codes.length === 0;
}

/** A note shown nowhere: an info that is neither a number to convert nor a figure of the narrative without a row. */
export function needsNoAction(f: Finding): boolean {
  return f.severity === "info" && !isTextNumber(f) && !isUnmatchedFigure(f);
}

export function presentFindings(findings: Finding[], form: FormDefinition): FindingsView {
  const order = new Map(form.rows.map((r, i) => [r.code, i]));
  const position = (f: Finding) =>
    f.codes.length ? (order.get(f.codes[0]) ?? form.rows.length) : form.rows.length + 1;

  // The error or warning of the table about each cell, to fold reading notes into.
  const holder = new Map<string, Finding>();
  for (const f of findings) {
    if (isNarrative(f) || isReadingNote(f) || f.severity === "info" || !f.cells[0]) continue;
    const had = holder.get(f.cells[0]);
    if (!had || compareSeverity(f.severity, had.severity) < 0) holder.set(f.cells[0], f);
  }
  const folded = new Map<Finding, Finding[]>();
  const textNumbers: Finding[] = [];
  const foldedNumbers: Finding[] = [];
  const unmatched: Finding[] = [];
  const main: Finding[] = [];
  for (const f of findings) {
    const into = isReadingNote(f) && f.cells[0] ? holder.get(f.cells[0]) : undefined;
    if (into) {
      folded.set(into, [...(folded.get(into) ?? []), f]);
      if (isTextNumber(f)) foldedNumbers.push(f);
    } else if (isTextNumber(f)) textNumbers.push(f);
    else if (isUnmatchedFigure(f)) unmatched.push(f);
    else if (!needsNoAction(f)) main.push(f);
  }
  const cards = main
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        compareSeverity(a.f.severity, b.f.severity) ||
        position(a.f) - position(b.f) ||
        Number(isNarrative(a.f)) - Number(isNarrative(b.f)) ||
        a.i - b.i,
    )
    .map(({ f }): FindingCard => {
      const notes = (folded.get(f) ?? []).map((n) => n.message);
      if (f.inferred) notes.push(inferredNote(f.inferred));
      return {
        key: findingKey(f),
        finding: f,
        severity: f.severity,
        source: isNarrative(f) ? "narrative" : "table",
        row: f.codes.length ? rowLabel(form, f.codes[0]) : null,
        text: f.codes.length && f.summary ? capitalised(f.summary) : f.message,
        notes,
      };
    });
  const sortedNumbers = [...textNumbers].sort((a, b) => position(a) - position(b));
  return {
    cards,
    textNumbers: {
      findings: sortedNumbers,
      fixes: sortedNumbers.map((f) => f.fix as Fix),
      inCards: foldedNumbers.sort((a, b) => position(a) - position(b)).map((f) => f.fix as Fix),
    },
    unmatched,
    counts: {
      error: cards.filter((c) => c.severity === "error").length,
      warning: cards.filter((c) => c.severity === "warning").length,
      info: sortedNumbers.length,
    },
    shown: [...cards.flatMap((c) => [c.finding, ...(folded.get(c.finding) ?? [])]), ...sortedNumbers],
  };
}

/**
 * A finding in one line where no card shows it (a list of the errors before exporting): the row as printed, then what
 * is wrong ("Dòng 3: Ghi 85% nhưng 18/20 = 90,00%."), without the note on an inferred relation the message carries.
 */
export function findingLine(f: Finding, form: FormDefinition): Bilingual {
  if (!f.codes.length || !f.summary) return f.message;
  const row = RowName(form, f.codes[0]);
  const what = capitalised(f.summary);
  return { vi: `${row.vi}: ${what.vi}`, en: `${row.en}: ${what.en}` };
}

/** "Phép kiểm tra này được suy ra từ tên các chỉ tiêu, độ tin cậy 85%: «…» tính từ …." */
export function inferredNote(inferred: NonNullable<Finding["inferred"]>): Bilingual {
  const sure = Math.round(inferred.confidence * 100);
  return {
    vi: `Phép kiểm tra này được suy ra từ tên các chỉ tiêu, độ tin cậy ${sure}%: ${inferred.evidence}.`,
    en: `This check was inferred from the indicators' names, confidence ${sure}%: ${inferred.evidence}.`,
  };
}

function capitalised(b: Bilingual): Bilingual {
  return { vi: capitalise(b.vi), en: capitalise(b.en) };
}

/**
 * The row as a short text, as the officer sees it on the form: "7.2.4", "7.2.3 › Số TTHC cung cấp …" for a sub-row
 * printed without STT; "" for none. The pane's cards and the check-all summary name rows so, never by code.
 */
export function rowText(row: RowLabel | null, lang: keyof Bilingual, max = 40): string {
  if (!row) return "";
  const h = rowHeading(row, lang);
  return h.label ? `${h.stt ? `${h.stt} › ` : ""}${shortLabel(h.label, max)}` : (h.stt ?? "");
}

/** The row as a short heading: "7.2.4", or the label under its parent's STT for a sub-row printed without one. */
export function rowHeading(row: RowLabel, lang: keyof Bilingual): { stt: string | null; label: string | null } {
  if (row.stt) return { stt: row.stt, label: null };
  return { stt: row.parentStt, label: row.label[lang] };
}
