/**
 * The narrative report as the checker reads it: paragraphs in reading order. Built by src/io/docx.ts from a Word
 * file, or by readPlainText from text (the seed, a paste). Pure data, no host objects.
 */
import { detectLegacy, legacyToUnicode, type LegacyEncoding } from "../vn/legacy";

/** Where a paragraph comes from. */
export type NarrativePart = "body" | "textbox" | "header" | "footer" | "footnote" | "endnote";

export interface NarrativeParagraph {
  /** The text as shown, with Word's automatic list label ("1.", "II.", "2.1.") put in front of it. */
  text: string;
  /** A table row (its cells joined by tabs) or a tab-separated line of plain text. */
  inTable: boolean;
  /** The cells of a table row, when inTable. */
  cells?: string[];
  /** Default "body". Figures are read from body, text box and footnote paragraphs only. */
  part?: NarrativePart;
  /** A bulleted list item (its bullet is not in text). */
  bullet?: boolean;
  /** The automatic list label already put in front of text ("1.", "II."), when the paragraph is numbered by Word. */
  listLabel?: string;
  /** The paragraph style id (e.g. "Heading1"), when known. */
  style?: string;
  /** Figures linked to their rows by the export (hidden bookmarks, see core/report/marks.ts), offsets in text. */
  marks?: FigureMark[];
}

/** A span of a paragraph's text the export linked to a row. */
export interface FigureMark {
  /** The row code, e.g. "3.3.1b". */
  code: string;
  /** figure: a value written from the row; zero: the row stated as none; label: the row's label (not a figure). */
  kind: "figure" | "zero" | "label";
  /** Offsets in the paragraph's text (end exclusive). */
  start: number;
  end: number;
}

/** How the text was turned into Unicode when it was not Unicode: the narrative check says so in its findings. */
export interface TextConversion {
  /** The encoding the text was in: a legacy font encoding, or Windows-1258 (a .txt saved by an old program). */
  from: LegacyEncoding | "windows-1258";
  /** Paragraphs converted (0 when the whole text was decoded that way). */
  paragraphs: number;
}

export interface NarrativeDocument {
  paragraphs: NarrativeParagraph[];
  /** Present when some of the text was converted to Unicode before reading. */
  conversions?: TextConversion[];
}

/**
 * Plain text (a paste, a .txt export) → paragraphs: one per non-blank line. A line with tabs is a table row
 * (the seed carries the appendix as tab-separated rows). Text typed in a legacy encoding (TCVN3, VNI: "c¸n bé
 * c«ng chøc") is converted to Unicode first, and the document says so (conversions).
 */
export function readPlainText(text: string): NarrativeDocument {
  const legacy = detectLegacy(text);
  if (legacy) text = legacyToUnicode(text, legacy.encoding);
  const paragraphs: NarrativeParagraph[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.trim() === "") continue;
    if (raw.includes("\t")) {
      const cells = raw.split("\t").map((c) => c.trim());
      paragraphs.push({ text: raw.trim(), inTable: true, cells });
    } else {
      paragraphs.push({ text: raw.trim(), inTable: false });
    }
  }
  return legacy
    ? { paragraphs, conversions: [{ from: legacy.encoding, paragraphs: paragraphs.length }] }
    : { paragraphs };
}
