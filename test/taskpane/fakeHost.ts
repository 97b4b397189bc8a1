/** A WorkbookHost whose every method is a jest mock, for the pane's tests. */
import type { Lang } from "../../src/core/findings";
import type { WorkbookGrid } from "../../src/core/grid";
import type { WorkbookHost } from "../../src/host/types";

export interface FakeHost extends WorkbookHost {
  displayLanguage: jest.Mock<Lang, []>;
  readWorkbook: jest.Mock<Promise<WorkbookGrid>, []>;
  showHighlights: jest.Mock;
  clearHighlights: jest.Mock;
  selectCell: jest.Mock;
  writeCell: jest.Mock;
  insertSheet: jest.Mock;
  onUserEdit: jest.Mock;
  loadSetting: jest.Mock;
  saveSetting: jest.Mock;
  deliverFile: jest.Mock;
  writeCells: jest.Mock;
  /** Act as the user editing a cell: call every onUserEdit listener. */
  userEdits(): void;
  listenerCount(): number;
  settings: Map<string, string>;
}

export const GRID: WorkbookGrid = { sheets: [{ name: "Phụ lục", cells: [[{ value: "STT", text: "STT" }]] }] };

export function fakeHost(lang: Lang = "vi"): FakeHost {
  const listeners = new Set<() => void>();
  const settings = new Map<string, string>();
  const host: FakeHost = {
    kind: "preview",
    displayLanguage: jest.fn(() => lang),
    readWorkbook: jest.fn(async () => GRID),
    showHighlights: jest.fn(async () => undefined),
    clearHighlights: jest.fn(async () => undefined),
    selectCell: jest.fn(async () => undefined),
    writeCell: jest.fn(async () => ({ previous: "5.75%", previousFormat: "General" })),
    insertSheet: jest.fn(async () => "Phụ lục (2)"),
    onUserEdit: jest.fn(async (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    loadSetting: jest.fn(async (key: string) => settings.get(key) ?? null),
    saveSetting: jest.fn(async (key: string, value: string) => {
      settings.set(key, value);
    }),
    deliverFile: jest.fn(async () => ({ way: "download", alternatives: ["clipboard"] })),
    writeCells: jest.fn(async (writes: { address: string }[]) =>
      writes.map(() => ({ previous: "02", previousFormat: "General" })),
    ),
    userEdits: () => [...listeners].forEach((l) => l()),
    listenerCount: () => listeners.size,
    settings,
  };
  return host;
}
