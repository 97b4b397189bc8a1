/**
 * A WorkbookHost over an in-memory workbook, for the browser preview and tests: values and displayed text per
 * cell, formulas where the file has them, per-cell fills, highlights drawn over the fills (like Excel's conditional
 * formats: the fills themselves are never changed), protected sheets, a selection, sheets inserted from a template,
 * settings in localStorage (or memory). Sheets are read through the same window as in Excel (src/host/readWindow).
 * The sheet view edits cells through userEdit(), which notifies the onUserEdit listeners the way Excel's change
 * events do; the add-in's own writes (writeCell(s), restoreCells) do not.
 */
import { uniqueSheetName } from "../core/template/sheetName";
import type { Lang } from "../core/findings";
import {
  columnLetters,
  parseLocalAddress,
  quoteSheetName,
  splitAddress,
  type Cell,
  type CellValue,
  type WorkbookGrid,
} from "../core/grid";
import type { SheetTemplate } from "../core/template/types";
import { copyRichText, downloadBytes } from "../host/browserDelivery";
import { WINDOW_COLUMNS, WINDOW_ROWS } from "../host/readWindow";
import { sameValue } from "../host/sameValue";
import {
  CellWriteRefused,
  type CellSnapshot,
  type CellWrite,
  type Delivery,
  type DeliveryWay,
  type Highlight,
  type OutgoingFile,
  type ReadNote,
  type ReadOptions,
  type UserEdit,
  type WorkbookHost,
  type WorkbookRead,
} from "../host/types";
import { formatExcelNumber, type NumberLocale } from "../io/excelFormat";
import { HIGHLIGHT_FILLS } from "../taskpane/findingsView";

export interface MergeRange {
  /** 0-based, inclusive. */
  fromRow: number;
  fromCol: number;
  toRow: number;
  toCol: number;
}

/** Cell look beyond value and text, for the sheet view. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  horizontal?: "left" | "center" | "right";
}

export interface MemorySheet {
  name: string;
  /** cells[r][c] at sheet row r, column c (0-based, origin A1). Rows may be ragged. */
  cells: Cell[][];
  /** The officer's fill colours ("#RRGGBB") by local address ("D45"). */
  fills: Map<string, string>;
  /** The add-in's highlight colours, drawn over the fills (Excel: conditional formats). */
  highlights: Map<string, string>;
  /** Formulas ("=SUM(D10:D13)") by local address; the cell's value is the formula's last result. */
  formulas: Map<string, string>;
  /** A protected sheet: no highlights, no fixes. */
  protected: boolean;
  styles: Map<string, CellStyle>;
  merges: MergeRange[];
  /** Column widths in characters (Excel's unit). */
  columnWidths: number[];
}

/** What the xlsx reader or a test hands to the host. */
export interface MemoryWorkbookInput {
  grid: WorkbookGrid;
  /** Fills by sheet name, then local address. */
  fills?: Record<string, Record<string, string>>;
  styles?: Record<string, Record<string, CellStyle>>;
  merges?: Record<string, MergeRange[]>;
  columnWidths?: Record<string, number[]>;
  /** Formulas by sheet name, then local address. */
  formulas?: Record<string, Record<string, string>>;
  /** Names of protected sheets. */
  protectedSheets?: string[];
}

export interface Selection {
  sheet: string;
  /** Local address, e.g. "D45". */
  local: string;
}

/** Immutable view of the host's state for the sheet view (a new object after every change). */
export interface MemorySnapshot {
  sheets: readonly MemorySheet[];
  activeSheet: string | null;
  selection: Selection | null;
  version: number;
}

export interface MemoryHost extends WorkbookHost {
  readonly kind: "preview";
  /** How numbers are typed and shown: "vi" as Excel with Vietnamese settings (7,76%; 5.106), "en" as in English. */
  readonly numberLocale: NumberLocale;
  /**
   * Replace the whole workbook (a file the user opened). Highlights and selection are forgotten, and the settings are
   * the new workbook's own (in Excel they are saved in the file): `id` names the workbook in the settings' storage,
   * so the same file opened again finds its settings, another file starts without any.
   */
  load(input: MemoryWorkbookInput, id?: string): void;
  snapshot(): MemorySnapshot;
  /** Subscribe to state changes (for useSyncExternalStore). */
  subscribe(listener: () => void): () => void;
  setActiveSheet(name: string): void;
  /** Select a cell the way a click in the sheet does (no event to the pane). */
  setSelection(sheet: string, local: string): void;
  /** The user typed text into a cell (replacing any formula): parse it as Excel would and notify the onUserEdit listeners. */
  userEdit(address: string, input: string): void;
  /** The cell at an address, or null when it is outside the sheet. */
  getCell(address: string): Cell | null;
  /** The colour a cell shows (the add-in's highlight over the officer's fill), or null. */
  getFill(address: string): string | null;
  /** The officer's own fill of a cell, or null. */
  getOwnFill(address: string): string | null;
}

