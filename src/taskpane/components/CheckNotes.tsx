/**
 * Quiet notes under the check: the list is out of date, highlights paused after "Xóa đánh dấu", sheets that could
 * not be highlighted (protected) or read in full, a fix Excel was not allowed to make. None of them hides the list.
 */
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import { useLang } from "../lang";
import type { AppendixCheck, CheckNote } from "../useAppendixCheck";

const useStyles = makeStyles({ notes: { display: "flex", flexDirection: "column", gap: "6px" } });

function noteText(note: CheckNote, t: Messages): string {
  switch (note.kind) {
    case "paused":
      return t.notePaused;
    case "protected":
      return t.noteProtected(note.sheets.map((n) => `“${n}”`).join(", "));
    case "paint-failed":
      return t.notePaintFailed(note.message);
    case "refused":
      if (note.reason === "formula") return t.refusedFormula(note.cell, note.formula ?? "");
      if (note.reason === "protected") return t.refusedProtected(note.cell);
      return t.refusedChanged(note.cell);
    case "read":
      return note.note.kind === "skipped"
        ? t.noteSkipped(note.note.sheet)
        : t.noteTruncated(
            note.note.sheet,
            note.note.rows,
            note.note.columns,
            note.note.readRows,
            note.note.readColumns,
          );
  }
}

/** The check's notes, after `extra` (a refused fix, from useFixes) when there is one. */
export function CheckNotes({ check, extra = null }: { check: AppendixCheck; extra?: CheckNote | null }) {
  const { t } = useLang();
  const s = useStyles();
  const notes = extra ? [extra, ...check.notes] : check.notes;
  if (!check.stale && notes.length === 0) return null;
  return (
    <div className={s.notes} role="group" aria-label={t.notesLabel}>
      {check.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.staleList}</MessageBarBody>
        </MessageBar>
      )}
      {notes.map((note, i) => (
        <MessageBar key={`${note.kind}-${i}`} intent={note.kind === "refused" ? "warning" : "info"}>
          <MessageBarBody>{noteText(note, t)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
