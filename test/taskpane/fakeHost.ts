/** A WorkbookHost whose every method is a jest mock, for the pane's tests. */
import { waitFor } from "@testing-library/react";
import type { Lang } from "../../src/core/findings";
import type { WorkbookGrid } from "../../src/core/grid";
import type { CellSnapshot, ReadOptions, UserEdit, WorkbookHost, WorkbookRead } from "../../src/host/types";

export interface FakeHost extends WorkbookHost {
  displayLanguage: jest.Mock<Lang, []>;
  readWorkbook: jest.Mock<Promise<WorkbookRead>, [ReadOptions?]>;
  showHighlights: jest.Mock;
  clearHighlights: jest.Mock;
  selectCell: jest.Mock;
  writeCell: jest.Mock;
  restoreCells: jest.Mock;
  insertSheet: jest.Mock;
  onUserEdit: jest.Mock;
  loadSetting: jest.Mock;
  saveSetting: jest.Mock;
  deliverFile: jest.Mock;
  writeCells: jest.Mock;
  /** Act as the user editing a cell of this sheet: call every onUserEdit listener. */
  userEdits(sheet?: string | null): void;
  listenerCount(): number;
  settings: Map<string, string>;
}

/** A grid as the host reads it: the first sheet active, nothing left out. */
export function asRead(grid: WorkbookGrid): WorkbookRead {
  return { ...grid, activeSheet: grid.sheets[0]?.name ?? null, notes: [] };
}

export const GRID: WorkbookRead = {
  sheets: [{ name: "Phụ lục", cells: [[{ value: "STT", text: "STT" }]] }],
  activeSheet: "Phụ lục",
  notes: [],
};

export function fakeHost(lang: Lang = "vi"): FakeHost {
  const listeners = new Set<(edit: UserEdit) => void>();
  const settings = new Map<string, string>();
  let snapshots = 0;
  const host: FakeHost = {
    kind: "preview",
    displayLanguage: jest.fn(() => lang),
    readWorkbook: jest.fn(async () => GRID),
    showHighlights: jest.fn(async () => ({ protectedSheets: [] })),
    clearHighlights: jest.fn(async () => ({ protectedSheets: [] })),
    selectCell: jest.fn(async () => undefined),
    writeCell: jest.fn(async (cell: string): Promise<CellSnapshot> => ({ cell, state: `snapshot ${++snapshots}` })),
    restoreCells: jest.fn(async () => undefined),
    insertSheet: jest.fn(async () => "Phụ lục (2)"),
    onUserEdit: jest.fn(async (listener: (edit: UserEdit) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    loadSetting: jest.fn(async (key: string) => settings.get(key) ?? null),
    saveSetting: jest.fn(async (key: string, value: string) => {
      settings.set(key, value);
    }),
    deliverFile: jest.fn(async () => ({ way: "download", alternatives: ["clipboard"] })),
    writeCells: jest.fn(async (writes: { address: string }[]): Promise<CellSnapshot[]> =>
      writes.map(({ address }) => ({ cell: address, state: `snapshot ${++snapshots}` })),
    ),
    userEdits: (sheet = "Phụ lục") => [...listeners].forEach((l) => l({ sheet })),
    listenerCount: () => listeners.size,
    settings,
  };
  return host;
}

/**
 * The sections below the first screen (the form, the insert step, the export) come a moment after the pane renders
 * (a chunk of their own, see App.tsx): wait until each shows more than its title.
 */
export async function panelsLoaded(): Promise<void> {
  await waitFor(() => {
    for (const id of ["form", "insert", "export"])
      expect(document.getElementById(id)?.childElementCount ?? 0).toBeGreaterThan(1);
  });
}
