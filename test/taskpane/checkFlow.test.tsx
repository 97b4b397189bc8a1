/**
 * How the pane calls the host (issue 11) and follows the officer (issue 8): the findings come before the highlights,
 * failures to highlight or read in full are quiet notes, a refused fix says why, which appendix was checked (and a
 * switch), the first edit checks, an edit with "Kiểm tra tự động" off marks the list out of date, and after
 * "Xóa đánh dấu" the live check does not bring the highlights back. The check itself is mocked.
 */
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CheckResult } from "../../src/core/check";
import { checkWorkbookWith } from "../../src/core/tableCheck";
import type { Finding } from "../../src/core/findings";
import { CellWriteRefused, type WorkbookRead } from "../../src/host/types";
import { LIVE_DEBOUNCE_MS, useAppendixCheck } from "../../src/taskpane/useAppendixCheck";
import { fakeHost, GRID, panelsLoaded } from "./fakeHost";
import { RATIO_724, SUM_314 } from "./findingsFixture";

// The table check the pane runs (with the form inference not loaded: null, see checkOnDemand).
jest.mock("../../src/core/tableCheck", () => ({ checkWorkbookWith: jest.fn() }));
const mockCheck = checkWorkbookWith as jest.MockedFunction<typeof checkWorkbookWith>;

function checked(findings: Finding[], sheetName = "Phụ lục", appendixSheets = [sheetName]): CheckResult {
  return {
    status: "checked",
    sheetName,
    appendixSheets,
    rows: [{ code: "1.1", valueCell: `'${sheetName}'!D5` }],
    findings,
  } as unknown as CheckResult;
}

const RATIO_TEXT = "Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%";

beforeEach(() => {
  mockCheck.mockReset();
  mockCheck.mockReturnValue(checked([RATIO_724]));
});

const notes = () => screen.queryByRole("group", { name: "Ghi chú về lần kiểm tra" });

test("a highlight that cannot be drawn costs nothing but a quiet note: the list is there", async () => {
  const host = fakeHost();
  host.showHighlights.mockRejectedValue(new Error("The workbook is read-only"));
  render(<App host={host} />);
  expect(await screen.findByText(RATIO_TEXT)).toBeInTheDocument();
  await waitFor(() => expect(notes()).toHaveTextContent("Không tô màu được các ô (The workbook is read-only)"));
  expect(screen.queryByText("Không thực hiện được")).not.toBeInTheDocument();
  // The findings were set before the paint was even asked for.
  expect(host.showHighlights).toHaveBeenCalledTimes(1);
});

test("protected sheets and sheets read only in part are named in quiet notes", async () => {
  const host = fakeHost();
  host.showHighlights.mockResolvedValue({ protectedSheets: ["Phụ lục"] });
  host.readWorkbook.mockResolvedValue({
    ...GRID,
    notes: [{ kind: "truncated", sheet: "Dữ liệu", rows: 50000, columns: 20, readRows: 2000, readColumns: 20 }],
  });
  render(<App host={host} />);
  await screen.findByText(RATIO_TEXT);
  await waitFor(() => expect(notes()).toHaveTextContent("Trang “Phụ lục” đang được bảo vệ"));
  expect(notes()).toHaveTextContent("Trang “Dữ liệu” rất lớn (50000 dòng × 20 cột): chỉ đọc 2000 dòng × 20 cột đầu.");
});

test("a fix Excel refuses (a formula in the cell) says why, and nothing is re-checked", async () => {
  const host = fakeHost();
  host.writeCell.mockRejectedValue(new CellWriteRefused("formula", "'Phụ lục'!D120", "=D121/D122"));
  render(<App host={host} />);
  fireEvent.click(await screen.findByRole("button", { name: "Sửa 7.2.4: ghi 7,76% vào ô D120" }));
  await waitFor(() => expect(notes()).toHaveTextContent("Không sửa ô 'Phụ lục'!D120: ô có công thức =D121/D122"));
  expect(screen.queryByRole("button", { name: "Hoàn tác" })).not.toBeInTheDocument();
  expect(host.readWorkbook).toHaveBeenCalledTimes(1);
});

test("with several appendices the pane says which one it checked and lets the officer switch", async () => {
  const host = fakeHost();
  const two: WorkbookRead = { ...GRID, sheets: [...GRID.sheets, { name: "Phụ lục (2)", cells: [] }] };
  host.readWorkbook.mockResolvedValue(two);
  mockCheck.mockReturnValue(checked([RATIO_724], "Phụ lục", ["Phụ lục", "Phụ lục (2)"]));
  render(<App host={host} />);
  expect(await screen.findByText("Tệp có 2 biểu phụ lục; đang kiểm tra trang “Phụ lục”.")).toBeInTheDocument();
  mockCheck.mockReturnValue(checked([SUM_314], "Phụ lục (2)", ["Phụ lục", "Phụ lục (2)"]));
  fireEvent.change(screen.getByRole("combobox", { name: "Kiểm tra biểu trên trang" }), {
    target: { value: "Phụ lục (2)" },
  });
  await screen.findByText("Tệp có 2 biểu phụ lục; đang kiểm tra trang “Phụ lục (2)”.");
  expect(mockCheck).toHaveBeenLastCalledWith(two, { preferredSheets: ["Phụ lục (2)", "Phụ lục"] }, null);
  // The chosen sheet is brought into view (its table's first row selected), so the cells the list names are the
  // ones the officer sees; nothing was selected before the switch.
  await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith("'Phụ lục (2)'!D5"));
  expect(host.selectCell).toHaveBeenCalledTimes(1);
});

