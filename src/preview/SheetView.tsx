/**
 * A read-only HTML view of the preview workbook's active sheet: sheet tabs, column letters and row numbers, cell
 * text with fills (the add-in's highlights), the selected cell outlined. Double-click a cell (or press Enter or F2
 * on the selected one) to edit it; Enter commits and notifies the pane like an edit in Excel; Escape cancels.
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { columnLetters, type Cell } from "../core/grid";
import { fullAddress, type MemoryHost, type MemorySheet } from "./memoryHost";

/** Draw at most this much of a sheet (an uploaded file can be large). */
const MAX_ROWS = 1000;
const MAX_COLS = 40;
const DEFAULT_WIDTH_CHARS = 10;

export function SheetView({ host }: { host: MemoryHost }) {
  const snap = useSyncExternalStore(host.subscribe, host.snapshot, host.snapshot);
  const sheet = snap.sheets.find((s) => s.name === snap.activeSheet) ?? snap.sheets[0];
  const selected = snap.selection && sheet && snap.selection.sheet === sheet.name ? snap.selection.local : null;
  const [editing, setEditing] = useState<{ local: string; text: string } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  // Bring a newly selected cell into view (the pane's "click a finding" selects cells), unless it is in view already
  // (a click in the sheet must not move the cell under the mouse, or a double-click would land elsewhere).
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!selected || !grid) return;
    const el = grid.querySelector<HTMLElement>(`[data-address="${selected}"]`);
    if (!el || isVisibleIn(el, grid)) return;
    el.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selected, sheet?.name]);

  useEffect(() => setEditing(null), [sheet?.name]);

  if (!sheet) return <div className="sheet-empty">—</div>;

  const rows = Math.min(Math.max(sheet.cells.length, 1), MAX_ROWS);
  const cols = Math.min(
    Math.max(
      sheet.cells.reduce((m, r) => Math.max(m, r.length), 0),
      sheet.columnWidths.length,
      1,
    ),
    MAX_COLS,
  );
  const { hidden, spans } = mergeLayout(sheet);

  const commit = () => {
    if (!editing) return;
    host.userEdit(fullAddress(sheet.name, editing.local), editing.text);
    setEditing(null);
  };
  const startEdit = (local: string, cell: Cell) => {
    host.setSelection(sheet.name, local);
    setEditing({ local, text: editText(cell, host.numberLocale) });
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !selected) return;
    if (e.key === "Enter" || e.key === "F2") {
      const pos = /^([A-Z]+)(\d+)$/.exec(selected);
      if (!pos) return;
      e.preventDefault();
      const r = Number(pos[2]) - 1;
      const c = letterIndex(pos[1]);
      startEdit(selected, sheet.cells[r]?.[c] ?? { value: null, text: "" });
    }
  };

  return (
    <div className="sheet">
      <div className="sheet-tabs" role="tablist" aria-label="Trang tính">
        {snap.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className="sheet-tab"
            onClick={() => host.setActiveSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="sheet-formula" aria-live="polite">
        <span className="sheet-namebox" data-testid="namebox">
          {selected ?? ""}
        </span>
        <span className="sheet-formula-text">{selected ? cellAtLocal(sheet, selected).text : ""}</span>
      </div>
      <div className="sheet-grid" ref={gridRef} tabIndex={0} onKeyDown={onGridKey}>
        <table role="grid" aria-label={sheet.name} data-sheet={sheet.name}>
          <colgroup>
            <col className="sheet-rowhead-col" />
            {Array.from({ length: cols }, (_, c) => (
              <col
                key={c}
                style={{ width: `${Math.round((sheet.columnWidths[c] || DEFAULT_WIDTH_CHARS) * 7 + 8)}px` }}
              />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="sheet-corner" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className="sheet-colhead">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className="sheet-rowhead">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const local = `${columnLetters(c)}${r + 1}`;
                  if (hidden.has(local)) return null;
                  const cell = sheet.cells[r]?.[c] ?? { value: null, text: "" };
                  const fill = sheet.highlights.get(local) ?? sheet.fills.get(local);
                  const style = sheet.styles.get(local);
                  const span = spans.get(local);
                  const isSelected = local === selected;
                  const isEditing = editing?.local === local;
                  const numeric = typeof cell.value === "number";
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      data-address={local}
                      data-fill={fill ?? undefined}
                      aria-selected={isSelected}
                      colSpan={span?.cols}
                      rowSpan={span?.rows}
                      className={`sheet-cell${isSelected ? " is-selected" : ""}${isEditing ? " is-editing" : ""}`}
                      style={{
                        backgroundColor: fill,
                        fontWeight: style?.bold ? 600 : undefined,
                        fontStyle: style?.italic ? "italic" : undefined,
                        textAlign: style?.horizontal ?? (numeric ? "right" : undefined),
                      }}
                      onClick={() => {
                        if (!isEditing) host.setSelection(sheet.name, local);
                      }}
                      onDoubleClick={() => startEdit(local, cell)}
                      title={local}
                    >
                      {isEditing ? (
                        <input
                          className="sheet-editor"
                          aria-label={`Sửa ô ${local}`}
                          autoFocus
                          value={editing.text}
                          onChange={(e) => setEditing({ local, text: e.target.value })}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") {
                              e.preventDefault();
                              commit();
                              gridRef.current?.focus();
                            } else if (e.key === "Escape") {
                              e.preventDefault();
                              setEditing(null);
                              gridRef.current?.focus();
                            }
                          }}
                          onBlur={() => setEditing(null)}
                        />
                      ) : (
                        cell.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * What the editor starts with: the text as typed for text, a plain number for numbers (percent cells as "7.76%"),
 * with the decimal comma under Vietnamese settings ("7,76%").
 */
function editText(cell: Cell, locale: "en" | "vi"): string {
  if (cell.value === null) return "";
  if (typeof cell.value === "number") {
    const plain = (n: number) => (locale === "vi" ? String(n).replace(".", ",") : String(n));
    if (cell.numberFormat?.includes("%")) return `${plain(Number((cell.value * 100).toPrecision(12)))}%`;
    return plain(cell.value);
  }
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value;
}

function isVisibleIn(el: HTMLElement, container: HTMLElement): boolean {
  const a = el.getBoundingClientRect();
  const b = container.getBoundingClientRect();
  // Leave room for the sticky column letters and row numbers.
  return a.top >= b.top + 20 && a.bottom <= b.bottom && a.left >= b.left + 40 && a.right <= b.right;
}

function cellAtLocal(sheet: MemorySheet, local: string): Cell {
  const pos = /^([A-Z]+)(\d+)$/.exec(local);
  if (!pos) return { value: null, text: "" };
  return sheet.cells[Number(pos[2]) - 1]?.[letterIndex(pos[1])] ?? { value: null, text: "" };
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function mergeLayout(sheet: MemorySheet) {
  const hidden = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    spans.set(`${columnLetters(m.fromCol)}${m.fromRow + 1}`, {
      rows: m.toRow - m.fromRow + 1,
      cols: m.toCol - m.fromCol + 1,
    });
    for (let r = m.fromRow; r <= m.toRow; r++)
      for (let c = m.fromCol; c <= m.toCol; c++)
        if (r !== m.fromRow || c !== m.fromCol) hidden.add(`${columnLetters(c)}${r + 1}`);
  }
  return { hidden, spans };
}
