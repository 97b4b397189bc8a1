/**
 * The narrative kept with the workbook (a document setting, saved inside the .xlsx): what the pane saves when the
 * officer gives a report, and what the pane and the ribbon's "Kiểm tra nhanh" compare on every later check (and the
 * export, in the pane and on the command line, reads as the officer's draft).
 */
import type { NarrativeDocument } from "./document";

/** The document setting that keeps the narrative with the workbook. */
export const NARRATIVE_SETTING = "cchc.narrative";

export interface NarrativeSource {
  name: string;
  kind: "docx" | "text";
}

export interface SavedNarrative {
  source: NarrativeSource;
  doc: NarrativeDocument;
}

export function parseSavedNarrative(json: string | null): SavedNarrative | null {
  if (!json) return null;
  try {
    const saved = JSON.parse(json) as Partial<SavedNarrative>;
    if (!saved.source?.name || !Array.isArray(saved.doc?.paragraphs)) return null;
    return { source: saved.source, doc: saved.doc };
  } catch {
    return null;
  }
}

/** The setting's text: the paragraphs with what the narrative check reads, nothing else. */
export function serialiseNarrative(doc: NarrativeDocument, source: NarrativeSource): string {
  const saved: SavedNarrative = {
    source,
    doc: {
      paragraphs: doc.paragraphs.map(({ text, inTable, part, style, marks, cells }) => ({
        text,
        inTable,
        ...(part ? { part } : {}),
        ...(style ? { style } : {}),
        ...(cells ? { cells } : {}),
        ...(marks?.length ? { marks } : {}),
      })),
    },
  };
  return JSON.stringify(saved);
}
