/**
 * "Đối chiếu thuyết minh": the narrative's findings join the list (cards tagged "Thuyết minh", among the table's by
 * severity) with the figure marked in its sentence, and every later check compares the narrative again. The headline
 * counts what needs action; figures matched to no row are a collapsed list. The checks themselves are mocked.
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CheckResult } from "../../src/core/check";
import { checkWorkbookWith } from "../../src/core/tableCheck";
import { checkNarrative } from "../../src/core/narrative/check";
import { readDocxText } from "../../src/io/docx";
import { fakeHost } from "./fakeHost";
import { NARRATIVE, RATIO_724, UNMATCHED } from "./findingsFixture";

// The report reader comes on demand (a chunk of its own in the pane): its first load takes a moment on a busy machine.
configure({ asyncUtilTimeout: 5000 });

/** The narrative's card in the list. */
const narrativeCard = async () => (await screen.findByText(NARRATIVE.message.vi)).closest("li") as HTMLElement;

// The table check the pane runs (with the form inference not loaded: null, see checkOnDemand).
jest.mock("../../src/core/tableCheck", () => ({ checkWorkbookWith: jest.fn() }));
jest.mock("../../src/core/narrative/check", () => ({ checkNarrative: jest.fn() }));
jest.mock("../../src/io/docx", () => ({ readDocxText: jest.fn() }));
const mockCheck = checkWorkbookWith as jest.MockedFunction<typeof checkWorkbookWith>;
const mockNarrative = checkNarrative as jest.MockedFunction<typeof checkNarrative>;
const mockDocx = readDocxText as jest.MockedFunction<typeof readDocxText>;

const APPENDIX = { sheetName: "Phụ lục" };

beforeEach(() => {
  mockCheck.mockReset().mockReturnValue({
    status: "checked",
    sheetName: "Phụ lục",
    rows: [],
    findings: [RATIO_724],
    appendix: APPENDIX,
  } as unknown as CheckResult);
  mockNarrative.mockReset().mockReturnValue([NARRATIVE, UNMATCHED]);
  mockDocx.mockReset();
});

test("pasted text is compared with the table; its findings join the list with the figure marked", async () => {
  const host = fakeHost();
  render(<App host={host} />);
  fireEvent.change(screen.getByLabelText("Nội dung thuyết minh"), {
    target: { value: "UBND huyện đã thực hiện 36/46 nội dung." },
  });
  fireEvent.click(screen.getByRole("button", { name: "Đối chiếu" }));

  const group = await narrativeCard();
  expect(group).toHaveAttribute("data-source", "narrative");
  expect(within(group).getByText("Thuyết minh")).toBeInTheDocument(); // the tag
  // Errors lead, the table's and the narrative's together: the table's error, then the narrative's warning.
  const cards = screen.getAllByRole("listitem").filter((li) => li.hasAttribute("data-severity"));
  expect(cards.map((li) => li.getAttribute("data-severity"))).toEqual(["error", "warning"]);
  const mark = group.querySelector("mark");
  expect(mark).toHaveTextContent(/^36$/);
  expect(mark?.closest("blockquote")).toHaveTextContent("UBND huyện đã thực hiện 36/46 nội dung.");

  // The same read of the workbook: the narrative is checked against the located appendix.
  expect(mockNarrative).toHaveBeenCalledTimes(1);
  expect(mockNarrative.mock.calls[0][0].paragraphs[0].text).toBe("UBND huyện đã thực hiện 36/46 nội dung.");
  expect(mockNarrative.mock.calls[0][1]).toBe(APPENDIX);
  // Its cells are highlighted with the table's.
  expect(host.showHighlights).toHaveBeenLastCalledWith(
    expect.arrayContaining([
      { cell: "'Phụ lục'!D120", severity: "error" },
      { cell: "'Phụ lục'!D8", severity: "warning" },
    ]),
  );
  expect(screen.getByText(/Đang đối chiếu: “nội dung đã dán”/)).toBeInTheDocument();
  // The headline counts what needs action; the figure that matches no row is in a collapsed list with its sentence.
  expect(screen.getByText(/1 chỗ lệch, trong danh sách kiểm tra bên trên/)).toBeInTheDocument();
  const unmatched = screen.getByRole("button", { name: /1 câu có số liệu không thuộc biểu/ });
  expect(unmatched).toHaveAttribute("aria-expanded", "false");
  const sentence = () => [...document.querySelectorAll("blockquote")].find((b) => b.textContent === UNMATCHED.quote);
  expect(sentence()).not.toBeVisible();
  fireEvent.click(unmatched);
  expect(unmatched).toHaveAttribute("aria-expanded", "true");
  expect(sentence()).toBeVisible();
  expect(sentence()?.querySelector("mark")).toHaveTextContent(/^12$/);
  // Each sentence says which of its figures were not compared (a sentence may hold several).
  expect(sentence()?.closest("li")).toHaveTextContent("Chưa đối chiếu được số liệu “12 tin” với dòng nào của biểu.");

  // Later checks compare again; "Bỏ thuyết minh" stops it.
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra phụ lục" }));
  await waitFor(() => expect(mockNarrative).toHaveBeenCalledTimes(2));
  fireEvent.click(screen.getByRole("button", { name: "Bỏ thuyết minh" }));
  await waitFor(() => expect(screen.queryByText(NARRATIVE.message.vi)).not.toBeInTheDocument());
  expect(mockNarrative).toHaveBeenCalledTimes(2);
  expect(screen.getByText("Tỷ lệ ghi 5,75% nhưng 396/5106 = 7,76%")).toBeInTheDocument();
});

