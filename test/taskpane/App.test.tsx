/**
 * The task pane over a fake WorkbookHost (the check itself is mocked: these tests are about the pane).
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CheckResult } from "../../src/core/check";
import { checkWorkbookWith } from "../../src/core/tableCheck";
import type { Finding } from "../../src/core/findings";
import { LIVE_DEBOUNCE_MS } from "../../src/taskpane/useAppendixCheck";
import type { WorkbookRead } from "../../src/host/types";
import { fakeHost, panelsLoaded, type FakeHost } from "./fakeHost";
import { RATIO_724, SUM_314, TEXT_21, TEXT_724, YES_16 } from "./findingsFixture";

/** The cards in the list, as "severity code". */
const cardsShown = () =>
  screen
    .getAllByRole("listitem")
    .filter((li) => li.hasAttribute("data-severity"))
    .map((li) => `${li.getAttribute("data-severity")} ${li.getAttribute("data-code")}`);

// The table check the pane runs (with the form inference not loaded: null, see checkOnDemand).
jest.mock("../../src/core/tableCheck", () => ({ checkWorkbookWith: jest.fn() }));
const mockCheck = checkWorkbookWith as jest.MockedFunction<typeof checkWorkbookWith>;

function checked(findings: Finding[]): CheckResult {
  return {
    status: "checked",
    sheetName: "Phụ lục",
    rows: [{ code: "1.1", valueCell: "'Phụ lục'!D5" }],
    findings,
  } as unknown as CheckResult;
}

beforeEach(() => {
  mockCheck.mockReset();
  mockCheck.mockReturnValue(checked([RATIO_724, SUM_314, TEXT_21]));
});

async function clickCheck(name = "Kiểm tra phụ lục") {
  fireEvent.click(screen.getByRole("button", { name }));
}

/** The workbook as read: D120 holds the 5.75% typed as text that RATIO_724 is about; D39 (3.1.4) is blank. */
const D120 = Object.assign([], { 3: { value: "5.75%", text: "5.75%" } });
const READ: WorkbookRead = {
  sheets: [{ name: "Phụ lục", cells: Object.assign([], { 119: D120 }) }],
  activeSheet: "Phụ lục",
  notes: [],
};

/** "Kiểm tra tự động" is on: the pane checks as soon as it opens. */
async function opened(host: FakeHost) {
  await waitFor(() => expect(host.showHighlights).toHaveBeenCalledTimes(1));
  // The cells are marked: the clear button comes on once the paint is done.
  await waitFor(() => expect(screen.getByRole("button", { name: /^(Xóa đánh dấu|Clear highlights)$/ })).toBeEnabled());
}

