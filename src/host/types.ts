/**
 * What the task pane needs from the workbook it runs against. Two adapters implement it:
 * Office.js (src/office/) inside Excel, and an in-memory workbook in the browser preview (src/preview/).
 * React components only ever see this interface, never Office.js.
 */
import type { CellValue, WorkbookGrid } from "../core/grid";
import type { Lang, Severity } from "../core/findings";
import type { SheetTemplate } from "../core/template/types";

export interface Highlight {
  /** Cell address with sheet, e.g. 'Phụ lục'!D45. */
  cell: string;
  severity: Severity;
}

export interface ReadOptions {
  /** Read only these sheets (by name); default: every sheet. A live re-check reads the edited sheet only. */
  sheets?: string[];
}

/** Something the read left out, for a quiet note in the pane. */
export type ReadNote =
  /** Only the top-left window of a very large sheet was read (the appendix sits near the top of its sheet). */
  | { kind: "truncated"; sheet: string; rows: number; columns: number; readRows: number; readColumns: number }
  /** The sheet could not be read at all (even a small part of it was too large for one request). */
  | { kind: "skipped"; sheet: string };

/** The workbook as read: the grid the core checks, plus what the host knows about where the officer is. */
export interface WorkbookRead extends WorkbookGrid {
  /** The sheet the officer has open, when the host knows it. */
  activeSheet: string | null;
  notes: ReadNote[];
}

/** What a highlight pass could not do, for a quiet note (the findings are shown either way). */
export interface PaintReport {
  /** Protected sheets: their cells were not highlighted (and earlier highlights there were left as they are). */
  protectedSheets: string[];
}

/** A user edit, as the host reports it. */
export interface UserEdit {
  /** Name of the edited sheet, when the host knows it. */
  sheet: string | null;
}

/**
 * What a cell held before a fix: opaque to the pane, given back to restoreCells for an exact undo (the value with its
 * type, the number format; a formula cell is never fixed). It also remembers what the fix wrote, so that an undo
 * never overwrites a later edit.
 */
export interface CellSnapshot {
  readonly cell: string;
  /** Host-specific; never read by the pane. */
  readonly state: unknown;
}

/** Why the host refused to write a cell (the pane words it in the officer's language). */
export type RefusalReason =
  /** The cell holds a formula: a fix would replace it by a constant. */
  | "formula"
  /** The cell no longer holds the value the finding was computed from (or, on undo, the value the fix wrote). */
  | "changed"
  /** The cell is locked on a protected sheet. */
  | "protected";

export class CellWriteRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly cell: string,
    /** The formula, for reason "formula". */
    readonly formula?: string,
  ) {
    super(`${reason}: ${cell}${formula ? ` (${formula})` : ""}`);
    this.name = "CellWriteRefused";
  }
}

/** A document the add-in made (the exported report), to hand to the officer. */
export interface OutgoingFile {
  /** File name, e.g. "bao-cao-cchc-quy-iii-2022.docx". */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** The same document as rich text (HTML) and as plain text, for the clipboard way. */
  html: string;
  text: string;
}

/**
 * How a file reaches the officer:
 * - download: the pane's own web view saves it (Excel on the web; Windows desktop with WebView2, where a pane's
 *   downloads are unreliable on older runtimes);
 * - browser: the system's default browser opens the add-in's download page with the file inside the address's
 *   fragment and saves it (Windows and Mac desktop, Office.context.ui.openBrowserWindow; the Mac web view cannot
 *   download at all, office-js issues 2700 and 3385);
 * - clipboard: the report copied as rich text, to paste into Word (works everywhere; needs the officer's click).
 */
export type DeliveryWay = "download" | "browser" | "clipboard";

export interface Delivery {
  /** The way taken, or null when none worked. */
  way: DeliveryWay | null;
  /** The host's other ways, to offer when the file did not arrive. */
  alternatives: DeliveryWay[];
  /** What went wrong, when no way worked. */
  error?: string;
}

/** One cell to write (see WorkbookHost.writeCells). */
export interface CellWrite {
  address: string;
  value: number | string;
  numberFormat?: string;
  /** The value the finding was computed from: the write is refused when the cell holds something else now. */
  expected?: CellValue;
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Office's display language (or the browser's, in the preview). */
  displayLanguage(): Lang;
  /**
   * The sheets' used ranges as a grid (values, displayed text, number formats), with the active sheet. Very large
   * sheets are read in part or skipped, and said so in notes.
   */
  readWorkbook(options?: ReadOptions): Promise<WorkbookRead>;
  /**
   * Make these the highlighted cells, replacing the previous highlights (an empty list clears them all). Highlights
   * never change the officer's own formatting; a cell whose highlight did not change is not written again.
   * Cells on protected sheets are skipped and reported.
   */
  showHighlights(highlights: Highlight[]): Promise<PaintReport>;
  /** Remove every highlight the add-in made (the officer's own fills were never changed). */
  clearHighlights(): Promise<PaintReport>;
  /** Select (and scroll to) a cell. */
  selectCell(address: string): Promise<void>;
  /**
   * Write one value into one cell (an explicit "Sửa" action), with a number format when given. Refuses (throws
   * CellWriteRefused) when the cell holds a formula, is locked on a protected sheet, or no longer holds `expected`
   * (the value the finding was computed from, when given). Returns a snapshot for restoreCells.
   */
  writeCell(
    address: string,
    value: number | string,
    numberFormat?: string,
    expected?: CellValue,
  ): Promise<CellSnapshot>;
  /**
   * Undo writes: put each cell back (its value with its type, its number format), in one read and one write. Refuses
   * (CellWriteRefused, nothing written) when a cell no longer holds what the write put there.
   */
  restoreCells(snapshots: CellSnapshot[]): Promise<void>;
  /** Add the appendix as a new sheet with a unique name; returns that name. Never touches existing sheets. */
  insertSheet(template: SheetTemplate): Promise<string>;
  /** Call listener after the user edits or pastes cells (not after the add-in's own writes). Returns an unsubscribe. */
  onUserEdit(listener: (edit: UserEdit) => void): Promise<() => void>;
  /** Per-workbook storage (document settings in Excel), saved inside the file. */
  loadSetting(key: string): Promise<string | null>;
  /** Saves a setting into the workbook; "" removes it. Rejects when the save failed. */
  saveSetting(key: string, value: string): Promise<void>;
  /**
   * Hand a document to the officer: the given ways in order (default: the platform's best first), the first that
   * works is taken. The clipboard way must be asked for in the officer's own click.
   */
  deliverFile(file: OutgoingFile, ways?: readonly DeliveryWay[]): Promise<Delivery>;
  /**
   * Write several cells as one explicit action ("Chuyển 8 ô thành số"), each as writeCell writes one, in one read and
   * one write; refused as a whole (nothing written) when writeCell would refuse one of them. Returns, in order, the
   * cells' snapshots, so the action can be undone.
   */
  writeCells(writes: CellWrite[]): Promise<CellSnapshot[]>;
}

/** What a write returns: what the cell held before, to undo it exactly (restoreCells). */
export type PreviousCell = CellSnapshot;