test("a .docx opened from the disk is read and compared", async () => {
  const host = fakeHost();
  mockDocx.mockResolvedValue({ paragraphs: [{ text: "Đã thực hiện 36/46 nội dung.", inTable: false }] });
  const { container } = render(<App host={host} />);
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([new Uint8Array([80, 75, 3, 4])], "bao-cao.docx");
  fireEvent.change(input, { target: { files: [file] } });

  await narrativeCard();
  expect(mockDocx).toHaveBeenCalledTimes(1);
  expect(Array.from(mockDocx.mock.calls[0][0] as Uint8Array)).toEqual([80, 75, 3, 4]);
  expect(screen.getByText(/Đang đối chiếu: “bao-cao.docx”/)).toBeInTheDocument();
});

test("a file that is not a Word document is refused in the officer's words, with what to do", async () => {
  const host = fakeHost();
  mockDocx.mockRejectedValue(new Error("Not a Word document: word/document.xml is missing"));
  const { container } = render(<App host={host} />);
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(["x"], "ghi-chu.docx")] } });
  expect(
    // (the reader comes on demand: its first load takes a moment on a busy machine)
    await screen.findByText(
      "Tệp “ghi-chu.docx” không phải văn bản Word (.docx) đọc được: tệp hỏng, hoặc không phải tệp Word. Hãy mở bằng Word, lưu lại thành .docx rồi chọn lại.",
      {},
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
  expect(screen.queryByText(/word\/document\.xml/)).not.toBeInTheDocument();

  // An old .doc, a PDF, the workbook itself: named for what they are, never read as a report.
  const old = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  fireEvent.change(input, { target: { files: [new File([old], "bao-cao-cu.doc")] } });
  expect(
    await screen.findByText(
      "Tệp báo cáo “bao-cao-cu.doc” là tệp Word/Excel đời cũ (.doc/.xls): hãy mở bằng Word và lưu lại thành .docx.",
    ),
  ).toBeInTheDocument();
  fireEvent.change(input, { target: { files: [new File(["%PDF-1.7\n"], "bao-cao.docx")] } });
  expect(await screen.findByText(/^Tệp báo cáo “bao-cao\.docx” là tệp PDF/)).toBeInTheDocument();
  expect(mockDocx).toHaveBeenCalledTimes(1);
  expect(mockNarrative).not.toHaveBeenCalled();
});

test("the text box shows what is compared: emptied when a Word file replaces the pasted text, filled when restored", async () => {
  const host = fakeHost();
  mockDocx.mockResolvedValue({ paragraphs: [{ text: "Đã thực hiện 36/46 nội dung.", inTable: false }] });
  const { unmount } = render(<App host={host} />);
  const box = screen.getByLabelText("Nội dung thuyết minh");
  fireEvent.change(box, { target: { value: "UBND huyện đã thực hiện 36/46 nội dung." } });
  fireEvent.click(screen.getByRole("button", { name: "Đối chiếu" }));
  await screen.findByText(/Đang đối chiếu: “nội dung đã dán”/);
  unmount();

  // The pasted text saved with the workbook is back in the box when the pane opens again.
  const again = render(<App host={host} />);
  await waitFor(() =>
    expect(screen.getByLabelText("Nội dung thuyết minh")).toHaveValue("UBND huyện đã thực hiện 36/46 nội dung."),
  );
  const input = again.container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "bao-cao.docx")] } });
  await screen.findByText(/Đang đối chiếu: “bao-cao\.docx”/);
  await waitFor(() => expect(screen.getByLabelText("Nội dung thuyết minh")).toHaveValue(""));
});

test("the narrative is kept in the workbook: a pane opened later compares it again without asking", async () => {
  const first = fakeHost();
  const { unmount } = render(<App host={first} />);
  fireEvent.change(screen.getByLabelText("Nội dung thuyết minh"), {
    target: { value: "UBND huyện đã thực hiện 36/46 nội dung." },
  });
  fireEvent.click(screen.getByRole("button", { name: "Đối chiếu" }));
  await narrativeCard();
  const saved = first.settings.get("cchc.narrative");
  expect(saved).toBeDefined();
  unmount();

  // The same workbook, a new pane: the saved narrative is restored and compared by the check on open.
  const second = fakeHost();
  second.settings.set("cchc.narrative", saved!);
  mockNarrative.mockClear();
  render(<App host={second} />);
  expect(await screen.findByText(/Đang đối chiếu: “nội dung đã dán”/)).toBeInTheDocument();
  await narrativeCard();
  expect(mockNarrative.mock.calls[0][0].paragraphs[0].text).toBe("UBND huyện đã thực hiện 36/46 nội dung.");
  // It is said that the text travels inside the file.
  expect(screen.getByText(/được lưu kèm trong tệp Excel này/)).toBeInTheDocument();

  // "Bỏ thuyết minh" forgets it in the workbook too.
  fireEvent.click(screen.getByRole("button", { name: "Bỏ thuyết minh" }));
  await waitFor(() => expect(second.settings.get("cchc.narrative")).toBe(""));
});
