/**
 * What the task pane needs from the workbook it runs against. Two adapters implement it:
 * Office.js (src/office/) inside Excel, and an in-memory workbook in the browser preview (src/preview/).
 * React components only ever see this interface, never Office.js.
 */
import type { WorkbookGrid } from "../core/grid";
import type { Lang, Severity } from "../core/findings";
import type { SheetTemplate } from "../core/template/types";

export interface Highlight {
  /** Cell address with sheet, e.g. 'Phụ lục'!D45. */
  cell: string;
  severity: Severity;
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
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Office's display language (or the browser's, in the preview). */
  displayLanguage(): Lang;
  /** Every sheet's used range as a grid (values, displayed text, number formats), in one round trip. */
  readWorkbook(): Promise<WorkbookGrid>;
  /**
   * Make these the highlighted cells: fill each by severity, and give every cell highlighted before but not listed
   * now its previous fill back (an empty list clears them all). Remembers each cell's previous fill the first time
   * it is highlighted.
   */
  showHighlights(highlights: Highlight[]): Promise<void>;
  /** Remove every highlight the add-in made, restoring each cell's previous fill exactly. */
  clearHighlights(): Promise<void>;
  /** Select (and scroll to) a cell. */
  selectCell(address: string): Promise<void>;
  /**
   * Write one value into one cell (an explicit "Sửa" action), with a number format when given. Returns the previous
   * value and number format so the action can be undone exactly.
   */
  writeCell(
    address: string,
    value: number | string,
    numberFormat?: string,
  ): Promise<{ previous: number | string | boolean | null; previousFormat: string }>;
  /** Add the appendix as a new sheet with a unique name; returns that name. Never touches existing sheets. */
  insertSheet(template: SheetTemplate): Promise<string>;
  /** Call listener after the user edits or pastes cells (not after the add-in's own writes). Returns an unsubscribe. */
  onUserEdit(listener: () => void): Promise<() => void>;
  /** Per-workbook storage (document settings in Excel). */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
  /**
   * Hand a document to the officer: the given ways in order (default: the platform's best first), the first that
   * works is taken. The clipboard way must be asked for in the officer's own click.
   */
  deliverFile(file: OutgoingFile, ways?: readonly DeliveryWay[]): Promise<Delivery>;
  /**
   * Write several cells as one explicit action ("Chuyển 8 ô thành số"), each as writeCell writes one, in one read and
   * one write. Returns, in order, what writeCell returns for each cell, so the action can be undone.
   */
  writeCells(writes: CellWrite[]): Promise<PreviousCell[]>;
}

/** What a write returns: what the cell held before, to undo it exactly. */
export type PreviousCell = Awaited<ReturnType<WorkbookHost["writeCell"]>>;