describe("task pane", () => {
  test("speaks Vietnamese by default", async () => {
    render(<App host={fakeHost("vi")} />);
    expect(screen.getByRole("button", { name: "Kiểm tra phụ lục" })).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Kiểm tra tự động" })).toBeChecked();
    expect(screen.getByRole("heading", { name: "Đối chiếu thuyết minh" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Xuất Word" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toBeDisabled());
    await panelsLoaded();
    expect(screen.getByRole("button", { name: "Chèn biểu phụ lục" })).toBeInTheDocument();
  });

  test("speaks English when Office's display language is English", async () => {
    const host = fakeHost("en");
    render(<App host={host} />);
    await panelsLoaded();
    expect(screen.getByRole("button", { name: "Insert the appendix" })).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Check automatically" })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Check the appendix" }));
    expect(await screen.findByText("The ratio says 5.75% but 396/5106 = 7.76%")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "1 error" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Fix 7.2.4: write 7.76% into D120" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Convert 1 cell to numbers" })).toBeInTheDocument();
  });

  test("“Kiểm tra phụ lục” lists what needs action first, with the counts as filters, and highlights the cells", async () => {
    const host = fakeHost();
    mockCheck.mockReturnValue(checked([TEXT_21, SUM_314, YES_16, RATIO_724, TEXT_724]));
    render(<App host={host} />);
    await opened(host);
    await clickCheck();
    expect(await screen.findByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).toBeInTheDocument();
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    // The active sheet first, then the one checked last time; no form saved in the workbook: the check chooses it.
    expect(mockCheck).toHaveBeenLastCalledWith(
      await host.readWorkbook.mock.results[1].value,
      { preferredSheets: ["Phụ lục", "Phụ lục"] },
      null,
    );

    const summary = screen.getByRole("group", { name: "Tổng hợp kết quả" });
    expect(within(summary).getByRole("button", { name: "1 lỗi" })).toBeInTheDocument();
    expect(within(summary).getByRole("button", { name: "1 cảnh báo" })).toBeInTheDocument();
    // The third count is the numbers typed as text, and says so (not a vague "1 thông tin").
    expect(within(summary).getByRole("button", { name: "1 ô số dạng chữ" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Đã kiểm tra trang “Phụ lục”");

    // Errors first, then warnings; the note on how D120's text was read is in the error's card, not a card of its
    // own; "1 read as Có" needs no action and is not shown; "02" is in the collapsed numbers-as-text item.
    expect(cardsShown()).toEqual(["error 7.2.4", "warning 3.1.4"]);
    const ratio = screen.getByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%").closest("li") as HTMLElement;
    expect(within(ratio).getByText(TEXT_724.message.vi)).toBeInTheDocument();
    expect(screen.queryByText(YES_16.message.vi)).not.toBeInTheDocument();
    const numbers = screen.getByRole("button", { name: /1 ô ghi số dạng chữ/ });
    expect(numbers).toHaveAttribute("aria-expanded", "false");
    // the button converts D120's "5.75%" too, whose note is in the error's card: no number typed as text is left
    expect(screen.getByRole("button", { name: "Chuyển 2 ô thành số" })).toBeInTheDocument();
    expect(
      screen.getByText("Nút chuyển cả 1 ô ghi số dạng chữ nằm trong các thẻ lỗi, cảnh báo ở trên."),
    ).toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "Màu đánh dấu" })).getByText("Lỗi")).toBeInTheDocument();

    // "1 lỗi" shows the errors only; again, everything.
    fireEvent.click(within(summary).getByRole("button", { name: "1 lỗi" }));
    expect(cardsShown()).toEqual(["error 7.2.4"]);
    expect(screen.queryByRole("button", { name: "Chuyển 2 ô thành số" })).not.toBeInTheDocument();
    fireEvent.click(within(summary).getByRole("button", { name: "1 lỗi" }));
    expect(cardsShown()).toEqual(["error 7.2.4", "warning 3.1.4"]);
    // "1 ô số dạng chữ" opens the numbers typed as text.
    fireEvent.click(within(summary).getByRole("button", { name: "1 ô số dạng chữ" }));
    expect(cardsShown()).toEqual([]);
    expect(screen.getByRole("button", { name: /1 ô ghi số dạng chữ/ })).toHaveAttribute("aria-expanded", "true");

    // The wrong cell takes the finding's severity, the related cells are marked as info; 1.6 is not marked.
    // (The check on open painted once, the click once more.)
    await waitFor(() => expect(host.showHighlights).toHaveBeenCalledTimes(2));
    const highlights = host.showHighlights.mock.calls[1][0] as { cell: string; severity: string }[];
    expect(highlights).toEqual(
      expect.arrayContaining([
        { cell: "'Phụ lục'!D120", severity: "error" },
        { cell: "'Phụ lục'!D122", severity: "info" },
        { cell: "'Phụ lục'!D39", severity: "warning" },
        { cell: "'Phụ lục'!D24", severity: "info" },
      ]),
    );
    expect(highlights.some((h) => h.cell === "'Phụ lục'!D22")).toBe(false);
    expect(highlights).toHaveLength(7);
    expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toBeEnabled();
  });

  test("clicking a finding selects its cell", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await clickCheck();
    fireEvent.click(await screen.findByRole("button", { name: /^7\.2\.4.*Tỷ lệ ghi 5,75%/ }));
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith("'Phụ lục'!D120"));
  });

  test("“Sửa” writes the fix into a cell that still holds what was checked, re-checks, and “Hoàn tác” restores it", async () => {
    const host = fakeHost();
    host.readWorkbook.mockResolvedValue(READ);
    render(<App host={host} />);
    await opened(host);
    const fix = await screen.findByRole("button", { name: "Sửa 7.2.4: ghi 7,76% vào ô D120" });
    mockCheck.mockReturnValue(checked([SUM_314, TEXT_21]));
    fireEvent.click(fix);
    // The fix and the value the finding was computed from (the host refuses when the cell holds something else).
    await waitFor(() => expect(host.writeCell).toHaveBeenCalledWith("'Phụ lục'!D120", 0.0776, "0.00%", "5.75%"));
    // The fixed cell is selected, so the officer sees what changed.
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith("'Phụ lục'!D120"));
    await waitFor(() => expect(screen.queryByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).not.toBeInTheDocument());
    expect(host.readWorkbook).toHaveBeenCalledTimes(2);
    expect(host.writeCell.mock.invocationCallOrder[0]).toBeLessThan(host.readWorkbook.mock.invocationCallOrder[1]);
    expect(screen.getByText("Đã ghi 7,76% vào dòng 7.2.4.")).toBeInTheDocument();
    // The fixed card has gone: focus moves to "Hoàn tác".
    await waitFor(() => expect(screen.getByRole("button", { name: "Hoàn tác" })).toHaveFocus());
    expect(within(screen.getByRole("group", { name: "Tổng hợp kết quả" })).getByText("0 lỗi")).toBeInTheDocument();

    mockCheck.mockReturnValue(checked([RATIO_724, SUM_314, TEXT_21]));
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
    // The host's own snapshot of the cell goes back to it, untouched by the pane.
    await waitFor(() =>
      expect(host.restoreCells).toHaveBeenCalledWith([{ cell: "'Phụ lục'!D120", state: "snapshot 1" }]),
    );
    expect(await screen.findByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Hoàn tác" })).not.toBeInTheDocument();
  });

  test("“Hoàn tác” goes back through every fix since the pane opened, the last first", async () => {
    const host = fakeHost();
    host.readWorkbook.mockResolvedValue(READ);
    render(<App host={host} />);
    await opened(host);
    fireEvent.click(await screen.findByRole("button", { name: "Sửa 7.2.4: ghi 7,76% vào ô D120" }));
    await screen.findByText("Đã ghi 7,76% vào dòng 7.2.4.");
    fireEvent.click(await screen.findByRole("button", { name: "Sửa 3.1.4: ghi 364 vào ô D39" }));
    await screen.findByText("Đã ghi 364 vào dòng 3.1.4.");
    expect(screen.getByText("Còn 1 thao tác trước đó có thể hoàn tác.")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
    await waitFor(() =>
      expect(host.restoreCells).toHaveBeenLastCalledWith([{ cell: "'Phụ lục'!D39", state: "snapshot 2" }]),
    );
    expect(await screen.findByText("Đã ghi 7,76% vào dòng 7.2.4.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
    await waitFor(() =>
      expect(host.restoreCells).toHaveBeenLastCalledWith([{ cell: "'Phụ lục'!D120", state: "snapshot 1" }]),
    );
    await waitFor(() => expect(screen.queryByRole("button", { name: "Hoàn tác" })).not.toBeInTheDocument());
  });

  test("“Chuyển N ô thành số” writes every conversion as one action, undone as one", async () => {
    const host = fakeHost();
    const text31 = {
      ...TEXT_21,
      codes: ["2.3.2"],
      cells: ["'Phụ lục'!D31"],
      quote: "100 %",
      fix: { ...TEXT_21.fix!, code: "2.3.2", cell: "'Phụ lục'!D31", value: 1, numberFormat: "0%" },
    };
    mockCheck.mockReturnValue(checked([TEXT_21, text31]));
    render(<App host={host} />);
    await opened(host);
    mockCheck.mockReturnValue(checked([]));
    fireEvent.click(await screen.findByRole("button", { name: "Chuyển 2 ô thành số" }));
    // Each with what the check read in it (not in this fake grid: undefined, nothing to compare).
    await waitFor(() =>
      expect(host.writeCells).toHaveBeenCalledWith([
        { address: "'Phụ lục'!D24", value: 2, numberFormat: "00", expected: null },
        { address: "'Phụ lục'!D31", value: 1, numberFormat: "0%", expected: null },
      ]),
    );
    expect(await screen.findByText("Đã chuyển 2 ô thành số.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Hoàn tác" })).toHaveFocus());
    fireEvent.click(screen.getByRole("button", { name: "Hoàn tác" }));
    await waitFor(() =>
      expect(host.restoreCells).toHaveBeenLastCalledWith([
        { cell: "'Phụ lục'!D24", state: "snapshot 1" },
        { cell: "'Phụ lục'!D31", state: "snapshot 2" },
      ]),
    );
  });

  test("a numeric fix is written as a number, into a cell the check read as blank", async () => {
    const host = fakeHost();
    host.readWorkbook.mockResolvedValue(READ);
    render(<App host={host} />);
    await opened(host);
    fireEvent.click(await screen.findByRole("button", { name: "Sửa 3.1.4: ghi 364 vào ô D39" }));
    await waitFor(() => expect(host.writeCell).toHaveBeenCalledWith("'Phụ lục'!D39", 364, undefined, null));
    fireEvent.click(await screen.findByRole("button", { name: "Hoàn tác" }));
    await waitFor(() =>
      expect(host.restoreCells).toHaveBeenCalledWith([{ cell: "'Phụ lục'!D39", state: "snapshot 1" }]),
    );
  });

  test("“Xóa đánh dấu” clears the highlights", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await clickCheck();
    await screen.findByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%");
    const clear = screen.getByRole("button", { name: "Xóa đánh dấu" });
    await waitFor(() => expect(clear).toBeEnabled());
    host.clearHighlights.mockClear();
    fireEvent.click(clear);
    await waitFor(() => expect(host.clearHighlights).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(clear).toBeDisabled());
    // The list stays.
    expect(screen.getByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).toBeInTheDocument();
  });

  test("a workbook without the appendix gets a clear message", async () => {
    const host = fakeHost();
    mockCheck.mockReturnValue({
      status: "no-appendix",
      message: { vi: "Không có bảng.", en: "No table." },
      findings: [],
    });
    render(<App host={host} />);
    await clickCheck();
    expect(await screen.findByText("Không tìm thấy biểu phụ lục CCHC trong tệp này.")).toBeInTheDocument();
    // What a table needs, with the column names a commune's or a department's form uses too, and the way forward;
    // not the check's own message, which says the title again with the district form's column names.
    expect(
      screen.getByText(
        /^Biểu cần có dòng tiêu đề với cột STT \(hoặc TT\), cột tên chỉ tiêu \(“Chỉ tiêu”, “Nội dung”\)/,
      ),
    ).toHaveTextContent("Mở trang tính có biểu, hoặc dùng “Chèn biểu phụ lục” để tạo biểu mới.");
    expect(screen.queryByText(/Không có bảng\./)).not.toBeInTheDocument();
    expect(host.showHighlights).not.toHaveBeenCalledWith(expect.arrayContaining([expect.anything()]));
  });

  test("a failing host shows the error instead of crashing", async () => {
    const host = fakeHost();
    host.readWorkbook.mockRejectedValue(new Error("Excel is busy"));
    render(<App host={host} />);
    await clickCheck();
    expect(await screen.findByText("Excel is busy")).toBeInTheDocument();
  });

  test("the pane checks once when it opens (“Kiểm tra tự động” on, or ?action=check)", async () => {
    const host = fakeHost();
    render(<App host={host} action="check" />);
    expect(await screen.findByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).toBeInTheDocument();
    await opened(host);
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
  });
});