test("with one appendix there is nothing to switch", async () => {
  render(<App host={fakeHost()} />);
  await screen.findByText(RATIO_TEXT);
  expect(screen.queryByRole("combobox", { name: "Kiểm tra biểu trên trang" })).not.toBeInTheDocument();
});

describe("live", () => {
  test("the first edit checks, even when no check could be made before", async () => {
    const host = fakeHost();
    host.readWorkbook.mockRejectedValueOnce(new Error("Excel is busy"));
    render(<App host={host} />);
    expect(await screen.findByText("Excel is busy")).toBeInTheDocument();
    await waitFor(() => expect(host.listenerCount()).toBe(1));
    act(() => host.userEdits("Phụ lục"));
    expect(await screen.findByText(RATIO_TEXT, {}, { timeout: LIVE_DEBOUNCE_MS * 5 })).toBeInTheDocument();
    expect(host.readWorkbook).toHaveBeenCalledTimes(2);
    expect(mockCheck).toHaveBeenLastCalledWith(GRID, { preferredSheets: ["Phụ lục", null] }, null);
  });

  test("an edit on another sheet (a new appendix) reads the workbook and checks that sheet first", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await screen.findByText(RATIO_TEXT);
    const withNew: WorkbookRead = { ...GRID, sheets: [...GRID.sheets, { name: "Phụ lục (2)", cells: [] }] };
    host.readWorkbook.mockResolvedValue(withNew);
    act(() => host.userEdits("Phụ lục (2)"));
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2), { timeout: LIVE_DEBOUNCE_MS * 5 });
    expect(host.readWorkbook).toHaveBeenLastCalledWith();
    await waitFor(() =>
      expect(mockCheck).toHaveBeenLastCalledWith(withNew, { preferredSheets: ["Phụ lục (2)", "Phụ lục"] }, null),
    );
  });

  test("after “Xóa đánh dấu” the live check updates the list without colouring; “Kiểm tra” colours again", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await screen.findByText(RATIO_TEXT);
    await waitFor(() => expect(host.showHighlights).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await waitFor(() => expect(notes()).toHaveTextContent("Đã xóa đánh dấu."));

    mockCheck.mockReturnValue(checked([SUM_314]));
    act(() => host.userEdits("Phụ lục"));
    await waitFor(() => expect(screen.queryByText(RATIO_TEXT)).not.toBeInTheDocument(), {
      timeout: LIVE_DEBOUNCE_MS * 5,
    });
    expect(host.showHighlights).toHaveBeenCalledTimes(1);
    expect(notes()).toHaveTextContent("không tô màu lại");

    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra phụ lục" }));
    await waitFor(() => expect(host.showHighlights).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(notes()).toBeNull());
  });
});

test("a narrative the workbook could not save is said, and the comparison goes on", async () => {
  const host = fakeHost();
  host.saveSetting.mockRejectedValue(new Error("The document is read-only."));
  render(<App host={host} />);
  fireEvent.change(screen.getByLabelText("Nội dung thuyết minh"), {
    target: { value: "UBND huyện đã thực hiện 36/46 nội dung." },
  });
  fireEvent.click(screen.getByRole("button", { name: "Đối chiếu" }));
  expect(
    await screen.findByText(/Không lưu được thuyết minh vào tệp \(The document is read-only\.\)/),
  ).toBeInTheDocument();
  expect(screen.getByText(/Đang đối chiếu: “nội dung đã dán”/)).toBeInTheDocument();
});

test("report details the workbook could not save are said, and the table is inserted all the same", async () => {
  const host = fakeHost();
  host.saveSetting.mockRejectedValue(new Error("The document is read-only."));
  render(<App host={host} />);
  await panelsLoaded();
  fireEvent.change(screen.getByLabelText("Đơn vị báo cáo"), { target: { value: "UBND huyện Bạch Thông" } });
  fireEvent.click(screen.getByRole("button", { name: "Chèn biểu phụ lục" }));
  await waitFor(() => expect(host.insertSheet).toHaveBeenCalledTimes(1));
  expect(
    await screen.findByText(/Không lưu được thông tin báo cáo vào tệp \(The document is read-only\.\)/),
  ).toBeInTheDocument();
});

test("a check asked for at any moment while the last one finishes is made, never dropped", async () => {
  // Asked for a few steps after the last check's highlights are drawn: while it still runs (then it runs once more),
  // as it ends, or after. (A narrative given just then used to be left out of the list until the next check.)
  for (let steps = 0; steps <= 12; steps++) {
    const host = fakeHost();
    let drawn = () => {};
    host.showHighlights.mockImplementationOnce(
      () => new Promise((resolve) => (drawn = () => resolve({ protectedSheets: [] }))),
    );
    const { result, unmount } = renderHook(() => useAppendixCheck(host));
    await waitFor(() => expect(host.showHighlights).toHaveBeenCalledTimes(1));
    await act(async () => {
      drawn();
      for (let i = 0; i < steps; i++) await Promise.resolve();
      await result.current.recheck();
    });
    expect([steps, host.readWorkbook.mock.calls.length]).toEqual([steps, 2]);
    unmount();
  }
});