export interface MemoryHostOptions {
  language?: Lang;
  /** How the user types numbers and how they are shown (default "en", Excel's invariant notation). */
  numberLocale?: NumberLocale;
  /** Where settings live; default: window.localStorage when present, else memory. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  /** Prefix of setting keys in the storage. */
  storagePrefix?: string;
  fills?: Record<string, string>;
  /** How files are handed over: default, a real download and a rich-text copy in the page (tests replace them). */
  delivery?: {
    download(file: OutgoingFile): void;
    copy(html: string, text: string): Promise<void>;
  };
}

/** The preview runs in an ordinary browser tab: it downloads, or copies to the clipboard. */
const PREVIEW_WAYS: DeliveryWay[] = ["download", "clipboard"];

const EMPTY: Cell = Object.freeze({ value: null, text: "" }) as Cell;

export function createMemoryHost(
  input: MemoryWorkbookInput = { grid: { sheets: [] } },
  options: MemoryHostOptions = {},
): MemoryHost {
  const language: Lang = options.language ?? "vi";
  const numberLocale: NumberLocale = options.numberLocale ?? "en";
  const fillsBySeverity = { ...HIGHLIGHT_FILLS, ...(options.fills ?? {}) };
  const storage = options.storage !== undefined ? options.storage : defaultStorage();
  const basePrefix = options.storagePrefix ?? "cchc-preview:";
  /** The settings' key prefix for the loaded workbook (see load). */
  let prefix = basePrefix;
  let memorySettings = new Map<string, string>();
  const delivery = options.delivery ?? {
    download: (file: OutgoingFile) => downloadBytes(file),
    copy: (html: string, text: string) => copyRichText(html, text),
  };

  let sheets: MemorySheet[] = [];
  let state: MemorySnapshot = { sheets, activeSheet: null, selection: null, version: 0 };
  const listeners = new Set<() => void>();
  const editListeners = new Set<(edit: UserEdit) => void>();

  function emit(patch: Partial<MemorySnapshot> = {}) {
    state = { ...state, sheets: [...sheets], ...patch, version: state.version + 1 };
    for (const l of [...listeners]) l();
  }

  function load(next: MemoryWorkbookInput, id?: string) {
    prefix = id ? `${basePrefix}${id}:` : basePrefix;
    memorySettings = new Map();
    sheets = next.grid.sheets.map((g) => {
      const rowOff = g.originRow ?? 0;
      const colOff = g.originCol ?? 0;
      const cells: Cell[][] = [];
      g.cells.forEach((row, r) => {
        const out: Cell[] = [];
        row.forEach((cell, c) => {
          // Numbers are shown as this Excel would show them (the file only stores the value and the format).
          out[c + colOff] = !cell
            ? { value: null, text: "" }
            : typeof cell.value === "number" && numberLocale !== "en"
              ? { ...cell, text: formatExcelNumber(cell.value, cell.numberFormat, numberLocale) }
              : { ...cell };
        });
        for (let c = 0; c < out.length; c++) if (!out[c]) out[c] = { value: null, text: "" };
        cells[r + rowOff] = out;
      });
      for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
      return {
        name: g.name,
        cells,
        fills: new Map(Object.entries(next.fills?.[g.name] ?? {})),
        highlights: new Map<string, string>(),
        formulas: new Map(Object.entries(next.formulas?.[g.name] ?? {})),
        protected: next.protectedSheets?.includes(g.name) ?? false,
        styles: new Map(Object.entries(next.styles?.[g.name] ?? {})),
        merges: [...(next.merges?.[g.name] ?? [])],
        columnWidths: [...(next.columnWidths?.[g.name] ?? [])],
      };
    });
    emit({ activeSheet: sheets[0]?.name ?? null, selection: null });
  }

  function locate(address: string): { sheet: MemorySheet; local: string; row: number; col: number } {
    const { sheet: sheetName, local } = splitAddress(address);
    const sheet = sheetName
      ? sheets.find((s) => s.name === sheetName)
      : (sheets.find((s) => s.name === state.activeSheet) ?? sheets[0]);
    if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
    const pos = parseLocalAddress(local);
    if (!pos) throw new Error(`Not a cell address: ${address}`);
    return { sheet, local: `${columnLetters(pos.col)}${pos.row + 1}`, row: pos.row, col: pos.col };
  }

  function setCell(sheet: MemorySheet, row: number, col: number, cell: Cell) {
    while (sheet.cells.length <= row) sheet.cells.push([]);
    const r = sheet.cells[row];
    while (r.length <= col) r.push({ value: null, text: "" });
    r[col] = cell;
  }

  function cellOf(sheet: MemorySheet, row: number, col: number): Cell {
    return sheet.cells[row]?.[col] ?? EMPTY;
  }

  function writeValue(address: string, value: CellValue, numberFormat?: string): CellValue {
    const { sheet, local, row, col } = locate(address);
    const old = cellOf(sheet, row, col);
    const format = numberFormat ?? old.numberFormat;
    setCell(sheet, row, col, makeCell(value, format, numberLocale));
    sheet.formulas.delete(local);
    return old.value;
  }

  /** Refuses a fix (or its undo) where Excel would: a protected sheet, a formula, a cell that changed. */
  function refuse(
    address: string,
    expected: CellValue | undefined,
  ): { sheet: MemorySheet; row: number; col: number; local: string } {
    const at = locate(address);
    if (at.sheet.protected) throw new CellWriteRefused("protected", address);
    const formula = at.sheet.formulas.get(at.local);
    if (formula) throw new CellWriteRefused("formula", address, formula);
    if (expected !== undefined && !sameValue(cellOf(at.sheet, at.row, at.col).value, expected))
      throw new CellWriteRefused("changed", address);
    return at;
  }

  function paint(highlights: Highlight[]) {
    const protectedSheets = new Set<string>();
    const wanted = new Map<MemorySheet, Map<string, string>>();
    for (const h of highlights) {
      const name = splitAddress(h.cell).sheet;
      if (name && !sheets.some((x) => x.name === name)) continue; // a sheet gone since the check, as in Excel
      const { sheet, local } = locate(h.cell);
      if (sheet.protected) {
        protectedSheets.add(sheet.name);
        continue;
      }
      const marks = wanted.get(sheet) ?? new Map<string, string>();
      marks.set(local, fillsBySeverity[h.severity]);
      wanted.set(sheet, marks);
    }
    for (const sheet of sheets) {
      if (sheet.protected) {
        if (sheet.highlights.size > 0) protectedSheets.add(sheet.name);
        continue;
      }
      sheet.highlights = wanted.get(sheet) ?? new Map();
    }
    emit();
    return { protectedSheets: [...protectedSheets] };
  }

  const host: MemoryHost = {
    kind: "preview",
    numberLocale,

    displayLanguage: () => language,

    async readWorkbook(options: ReadOptions = {}): Promise<WorkbookRead> {
      const notes: ReadNote[] = [];
      const read = sheets.filter((s) => !options.sheets || options.sheets.includes(s.name));
      return {
        sheets: read.map((s) => {
          const rows = s.cells.length;
          const columns = Math.max(0, ...s.cells.map((r) => r.length));
          if (rows > WINDOW_ROWS || columns > WINDOW_COLUMNS)
            notes.push({
              kind: "truncated",
              sheet: s.name,
              rows,
              columns,
              readRows: Math.min(rows, WINDOW_ROWS),
              readColumns: Math.min(columns, WINDOW_COLUMNS),
            });
          return {
            name: s.name,
            cells: s.cells.slice(0, WINDOW_ROWS).map((row) => row.slice(0, WINDOW_COLUMNS).map((c) => ({ ...c }))),
            originRow: 0,
            originCol: 0,
          };
        }),
        activeSheet: state.activeSheet,
        notes,
      };
    },

    async showHighlights(highlights: Highlight[]) {
      return paint(highlights);
    },

    async clearHighlights() {
      return paint([]);
    },

    async selectCell(address: string) {
      const { sheet, local } = locate(address);
      emit({ activeSheet: sheet.name, selection: { sheet: sheet.name, local } });
    },

    async writeCell(address: string, value: number | string, numberFormat?: string, expected?: CellValue) {
      const [snapshot] = await host.writeCells([{ address, value, numberFormat, expected }]);
      return snapshot;
    },

    async writeCells(writes: CellWrite[]) {
      // Every cell is looked at before any is written: one refusal writes nothing.
      const targets = writes.map((w) => refuse(w.address, w.expected));
      const snapshots = writes.map(({ address, value, numberFormat }, i): CellSnapshot => {
        const { sheet, row, col } = targets[i];
        const before = cellOf(sheet, row, col);
        writeValue(address, value === "" ? null : value, numberFormat);
        const state: MemoryCellState = {
          value: before.value,
          numberFormat: before.numberFormat,
          written: value === "" ? null : value,
        };
        return { cell: address, state };
      });
      emit();
      return snapshots;
    },

    async restoreCells(snapshots: CellSnapshot[]) {
      const targets = snapshots.map((snapshot) => refuse(snapshot.cell, (snapshot.state as MemoryCellState).written));
      // In reverse order: a cell written twice in one action ends as it was before the first write.
      [...snapshots].reverse().forEach((snapshot, i) => {
        const state = snapshot.state as MemoryCellState;
        const { sheet, row, col, local } = targets[snapshots.length - 1 - i];
        setCell(sheet, row, col, makeCell(state.value, state.numberFormat, numberLocale));
        sheet.formulas.delete(local);
      });
      emit();
    },

    async insertSheet(template: SheetTemplate) {
      const name = uniqueSheetName(
        template.name,
        sheets.map((s) => s.name),
      );
      const sheet: MemorySheet = {
        name,
        cells: [],
        fills: new Map(),
        highlights: new Map(),
        formulas: new Map(),
        protected: false,
        styles: new Map(),
        merges: template.merges.map((m) => ({ ...m })),
        columnWidths: [...template.columnWidths],
      };
      for (const tc of template.cells) {
        setCell(sheet, tc.row, tc.col, makeCell(tc.value ?? null, tc.style?.numberFormat, numberLocale));
        const local = `${columnLetters(tc.col)}${tc.row + 1}`;
        if (tc.style?.fill) sheet.fills.set(local, tc.style.fill.toUpperCase());
        if (tc.style && (tc.style.bold || tc.style.italic || tc.style.horizontal)) {
          sheet.styles.set(local, { bold: tc.style.bold, italic: tc.style.italic, horizontal: tc.style.horizontal });
        }
      }
      for (let r = 0; r < sheet.cells.length; r++) if (!sheet.cells[r]) sheet.cells[r] = [];
      sheets = [...sheets, sheet];
      emit({ activeSheet: name, selection: { sheet: name, local: "A1" } });
      return name;
    },

    async onUserEdit(listener: (edit: UserEdit) => void) {
      editListeners.add(listener);
      return () => {
        editListeners.delete(listener);
      };
    },

    async loadSetting(key: string) {
      if (storage) {
        try {
          return storage.getItem(prefix + key);
        } catch {
          /* storage refused: fall back to memory */
        }
      }
      return memorySettings.get(key) ?? null;
    },

    async saveSetting(key: string, value: string) {
      memorySettings.set(key, value);
      if (storage) {
        try {
          storage.setItem(prefix + key, value);
        } catch {
          /* storage full or refused: memory only */
        }
      }
    },

    async deliverFile(file: OutgoingFile, ways?: readonly DeliveryWay[]): Promise<Delivery> {
      const order = (ways ?? PREVIEW_WAYS).filter((w) => PREVIEW_WAYS.includes(w));
      const problems: string[] = [];
      for (const way of order) {
        try {
          if (way === "download") delivery.download(file);
          else await delivery.copy(file.html, file.text);
          return { way, alternatives: PREVIEW_WAYS.filter((w) => w !== way) };
        } catch (e) {
          problems.push(`${way}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return { way: null, alternatives: PREVIEW_WAYS.filter((w) => !order.includes(w)), error: problems.join("; ") };
    },

    load,

    snapshot: () => state,

    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    setActiveSheet(name: string) {
      if (!sheets.some((s) => s.name === name) || state.activeSheet === name) return;
      emit({ activeSheet: name });
    },

    setSelection(sheet: string, local: string) {
      emit({ activeSheet: sheet, selection: { sheet, local: local.toUpperCase() } });
    },

    userEdit(address: string, input: string) {
      const { sheet, row, col } = locate(address);
      const parsed = parseInput(input, cellOf(sheet, row, col).numberFormat, numberLocale);
      writeValue(address, parsed.value, parsed.numberFormat);
      emit();
      for (const l of [...editListeners]) l({ sheet: sheet.name });
    },

    getCell(address: string) {
      try {
        const { sheet, row, col } = locate(address);
        return sheet.cells[row]?.[col] ?? null;
      } catch {
        return null;
      }
    },

    getFill(address: string) {
      try {
        const { sheet, local } = locate(address);
        return sheet.highlights.get(local) ?? sheet.fills.get(local) ?? null;
      } catch {
        return null;
      }
    },

    getOwnFill(address: string) {
      try {
        const { sheet, local } = locate(address);
        return sheet.fills.get(local) ?? null;
      } catch {
        return null;
      }
    },
  };

  load(input);
  return host;
}

interface MemoryCellState {
  value: CellValue;
  numberFormat: string | undefined;
  written: CellValue;
}

/** A cell holding a value, with Excel's displayed text for its number format. */
export function makeCell(value: CellValue, numberFormat?: string, locale: NumberLocale = "en"): Cell {
  const cell: Cell = { value, text: cellText(value, numberFormat, locale) };
  if (numberFormat) cell.numberFormat = numberFormat;
  return cell;
}

function cellText(value: CellValue, numberFormat: string | undefined, locale: NumberLocale): string {
  if (value === null) return "";
  if (typeof value === "number") return formatExcelNumber(value, numberFormat, locale);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What Excel makes of text typed into a cell, with English number settings (locale "en": "1,234.5") or Vietnamese
 * ones ("vi": "1.234,5", "7,76%"): numbers become numbers (a grouped one keeps a grouped format), "7.76%" becomes
 * 0.0776 formatted 0.00%, TRUE/FALSE booleans; anything else, a number in the other notation included, stays text.
 * A leading apostrophe forces text. An empty input empties the cell.
 */
export function parseInput(
  input: string,
  currentFormat?: string,
  locale: NumberLocale = "en",
): { value: CellValue; numberFormat?: string } {
  const dec = locale === "vi" ? "," : ".";
  const grp = locale === "vi" ? "." : ",";
  const D = escape(dec);
  const G = escape(grp);
  const toNumber = (s: string) => Number(s.split(grp).join("").replace(dec, "."));
  const raw = input.trim();
  if (raw === "") return { value: null, numberFormat: currentFormat };
  if (input.startsWith("'")) return { value: input.slice(1), numberFormat: currentFormat };
  if (/^(true|false)$/i.test(raw)) return { value: raw.toUpperCase() === "TRUE", numberFormat: currentFormat };
  const pct = new RegExp(`^([-+]?(?:\\d{1,3}(?:${G}\\d{3})+|\\d+)(?:${D}(\\d+))?|[-+]?${D}\\d+)\\s*%$`).exec(raw);
  if (pct) {
    const n = toNumber(pct[1]);
    if (Number.isFinite(n)) {
      const decimals = pct[2]?.length ?? 0;
      const keep = currentFormat && currentFormat.includes("%");
      return {
        value: Number((n / 100).toPrecision(12)),
        numberFormat: keep ? currentFormat : decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
      };
    }
  }
  const num = new RegExp(`^[-+]?(?:\\d{1,3}(?:${G}\\d{3})+|\\d+)(?:${D}\\d+)?$|^[-+]?${D}\\d+$`).exec(raw);
  if (num) {
    const grouped = raw.includes(grp);
    const n = toNumber(raw);
    if (Number.isFinite(n)) {
      // Excel's automatic percent entry: 80 typed into a percent cell is 80%.
      if (currentFormat && currentFormat.includes("%"))
        return { value: Number((n / 100).toPrecision(12)), numberFormat: currentFormat };
      if (grouped && (!currentFormat || /^general$/i.test(currentFormat))) return { value: n, numberFormat: "#,##0" };
      return { value: n, numberFormat: currentFormat };
    }
  }
  return { value: input, numberFormat: currentFormat };
}

/** The full address of a cell of a sheet: 'Phụ lục'!D45. */
export function fullAddress(sheet: string, local: string): string {
  return `${quoteSheetName(sheet)}!${local}`;
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}