describe("live check", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("re-checks once, after the debounce, when the user edits cells, re-reading the edited sheet only", async () => {
    jest.useRealTimers(); // the check on open, then the clock is the test's
    const host = fakeHost();
    render(<App host={host} />);
    await waitFor(() => expect(host.listenerCount()).toBe(1));
    await screen.findByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%");
    await opened(host);
    jest.useFakeTimers();
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);

    mockCheck.mockReturnValue(checked([SUM_314]));
    act(() => host.userEdits());
    await act(async () => {
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS - 100);
    });
    act(() => host.userEdits()); // a second edit restarts the wait
    await act(async () => {
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS - 1);
    });
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    expect(host.readWorkbook).toHaveBeenLastCalledWith({ sheets: ["Phụ lục"] });
    await waitFor(() => expect(screen.queryByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).not.toBeInTheDocument());
    await waitFor(() =>
      expect(host.showHighlights).toHaveBeenLastCalledWith(
        expect.arrayContaining([{ cell: "'Phụ lục'!D39", severity: "warning" }]),
      ),
    );
    await act(async () => undefined);
  });

  test("with “Kiểm tra tự động” off an edit does not re-check: the list says it is out of date until the next check", async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await screen.findByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%");
    fireEvent.click(screen.getByRole("switch", { name: "Kiểm tra tự động" }));
    expect(screen.queryByText(/danh sách có thể đã cũ/)).not.toBeInTheDocument();
    act(() => host.userEdits());
    await act(async () => {
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS * 2);
    });
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/danh sách có thể đã cũ/)).toBeInTheDocument();
    await clickCheck();
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(/danh sách có thể đã cũ/)).not.toBeInTheDocument());
  });
});
